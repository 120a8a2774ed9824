import { describe, expect, it } from 'vitest';
import { firstNondeterministicRun } from '../../engine/determinism';
import { defaultParams } from '../../engine/params';
import { runAll } from '../../engine/runScenario';
import type { Scenario } from '../../engine/types';
import { validateScenario } from '../../engine/validateScenario';
import { findSim } from '../registry';
import { raftSim } from './definition';
import { EXAMPLES } from './examples';
import { MAX_FRAMES } from './model';
import type { RaftOp, RaftParams, RaftState } from './types';

const P = (over: Partial<RaftParams> = {}) => ({ ...defaultParams(raftSim.params), ...over }) as RaftParams;
const run = (ops: RaftOp[], over: Partial<RaftParams> = {}, seed = 1) => [...raftSim.run(P(over), seed, ops)];
const captionsOf = (frames: ReturnType<typeof run>, op: number) => frames.filter((f) => f.op === op).map((f) => f.caption);

describe('Raft model', () => {
  it('every example runs to its duration with all five safety properties on every frame', () => {
    for (const ex of EXAMPLES) {
      const params = P(ex.scenario.params as Partial<RaftParams>);
      const frames = [...raftSim.run(params, ex.scenario.seed, ex.scenario.ops as RaftOp[])];
      expect(frames[frames.length - 1].state.time, ex.id).toBe(params.duration);
      for (const f of frames) expect(raftSim.invariants(f.state, params), `${ex.id}: ${f.caption}`).toEqual([]);
    }
  });

  it('frames are in time order and carry the public state contract', () => {
    const frames = run([{ op: 'request', command: 'x=1', at: 400 }], { duration: 800 });
    let t = 0;
    for (const f of frames) {
      expect(f.state.time).toBeGreaterThanOrEqual(t);
      t = f.state.time;
    }
    const s = frames[frames.length - 1].state;
    expect(Object.keys(s.nodes[0])).toEqual(expect.arrayContaining(['id', 'role', 'term', 'votedFor', 'log', 'commitIndex', 'alive']));
    const withMsgs = frames.find((f) => f.state.messages.length > 0)!.state;
    expect(Object.keys(withMsgs.messages[0])).toEqual(expect.arrayContaining(['id', 'from', 'to', 'type', 'term', 'sentAt', 'deliverAt']));
    expect(s.partition).toBeNull();
  });

  it('the Leader election example elects exactly one leader and every server follows it', () => {
    const ex = EXAMPLES.find((e) => e.id === 'leader-election')!;
    const s = [...raftSim.run(P(ex.scenario.params as Partial<RaftParams>), ex.scenario.seed, [])].pop()!.state;
    expect(s.nodes.filter((n) => n.role === 'leader')).toHaveLength(1);
    expect(new Set(s.nodes.map((n) => n.term)).size).toBe(1);
  });

  it('the Split vote example has a term with no winner before a later term elects a leader', () => {
    const ex = EXAMPLES.find((e) => e.id === 'split-vote')!;
    const s = [...raftSim.run(P(ex.scenario.params as Partial<RaftParams>), ex.scenario.seed, ex.scenario.ops as RaftOp[])].pop()!.state;
    expect(s.elections.filter((e) => e.term === 1).map((e) => e.candidate)).toEqual(['S1', 'S3', 'S5']);
    expect(s.leaders.some((l) => l.term === 1)).toBe(false);
    expect(s.leaders.length).toBeGreaterThan(0);
  });

  it('the minority partition keeps a stale leader that cannot commit, then heals', () => {
    const ex = EXAMPLES.find((e) => e.id === 'minority-partition')!;
    const frames = [...raftSim.run(P(ex.scenario.params as Partial<RaftParams>), ex.scenario.seed, ex.scenario.ops as RaftOp[])];
    const before = frames.filter((f) => f.state.time < 1900).pop()!.state;
    const leaders = before.nodes.filter((n) => n.role === 'leader');
    expect(leaders.map((n) => n.id).sort()[0]).toBe('S1');
    expect(leaders).toHaveLength(2);
    const s1 = before.nodes[0];
    expect(s1.log.map((e) => e.command)).toContain('lost=1');
    expect(s1.commitIndex).toBe(1);
    const end = frames[frames.length - 1].state;
    expect(end.nodes.filter((n) => n.role === 'leader')).toHaveLength(1);
    expect(end.nodes.every((n) => !n.log.some((e) => e.command === 'lost=1'))).toBe(true);
  });

  it('the Leader crash example elects a new leader after S1 crashes, and S1 catches up after its restart', () => {
    const ex = EXAMPLES.find((e) => e.id === 'leader-crash')!;
    const frames = [...raftSim.run(P(ex.scenario.params as Partial<RaftParams>), ex.scenario.seed, ex.scenario.ops as RaftOp[])];
    const crash = frames.find((f) => f.op === 3)!;
    expect(crash.caption).toMatch(/^Leader S1 crashes/);
    const end = frames[frames.length - 1].state;
    const next = end.leaders.find((l) => l.at > 600)!;
    expect(next.id).not.toBe('S1');
    expect(next.term).toBeGreaterThan(1);
    expect(end.committed.map((e) => e.command)).toEqual(['x=1', 'y=2', 'z=3']);
    expect(end.nodes[0]).toMatchObject({ alive: true, role: 'follower', commitIndex: 3 });
  });

  it('checkQuorum makes the cut-off leader of the minority step down (thesis §6.2)', () => {
    const ex = EXAMPLES.find((e) => e.id === 'minority-partition')!;
    const params = P({ ...(ex.scenario.params as Partial<RaftParams>), checkQuorum: true });
    const frames = [...raftSim.run(params, ex.scenario.seed, ex.scenario.ops as RaftOp[])];
    const before = frames.filter((f) => f.state.time < 1900).pop()!.state;
    expect(before.nodes[0].role).not.toBe('leader');
    expect(frames.some((f) => f.caption.startsWith('S1 heard from only S2 within an election timeout, not a majority: it steps down'))).toBe(true);
    for (const f of frames) expect(raftSim.invariants(f.state, params)).toEqual([]);
  });

  it('pre-vote keeps a cut-off server from inflating its term (thesis §9.6)', () => {
    const ops: RaftOp[] = [
      { op: 'timeout', node: 'S1', at: 10 },
      { op: 'partition', groups: [['S5']], at: 200 },
    ];
    const termOfS5 = (preVote: boolean) => run(ops, { duration: 2500, preVote }).pop()!.state.nodes[4].term;
    expect(termOfS5(true)).toBe(1);
    expect(termOfS5(false)).toBeGreaterThan(5);
  });

  it('an op that cannot apply is a frame that says so', () => {
    const frames = run(
      [
        { op: 'heal', at: 10 },
        { op: 'request', command: 'x=1', at: 20 },
        { op: 'crash', node: 'S2', at: 30 },
        { op: 'crash', node: 'S2', at: 40 },
        { op: 'timeout', node: 'S2', at: 50 },
        { op: 'restart', node: 'S3', at: 60 },
        { op: 'request', command: 'y', node: 'S4', at: 70 },
        { op: 'request', command: 'z', node: 'S2', at: 80 },
      ],
      { duration: 100, electionTimeoutMin: 5000, electionTimeoutMax: 5000 },
    );
    expect(captionsOf(frames, 0)).toEqual(['The network is already whole: nothing to heal.']);
    expect(captionsOf(frames, 1)[0]).toContain('no leader right now: the request is dropped');
    expect(captionsOf(frames, 3)[0]).toBe('S2 is already down: nothing to crash.');
    expect(captionsOf(frames, 4)[0]).toBe('S2 is down: its election timer cannot fire.');
    expect(captionsOf(frames, 5)[0]).toBe('S3 is already running: nothing to restart.');
    expect(captionsOf(frames, 6)[0]).toContain('not the leader and rejects it');
    expect(captionsOf(frames, 7)[0]).toContain('which is down');
  });

  it('a restart keeps currentTerm, votedFor and the log, and resets commitIndex and role', () => {
    const frames = run(
      [
        { op: 'timeout', node: 'S1', at: 10 },
        { op: 'request', command: 'x=1', at: 100 },
        { op: 'crash', node: 'S1', at: 300 },
        { op: 'restart', node: 'S1', at: 310 },
      ],
      { duration: 320, electionTimeoutMin: 5000, electionTimeoutMax: 5000 },
    );
    const crashed = frames.find((f) => f.op === 2)!.state.nodes[0];
    const back = frames.find((f) => f.op === 3)!.state.nodes[0];
    expect(crashed).toMatchObject({ alive: false, role: 'follower', term: 1, votedFor: 'S1', commitIndex: 1 });
    expect(back).toMatchObject({ alive: true, role: 'follower', term: 1, votedFor: 'S1', commitIndex: 0 });
    expect(back.log).toEqual([{ term: 1, command: 'x=1' }]);
  });

  it('a partition drops messages between groups, and a group list may leave servers out (they form one group)', () => {
    const frames = run([{ op: 'timeout', node: 'S1', at: 10 }, { op: 'partition', groups: [['S1']], at: 15 }], { duration: 200, electionTimeoutMin: 5000, electionTimeoutMax: 5000 });
    const f = frames.find((x) => x.op === 1)!;
    expect(f.state.partition).toEqual([['S1'], ['S2', 'S3', 'S4', 'S5']]);
    expect(f.state.messages.filter((m) => m.from === 'S1')).toEqual([]);
    expect(f.caption).toMatch(/4 messages in flight between groups are lost/);
  });

  it('drops happen at the drop rate, from the seeded PRNG', () => {
    const s = run([], { dropRate: 0.3, duration: 3000 }).pop()!.state;
    const rate = s.stats.lost / s.stats.sent;
    expect(rate).toBeGreaterThan(0.2);
    expect(rate).toBeLessThan(0.4);
  });

  it(`stops at ${MAX_FRAMES} frames and says so`, () => {
    const frames = run([], { nodes: 9, heartbeatInterval: 10, duration: 60000 });
    expect(frames).toHaveLength(MAX_FRAMES);
    expect(frames[frames.length - 1].caption).toContain('limit of 20000 frames');
  });

  it('ops scheduled after the duration are reported, not applied', () => {
    const frames = run([{ op: 'crash', node: 'S1', at: 900 }], { duration: 500 });
    expect(frames[frames.length - 1].caption).toBe('The run ends at 500 ms. 1 op is scheduled after the end and was not applied.');
  });

  it('consecutive frames share unchanged servers', () => {
    const frames = run([], { duration: 600 });
    const a = frames[frames.length - 3].state as RaftState;
    const b = frames[frames.length - 2].state as RaftState;
    expect(b.nodes.filter((n, i) => n === a.nodes[i]).length).toBeGreaterThanOrEqual(3);
  });
});

