import type { HashName } from './types';

const f32 = Math.fround;

/**
 * Points for one node, by libmemcached's weighted ketama rule
 * (libmemcached/hosts.cc, update_continuum):
 *
 *   float pct = (float)weight / (float)total_weight;
 *   points = floor((float)(pct * POINTS_PER_SERVER / 4 * (float)servers + 0.0000000001)) * 4;
 *
 * Every product and quotient is a 32-bit float (Math.fround after each step);
 * the + 1e-10 is a double addition whose sum is cast back to float. So equal
 * weights usually, not always, give `vnodes` points: that rounding is part of
 * the compatibility. `vnodes` plays the role of POINTS_PER_SERVER_KETAMA (160).
 *
 * murmur3 and fnv1a hash one point per name instead of four per MD5 digest,
 * so they use the same rule without the / 4 and × 4 (our choice; libmemcached
 * has no weighted mode for them): floor((float)(pct × vnodes × servers) + 1e-10).
 */
export function pointsPerNode(hash: HashName, weight: number, totalWeight: number, nodeCount: number, vnodes: number): number {
  const pct = f32(f32(weight) / f32(totalWeight));
  if (hash === 'ketama') {
    const quarter = f32(f32(f32(pct * f32(vnodes)) / 4) * f32(nodeCount));
    return Math.floor(f32(quarter + 0.0000000001)) * 4;
  }
  const share = f32(f32(pct * f32(vnodes)) * f32(nodeCount));
  return Math.floor(f32(share + 0.0000000001));
}

/** Point counts for a list of nodes (same order). */
export function pointCounts(hash: HashName, nodes: readonly { weight: number }[], vnodes: number): number[] {
  const total = nodes.reduce((s, n) => s + n.weight, 0);
  return nodes.map((n) => pointsPerNode(hash, n.weight, total, nodes.length, vnodes));
}
