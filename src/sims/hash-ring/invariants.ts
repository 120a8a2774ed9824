import { findOwnerPoint } from './continuum';
import { pointCounts } from './pointCount';
import { compareKeys } from './ring';
import type { HashRingParams, HashRingState } from './types';

/** Violated ring invariants of a state, each a readable sentence (empty when all hold). */
export function hashRingInvariants(state: HashRingState, params: HashRingParams): string[] {
  const out: string[] = [];
  const { nodes, points, keys } = state;

  // Points sorted ascending by hash (ties by node, then vnode), each a uint32.
  for (let i = 0; i < points.length; i++) {
    const p = points[i];
    if (!Number.isInteger(p.hash) || p.hash < 0 || p.hash > 0xffffffff) {
      out.push(`Point ${p.node}#${p.vnode} has hash ${p.hash}, which is not an unsigned 32-bit integer.`);
      break;
    }
    const q = points[i - 1];
    if (q && (q.hash > p.hash || (q.hash === p.hash && (q.node > p.node || (q.node === p.node && q.vnode >= p.vnode))))) {
      out.push(`Points are not sorted: ${q.node}#${q.vnode} at ${q.hash} comes before ${p.node}#${p.vnode} at ${p.hash}.`);
      break;
    }
  }

  // Point counts per node follow the weight rule; each node's points are vnodes 0..count-1.
  const expected = pointCounts(params.hash, nodes, params.vnodes);
  const seen = new Map<string, Set<number>>(nodes.map((n) => [n.id, new Set<number>()]));
  for (const p of points) {
    const set = seen.get(p.node);
    if (!set) {
      out.push(`Point ${p.node}#${p.vnode} belongs to no node on the ring.`);
      break;
    }
    set.add(p.vnode);
  }
  nodes.forEach((n, i) => {
    const set = seen.get(n.id) ?? new Set();
    const ok = set.size === expected[i] && [...set].every((v) => v >= 0 && v < expected[i]);
    if (!ok) out.push(`${n.id} has ${set.size} points; the weight rule gives ${expected[i]} (weight ${n.weight}, ${nodes.length} nodes).`);
    if (n.points !== set.size) out.push(`${n.id} reports ${n.points} points but has ${set.size}.`);
  });
  if (new Set(nodes.map((n) => n.id)).size !== nodes.length) out.push('A node appears twice.');

  // Every key is owned by the node of the first point clockwise from its hash.
  const keysPer = new Map<string, number>();
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    const { index } = findOwnerPoint(points, k.hash);
    const owner = index < 0 ? null : points[index].node;
    if (k.node !== owner) {
      out.push(`${k.key} is owned by ${k.node ?? 'nobody'}, but the first point clockwise from its hash belongs to ${owner ?? 'nobody'}.`);
      break;
    }
    if (i > 0 && compareKeys(keys[i - 1], k) >= 0) {
      out.push(`Keys are not in ascending hash order (or repeat): ${keys[i - 1].key} before ${k.key}.`);
      break;
    }
    if (owner !== null) keysPer.set(owner, (keysPer.get(owner) ?? 0) + 1);
  }
  for (const n of nodes) {
    const c = keysPer.get(n.id) ?? 0;
    if (out.length === 0 && n.keys !== c) out.push(`${n.id} reports ${n.keys} keys but owns ${c}.`);
  }
  return out;
}