describe('Determinism', () => {
  const scenarios: Scenario[] = [
    ...EXAMPLES.map((e) => ({ sim: 'raft', ...e.scenario, params: P(e.scenario.params as Partial<RaftParams>) })),
    {
      sim: 'raft',
      params: P({ dropRate: 0.2, preVote: true, checkQuorum: true, duration: 2000 }),
      seed: 99,
      ops: [
        { op: 'crash', node: 'S2', at: 400 },
        { op: 'partition', groups: [['S1', 'S3'], ['S4', 'S5']], at: 600 },
        { op: 'request', command: 'a', at: 700 },
        { op: 'heal', at: 1200 },
        { op: 'restart', node: 'S2', at: 1300 },
      ],
    },
  ];
  it('same scenario, same frames, byte for byte (every example and a faulty run)', () => {
    for (const sc of scenarios) expect(firstNondeterministicRun(raftSim, sc, 3)).toBe(-1);
  });
  it('different seeds give different runs', () => {
    const a = JSON.stringify(runAll(raftSim, { sim: 'raft', params: P({ duration: 500 }), seed: 1, ops: [] }));
    const b = JSON.stringify(runAll(raftSim, { sim: 'raft', params: P({ duration: 500 }), seed: 2, ops: [] }));
    expect(a).not.toBe(b);
  });
});

