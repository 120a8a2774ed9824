import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstNondeterministicRun } from '../../engine/determinism';
import { defaultParams } from '../../engine/params';
import { circuitBreakerSim } from './definition';
import { referenceRun } from './reference';
import { isLegalTransition } from './stateMachine';
import { params, type CbFrame } from './testHelpers';
import { BREAKER_STATES, type CircuitBreakerOp, type CircuitBreakerParams } from './types';

/** Seeded property tests: random configurations, traffic, backend changes and manual transitions. */

const paramsArb = (rps: fc.Arbitrary<number>) =>
  fc.record({
    failureRateThreshold: fc.integer({ min: 1, max: 100 }),
    slowCallRateThreshold: fc.integer({ min: 1, max: 100 }),
    slowCallDurationThreshold: fc.integer({ min: 1, max: 300 }),
    slidingWindowType: fc.constantFrom('COUNT_BASED' as const, 'TIME_BASED' as const),
    slidingWindowSize: fc.integer({ min: 1, max: 8 }),
    minimumNumberOfCalls: fc.integer({ min: 1, max: 10 }),
    waitDurationInOpenState: fc.integer({ min: 1, max: 3000 }),
    permittedNumberOfCallsInHalfOpenState: fc.integer({ min: 1, max: 4 }),
    automaticTransitionFromOpenToHalfOpenEnabled: fc.boolean(),
    rps,
    duration: fc.integer({ min: 1000, max: 12000 }),
  });

const opArb: fc.Arbitrary<Omit<CircuitBreakerOp, 'at'>> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ op: fc.constant('call' as const), outcome: fc.constantFrom('success' as const, 'failure' as const), durationMs: fc.integer({ min: 0, max: 400 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('acquire' as const) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('backend' as const), failureRate: fc.double({ min: 0, max: 1, noNaN: true }), latencyMs: fc.integer({ min: 0, max: 400 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('transition' as const), to: fc.constantFrom(...BREAKER_STATES) }) },
);

const scenarioArb = (rps: fc.Arbitrary<number>) =>
  paramsArb(rps).chain((p) =>
    fc
      // Up to 20% past the end: a shortened duration leaves such ops in a scenario.
      .array(fc.tuple(fc.integer({ min: 0, max: Math.round(p.duration * 1.2) }), opArb), { maxLength: 40 })
      .map((xs) => ({
        p: { ...params(), ...p } as CircuitBreakerParams,
        ops: xs.map(([at, o]) => ({ ...o, at }) as CircuitBreakerOp).sort((a, b) => a.at - b.at),
      })),
  );

function checkRun(p: CircuitBreakerParams, ops: CircuitBreakerOp[], seed: number): void {
  const frames = [...circuitBreakerSim.run(p, seed, ops)] as CbFrame[];
  let prev: CbFrame | null = null;
  for (const f of frames) {
    const violated = circuitBreakerSim.invariants(f.state, p);
    expect(violated, `${f.caption} @${f.state.time}`).toEqual([]);
    if (prev) {
      expect(f.state.time).toBeGreaterThanOrEqual(prev.state.time);
      // The state only changes through the transitions recorded in the frame, starting where the last frame was.
      const ts = f.state.transitions;
      if (ts.length) expect(ts[0].from).toBe(prev.state.state);
      else expect(f.state.state).toBe(prev.state.state);
      for (const t of ts) expect(isLegalTransition(t.from, t.to)).toBe(true);
      if (f.op === null) expect(ts.length).toBeLessThanOrEqual(1);
    }
    prev = f;
  }
  ops.forEach((_, i) => expect(frames.filter((f) => f.op === i)).toHaveLength(1));
}

describe('properties', () => {
  it('invariants hold after every frame over random traffic and transitions (seed 42)', () => {
    fc.assert(
      fc.property(scenarioArb(fc.constantFrom(0, 3, 10, 40)), fc.integer({ min: 0, max: 0xffffffff }), ({ p, ops }, seed) => checkRun(p, ops, seed)),
      { seed: 42, numRuns: 150 },
    );
  });

  it('invariants hold after every frame with explicit calls only (seed 7)', () => {
    fc.assert(
      fc.property(scenarioArb(fc.constant(0)), ({ p, ops }) => checkRun(p, ops, 1)),
      { seed: 7, numRuns: 300 },
    );
  });

  it('matches a naive reference implementation op by op (seed 2024)', () => {
    fc.assert(
      fc.property(scenarioArb(fc.constant(0)), ({ p, ops }) => {
        const frames = [...circuitBreakerSim.run(p, 1, ops)] as CbFrame[];
        const ref = referenceRun(p, ops);
        ops.forEach((_, i) => {
          const s = frames.find((f) => f.op === i)!.state;
          const got = { state: s.state, ...s.metrics };
          expect(got, `after op ${i} ${JSON.stringify(ops[i])}`).toEqual(ref[i]);
        });
      }),
      { seed: 2024, numRuns: 400 },
    );
  });
});

describe('determinism', () => {
  it('every example gives the same frames every time', () => {
    for (const ex of circuitBreakerSim.examples) {
      const scenario = { sim: circuitBreakerSim.id, ...ex.scenario, params: { ...defaultParams(circuitBreakerSim.params), ...ex.scenario.params } };
      expect(firstNondeterministicRun(circuitBreakerSim, scenario), ex.id).toBe(-1);
    }
  });

  it('a different seed changes the generated traffic', () => {
    const traffic = { ...params(), rps: 20 };
    const ops: CircuitBreakerOp[] = [{ op: 'backend', at: 0, failureRate: 0.5, latencyMs: 100 }];
    const a = JSON.stringify([...circuitBreakerSim.run(traffic, 1, ops)]);
    const b = JSON.stringify([...circuitBreakerSim.run(traffic, 2, ops)]);
    expect(a).not.toBe(b);
  });
});
