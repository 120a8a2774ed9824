/**
 * Public types of the circuit-breaker simulation. The fields named in issue 6
 * (`time`, `state`, `metrics`, `lastCall`) are the public contract; the rest
 * is extra detail for the view.
 *
 * Parameter names are Resilience4j's own (CircuitBreakerConfig), so a user can
 * paste their configuration.
 */

/** Resilience4j's CircuitBreaker.State. */
export type BreakerStateName = 'CLOSED' | 'OPEN' | 'HALF_OPEN' | 'DISABLED' | 'FORCED_OPEN' | 'METRICS_ONLY';

export const BREAKER_STATES: readonly BreakerStateName[] = [
  'CLOSED',
  'OPEN',
  'HALF_OPEN',
  'DISABLED',
  'FORCED_OPEN',
  'METRICS_ONLY',
];

export type SlidingWindowType = 'COUNT_BASED' | 'TIME_BASED';

export interface CircuitBreakerParams {
  [key: string]: string | number | boolean;
  failureRateThreshold: number;
  slowCallRateThreshold: number;
  slowCallDurationThreshold: number;
  slidingWindowType: SlidingWindowType;
  slidingWindowSize: number;
  minimumNumberOfCalls: number;
  waitDurationInOpenState: number;
  permittedNumberOfCallsInHalfOpenState: number;
  automaticTransitionFromOpenToHalfOpenEnabled: boolean;
  /** Generated calls per second (0 = only explicit `call` / `acquire` ops). */
  rps: number;
  /** Simulated run length in ms. */
  duration: number;
}

export type CallOp = { op: 'call'; at: number; outcome: 'success' | 'failure'; durationMs: number };
export type AcquireOp = { op: 'acquire'; at: number };
export type BackendOp = { op: 'backend'; at: number; failureRate: number; latencyMs: number };
export type TransitionOp = { op: 'transition'; at: number; to: BreakerStateName };
export type CircuitBreakerOp = CallOp | AcquireOp | BackendOp | TransitionOp;

/** One call recorded in a count-based window (immutable once created). */
export interface RecordedCall {
  /** Stable id (the call's sequence number), for keyed animation. */
  id: number;
  /** When its outcome was recorded (ms). */
  at: number;
  durationMs: number;
  failed: boolean;
  slow: boolean;
}

/** One epoch-second bucket of a time-based window (immutable; replaced on record). */
export interface SecondBucket {
  second: number;
  calls: number;
  failed: number;
  slow: number;
}

export type WindowSnapshot =
  | {
      kind: 'count';
      /** Ring size (slidingWindowSize, or permittedNumberOfCallsInHalfOpenState in HALF_OPEN, 0 when DISABLED/FORCED_OPEN). */
      size: number;
      /** Effective minimum number of calls: min(minimumNumberOfCalls, size). */
      minimum: number;
      /** Outcomes recorded since this window was created; call i of `calls` sits in ring slot (recorded - calls.length + i) mod size. */
      recorded: number;
      /** The last `size` recorded calls, oldest first. */
      calls: readonly RecordedCall[];
    }
  | {
      kind: 'time';
      /** Window length in seconds (slidingWindowSize). */
      size: number;
      minimum: number;
      /** The current epoch second of simulated time: floor(time / 1000). */
      nowSecond: number;
      /** Non-empty buckets whose second is in (nowSecond - size, nowSecond], ascending. */
      buckets: readonly SecondBucket[];
    };

/** Resilience4j's CircuitBreaker.Metrics, as the issue names them. Rates in %, -1 below the minimum. */
export interface BreakerMetrics {
  buffered: number;
  failed: number;
  slow: number;
  failureRate: number;
  slowCallRate: number;
  notPermitted: number;
}

export interface LastCall {
  at: number;
  permitted: boolean;
  /** null for `acquire` (the result never comes back) and for rejected calls (never executed). */
  outcome: 'success' | 'failure' | null;
  durationMs: number | null;
}

export type TransitionCause = 'manual' | 'thresholds' | 'wait-elapsed' | 'automatic' | 'probes-passed';

export interface Transition {
  at: number;
  from: BreakerStateName;
  to: BreakerStateName;
  cause: TransitionCause;
  /** Human reason, e.g. "failure rate 60% ≥ 50%". */
  reason: string;
}

export interface BackendBehaviour {
  /** Probability (0..1) that a generated call fails. */
  failureRate: number;
  /** Mean latency of a generated call (ms); each call draws uniformly within ±20%. */
  latencyMs: number;
}

/** Running totals since time 0 (they survive state changes, unlike Resilience4j's metrics). */
export interface Totals {
  /** Calls that asked for a permission (generated + call + acquire ops). */
  calls: number;
  permitted: number;
  rejected: number;
  /** Outcomes that came back (recorded, or dropped by DISABLED / FORCED_OPEN). */
  succeeded: number;
  failed: number;
  slow: number;
  /** Sum of latencies users saw: backend latency for permitted calls, 0 for rejected (fail fast). */
  userLatencyMs: number;
  /** Completed calls whose latency is in userLatencyMs (permitted with an outcome, plus rejected). */
  userLatencyCalls: number;
}

/** What users would have seen with no breaker: every call goes to the backend. */
export interface WithoutBreaker {
  calls: number;
  failures: number;
  /** Rejected calls that would have failed at the backend (the breaker spared the backend and the user). */
  failuresSpared: number;
  latencyMs: number;
  slow: number;
}

export interface CircuitBreakerState {
  time: number;
  state: BreakerStateName;
  metrics: BreakerMetrics;
  /** Set on frames produced by a `call` or `acquire` op, null elsewhere. */
  lastCall: LastCall | null;
  window: WindowSnapshot;
  /** When OPEN: calls are rejected until a call arrives strictly after this time. */
  openUntil: number | null;
  /** When HALF_OPEN: permitted number of calls and how many were admitted so far. */
  halfOpen: { permitted: number; admitted: number } | null;
  backend: BackendBehaviour;
  /** Admitted calls whose outcome has not come back yet. */
  inFlight: number;
  totals: Totals;
  withoutBreaker: WithoutBreaker;
  /** Transitions taken in this frame, in order (empty when none). */
  transitions: readonly Transition[];
  /** The most recent transition ever taken (for the graph's label), or null. */
  lastTransition: Transition | null;
}

/** What changed in this frame, for the view's animation. */
export interface CircuitBreakerHighlight {
  /** Generated calls summarised by this frame. */
  generated?: { arrived: number; permitted: number; rejected: number; returned: number };
}
