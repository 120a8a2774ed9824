import { describe, expect, it } from 'vitest';
import { counterSim, findFixture } from './__fixtures__/counterSim';
import { validateParams } from './params';
import { validateScenario } from './validateScenario';

describe('validateParams', () => {
  it('fills defaults and accepts in-range values', () => {
    expect(validateParams(counterSim.params, { step: 3 })).toEqual({ value: { step: 3, mode: 'a', loud: false }, errors: [] });
  });
  it('names the field, the rule and the value received', () => {
    const r = validateParams(counterSim.params, { step: 'x', mode: 'c', loud: 1, extra: 2 });
    expect(r.errors).toEqual([
      'params.extra: unknown parameter (known: step, mode, loud)',
      'params.step: must be an integer from 1 to 10, got "x"',
      'params.mode: must be one of "a", "b", got "c"',
      'params.loud: must be true or false, got 1',
    ]);
  });
  it('rejects out-of-range and non-integer numbers', () => {
    expect(validateParams(counterSim.params, { step: 11 }).errors).toEqual(['params.step: must be an integer from 1 to 10, got 11']);
    expect(validateParams(counterSim.params, { step: 2.5 }).errors).toEqual(['params.step: must be an integer from 1 to 10, got 2.5']);
  });
});

describe('validateScenario', () => {
  const base = { sim: 'counter', params: {}, seed: 7, ops: [] };
  it('accepts a minimal scenario and fills defaults', () => {
    expect(validateScenario({ sim: 'counter' }, findFixture)).toEqual({
      ok: true,
      scenario: { sim: 'counter', params: { step: 1, mode: 'a', loud: false }, seed: 1, ops: [] },
    });
  });
  it('reports an unknown simulation', () => {
    expect(validateScenario({ ...base, sim: 'nope' }, findFixture)).toEqual({ ok: false, errors: ['sim: unknown simulation "nope"'] });
  });
  it('reports an unknown op and wrong op field types with their index', () => {
    const r = validateScenario({ ...base, ops: [{ op: 'add', n: 1 }, { op: 'fly' }, { op: 'add', n: 'x' }, { op: 'add', n: 101 }] }, findFixture);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0]).toMatch(/^ops\[1\]\.op: .*, got "fly"$/);
    expect(r.errors[1]).toBe('ops[2].n: must be a number, got "x"');
    expect(r.errors[2]).toBe('ops[3].n: must be at most 100, got 101');
  });
  it('reports too many ops', () => {
    const ops = Array.from({ length: 51 }, () => ({ op: 'noise' }));
    expect(validateScenario({ ...base, ops }, findFixture)).toEqual({ ok: false, errors: ['ops: too many ops (51); at most 50'] });
  });
  it('reports a bad seed, bad frame, unknown fields and cross-parameter rules together', () => {
    const r = validateScenario({ ...base, seed: -1, frame: 'x', color: 'red', params: { mode: 'b', step: 3 } }, findFixture);
    expect(r).toEqual({
      ok: false,
      errors: [
        'color: unknown field (a scenario has sim, params, seed, ops, frame)',
        'params.step: must be even when mode is "b"',
        'seed: must be an integer from 0 to 4294967295, got -1',
        'frame: must be a frame index (an integer ≥ 0), got "x"',
      ],
    });
  });
  it('rejects non-objects', () => {
    expect(validateScenario([1], findFixture)).toEqual({ ok: false, errors: ['scenario: must be a JSON object, got [1]'] });
    expect(validateScenario(null, findFixture)).toEqual({ ok: false, errors: ['scenario: must be a JSON object, got null'] });
  });
});