describe('Validation', () => {
  const check = (raw: unknown) => {
    const r = validateScenario(raw, findSim);
    return r.ok ? [] : r.errors;
  };
  it('is registered and every example and the default scenario validate', () => {
    expect(findSim('raft')).toBe(raftSim);
    for (const ex of EXAMPLES) expect(check({ sim: 'raft', ...ex.scenario }), ex.id).toEqual([]);
    expect(check({ sim: 'raft', ...raftSim.defaultScenario })).toEqual([]);
  });
  it('rejects an election timeout min above its max, and a latency min above its max', () => {
    expect(check({ sim: 'raft', params: { electionTimeoutMin: 400, electionTimeoutMax: 300 } })).toEqual([
      'params.electionTimeoutMin: must be at most electionTimeoutMax (300 ms), got 400',
    ]);
    expect(check({ sim: 'raft', params: { latencyMin: 30 } })).toEqual(['params.latencyMin: must be at most latencyMax (20 ms), got 30']);
  });
  it('rejects params out of range', () => {
    expect(check({ sim: 'raft', params: { nodes: 12 } })).toEqual(['params.nodes: must be an integer from 3 to 9, got 12']);
    expect(check({ sim: 'raft', params: { dropRate: 0.9 } })[0]).toMatch(/^params\.dropRate: must be a number from 0 to 0.5, got 0.9/);
  });
  it('rejects server ids outside the cluster, naming the op, the rule and the value', () => {
    expect(check({ sim: 'raft', params: { nodes: 3 }, ops: [{ op: 'crash', node: 'S5', at: 100 }] })).toEqual([
      'ops[0].node: must be one of S1…S3 (the cluster has 3 servers), got "S5"',
    ]);
    expect(check({ sim: 'raft', ops: [{ op: 'partition', groups: [['S1', 'S2'], ['S2', 'S9']], at: 1 }] })).toEqual([
      'ops[0].groups[1][0]: a server may appear in only one group, got "S2" twice',
      'ops[0].groups[1][1]: must be one of S1…S5 (the cluster has 5 servers), got "S9"',
    ]);
  });
  it('rejects malformed ops with field-level messages', () => {
    expect(check({ sim: 'raft', ops: [{ op: 'crash', node: 'X1', at: 5 }] })).toEqual(['ops[0].node: must be a server id like "S1", got "X1"']);
    expect(check({ sim: 'raft', ops: [{ op: 'heal', at: 1.5 }] })).toEqual(['ops[0].at: must be a whole number of ms, got 1.5']);
    expect(check({ sim: 'raft', ops: [{ op: 'explode', at: 1 }] })[0]).toMatch(/^ops\[0\]\.op: must be one of crash, restart, partition, heal, request, timeout/);
    expect(check({ sim: 'raft', ops: [{ op: 'heal', at: 1, extra: true }] })[0]).toMatch(/^ops\[0\]/);
    expect(check({ sim: 'raft', ops: [{ op: 'request', command: '', at: 1 }] })).toEqual(['ops[0].command: must not be empty, got ""']);
  });
  it('rejects ops out of time order', () => {
    expect(check({ sim: 'raft', ops: [{ op: 'heal', at: 800 }, { op: 'heal', at: 500 }] })).toEqual([
      'ops[1].at: must not be earlier than the op before it (800 ms), got 500',
    ]);
  });
});
