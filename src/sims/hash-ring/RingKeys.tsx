import { memo, useMemo } from 'react';
import { findOwnerPoint } from './continuum';
import { angleOf, arcPath, densityBins, polar, RING_R, sectorPath } from './ringGeometry';
import type { MovedKey, RingKey, RingPoint } from './types';

export const KEY_R = RING_R - 20;
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
  flash: ReadonlySet<string>;
}

const colorOf = (colors: Map<string, string>, node: string | null) => (node === null ? 'var(--muted)' : (colors.get(node) ?? 'var(--muted)'));

/** Keys as dots at their hash angle, coloured by owner; moved keys sweep an arc to their new owner's point. */
export const RingKeys = memo(function RingKeys({ keys, points, prevPoints, colors, moved, flash }: Props) {
  const movedSet = useMemo(() => new Set(moved?.map((m) => m.key)), [moved]);
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
      {keys.map((k) => {
        const [x, y] = polar(KEY_R, angleOf(k.hash));
        const cls = `hr-key anim${movedSet.has(k.key) ? ' hr-moved' : ''}${flash.has(k.key) ? ' hr-flash' : ''}`;
        return <circle key={k.key} cx={x.toFixed(2)} cy={y.toFixed(2)} r={movedSet.has(k.key) ? 4 : 3} fill={colorOf(colors, k.node)} className={cls} data-key={k.key} data-node={k.node ?? ''} />;
      })}
    </g>
  );
});

/** Aggregated density: per 2° of ring, a bar of keys stacked by owner; moved keys as an inner highlight band. */
function KeyDensity({ keys, colors, moved }: { keys: readonly RingKey[]; colors: Map<string, string>; moved: readonly MovedKey[] | null }) {
  const bins = useMemo(() => densityBins(keys, BINS), [keys]);
  const movedBins = useMemo(() => (moved && moved.length ? densityBins(moved.map((m) => ({ hash: m.hash, node: m.to })), BINS) : null), [moved]);
  const max = Math.max(1, ...bins.map((b) => b.total));
  const maxMoved = Math.max(1, ...(movedBins ?? []).map((b) => b.total));
  const depth = 40;
  const step = (Math.PI * 2) / BINS;
  const outer = RING_R - 12;
  return (
    <g className="hr-density" data-keys={keys.length}>
      {bins.flatMap((b) => {
        let r = outer;
        return b.counts.map((c) => {
          const len = (c.count / max) * depth;
          const d = sectorPath(b.bin * step, (b.bin + 1) * step, r - len, r);
          r -= len;
          return <path key={`${b.bin}-${c.node}`} d={d} fill={colorOf(colors, c.node)} className="hr-bin" />;
        });
      })}
      {movedBins?.map((b) =>
        b.total === 0 ? null : (
          <path key={`m${b.bin}`} d={sectorPath(b.bin * step, (b.bin + 1) * step, outer - depth - 6 - (b.total / maxMoved) * 18, outer - depth - 4)} className="hr-moved-bin" />
        ),
      )}
    </g>
  );
}
