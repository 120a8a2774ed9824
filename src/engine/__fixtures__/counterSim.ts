import { z } from 'zod';
import { nextInt } from '../prng';
import { createPrng, type Prng } from '../prng';
import { sequentialRun } from '../sequentialRun';
import type { SimDefinition } from '../types';

/** A tiny simulation for engine tests: a counter with seeded noise and an op that throws. */
export type CounterOp = { op: 'add'; n: number } | { op: 'noise' } | { op: 'boom' };
type State = { value: number };

const opSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('add'), n: z.number({ error: 'must be a number' }).int({ error: 'must be an integer' }).min(-100, { error: 'must be at least -100' }).max(100, { error: 'must be at most 100' }) }).strict(),
  z.object({ op: z.literal('noise') }).strict(),
  z.object({ op: z.literal('boom') }).strict(),
]);

export const counterSim: SimDefinition<{ step: number; mode: string; loud: boolean }, CounterOp, State> = {
  id: 'counter',
  title: 'Counter',
  tagline: 'test fixture',
  topics: ['test'],
  source: 'none',
  timing: 'ordered',
  params: [
    { kind: 'int', key: 'step', label: 'Step', help: 'added by each add', min: 1, max: 10, step: 1, default: 1 },
    { kind: 'select', key: 'mode', label: 'Mode', help: 'a select', options: [{ value: 'a', label: 'A' }, { value: 'b', label: 'B' }], default: 'a' },
    { kind: 'toggle', key: 'loud', label: 'Loud', help: 'a toggle', default: false },
  ],
  checkParams: (p) => (p.mode === 'b' && p.step % 2 === 1 ? ['params.step: must be even when mode is "b"'] : []),
  opSchema,
  maxOps: 50,
  run: (params, seed, ops) =>
    sequentialRun<{ value: number; rng: Prng }, CounterOp, State, never>(
      () => ({ model: { value: 0, rng: createPrng(seed) }, frames: [{ caption: 'Start at 0', state: { value: 0 } }] }),
      function* (m, op) {
        if (op.op === 'boom') throw new Error('boom');
        const d = op.op === 'add' ? op.n * params.step : nextInt(m.rng, 0, 9);
        m.value += d;
        yield { caption: `Add ${d}`, state: { value: m.value - d / 2 } };
        yield { caption: `Now ${m.value}`, state: { value: m.value } };
      },
      ops,
    ),
  invariants: (s) => (Number.isFinite(s.value) ? [] : ['value is finite']),
  examples: [],
  defaultScenario: { params: {}, seed: 1, ops: [{ op: 'add', n: 1 }] },
};

export const findFixture = (id: string) => (id === 'counter' ? counterSim : undefined);
