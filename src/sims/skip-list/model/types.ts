/**
 * Public types of the skip-list simulation. The state fields named in issue 4
 * (`nodes`, `level`, `spans`) are a public contract read by tests outside the
 * project; the shape of each field is documented here and in definition.ts.
 */

/** Params, as validated by the declarations in definition.ts. */
export interface SkipListParams {
  [key: string]: number | string | boolean;
  /** Probability that a coin flip comes up heads and the tower grows one more level (Pugh 1990 §2). */
  p: number;
  /** Highest level a tower may reach (Pugh's MaxLevel). */
  maxLevel: number;
  /** Keep Redis zskiplist-style spans on every link (enables rank / byRank). */
  spans: boolean;
}

export type SkipListOp =
  | { op: 'insert'; key: number; level?: number }
  | { op: 'delete'; key: number }
  | { op: 'search'; key: number }
  | { op: 'insertMany'; count: number }
  | { op: 'rank'; key: number }
  | { op: 'byRank'; rank: number };

/** One tower: `level` ≥ 1 is its height (the levels 1..level it is linked on). */
export interface TowerNode {
  readonly key: number;
  readonly level: number;
}

/** The last `search` op's cost, kept so the stats can compare it with Pugh's bound. */
export interface SearchCost {
  readonly key: number;
  readonly found: boolean;
  /** Key comparisons made (see model/descend.ts for what counts). */
  readonly comparisons: number;
  /** List size when the search ran. */
  readonly n: number;
}

/**
 * The frame state.
 *
 * - `nodes`: every node, ascending by key, with its tower height.
 * - `level`: the list's current level = the tallest tower (0 when empty).
 * - `levelKeys[l-1]`: the keys met by following the level-l forward pointers
 *   from the head, in order; this is the model's real pointer structure
 *   (invariants check it against `nodes`).
 * - `spans` (only when the `spans` param is on): `spans[l-1][k]` is the span of
 *   the k-th link on level l, counting from the head: link 0 leaves the head,
 *   link k ≥ 1 leaves the node `levelKeys[l-1][k-1]`, and the last link
 *   (k = levelKeys[l-1].length) goes to NIL. A span is how many level-1 steps
 *   the link jumps, as in Redis's zskiplist: head → node at rank r has span r,
 *   node at rank a → node at rank b has span b − a, and node at rank a → NIL
 *   has span n − a (0 for the last node). So `spans[l-1]` has
 *   `levelKeys[l-1].length + 1` entries summing to n, and the 1-based rank of a
 *   node is the sum of the spans along any head-to-node path.
 * - `lastSearch`: the cost of the latest `search` op, or null.
 * - `n`: the number of nodes (= nodes.length), for convenience.
 */
export interface SkipListState {
  readonly nodes: readonly TowerNode[];
  readonly level: number;
  readonly levelKeys: readonly (readonly number[])[];
  readonly spans?: readonly (readonly number[])[];
  readonly lastSearch: SearchCost | null;
  readonly n: number;
}

/** A place on the search path: a node's key at a level, or the head (`key: null`). */
export interface PathPoint {
  readonly key: number | null;
  readonly level: number;
}

/** A forward pointer: on `level`, from a key (null = head) to a key (null = NIL). */
export interface Link {
  readonly level: number;
  readonly from: number | null;
  readonly to: number | null;
}

/**
 * What a frame points at. `path` is the search path so far (head first, the
 * current place last), moving right and down; `compare` is the key the search
 * just compared against on the current level (null = NIL).
 */
export interface SkipListHighlight {
  readonly kind: 'search' | 'flip' | 'link' | 'unlink' | 'result' | 'bulk';
  readonly target?: number;
  readonly path?: readonly PathPoint[];
  readonly compare?: number | null;
  /** The new tower while its level is being drawn (not linked yet). */
  readonly pending?: {
    readonly key: number;
    readonly level: number;
    readonly heads?: boolean;
  };
  /** Pointers rewired in this frame. */
  readonly links?: readonly Link[];
  /** The key found / affected. */
  readonly found?: number;
  readonly comparisons?: number;
  /** Rank accumulated along the path so far (rank / byRank). */
  readonly rank?: number;
}
