import { describe, expect, it } from 'vitest';
import { firstNondeterministicRun } from '../../engine/determinism';
import { runAll } from '../../engine/runScenario';
import { validateScenario } from '../../engine/validateScenario';
import { findSim } from '../registry';
import { btreeSim } from './definition';
import { btreeInvariants } from './invariants';
import type { BTreeParams, BTreeState } from './types';

const errorsOf = (raw: unknown): string[] => {
  const r = validateScenario(raw, findSim);
  return r.ok ? [] : r.errors;
};

describe('validation', () => {
  it('rejects preemptive splitting with an odd order, and says why', () => {
    const errs = errorsOf({ sim: 'btree', params: { order: 5, split: 'preemptive' } });
    expect(errs).toHaveLength(1);
    expect(errs[0]).toMatch(/^params\.split: "preemptive".*even order m = 2t, got order 5/);
    expect(errorsOf({ sim: 'btree', params: { order: 6, split: 'preemptive' } })).toEqual([]);
    expect(errorsOf({ sim: 'btree', params: { order: 5, split: 'on-overflow' } })).toEqual([]);
  });
  it('names field, rule and value for bad params', () => {
    expect(errorsOf({ sim: 'btree', params: { order: 2 } })).toEqual(['params.order: must be an integer from 3 to 16, got 2']);
    expect(errorsOf({ sim: 'btree', params: { order: 17 } })[0]).toContain('got 17');
    expect(errorsOf({ sim: 'btree', params: { variant: 'b*' } })[0]).toMatch(/^params\.variant: must be one of "btree", "bplus", got "b\*"/);
  });
  it('names field, rule and value for bad ops', () => {
    expect(errorsOf({ sim: 'btree', ops: [{ op: 'insert', key: 1.5 }] })).toEqual(['ops[0].key: must be an integer, got 1.5']);
    expect(errorsOf({ sim: 'btree', ops: [{ op: 'insert', key: 'x' }] })).toEqual(['ops[0].key: must be an integer, got "x"']);
    expect(errorsOf({ sim: 'btree', ops: [{ op: 'delete', key: 2e9 }] })[0]).toMatch(/^ops\[0\]\.key: must be at most 1000000000, got 2000000000/);
    expect(errorsOf({ sim: 'btree', ops: [{ op: 'insertMany', count: 0, pattern: 'random' }] })[0]).toMatch(/^ops\[0\]\.count: must be an integer from 1 to 20000, got 0/);
    expect(errorsOf({ sim: 'btree', ops: [{ op: 'insertMany', count: 5, pattern: 'zigzag' }] })[0]).toMatch(/^ops\[0\]\.pattern: must be "random", "ascending" or "descending", got "zigzag"/);
    expect(errorsOf({ sim: 'btree', ops: [{ op: 'rotate' }] })[0]).toMatch(/^ops\[0\]\.op: must be an op named/);
    expect(errorsOf({ sim: 'btree', ops: [{ op: 'insert', key: 1, extra: 2 }] })[0]).toMatch(/^ops\[0\]: Unrecognized key/);
    expect(errorsOf({ sim: 'btree', ops: [{ op: 'range', from: 9, to: 3 }] })).toEqual(['ops[0].to: must be at least from (9), got 3']);
  });
  it('caps the keys added by insertMany ops in one scenario', () => {
    const ops = Array.from({ length: 6 }, () => ({ op: 'insertMany', count: 20_000, pattern: 'random' }));
    expect(errorsOf({ sim: 'btree', ops })).toEqual(['ops: insertMany ops add 120000 keys in all; at most 100000']);
  });
  it('every example and the default scenario are valid and keep the invariants on every frame', () => {
    for (const ex of [...btreeSim.examples.map((e) => e.scenario), btreeSim.defaultScenario]) {
      const v = validateScenario({ sim: 'btree', ...ex }, findSim);
      expect(v.ok).toBe(true);
      if (!v.ok) continue;
      for (const f of runAll(btreeSim, v.scenario)) expect(btreeInvariants(f.state as BTreeState, v.scenario.params as BTreeParams)).toEqual([]);
    }
  });
});

