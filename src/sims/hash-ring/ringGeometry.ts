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

/** A ring sector (annulus slice) between two angles and two radii, for density bars. */
export function sectorPath(a0: number, a1: number, rIn: number, rOut: number): string {
  const [x0, y0] = polar(rOut, a0);
  const [x1, y1] = polar(rOut, a1);
  const [x2, y2] = polar(rIn, a1);
  const [x3, y3] = polar(rIn, a0);
  return `M${fmt(x0)} ${fmt(y0)}A${rOut} ${rOut} 0 0 1 ${fmt(x1)} ${fmt(y1)}L${fmt(x2)} ${fmt(y2)}A${rIn} ${rIn} 0 0 0 ${fmt(x3)} ${fmt(y3)}Z`;
}

export interface DensityBin {
  bin: number;
  /** Keys in this bin per owner (null: no owner), in a stable order. */
  counts: { node: string | null; count: number }[];
  total: number;
}

/** Aggregate keys into `bins` equal arcs (used past ~2,000 keys, where one dot per key is too many). */
export function densityBins(keys: readonly { hash: number; node: string | null }[], bins: number): DensityBin[] {
  // One flat count table (bin × owner) instead of a Map per bin: owners are numbered first.
  const index = new Map<string | null, number>();
  const nodes: (string | null)[] = [];
  const owner = new Int32Array(keys.length);
  keys.forEach((k, i) => {
    let n = index.get(k.node);
    if (n === undefined) {
      n = nodes.length;
      index.set(k.node, n);
      nodes.push(k.node);
    }
    owner[i] = n;
  });
  const cap = nodes.length;
  const counts = new Int32Array(bins * cap);
  keys.forEach((k, i) => counts[Math.min(bins - 1, Math.floor((k.hash / FULL) * bins)) * cap + owner[i]]++);
  const order = nodes.map((_, i) => i).sort((a, b) => String(nodes[a]).localeCompare(String(nodes[b])));
  return Array.from({ length: bins }, (_, bin) => {
    const row: DensityBin['counts'] = [];
    let total = 0;
    for (const n of order) {
      const count = counts[bin * cap + n];
      if (count > 0) {
        row.push({ node: nodes[n], count });
        total += count;
      }
    }
    return { bin, counts: row, total };
  });
}
