import { OpError, type ModelFrame, type Op } from './types';

/**
 * Builds a `run` for structure simulations that apply ops in order
 * (B-tree, skip list, ring): `init` yields the initial frame(s), `apply`
 * yields the frames of one op. Errors thrown by `apply` are blamed on the op.
 * `M` is the model's working state; it may carry more than the frame state
 * (the PRNG, id counters).
 */
export function* sequentialRun<M, O extends Op, S, H>(
  init: () => { model: M; frames: Iterable<Omit<ModelFrame<S, H>, 'op'>> },
  apply: (model: M, op: O, index: number) => Iterable<Omit<ModelFrame<S, H>, 'op'>>,
  ops: readonly O[],
): Generator<ModelFrame<S, H>> {
  const { model, frames } = init();
  for (const f of frames) yield { op: null, ...f };
  for (let i = 0; i < ops.length; i++) {
    try {
      for (const f of apply(model, ops[i], i)) yield { op: i, ...f };
    } catch (e) {
      if (e instanceof OpError) throw e;
      throw new OpError(e instanceof Error ? e.message : String(e), i);
    }
  }
}
