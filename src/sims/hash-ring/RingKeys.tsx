import { memo, useMemo } from 'react';
import { findOwnerPoint } from './continuum';
import { arcPath, densityCounts, KEY_R, RING_R } from './ringGeometry';
import type { MovedKey, RingKey, RingPoint } from './types';

/** Past this many keys the ring shows a density band instead of one dot per key. */
export const DOT_LIMIT = 2000;
/** Ownership arcs drawn for moved keys, at most. */
const ARC_LIMIT = 400;
const BINS = 180;

interface Props {
  keys: readonly RingKey[];
  points: readonly RingPoint[];
  prevPoints: readonly RingPoint[] | null;
  colors: Map<string, string>;
  moved: readonly MovedKey[] | null;
}

const colorOf = (colors: Map<string, string>, node: string | null) => (node === null ? 'var(--muted)' : (colors.get(node) ?? 'var(--muted)'));

/**
 * The keys' SVG layer under the canvas: each moved key sweeps an arc to its
 * new owner's point (and its old arc fades), or, past DOT_LIMIT keys, the
 * density band. The dots themselves are on the canvas (RingCanvas), the
 * moved ones on top (KeyMarks).
 */
export const RingKeys = memo(function RingKeys({ keys, points, prevPoints, colors, moved }: Props) {
  const arcs = useMemo(() => {
    if (!moved || moved.length > ARC_LIMIT) return [];
    return moved.map((m) => {
      const now = findOwnerPoint(points, m.hash);
      const was = prevPoints ? findOwnerPoint(prevPoints, m.hash) : null;
      return {
        key: m.key,
        to: m.to,
        d: now.index < 0 ? '' : arcPath(KEY_R, m.hash, points[now.index].hash),
        old: was && was.index >= 0 && prevPoints ? arcPath(KEY_R + 6, m.hash, prevPoints[was.index].hash) : '',
      };
    });
  }, [moved, points, prevPoints]);

  if (keys.length > DOT_LIMIT) return <KeyDensity keys={keys} colors={colors} moved={moved} />;
  return (
    <g className="hr-keys">
      {arcs.map((a) => (
        <g key={`arc-${a.key}`}>
          {a.old && <path d={a.old} className="hr-old-arc" />}
          {a.d && <path d={a.d} pathLength={1} stroke={colorOf(colors, a.to)} className="hr-sweep" />}
        </g>
      ))}
    </g>
  );
});

const STEP = (Math.PI * 2) / BINS;
const SIN = Float64Array.from({ length: BINS + 1 }, (_, i) => Math.sin(i * STEP));
const COS = Float64Array.from({ length: BINS + 1 }, (_, i) => Math.cos(i * STEP));
/** The band's path data is in hundredths of a view-box unit, drawn in a scale(0.01) group: integers format much faster than fractions. */
const UNIT = 100;
const DEPTH = 40;
const OUTER = RING_R - 12;

/**
 * One bin's sector between two radii, as path data in hundredths of a unit.
 * Its ends are chords, not arcs: over 2° they are 0.02 units (a thirtieth of
 * a pixel) inside the arc, and much cheaper to parse and fill.
 */
function sector(bin: number, rIn: number, rOut: number): string {
  const o = rOut * UNIT;
  const n = rIn * UNIT;
  const s0 = SIN[bin];
  const c0 = COS[bin];
  const s1 = SIN[bin + 1];
  const c1 = COS[bin + 1];
  return `M${Math.round(o * s0)} ${Math.round(-o * c0)}L${Math.round(o * s1)} ${Math.round(-o * c1)}L${Math.round(n * s1)} ${Math.round(-n * c1)}L${Math.round(n * s0)} ${Math.round(-n * c0)}Z`;
}

/**
 * Density paths by key array. Frames share their key array until keys change, and a person stepping
 * back and forth across a change (10^5 keys: ~10 ms to aggregate) finds both arrays' paths here.
 */
const pathsByKeys = new WeakMap<readonly RingKey[], [string | null, string][]>();

/** Per owner (in the order they first appear, bin by bin), the path of its sectors: each bin's bar stacked by owner. */
function densityPaths(keys: readonly RingKey[]): [string | null, string][] {
  let paths = pathsByKeys.get(keys);
  if (!paths) pathsByKeys.set(keys, (paths = computeDensityPaths(keys)));
  return paths;
}

function computeDensityPaths(keys: readonly RingKey[]): [string | null, string][] {
  const { nodes, counts, totals } = densityCounts(keys, BINS);
  const cap = nodes.length;
  let max = 1;
  for (let b = 0; b < BINS; b++) max = Math.max(max, totals[b]);
  const parts: string[][] = [];
  const first: number[] = [];
  for (let b = 0; b < BINS; b++) {
    let r = OUTER;
    for (let n = 0; n < cap; n++) {
      const count = counts[b * cap + n];
      if (count === 0) continue;
      const len = (count / max) * DEPTH;
      if (!parts[n]) {
        parts[n] = [];
        first.push(n);
      }
      parts[n].push(sector(b, r - len, r));
      r -= len;
    }
  }
  return first.map((n) => [nodes[n], parts[n].join('')]);
}

/** The moved keys' band, inside the density band: one path. */
function movedPath(moved: readonly MovedKey[]): string {
  const totals = new Int32Array(BINS);
  for (const m of moved) totals[Math.min(BINS - 1, Math.floor((m.hash / 4294967296) * BINS))]++;
  let max = 1;
  for (let b = 0; b < BINS; b++) max = Math.max(max, totals[b]);
  let d = '';
  for (let b = 0; b < BINS; b++) {
    if (totals[b] > 0) d += sector(b, OUTER - DEPTH - 6 - (totals[b] / max) * 18, OUTER - DEPTH - 4);
  }
  return d;
}

/**
 * Aggregated density: per 2° of ring, a bar of keys stacked by owner; moved keys as an inner highlight band.
 * Drawn as one path per owner (its sectors in every bin) and one path for the moved band, not one per sector.
 */
function KeyDensity({ keys, colors, moved }: { keys: readonly RingKey[]; colors: Map<string, string>; moved: readonly MovedKey[] | null }) {
  const byOwner = useMemo(() => densityPaths(keys), [keys]);
  const movedD = useMemo(() => (moved && moved.length ? movedPath(moved) : ''), [moved]);
  return (
    <g className="hr-density" data-keys={keys.length} transform={`scale(${1 / UNIT})`}>
      {byOwner.map(([node, d]) => (
        <path key={node === null ? ' none' : `n-${node}`} d={d} fill={colorOf(colors, node)} className="hr-bin" />
      ))}
      {movedD && <path d={movedD} className="hr-moved-bin" />}
    </g>
  );
}
