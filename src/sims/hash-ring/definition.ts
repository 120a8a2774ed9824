import type { ParamDecl } from '../../engine/params';
import { sequentialRun } from '../../engine/sequentialRun';
import type { SimDefinition } from '../../engine/types';
import { applyOp } from './applyOp';
import { HASH_RING_EXAMPLES } from './examples';
import { hashRingInvariants } from './invariants';
import { createModel, initialFrame } from './model';
import { checkHashRingOps, hashRingOpSchema, RING_LIMITS } from './ops';
import type { HashRingHighlight, HashRingOp, HashRingParams, HashRingState } from './types';

const params: readonly ParamDecl[] = [
  {
    key: 'hash',
    label: 'Hash function',
    help: 'ketama: MD5, points placed exactly as libmemcached does; murmur3: x86 32-bit, seed 0; fnv1a: 32-bit with no finaliser, so similar names clump.',
    kind: 'select',
    options: [
      { value: 'ketama', label: 'ketama (MD5)' },
      { value: 'murmur3', label: 'MurmurHash3' },
      { value: 'fnv1a', label: 'FNV-1a' },
    ],
    default: 'ketama',
  },
  {
    key: 'vnodes',
    label: 'Virtual nodes',
    help: 'Points per node of average weight: ketama moves in steps of 4 (one MD5 gives 4 points; libmemcached uses 160); murmur3 and fnv1a hash one name per point.',
    kind: 'int',
    min: 1,
    max: 500,
    step: 1,
    default: 160,
    stepFor: (p) => (p.hash === 'ketama' ? 4 : 1),
  },
];

export const hashRingSim: SimDefinition<HashRingParams, HashRingOp, HashRingState, HashRingHighlight> = {
  id: 'hash-ring',
  title: 'Consistent-hash ring',
  tagline: 'Virtual nodes spread keys across caches, and only a few keys move when a cache joins or leaves.',
  topics: ['distributed systems', 'hashing', 'caching', 'partitioning'],
  source:
    'libmemcached ketama continuum (hosts.cc update_continuum, dispatch_host); Karger et al., "Consistent Hashing and Random Trees", STOC 1997',
  timing: 'ordered',
  params,
  checkParams: (p) =>
    p.hash === 'ketama' && p.vnodes % 4 !== 0
      ? [`params.vnodes: must be a multiple of 4 when hash is ketama (each MD5 digest gives 4 points), got ${p.vnodes}`]
      : [],
  opSchema: hashRingOpSchema,
  checkOps: checkHashRingOps,
  maxOps: RING_LIMITS.maxOps,
  run: (p, seed, ops) =>
    sequentialRun(
      () => ({ model: createModel(p, seed), frames: [initialFrame(p)] }),
      (model, op) => applyOp(model, op),
      ops,
    ),
  invariants: hashRingInvariants,
  examples: HASH_RING_EXAMPLES,
  defaultScenario: HASH_RING_EXAMPLES[1].scenario,
};
