import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultParams } from '../../engine/params';
import { raftSim } from './definition';
import { raftInvariants } from './invariants';
import { serverIds } from './model';
import type { RaftOp, RaftParams } from './types';

/** Random params within the declared ranges, kept short so 300+ runs stay fast. */
const paramsArb = (stress: boolean) =>
  fc
    .record({
      nodes: fc.integer({ min: 3, max: 7 }),
      latencyMin: fc.integer({ min: 2, max: stress ? 30 : 15 }),
      latencySpread: fc.integer({ min: 0, max: stress ? 40 : 15 }),
      dropRate: fc.constantFrom(0, 0.05, 0.2),
      preVote: fc.boolean(),
      checkQuorum: fc.boolean(),
      duration: fc.integer({ min: 500, max: 900 }),
    })
    .map(
      (r) =>
        ({
          ...defaultParams(raftSim.params),
          nodes: r.nodes,
          latencyMin: r.latencyMin,
          latencyMax: r.latencyMin + r.latencySpread,
          dropRate: r.dropRate,
          preVote: r.preVote,
          checkQuorum: r.checkQuorum,
          duration: r.duration,
          // Stress: election timeouts close to the latency, so elections overlap and votes split.
          ...(stress ? { electionTimeoutMin: 40, electionTimeoutMax: 80, heartbeatInterval: 20 } : {}),
        }) as RaftParams,
    );

function opArb(ids: string[], until: number): fc.Arbitrary<RaftOp> {
  const node = fc.constantFrom(...ids);
  const at = fc.integer({ min: 0, max: until });
  // Weighted towards requests and elections: log divergence needs entries and competing leaders.
  return fc.oneof(
    { arbitrary: fc.record({ op: fc.constant('crash' as const), node, at }), weight: 3 },
    { arbitrary: fc.record({ op: fc.constant('restart' as const), node, at }), weight: 3 },
    { arbitrary: fc.record({ op: fc.constant('timeout' as const), node, at }), weight: 3 },
    { arbitrary: fc.record({ op: fc.constant('heal' as const), at }), weight: 1 },
    { arbitrary: fc.record({ op: fc.constant('request' as const), command: fc.constantFrom('x=1', 'y=2', 'z=3'), at }), weight: 5 },
    { arbitrary: fc.record({ op: fc.constant('request' as const), command: fc.constant('w=4'), node, at }), weight: 2 },
    {
      arbitrary: fc
        .shuffledSubarray(ids, { minLength: 1, maxLength: ids.length - 1 })
        .chain((g) => at.map((t) => ({ op: 'partition' as const, groups: [g], at: t }))),
      weight: 2,
    },
  );
}

const scheduleArb = (stress: boolean, faultsUntil?: number) =>
  paramsArb(stress).chain((params) =>
    fc
      .array(opArb(serverIds(params.nodes), faultsUntil ?? params.duration), { minLength: 4, maxLength: 30 })
      .map((ops) => ({ params, ops: [...ops].sort((a, b) => a.at - b.at) })),
  );

/** Run and return the first safety violation (with its frame), or null. */
function firstViolation(params: RaftParams, seed: number, ops: RaftOp[]): string | null {
  let i = 0;
  for (const f of raftSim.run(params, seed, ops)) {
    const bad = raftInvariants(f.state);
    if (bad.length) return `frame ${i} (t=${f.state.time}, "${f.caption}"): ${bad.join('; ')}`;
    i++;
  }
  return null;
}

describe('Safety under random fault schedules (crashes, restarts, partitions, heals, drops, requests)', () => {
  for (const [seed, numRuns, stress] of [
    [42, 100, false],
    [7, 100, false],
    [2024, 60, true],
    [31337, 60, true],
  ] as const) {
    it(`the five safety properties hold on every frame of ${numRuns} schedules (seed ${seed}${stress ? ', stress timing' : ''})`, () => {
      fc.assert(
        fc.property(scheduleArb(stress), fc.integer({ min: 0, max: 0xffffffff }), ({ params, ops }, simSeed) => {
          expect(firstViolation(params, simSeed, ops)).toBeNull();
        }),
        { seed, numRuns },
      );
    });
  }
});

describe('Liveness', () => {
  it('with no faults after T, one leader emerges and a request it accepts commits on every server within a bound (seed 5)', () => {
    const T = 700;
    fc.assert(
      fc.property(scheduleArb(false, T), fc.integer({ min: 0, max: 0xffffffff }), ({ params, ops }, simSeed) => {
        const p: RaftParams = { ...params, dropRate: 0, duration: T + 2000 };
        const ids = serverIds(p.nodes);
        // At T every fault ends: the network heals and every server is running.
        const healed: RaftOp[] = [
          ...ops,
          { op: 'heal', at: T },
          ...ids.map((node) => ({ op: 'restart' as const, node, at: T })),
          { op: 'request', command: 'live', at: T + 1500 },
        ];
        const frames = [...raftSim.run(p, simSeed, healed)];
        const accepted = frames.find((f) => f.op === healed.length - 1)!;
        expect(accepted.caption, 'a leader exists 1500 ms after the faults end').toMatch(/^Leader S\d appends "live"/);
        const end = frames[frames.length - 1].state;
        const leaders = end.nodes.filter((n) => n.role === 'leader');
        expect(leaders).toHaveLength(1);
        const leader = leaders[0];
        const index = leader.log.findIndex((e) => e.command === 'live') + 1;
        // Bound: within 500 ms of acceptance, committed on all servers, logs identical.
        for (const n of end.nodes) {
          expect(n.alive).toBe(true);
          expect(n.commitIndex).toBeGreaterThanOrEqual(index);
          expect(n.log).toEqual(leader.log);
        }
      }),
      { seed: 5, numRuns: 40 },
    );
  });
});
