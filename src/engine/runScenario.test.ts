import { describe, expect, it } from 'vitest';
import { counterSim } from './__fixtures__/counterSim';
import { firstNondeterministicRun } from './determinism';
import { runAll, runScenario } from './runScenario';
import { opsAfterActing, opsAppliedBy } from './timelineEdit';
import { OpError, type Scenario } from './types';

const sc = (ops: Scenario['ops']): Scenario => ({ sim: 'counter', params: { step: 2, mode: 'a', loud: false }, seed: 3, ops });

describe('runScenario', () => {
  it('numbers frames and tags each with the op that produced it', () => {
    const frames = runAll(counterSim, sc([{ op: 'add', n: 1 }, { op: 'add', n: 2 }]));
    expect(frames.map((f) => [f.i, f.op, f.caption])).toEqual([
      [0, null, 'Start at 0'],
      [1, 0, 'Add 2'],
      [2, 0, 'Now 2'],
      [3, 1, 'Add 4'],
      [4, 1, 'Now 6'],
    ]);
  });
  it('blames a model error on its op, after the frames before it', () => {
    const got: number[] = [];
    let err: unknown;
    try {
      for (const f of runScenario(counterSim, sc([{ op: 'add', n: 1 }, { op: 'boom' }, { op: 'add', n: 1 }]))) got.push(f.i);
    } catch (e) {
      err = e;
    }
    expect(got).toEqual([0, 1, 2]);
    expect(err).toBeInstanceOf(OpError);
    expect((err as OpError).op).toBe(1);
    expect((err as OpError).message).toBe('boom');
  });
  it('is deterministic for seeded randomness', () => {
    const s = sc(Array.from({ length: 20 }, () => ({ op: 'noise' })));
    expect(firstNondeterministicRun(counterSim, s)).toBe(-1);
  });
  it('the determinism helper catches a model that is not deterministic', () => {
    let calls = 0;
    const flaky = { ...counterSim, run: function* () { yield { op: null, caption: `run ${calls++}`, state: { value: 0 } }; } };
    expect(firstNondeterministicRun(flaky, sc([]))).toBe(1);
  });
});

describe('acting at a frame replaces the future', () => {
  const ops = [{ op: 'add', n: 1 }, { op: 'add', n: 2 }, { op: 'add', n: 3 }];
  const frames = runAll(counterSim, sc(ops));
  it('counts the ops applied by a frame', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map((i) => opsAppliedBy(frames, i))).toEqual([0, 1, 1, 2, 2, 3, 3]);
  });
  it('keeps the ops so far, drops the rest and appends the new one', () => {
    expect(opsAfterActing(ops, frames, 3, { op: 'noise' })).toEqual([{ op: 'add', n: 1 }, { op: 'add', n: 2 }, { op: 'noise' }]);
    expect(opsAfterActing(ops, frames, 0, { op: 'noise' })).toEqual([{ op: 'noise' }]);
  });
});
