import { memo, useMemo, useState } from 'react';
import { findOwnerPoint } from './continuum';
import { angleOf, arcPath, densityBins, polar, RING_R, sectorPath } from './ringGeometry';
import type { MovedKey, RingKey, RingPoint } from './types';

export const KEY_R = RING_R - 20;
/** Past this many keys the ring shows a density band instead of one dot per key. */
export const DOT_LIMIT = 2000;
/** Ownership arcs drawn for moved keys, at most. */
const ARC_LIMIT = 400;
const BINS = 180;
const NONE: ReadonlySet<string> = new Set<string>();

interface Props {
  keys: readonly RingKey[];
  points: readonly RingPoint[];
  prevPoints: readonly RingPoint[] | null;
  colors: Map<string, string>;
  moved: readonly MovedKey[] | null;
  flash: ReadonlySet<string>;
}

const colorOf = (colors: Map<string, string>, node: string | null) => (node === null ? 'var(--muted)' : (colors.get(node) ?? 'var(--muted)'));

/** Keys whose owner differs between two key lists (a key absent from `before` has not changed owner: it is new). */
function ownerChanges(before: readonly RingKey[], after: readonly RingKey[]): ReadonlySet<string> {
  if (before === after) return NONE;
  const out = new Set<string>();
  // Same keys in the same order (the common case: only owners changed): compare by index.
  if (before.length === after.length) {
    let same = true;
    for (let i = 0; i < after.length; i++) {
      if (before[i].key !== after[i].key) {
        same = false;
        break;
      }
      if (before[i].node !== after[i].node) out.add(after[i].key);
    }
    if (same) return out.size ? out : NONE;
    out.clear();
  }
  const was = new Map(before.map((k) => [k.key, k.node]));
  for (const k of after) {
    const w = was.get(k.key);
    if (w !== undefined && w !== k.node) out.add(k.key);
  }
  return out.size ? out : NONE;
}

/**
 * Keys whose owner changed since the keys last drawn (whichever way the
 * timeline moved): only those carry the colour transition, so a frame that
 * changes nothing starts no transition and restyles no dot.
 */
function useChangedOwners(keys: readonly RingKey[]): ReadonlySet<string> {
  const [seen, setSeen] = useState<{ keys: readonly RingKey[]; changed: ReadonlySet<string> }>({ keys, changed: NONE });
  if (seen.keys !== keys) {
    const next = { keys, changed: ownerChanges(seen.keys, keys) };
    setSeen(next);
    return next.changed;
  }
  return seen.changed;
}

/** Keys as dots at their hash angle, coloured by owner; moved keys sweep an arc to their new owner's point. */
export const RingKeys = memo(function RingKeys({ keys, points, prevPoints, colors, moved, flash }: Props) {
  const movedSet = useMemo(() => (moved && moved.length ? new Set(moved.map((m) => m.key)) : NONE), [moved]);
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
      <KeyDots keys={keys} colors={colors} moved={movedSet} flash={flash} />
    </g>
  );
});

/** Each dot's position, computed once per key list. */
function useDotPositions(keys: readonly RingKey[]): [string, string][] {
  return useMemo(
    () =>
      keys.map((k) => {
        const [x, y] = polar(KEY_R, angleOf(k.hash));
        return [x.toFixed(2), y.toFixed(2)];
      }),
    [keys],
  );
}

const KeyDots = memo(function KeyDots({ keys, colors, moved, flash }: { keys: readonly RingKey[]; colors: Map<string, string>; moved: ReadonlySet<string>; flash: ReadonlySet<string> }) {
  const changed = useChangedOwners(keys);
  const xy = useDotPositions(keys);
  return (
    <>
      {keys.map((k, i) => {
        const isMoved = moved.has(k.key);
        // The fill transition only where the owner changes (the dot takes its new owner's colour).
        const anim = isMoved || changed.has(k.key);
        const cls = `hr-key${anim ? ' anim' : ''}${isMoved ? ' hr-moved' : ''}${flash.has(k.key) ? ' hr-flash' : ''}`;
        return <circle key={k.key} cx={xy[i][0]} cy={xy[i][1]} r={isMoved ? 4 : 3} fill={colorOf(colors, k.node)} className={cls} data-key={k.key} data-node={k.node ?? ''} />;
      })}
    </>
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
