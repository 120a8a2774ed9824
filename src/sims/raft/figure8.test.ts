import { describe, expect, it } from 'vitest';
import { defaultParams } from '../../engine/params';
import { raftSim } from './definition';
import { nextEvent } from './events';
import { figure8, FIGURE8_OPS, FIGURE8_TIMES } from './examples';
import { raftInvariants } from './invariants';
import { applyEvent } from './model';
import type { RaftParams, RaftState } from './types';

const params = { ...defaultParams(raftSim.params), ...figure8.scenario.params } as RaftParams;
const frames = [...raftSim.run(params, figure8.scenario.seed, FIGURE8_OPS)];

/** The state at simulated time t (the last frame at or before it). */
function at(t: number): RaftState {
  let s = frames[0].state;
  for (const f of frames) if (f.state.time <= t) s = f.state;
  return s;
}
const terms = (s: RaftState) => Object.fromEntries(s.nodes.map((n) => [n.id, n.log.map((e) => e.term)]));
const leaderOf = (s: RaftState) => s.nodes.filter((n) => n.alive && n.role === 'leader').map((n) => `${n.id}@${n.term}`);

describe('Figure 8 of the Raft paper', () => {
  it('(a) S1 leads term 2 and has replicated index 2 to S2 only', () => {
    const s = at(FIGURE8_TIMES.a);
    expect(leaderOf(s)).toEqual(['S1@2']);
    expect(terms(s)).toEqual({ S1: [1, 2], S2: [1, 2], S3: [1], S4: [1], S5: [1] });
  });

  it('(b) S1 crashed; S5 won term 3 with the votes of S3 and S4 and appended a different index 2', () => {
    const s = at(FIGURE8_TIMES.b);
    expect(leaderOf(s)).toEqual(['S5@3']);
    expect(s.nodes[0].alive).toBe(false);
    expect(terms(s)).toEqual({ S1: [1, 2], S2: [1, 2], S3: [1], S4: [1], S5: [1, 3] });
    expect(s.nodes.filter((n) => n.votedFor === 'S5' && n.term === 3).map((n) => n.id)).toEqual(['S3', 'S4', 'S5']);
  });

  it('(c) S1 leads term 4; its term-2 entry is on a majority (S1, S2, S3) but is not committed', () => {
    const s = at(FIGURE8_TIMES.c);
    expect(leaderOf(s)).toEqual(['S1@4']);
    expect(terms(s)).toEqual({ S1: [1, 2, 4], S2: [1, 2], S3: [1, 2], S4: [1], S5: [1, 3] });
    const s1 = s.nodes[0];
    expect(s1.matchIndex).toMatchObject({ S2: 2, S3: 2 });
    expect(s1.commitIndex).toBeLessThan(2);
    expect(s.committed.map((e) => e.term)).toEqual([1]);
    expect(frames.some((f) => f.caption.includes('index 2 is on a majority (S1, S2 and S3) but is from term 2, not the current term 4'))).toBe(true);
  });

  it('(d) S1 crashed again; S5 won term 5 and overwrote index 2 on S2, S3 and S4', () => {
    const s = at(FIGURE8_TIMES.d);
    expect(leaderOf(s)).toEqual(['S5@5']);
    expect(terms(s)).toEqual({ S1: [1, 2, 4], S2: [1, 3], S3: [1, 3], S4: [1, 3], S5: [1, 3] });
  });

  it('a term-5 entry then commits, and the term-3 entry with it; the five safety properties hold on every frame', () => {
    const end = frames[frames.length - 1].state;
    expect(end.committed.map((e) => [e.term, e.command])).toEqual([
      [1, 'x=1'],
      [3, 'z=3'],
      [5, 'v=5'],
    ]);
    for (const f of frames) expect(raftInvariants(f.state)).toEqual([]);
  });

  it('had S1 committed index 2 by counting replicas in (c), the invariants would catch the loss (the checks can fail)', () => {
    // Tamper with the (c) state as a naive leader would, then let the run continue.
    let s = at(FIGURE8_TIMES.c);
    const s1 = { ...s.nodes[0], commitIndex: 2 };
    s = { ...s, nodes: [s1, ...s.nodes.slice(1)], committed: [s.committed[0], { term: 2, command: 'y=2', inTerm: 4 }] };
    const seen = new Set<string>();
    for (;;) {
      const ev = nextEvent(s, FIGURE8_OPS);
      if (!ev || ev.time > FIGURE8_TIMES.end) break;
      s = applyEvent(s, ev, params, FIGURE8_OPS).state;
      for (const v of raftInvariants(s)) seen.add(v.split(':')[0]);
    }
    expect([...seen].sort()).toEqual(['Leader Completeness', 'State Machine Safety']);
  });
});
