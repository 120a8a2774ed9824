import { runAll } from '../../engine/runScenario';
import type { Frame } from '../../engine/types';
import { hashRingSim } from './definition';
import type { HashName, HashRingHighlight, HashRingOp, HashRingState } from './types';

export type RingTestFrame = Frame<HashRingState, HashRingHighlight>;

/** Run a hash-ring scenario in tests. */
export function runRing(ops: HashRingOp[], params: { vnodes?: number; hash?: HashName } = {}, seed = 1): RingTestFrame[] {
  return runAll(hashRingSim, {
    sim: 'hash-ring',
    params: { vnodes: params.vnodes ?? 160, hash: params.hash ?? 'ketama' },
    seed,
    ops,
  }) as RingTestFrame[];
}

export const lastState = (frames: readonly RingTestFrame[]): HashRingState => frames[frames.length - 1].state;
