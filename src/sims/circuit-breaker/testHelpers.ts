import { defaultParams } from '../../engine/params';
import type { ModelFrame } from '../../engine/types';
import { circuitBreakerSim } from './definition';
import type { CircuitBreakerHighlight, CircuitBreakerOp, CircuitBreakerParams, CircuitBreakerState } from './types';

/** Test helpers (imported by tests only). */

export type CbFrame = ModelFrame<CircuitBreakerState, CircuitBreakerHighlight>;

export function params(over: Partial<CircuitBreakerParams> = {}): CircuitBreakerParams {
  return { ...(defaultParams(circuitBreakerSim.params) as CircuitBreakerParams), rps: 0, ...over };
}

export function run(over: Partial<CircuitBreakerParams>, ops: CircuitBreakerOp[], seed = 1): { p: CircuitBreakerParams; frames: CbFrame[] } {
  const p = params(over);
  return { p, frames: [...circuitBreakerSim.run(p, seed, ops)] };
}

/** The one frame produced by op `i`. */
export function opFrame(frames: CbFrame[], i: number): CbFrame {
  const fs = frames.filter((f) => f.op === i);
  if (fs.length !== 1) throw new Error(`op ${i} produced ${fs.length} frames`);
  return fs[0];
}

export const call = (at: number, outcome: 'success' | 'failure', durationMs = 10): CircuitBreakerOp => ({ op: 'call', at, outcome, durationMs });
export const S = (at: number, durationMs = 10) => call(at, 'success', durationMs);
export const F = (at: number, durationMs = 10) => call(at, 'failure', durationMs);
