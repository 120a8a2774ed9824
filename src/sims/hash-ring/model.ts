import { plural } from './format';
import { createPrng, type Prng } from '../../engine/prng';
import type { ModelFrame } from '../../engine/types';
import { PointHashCache } from './ring';
import type { HashRingHighlight, HashRingOp, HashRingParams, HashRingState } from './types';

export type RingFrame = Omit<ModelFrame<HashRingState, HashRingHighlight>, 'op'>;

/**
 * The model's working state: the current (immutable) frame state plus what
 * frames never carry: the PRNG for generated keys, the set of key names and
 * the memoised point hashes.
 */
export interface RingModel {
  params: HashRingParams;
  prng: Prng;
  state: HashRingState;
  keyNames: Set<string>;
  pointHashes: PointHashCache;
}

export function createModel(params: HashRingParams, seed: number): RingModel {
  return {
    params,
    prng: createPrng(seed),
    state: { nodes: [], points: [], keys: [] },
    keyNames: new Set(),
    pointHashes: new PointHashCache(params.hash),
  };
}

export function initialFrame(params: HashRingParams): RingFrame {
  const how =
    params.hash === 'ketama'
      ? 'ketama (MD5, as libmemcached places points)'
      : params.hash === 'murmur3'
        ? 'MurmurHash3 (x86, 32-bit)'
        : 'FNV-1a (32-bit, no finaliser)';
  return {
    caption: `An empty ring of 2^32 positions hashed with ${how}, ${plural(params.vnodes, 'point')} per node: add nodes and keys.`,
    state: { nodes: [], points: [], keys: [] },
  };
}

export type ApplyOp = (model: RingModel, op: HashRingOp) => Iterable<RingFrame>;
