import type { Frame, Op } from './types';

/**
 * How many ops have been applied by frame `i` (0..ops.length): one more than
 * the largest op index among frames 0..i.
 */
export function opsAppliedBy(frames: readonly Frame[], i: number): number {
  let applied = 0;
  for (let k = 0; k <= i && k < frames.length; k++) {
    const op = frames[k].op;
    if (op !== null && op + 1 > applied) applied = op + 1;
  }
  return applied;
}

/**
 * Acting at frame i replaces the future (DESIGN.md §2): keep the ops applied
 * so far, drop the rest, append the new op.
 */
export function opsAfterActing(ops: readonly Op[], frames: readonly Frame[], i: number, op: Op): Op[] {
  return [...ops.slice(0, opsAppliedBy(frames, i)), op];
}

/** First frame produced by op `k`, or -1. */
export function firstFrameOfOp(frames: readonly Frame[], k: number): number {
  return frames.findIndex((f) => f.op === k);
}

/** Last frame produced by op `k`, or -1. */
export function lastFrameOfOp(frames: readonly Frame[], k: number): number {
  for (let i = frames.length - 1; i >= 0; i--) if (frames[i].op === k) return i;
  return -1;
}
