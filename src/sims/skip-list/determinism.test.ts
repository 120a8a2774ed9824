import { describe, expect, it } from 'vitest';
import { firstNondeterministicRun } from '../../engine/determinism';
import { skipListSim } from './definition';
import { DEFAULTS, last, runSL } from './testUtil';

const heights = (seed: number, p = 0.5) => last(runSL([{ op: 'insertMany', count: 500 }], { p }, seed)).state.nodes.map((n) => n.level);

describe('determinism', () => {
  it('every example gives identical frames on every run', () => {
    for (const ex of skipListSim.examples) {
      const scenario = {
        sim: 'skip-list',
        ...ex.scenario,
        params: { ...DEFAULTS, ...ex.scenario.params },
      };
      expect(firstNondeterministicRun(skipListSim, scenario, 3), ex.id).toBe(-1);
    }
  });

  it('a mixed scenario with coin flips, deletes and ranks is deterministic (seed 99)', () => {
    const ops = [
      { op: 'insertMany', count: 300 },
      ...[5, 50, 500, 5000].map((key) => ({ op: 'insert', key })),
      { op: 'delete', key: 50 },
      { op: 'search', key: 500 },
      { op: 'rank', key: 500 },
      { op: 'byRank', rank: 77 },
    ];
    expect(
      firstNondeterministicRun(
        skipListSim,
        {
          sim: 'skip-list',
          params: { ...DEFAULTS, spans: true },
          seed: 99,
          ops,
        },
        3,
      ),
    ).toBe(-1);
  });

  it('the same seed gives the same towers; another seed gives other towers', () => {
    expect(heights(123)).toEqual(heights(123));
    expect(heights(123)).not.toEqual(heights(124));
  });

  it('the same coin flips appear frame by frame for the same seed (seed 5)', () => {
    const flips = (seed: number) =>
      runSL(
        [10, 20, 30, 40, 50].map((key) => ({ op: 'insert', key })),
        {},
        seed,
      )
        .filter((f) => f.caption.startsWith('Coin flip'))
        .map((f) => f.caption);
    expect(flips(5)).toEqual(flips(5));
    expect(flips(5).length).toBeGreaterThanOrEqual(5);
  });
});
