/**
 * Public contract of the B-tree simulation (issue 3). Tests outside the
 * project read `state.root`: `null` for an empty tree, otherwise a node
 * `{id, keys, children}`; leaves have `children: []`; B+ leaves also carry
 * `next` (the id of the next leaf to the right, or null). Ids are stable
 * across frames for the same node, so views can animate.
 */
export interface BNode {
  id: number;
  keys: number[];
  children: BNode[];
  /** B+ leaves only: id of the next leaf, or null for the last one. */
  next?: number | null;
}

export interface BTreeState {
  root: BNode | null;
  /** Number of keys stored (B+: keys in the leaves). */
  size: number;
  /**
   * A node that is one key over (on-overflow insert, before its split) or
   * under (on-overflow delete, before its borrow or merge) its bounds for the
   * length of one frame. The invariants allow exactly this node to be off by one.
   */
  transient?: { id: number; kind: 'overflow' | 'underflow' };
}

export interface BTreeHighlight {
  /** Ids of the nodes visited from the root down to the current one. */
  path: number[];
  /** The node the step acted on (compared, split, borrowed into, merged). */
  node?: number;
  /** Key values the step is about (the key compared, the rising median, the borrowed key). */
  keys?: number[];
  /** Search outcome, on the final frame of a search. */
  found?: boolean;
  /** Keys reported by a range scan so far. */
  range?: number[];
}

export type SplitMode = 'on-overflow' | 'preemptive';
export type Variant = 'btree' | 'bplus';

export type BTreeParams = {
  /** m: maximum children per node (so at most m - 1 keys). */
  order: number;
  split: SplitMode;
  variant: Variant;
};

export type BTreeOp =
  | { op: 'insert'; key: number }
  | { op: 'delete'; key: number }
  | { op: 'search'; key: number }
  | { op: 'insertMany'; count: number; pattern: 'random' | 'ascending' | 'descending' }
  | { op: 'range'; from: number; to: number }
  | { op: 'clear' };

/** Fewest keys a non-root node may hold: ceil(m/2) - 1 (CLRS: t - 1 with m = 2t). */
export function minKeys(order: number): number {
  return Math.ceil(order / 2) - 1;
}

/** Most keys a node may hold: m - 1 (CLRS: 2t - 1). */
export function maxKeys(order: number): number {
  return order - 1;
}
