import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../engine/validateScenario';
import { findSim } from '../registry';

const check = (raw: object) => validateScenario({ sim: 'skip-list', ...raw }, findSim);
const errorsOf = (raw: object): string[] => {
  const r = check(raw);
  return r.ok ? [] : r.errors;
};

describe('skip-list scenario validation', () => {
  it('accepts every example', () => {
    for (const ex of findSim('skip-list')!.examples) expect(check(ex.scenario).ok, ex.id).toBe(true);
  });

  it('names the param, its range and the value', () => {
    expect(errorsOf({ params: { p: 0.99 } })).toEqual(['params.p: must be a number from 0.05 to 0.95, got 0.99']);
    expect(errorsOf({ params: { maxLevel: 33 } })).toEqual(['params.maxLevel: must be an integer from 1 to 32, got 33']);
    expect(errorsOf({ params: { spans: 'yes' } })).toEqual(['params.spans: must be true or false, got "yes"']);
  });

  it('names the op field, the rule and the value', () => {
    expect(errorsOf({ ops: [{ op: 'insert', key: 'x' }] })).toEqual(['ops[0].key: must be an integer, got "x"']);
    expect(errorsOf({ ops: [{ op: 'insert', key: 1.5 }] })).toEqual(['ops[0].key: must be an integer, got 1.5']);
    expect(errorsOf({ ops: [{ op: 'insert', key: 1, level: 0 }] })).toEqual(['ops[0].level: must be an integer from 1 to 32, got 0']);
    expect(errorsOf({ ops: [{ op: 'insertMany', count: 100_001 }] })).toEqual([
      'ops[0].count: must be an integer from 1 to 100000, got 100001',
    ]);
    expect(errorsOf({ ops: [{ op: 'byRank', rank: 0 }], params: { spans: true } })).toEqual([
      'ops[0].rank: must be an integer rank ≥ 1 (ranks are 1-based, as in Redis), got 0',
    ]);
    expect(errorsOf({ ops: [{ op: 'fly', key: 1 }] })[0]).toMatch(
      /^ops\[0\]\.op: must be one of the ops insert, delete, search, insertMany, rank, byRank/,
    );
    expect(errorsOf({ ops: [{ op: 'search', key: 1, extra: 2 }] })[0]).toMatch(/^ops\[0\]/);
  });

  it('rejects rank and byRank when spans are off, naming the rule', () => {
    expect(
      errorsOf({
        ops: [
          { op: 'rank', key: 4 },
          { op: 'byRank', rank: 2 },
        ],
      }),
    ).toEqual([
      'ops[0].op: "rank" needs params.spans on (ranks are read off Redis-style spans), got spans = false',
      'ops[1].op: "byRank" needs params.spans on (ranks are read off Redis-style spans), got spans = false',
    ]);
    expect(check({ params: { spans: true }, ops: [{ op: 'rank', key: 4 }] }).ok).toBe(true);
  });

  it('rejects a given level above maxLevel and too many keys in all', () => {
    expect(
      errorsOf({
        params: { maxLevel: 4 },
        ops: [{ op: 'insert', key: 1, level: 5 }],
      }),
    ).toEqual(['ops[0].level: must be at most maxLevel (4), got 5']);
    expect(
      errorsOf({
        ops: [
          { op: 'insertMany', count: 100_000 },
          { op: 'insertMany', count: 100_000 },
          { op: 'insert', key: 1 },
        ],
      }),
    ).toEqual(['ops: at most 200000 keys in all (inserts plus insertMany counts), got 200001']);
  });
});