describe('determinism', () => {
  it('the same scenario gives byte-identical frames, random bulk inserts included', () => {
    const scenario = {
      sim: 'btree',
      params: { order: 5, split: 'on-overflow', variant: 'bplus' },
      seed: 99,
      ops: [
        { op: 'insertMany', count: 500, pattern: 'random' },
        { op: 'insert', key: 3 },
        { op: 'delete', key: 3 },
        { op: 'insertMany', count: 50, pattern: 'random' },
        { op: 'search', key: 17 },
      ],
    };
    expect(firstNondeterministicRun(btreeSim, scenario)).toBe(-1);
  });
  it('a different seed draws different random keys', () => {
    const run = (seed: number): string =>
      JSON.stringify(runAll(btreeSim, { sim: 'btree', params: { order: 4, split: 'on-overflow', variant: 'btree' }, seed, ops: [{ op: 'insertMany', count: 20, pattern: 'random' }] }).at(-1));
    expect(run(1)).not.toBe(run(2));
  });
});

describe('invariants detect broken trees', () => {
  const p: BTreeParams = { order: 4, split: 'on-overflow', variant: 'btree' };
  const leaf = (id: number, keys: number[], next?: number | null) => ({ id, keys, children: [], ...(next !== undefined ? { next } : {}) });
  it('accepts a valid tree', () => {
    expect(btreeInvariants({ root: { id: 1, keys: [5], children: [leaf(2, [1, 2]), leaf(3, [7])] }, size: 4 }, p)).toEqual([]);
  });
  it('unsorted keys, out-of-order keys, wrong child count, uneven leaves, overfull nodes, wrong size', () => {
    const cases: [BTreeState, RegExp][] = [
      [{ root: { id: 1, keys: [5], children: [leaf(2, [2, 1]), leaf(3, [7])] }, size: 4 }, /not in increasing order/],
      [{ root: { id: 1, keys: [5], children: [leaf(2, [1, 6]), leaf(3, [7])] }, size: 4 }, /Key 6 .* out of order/],
      [{ root: { id: 1, keys: [5], children: [leaf(2, [1])] }, size: 2 }, /1 keys but 1 children/],
      [{ root: { id: 1, keys: [5], children: [leaf(2, [1]), { id: 3, keys: [7], children: [leaf(4, [6]), leaf(5, [8])] }] }, size: 5 }, /depth/],
      [{ root: leaf(1, [1, 2, 3, 4]), size: 4 }, /has 4 keys; order 4 allows at most 3/],
      [{ root: { id: 1, keys: [5], children: [leaf(2, []), leaf(3, [7])] }, size: 2 }, /needs at least 1/],
      [{ root: leaf(1, [1, 2]), size: 3 }, /size says 3/],
      [{ root: { id: 1, keys: [5], children: [leaf(1, [1]), leaf(3, [7])] }, size: 3 }, /id 1 appears twice/],
    ];
    for (const [state, re] of cases) expect(btreeInvariants(state, p).join(' ')).toMatch(re);
  });
  it('a transient node may be one key over or under, but only that node', () => {
    const over: BTreeState = { root: leaf(1, [1, 2, 3, 4]), size: 4, transient: { id: 1, kind: 'overflow' } };
    expect(btreeInvariants(over, p)).toEqual([]);
    expect(btreeInvariants({ ...over, transient: { id: 9, kind: 'overflow' } }, p)).not.toEqual([]);
  });
  it('B+: broken leaf chain, separator that does not route, key missing from leaves', () => {
    const bp: BTreeParams = { ...p, variant: 'bplus' };
    const good: BTreeState = { root: { id: 1, keys: [5], children: [leaf(2, [1, 2], 3), leaf(3, [5, 7], null)] }, size: 4 };
    expect(btreeInvariants(good, bp)).toEqual([]);
    expect(btreeInvariants({ ...good, root: { id: 1, keys: [5], children: [leaf(2, [1, 2], null), leaf(3, [5, 7], null)] } }, bp).join(' ')).toMatch(/leaf chain is broken/);
    expect(btreeInvariants({ ...good, root: { id: 1, keys: [6], children: [leaf(2, [1, 2], 3), leaf(3, [5, 7], null)] } }, bp).join(' ')).toMatch(/Key 5 .* out of order/);
    expect(btreeInvariants({ ...good, size: 5 }, bp).join(' ')).toMatch(/leaves hold 4 keys but size says 5/);
  });
});
