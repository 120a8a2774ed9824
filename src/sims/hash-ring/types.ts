import type { ParamValues } from '../../engine/params';

export type HashName = 'ketama' | 'murmur3' | 'fnv1a';

export interface HashRingParams extends ParamValues {
  /** Virtual nodes (points) per node of average weight. */
  vnodes: number;
  hash: HashName;
}

export type HashRingOp =
  | { op: 'addNode'; node: string; weight?: number }
  | { op: 'removeNode'; node: string }
  | { op: 'addKey'; key: string }
  | { op: 'removeKey'; key: string }
  | { op: 'addKeys'; count: number }
  | { op: 'lookup'; key: string };

/** A cache node. `id` and `weight` are the public contract; the rest are derived summaries. */
export interface RingNode {
  id: string;
  /** Integer 1–1000; a node's share of points is weight / total weight. */
  weight: number;
  /** Colour slot (0–7): the lowest slot free when the node joined, so colours stay put. */
  color: number;
  /** How many points (virtual nodes) it has on the ring. */
  points: number;
  /** Fraction of the ring (0–1) whose keys it owns: the arcs ending at its points. */
  arc: number;
  /** How many keys it owns. */
  keys: number;
}

/** A point of the continuum: `node`'s virtual node number `vnode` sits at `hash`. */
export interface RingPoint {
  hash: number;
  node: string;
  /** 0-based index among the node's points; ketama: digest of `${node}-${vnode >> 2}`, word vnode & 3. */
  vnode: number;
}

/** A key; `node` is its owner, or null while the ring has no points. */
export interface RingKey {
  key: string;
  hash: number;
  node: string | null;
}

/** Frame 1 of addNode/removeNode: the node's points, placed (or about to leave) but not yet in effect. */
export interface PendingChange {
  change: 'join' | 'leave';
  node: string;
  points: RingPoint[];
}

/**
 * The public state: `nodes` in the order they joined, `points` ascending by
 * hash (ties: by node id, then vnode), `keys` ascending by hash (ties: by key).
 */
export interface HashRingState {
  nodes: RingNode[];
  points: RingPoint[];
  keys: RingKey[];
  pending?: PendingChange;
}

export interface MovedKey {
  key: string;
  hash: number;
  from: string | null;
  to: string | null;
}

export type LookupPhase = 'hash' | 'walk' | 'owner';

export type HashRingHighlight =
  | { kind: 'pending' }
  | {
      kind: 'moved';
      /** The node that joined or left. */
      node: string;
      change: 'join' | 'leave';
      /** Exactly the keys whose owner changed. */
      moved: MovedKey[];
      /** Ideal fraction of keys that move: the node's share of the total weight. */
      ideal: number;
      /** Other nodes whose point counts the weight rule changed: [node, before, after]. */
      recounted: [string, number, number][];
    }
  | { kind: 'key'; key: string; change: 'added' | 'removed' | 'present' | 'absent' }
  | { kind: 'keys'; count: number; keys: string[] }
  | { kind: 'node'; node: string; change: 'present' | 'absent' }
  | {
      kind: 'lookup';
      key: string;
      hash: number;
      phase: LookupPhase;
      /** The point the walk reaches (the owner's point), when the ring has points. */
      point: RingPoint | null;
      /** True when the walk passes 2^32 and wraps to the first point. */
      wrapped: boolean;
      /** Binary-search probes over the sorted points. */
      probes: number;
      /** Whether the key is stored on the ring (a lookup works either way). */
      stored: boolean;
    };
