/**
 * Ring layout, pure numbers: hash → angle → SVG coordinates. Position 0 is at
 * the top and hashes grow clockwise, as the continuum is usually drawn.
 */
export const RING_R = 150;
/** Half the side of the ring's square view box (-VIEW_HALF … VIEW_HALF on both axes). */
export const VIEW_HALF = 182;
/** Points are radial ticks from TICK_IN to TICK_OUT; keys sit on the circle of radius KEY_R. */
export const TICK_IN = RING_R - 7;
export const TICK_OUT = RING_R + 7;
export const KEY_R = RING_R - 20;
const TAU = Math.PI * 2;
const FULL = 4294967296;

/** Angle in radians, clockwise from the top. */
export function angleOf(hash: number): number {
  return (hash / FULL) * TAU;
}

export function polar(r: number, angle: number): [number, number] {
  return [r * Math.sin(angle), -r * Math.cos(angle)];
}

const fmt = (n: number) => Number(n.toFixed(2));

/** One path of radial ticks, one per hash (a whole node's points in one element). */
export function ticksPath(hashes: readonly number[], r0: number, r1: number): string {
  let d = '';
  for (const h of hashes) {
    const a = angleOf(h);
    const [x0, y0] = polar(r0, a);
    const [x1, y1] = polar(r1, a);
    d += `M${fmt(x0)} ${fmt(y0)}L${fmt(x1)} ${fmt(y1)}`;
  }
  return d;
}

/** Clockwise arc at radius r from hash `from` to hash `to` (wrapping past 2^32 when to < from). */
export function arcPath(r: number, from: number, to: number): string {
  let span = to - from;
  if (span < 0) span += FULL;
  const a0 = angleOf(from);
  const a1 = a0 + (span / FULL) * TAU;
  const [x0, y0] = polar(r, a0);
  if (span / FULL > 0.9999) {
    // A whole circle: two half arcs (SVG cannot draw a full circle as one arc).
    const [xm, ym] = polar(r, a0 + Math.PI);
    return `M${fmt(x0)} ${fmt(y0)}A${r} ${r} 0 1 1 ${fmt(xm)} ${fmt(ym)}A${r} ${r} 0 1 1 ${fmt(x0)} ${fmt(y0)}`;
  }
  const [x1, y1] = polar(r, a1);
  const large = a1 - a0 > Math.PI ? 1 : 0;
  return `M${fmt(x0)} ${fmt(y0)}A${r} ${r} 0 ${large} 1 ${fmt(x1)} ${fmt(y1)}`;
}

export interface DensityBin {
  bin: number;
  /** Keys in this bin per owner (null: no owner), in a stable order. */
  counts: { node: string | null; count: number }[];
  total: number;
}

/** Keys per bin and owner as flat typed arrays: what the density band is drawn from. */
export interface DensityCounts {
  /** Owners in stacking order (by id; null, no owner, sorts as "null"). */
  nodes: (string | null)[];
  /** counts[bin * nodes.length + i]: keys of nodes[i] in that bin. */
  counts: Int32Array;
  /** Keys per bin. */
  totals: Int32Array;
}

/** Aggregate keys into `bins` equal arcs, per owner, in one pass and no objects per bin. */
export function densityCounts(keys: readonly { hash: number; node: string | null }[], bins: number): DensityCounts {
  // Owners are numbered first (in order of appearance), then renumbered in stacking order.
  const index = new Map<string | null, number>();
  const seen: (string | null)[] = [];
  const owner = new Int32Array(keys.length);
  // Keys come in hash order, so neighbours mostly share an owner (an arc holds ~keys/points of them):
  // the map is asked only when the owner changes.
  let last: string | null | undefined;
  let lastN = -1;
  for (let i = 0; i < keys.length; i++) {
    const node = keys[i].node;
    if (node !== last) {
      let n = index.get(node);
      if (n === undefined) {
        n = seen.length;
        index.set(node, n);
        seen.push(node);
      }
      last = node;
      lastN = n;
    }
    owner[i] = lastN;
  }
  const order = seen.map((_, i) => i).sort((a, b) => String(seen[a]).localeCompare(String(seen[b])));
  const rank = new Int32Array(seen.length);
  order.forEach((n, r) => (rank[n] = r));
  const cap = seen.length;
  const counts = new Int32Array(bins * cap);
  const totals = new Int32Array(bins);
  for (let i = 0; i < keys.length; i++) {
    const bin = Math.min(bins - 1, Math.floor((keys[i].hash / FULL) * bins));
    counts[bin * cap + rank[owner[i]]]++;
    totals[bin]++;
  }
  return { nodes: order.map((n) => seen[n]), counts, totals };
}

/** Aggregate keys into `bins` equal arcs (used past ~2,000 keys, where one dot per key is too many). */
export function densityBins(keys: readonly { hash: number; node: string | null }[], bins: number): DensityBin[] {
  const { nodes, counts, totals } = densityCounts(keys, bins);
  const cap = nodes.length;
  return Array.from({ length: bins }, (_, bin) => {
    const row: DensityBin['counts'] = [];
    for (let n = 0; n < cap; n++) {
      const count = counts[bin * cap + n];
      if (count > 0) row.push({ node: nodes[n], count });
    }
    return { bin, counts: row, total: totals[bin] };
  });
}
