import { arcSpan, comparePoints, nodePointHashes, ownerOf, RING_SIZE } from './continuum';
import { pointCounts } from './pointCount';
import type { HashName, MovedKey, RingKey, RingNode, RingPoint } from './types';

/** What a node is before its derived summaries (points, arc, keys) are filled in. */
export interface NodeSpec {
  id: string;
  weight: number;
  color: number;
}

/**
 * Memoised point hashes per node: a node's points are a prefix of the same
 * sequence whatever its count, so rebuilding the continuum after a join only
 * hashes what is new. Lives in the model's working state, never in frames.
 */
export class PointHashCache {
  private readonly byNode = new Map<string, number[]>();
  constructor(private readonly hash: HashName) {}

  hashes(node: string, count: number): number[] {
    const have = this.byNode.get(node);
    if (have && have.length >= count) return have;
    // ketama hashes 4 points per digest, so compute whole digests, then trim by count at use.
    const more = nodePointHashes(this.hash, node, count);
    this.byNode.set(node, more);
    return more;
  }
}

/**
 * The whole continuum for these nodes, sorted (libmemcached rebuilds it on
 * every server change; so do we, in effect). Given the previous continuum,
 * points that are still there are kept (the same objects, already in order)
 * and only new ones are sorted and merged in: a node's points are a prefix
 * of its own sequence, so the result is exactly the full sort's.
 */
export function buildContinuum(hash: HashName, vnodes: number, nodes: readonly NodeSpec[], cache: PointHashCache, prev: readonly RingPoint[] = []): RingPoint[] {
  const counts = pointCounts(hash, nodes, vnodes);
  // Per node: its new point count and how many of its points survive (one lookup per point).
  const tally = new Map(nodes.map((n, i) => [n.id, { count: counts[i], had: 0 }]));
  const kept: RingPoint[] = [];
  for (const p of prev) {
    const t = tally.get(p.node);
    if (t !== undefined && p.vnode < t.count) {
      kept.push(p);
      t.had++;
    }
  }
  const added: RingPoint[] = [];
  nodes.forEach((n, i) => {
    const from = tally.get(n.id)!.had;
    if (from >= counts[i]) return;
    const hashes = cache.hashes(n.id, counts[i]);
    for (let v = from; v < counts[i]; v++) added.push({ hash: hashes[v], node: n.id, vnode: v });
  });
  if (!added.length) return kept;
  added.sort(comparePoints);
  const out: RingPoint[] = new Array<RingPoint>(kept.length + added.length);
  let a = 0;
  let b = 0;
  for (let o = 0; o < out.length; o++) out[o] = b >= added.length || (a < kept.length && comparePoints(kept[a], added[b]) < 0) ? kept[a++] : added[b++];
  return out;
}

/**
 * Re-own every key against new points. Unchanged keys keep their object (frames
 * share structure); `moved` lists exactly the keys whose owner differs.
 */
export function reassignKeys(keys: readonly RingKey[], points: readonly RingPoint[]): { keys: RingKey[]; moved: MovedKey[] } {
  const moved: MovedKey[] = [];
  const out = keys.map((k) => {
    const node = ownerOf(points, k.hash);
    if (node === k.node) return k;
    moved.push({ key: k.key, hash: k.hash, from: k.node, to: node });
    return { key: k.key, hash: k.hash, node };
  });
  return { keys: out, moved };
}

/** Keys order: ascending hash, ties by key (code-unit order). */
export function compareKeys(a: RingKey, b: RingKey): number {
  if (a.hash !== b.hash) return a.hash - b.hash;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/** Index where a key with this hash/name is, or would be inserted. */
export function keyIndex(keys: readonly RingKey[], hash: number, key: string): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const k = keys[mid];
    if (k.hash < hash || (k.hash === hash && k.key < key)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Fill in each node's summaries: its point count, ring share and key count. */
export function summariseNodes(specs: readonly NodeSpec[], points: readonly RingPoint[], keys: readonly RingKey[]): RingNode[] {
  // One pass over the points and one over the keys, one map lookup each (this
  // runs on every join and leave, over up to 64 × 160 points and 10^5 keys).
  const per = new Map(specs.map((s) => [s.id, { points: 0, arc: 0, keys: 0 }]));
  const n = points.length;
  for (let i = 0; i < n; i++) {
    const t = per.get(points[i].node);
    if (t === undefined) continue;
    t.points++;
    t.arc += arcSpan(points, i) / RING_SIZE;
  }
  for (const k of keys) {
    const t = k.node === null ? undefined : per.get(k.node);
    if (t !== undefined) t.keys++;
  }
  return specs.map((s) => {
    const t = per.get(s.id)!;
    return { id: s.id, weight: s.weight, color: s.color, points: t.points, arc: t.arc, keys: t.keys };
  });
}

/** Same nodes with fresh key counts (points unchanged). */
export function recountKeys(nodes: readonly RingNode[], keys: readonly RingKey[]): RingNode[] {
  const keysPer = new Map<string, number>();
  for (const k of keys) if (k.node !== null) keysPer.set(k.node, (keysPer.get(k.node) ?? 0) + 1);
  return nodes.map((n) => {
    const c = keysPer.get(n.id) ?? 0;
    return c === n.keys ? n : { ...n, keys: c };
  });
}

/** The lowest colour slot (0–7) in least use, so a new node's colour differs from its neighbours'. */
export function freeColor(nodes: readonly { color: number }[]): number {
  const use = new Array<number>(8).fill(0);
  for (const n of nodes) use[n.color % 8]++;
  const least = Math.min(...use);
  return use.indexOf(least);
}
