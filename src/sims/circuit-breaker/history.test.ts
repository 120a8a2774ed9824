import { describe, expect, it } from 'vitest';
import { binWidth, buildHistory } from './history';
import { run } from './testHelpers';

describe('chart series', () => {
  it('picks the smallest bin giving at most 120 bins', () => {
    expect(binWidth(10000)).toBe(100);
    expect(binWidth(30000)).toBe(500);
    expect(binWidth(600000)).toBe(5000);
  });

  it('bins sum to the totals, and lanes cover the run in state order', () => {
    const { p, frames } = run({ rps: 20, duration: 20000 }, [{ op: 'backend', at: 3000, failureRate: 1, latencyMs: 40 }]);
    const states = frames.map((f) => f.state);
    const h = buildHistory(states, p.duration);
    const end = states[states.length - 1];
    expect(h.bins.reduce((s, b) => s + b.permitted, 0)).toBe(end.totals.permitted);
    expect(h.bins.reduce((s, b) => s + b.rejected, 0)).toBe(end.totals.rejected);
    expect(h.states[0]).toMatchObject({ t0: 0, value: 'CLOSED' });
    expect(h.states.map((s) => s.value).slice(0, 3)).toEqual(['CLOSED', 'OPEN', 'HALF_OPEN']);
    expect(h.states[h.states.length - 1].t1).toBe(20000);
    for (let i = 1; i < h.states.length; i++) expect(h.states[i].t0).toBe(h.states[i - 1].t1);
    expect(h.backend.map((s) => [s.t0, s.value.failureRate])).toEqual([
      [0, 0],
      [3000, 1],
    ]);
    expect(h.rates.every((r, i) => i === 0 || r.t > h.rates[i - 1].t)).toBe(true);
  });
});
