import { findOwnerPoint, keyHash } from './continuum';
import { hex32, plural, ringPercent } from './format';
import type { RingFrame, RingModel } from './model';
import type { HashRingHighlight } from './types';

/**
 * A lookup walks clockwise from the key's hash to the first point at or after
 * it (wrapping past 2^32 to the first point): three frames. The state does
 * not change, so every frame shares it.
 */
export function* lookup(model: RingModel, key: string): Generator<RingFrame> {
  const { state, params } = model;
  const hash = keyHash(params.hash, key);
  const stored = model.keyNames.has(key);
  const fn =
    params.hash === 'ketama' ? `the first 4 bytes of MD5("${key}"), read little-endian, give` : `${params.hash}("${key}") =`;
  const found = findOwnerPoint(state.points, hash);
  const point = found.index < 0 ? null : state.points[found.index];
  const base = { kind: 'lookup', key, hash, point, wrapped: found.wrapped, probes: found.probes, stored } as const;
  const hl = (phase: 'hash' | 'walk' | 'owner'): HashRingHighlight => ({ ...base, phase });

  yield {
    caption: `Look up ${key}: ${fn} ${hex32(hash)}, ${ringPercent(hash)} of the way round the ring.`,
    state,
    highlight: hl('hash'),
  };
  if (point === null) {
    yield { caption: `The ring has no points, so no node owns ${key}.`, state, highlight: hl('owner') };
    return;
  }
  const walk = found.wrapped
    ? `No point lies between ${hex32(hash)} and 2^32, so the walk wraps past the top to the first point, ${point.node}#${point.vnode} at ${hex32(point.hash)}.`
    : `Walking clockwise from ${hex32(hash)}, the first point reached is ${point.node}#${point.vnode} at ${hex32(point.hash)}.`;
  yield { caption: walk, state, highlight: hl('walk') };
  const where = stored ? 'is stored there' : 'would be stored there (it is not on the ring now)';
  yield {
    caption: `${key} belongs to ${point.node} and ${where}; a binary search over ${plural(state.points.length, 'point')} found it in ${plural(found.probes, 'probe')}.`,
    state,
    highlight: hl('owner'),
  };
}
