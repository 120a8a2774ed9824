import { runAll } from '../../engine/runScenario';
import type { Frame, Op } from '../../engine/types';
import { skipListSim } from './definition';
import type { SkipListHighlight, SkipListParams, SkipListState } from './model/types';

export type SLFrame = Frame<SkipListState, SkipListHighlight>;

export const DEFAULTS: SkipListParams = { p: 0.5, maxLevel: 16, spans: false };

/** Run the skip-list model through the engine's single scenario path. */
export function runSL(ops: Op[], params: Partial<SkipListParams> = {}, seed = 1): SLFrame[] {
  return runAll(skipListSim, {
    sim: 'skip-list',
    params: { ...DEFAULTS, ...params } as SkipListParams,
    seed,
    ops,
  }) as SLFrame[];
}

export const last = <T>(a: readonly T[]): T => a[a.length - 1];

/** Frames produced by op k. */
export const framesOf = (frames: readonly SLFrame[], k: number): SLFrame[] => frames.filter((f) => f.op === k);
