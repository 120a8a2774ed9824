import { memo, useMemo } from 'react';
import { findOwnerPoint } from './continuum';
import { arcPath, densityBins, KEY_R, RING_R, sectorPath } from './ringGeometry';
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

/**
 * Aggregated density: per 2° of ring, a bar of keys stacked by owner; moved keys as an inner highlight band.
 * Drawn as one path per owner (its sectors in every bin) and one path for the moved band, not one per sector.
 */
function KeyDensity({ keys, colors, moved }: { keys: readonly RingKey[]; colors: Map<string, string>; moved: readonly MovedKey[] | null }) {
  const bins = useMemo(() => densityBins(keys, BINS), [keys]);
  const movedBins = useMemo(() => (moved && moved.length ? densityBins(moved.map((m) => ({ hash: m.hash, node: m.to })), BINS) : null), [moved]);
  const depth = 40;
  const step = (Math.PI * 2) / BINS;
  const outer = RING_R - 12;
  const byOwner = useMemo(() => {
    const max = Math.max(1, ...bins.map((b) => b.total));
    const paths = new Map<string | null, string>();
    for (const b of bins) {
      let r = outer;
      for (const c of b.counts) {
        const len = (c.count / max) * depth;
        paths.set(c.node, (paths.get(c.node) ?? '') + sectorPath(b.bin * step, (b.bin + 1) * step, r - len, r));
        r -= len;
      }
    }
    return [...paths.entries()];
  }, [bins, outer, step]);
  const movedPath = useMemo(() => {
    if (!movedBins) return '';
    const maxMoved = Math.max(1, ...movedBins.map((b) => b.total));
    let d = '';
    for (const b of movedBins) {
      if (b.total > 0) d += sectorPath(b.bin * step, (b.bin + 1) * step, outer - depth - 6 - (b.total / maxMoved) * 18, outer - depth - 4);
    }
    return d;
  }, [movedBins, outer, step]);
  return (
    <g className="hr-density" data-keys={keys.length}>
      {byOwner.map(([node, d]) => (
        <path key={node === null ? ' none' : `n-${node}`} d={d} fill={colorOf(colors, node)} className="hr-bin" />
      ))}
      {movedPath && <path d={movedPath} className="hr-moved-bin" />}
    </g>
  );
}
