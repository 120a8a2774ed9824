import type { Example } from '../../engine/types';
import type { CircuitBreakerOp } from './types';

/** The named examples of issue 6. Each is a real scenario. */

const fail = (at: number, durationMs = 20): CircuitBreakerOp => ({ op: 'call', at, outcome: 'failure', durationMs });
const ok = (at: number, durationMs = 20): CircuitBreakerOp => ({ op: 'call', at, outcome: 'success', durationMs });

export const outageAndRecovery: Example = {
  id: 'outage-and-recovery',
  title: 'Outage and recovery',
  description: 'The backend fails 90% of calls from 5 s to 15 s: the breaker opens, a half-open probe fails, and it closes once the backend is back.',
  scenario: {
    params: {},
    seed: 7,
    ops: [
      { op: 'backend', at: 5000, failureRate: 0.9, latencyMs: 50 },
      { op: 'backend', at: 15000, failureRate: 0, latencyMs: 50 },
    ],
  },
};

export const EXAMPLES: Example[] = [
  outageAndRecovery,
  {
    id: 'slow-backend',
    title: 'Slow backend (slow-call rate)',
    description: 'No call fails, but from 3 s every call takes about 1.5 s: the slow-call rate crosses 80% and opens a TIME_BASED breaker.',
    scenario: {
      params: { slidingWindowType: 'TIME_BASED', slidingWindowSize: 5, minimumNumberOfCalls: 10, rps: 10 },
      seed: 11,
      ops: [
        { op: 'backend', at: 3000, failureRate: 0, latencyMs: 1500 },
        { op: 'backend', at: 16000, failureRate: 0, latencyMs: 200 },
      ],
    },
  },
  {
    id: 'half-open-probe-fails',
    title: 'Half-open probe fails',
    description: 'Two failures in four calls open the breaker; a call exactly at the end of the wait is still rejected, the next probes fail, and it opens again.',
    scenario: {
      params: { slidingWindowSize: 4, minimumNumberOfCalls: 4, waitDurationInOpenState: 2000, permittedNumberOfCallsInHalfOpenState: 2, rps: 0, duration: 8000 },
      seed: 1,
      ops: [ok(100), fail(200), ok(300), fail(400), fail(1000), fail(2400), fail(2401), fail(2500), ok(3000)],
    },
  },
  {
    id: 'stuck-half-open',
    title: 'Stuck half-open (permits never returned)',
    description: 'Two probe permits are taken by calls whose results never come back: HALF_OPEN rejects everything from then on.',
    scenario: {
      params: { slidingWindowSize: 4, minimumNumberOfCalls: 4, waitDurationInOpenState: 2000, permittedNumberOfCallsInHalfOpenState: 2, rps: 0, duration: 20000 },
      seed: 1,
      ops: [
        fail(100),
        fail(200),
        fail(300),
        fail(400),
        { op: 'acquire', at: 2500 },
        { op: 'acquire', at: 2600 },
        ok(4000),
        ok(8000),
        ok(15000),
      ],
    },
  },
  {
    id: 'resilience4j-defaults',
    title: 'Resilience4j defaults',
    description: "The library's own defaults (100-call window, 60 s wait, 10 probes) against a 70%-failing backend from 10 s to 100 s at 20 calls per second.",
    scenario: {
      params: {
        failureRateThreshold: 50,
        slowCallRateThreshold: 100,
        slowCallDurationThreshold: 60000,
        slidingWindowType: 'COUNT_BASED',
        slidingWindowSize: 100,
        minimumNumberOfCalls: 100,
        waitDurationInOpenState: 60000,
        permittedNumberOfCallsInHalfOpenState: 10,
        automaticTransitionFromOpenToHalfOpenEnabled: false,
        rps: 20,
        duration: 180000,
      },
      seed: 3,
      ops: [
        { op: 'backend', at: 10000, failureRate: 0.7, latencyMs: 100 },
        { op: 'backend', at: 100000, failureRate: 0, latencyMs: 50 },
      ],
    },
  },
];
