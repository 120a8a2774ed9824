import { describe, expect, it } from 'vitest';
import { skipListInvariants } from './invariants';
import { DEFAULTS, last, runSL } from './testUtil';

describe('100,000 keys stay cheap', () => {
  it('insertMany 100,000 is one frame, and a search after it shares that state', () => {
    const t0 = process.hrtime.bigint();
    const frames = runSL(
      [
        { op: 'insertMany', count: 100_000 },
        { op: 'search', key: 4242 },
        { op: 'insert', key: 4243 },
      ],
      { spans: true },
      3,
    );
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    expect(frames.filter((f) => f.op === 0)).toHaveLength(1);
    const bulk = frames[1].state;
    expect(bulk.n).toBe(100_000);
    // Search frames do not copy the state.
    for (const f of frames.filter((f) => f.op === 1)) expect(f.state.nodes).toBe(bulk.nodes);
    expect(skipListInvariants(last(frames).state, { ...DEFAULTS, spans: true })).toEqual([]);
    expect(ms).toBeLessThan(5_000);
  });
});
