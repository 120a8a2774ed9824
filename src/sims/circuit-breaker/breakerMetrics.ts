import { CountWindow, TimeWindow, type Aggregate, type SlidingWindow } from './slidingWindow';
import type { BreakerMetrics, CircuitBreakerParams, RecordedCall, WindowSnapshot } from './types';

/**
 * Resilience4j's CircuitBreakerMetrics (resilience4j-circuitbreaker,
 * internal/CircuitBreakerMetrics.java): a sliding window, the minimum number
 * of calls, the two thresholds and the count of calls not permitted.
 */

/** Result of checkIfThresholdsExceeded. */
export type ThresholdResult = 'BELOW_MINIMUM_CALLS_THRESHOLD' | 'BELOW_THRESHOLDS' | 'FAILURE_RATE_ABOVE_THRESHOLDS' | 'SLOW_CALL_RATE_ABOVE_THRESHOLDS' | 'ABOVE_THRESHOLDS';

export function hasExceededThresholds(r: ThresholdResult): boolean {
  return r === 'ABOVE_THRESHOLDS' || r === 'FAILURE_RATE_ABOVE_THRESHOLDS' || r === 'SLOW_CALL_RATE_ABOVE_THRESHOLDS';
}

/**
 * A rate in percent as Resilience4j computes it: a Java float,
 * `count * 100.0f / total` (SnapshotImpl), or -1 when fewer than the minimum
 * number of calls are buffered. Rounding the double quotient to float gives the
 * same correctly rounded float as Java's float division.
 */
export function rateOf(count: number, total: number, minimum: number): number {
  if (total === 0 || total < minimum) return -1;
  return Math.fround((count * 100) / total);
}

/** "60%" or "33.3%" (rates and thresholds for captions). */
export function pct(x: number): string {
  return `${Number.isInteger(x) ? x : Math.round(x * 10) / 10}%`;
}

export type WindowKind = 'closed' | 'half-open' | 'none';

export class CircuitBreakerMetricsBox {
  private readonly window: SlidingWindow;
  /** Effective minimum: min(minimumNumberOfCalls, window size) for count windows, as Resilience4j does. */
  readonly minimum: number;
  notPermitted = 0;
  private readonly failureRateThreshold: number;
  private readonly slowCallRateThreshold: number;

  /**
   * `closed`: the configured window (CLOSED, METRICS_ONLY; OPEN keeps the metrics it came with).
   * `half-open`: a count window of permittedNumberOfCallsInHalfOpenState calls (forHalfOpen).
   * `none`: a count window of size 0 (forDisabled / forForcedOpen).
   */
  constructor(
    readonly params: CircuitBreakerParams,
    kind: WindowKind,
  ) {
    const size =
      kind === 'closed' ? params.slidingWindowSize : kind === 'half-open' ? params.permittedNumberOfCallsInHalfOpenState : 0;
    if (kind === 'closed' && params.slidingWindowType === 'TIME_BASED') {
      this.window = new TimeWindow(size);
      this.minimum = params.minimumNumberOfCalls;
    } else {
      this.window = new CountWindow(size);
      this.minimum = Math.min(params.minimumNumberOfCalls, size);
    }
    this.failureRateThreshold = Math.fround(params.failureRateThreshold);
    this.slowCallRateThreshold = Math.fround(params.slowCallRateThreshold);
  }

  /** A call is slow when its duration is strictly greater than slowCallDurationThreshold. */
  isSlow(durationMs: number): boolean {
    return durationMs > this.params.slowCallDurationThreshold;
  }

  /** Record an outcome (onSuccess / onError) and check the thresholds. */
  record(call: RecordedCall): ThresholdResult {
    this.window.record(call);
    return this.check(this.window.totals(call.at));
  }

  private check(t: Aggregate): ThresholdResult {
    const failureRate = rateOf(t.failed, t.calls, this.minimum);
    const slowCallRate = rateOf(t.slow, t.calls, this.minimum);
    if (failureRate === -1 || slowCallRate === -1) return 'BELOW_MINIMUM_CALLS_THRESHOLD';
    const failure = failureRate >= this.failureRateThreshold;
    const slow = slowCallRate >= this.slowCallRateThreshold;
    if (failure && slow) return 'ABOVE_THRESHOLDS';
    if (failure) return 'FAILURE_RATE_ABOVE_THRESHOLDS';
    if (slow) return 'SLOW_CALL_RATE_ABOVE_THRESHOLDS';
    return 'BELOW_THRESHOLDS';
  }

  /** Why a check came out as it did, e.g. "failure rate 60% ≥ 50%". */
  reason(result: ThresholdResult, now: number): string {
    const m = this.metrics(now);
    const f = `failure rate ${pct(m.failureRate)}`;
    const s = `slow-call rate ${pct(m.slowCallRate)}`;
    const ft = pct(this.params.failureRateThreshold);
    const st = pct(this.params.slowCallRateThreshold);
    switch (result) {
      case 'ABOVE_THRESHOLDS':
        return `${f} ≥ ${ft} and ${s} ≥ ${st}`;
      case 'FAILURE_RATE_ABOVE_THRESHOLDS':
        return `${f} ≥ ${ft}`;
      case 'SLOW_CALL_RATE_ABOVE_THRESHOLDS':
        return `${s} ≥ ${st}`;
      case 'BELOW_THRESHOLDS':
        return `${f} < ${ft}, ${s} < ${st}`;
      default:
        return `${m.buffered} of ${this.minimum} calls needed`;
    }
  }

  metrics(now: number): BreakerMetrics {
    const t = this.window.totals(now);
    return {
      buffered: t.calls,
      failed: t.failed,
      slow: t.slow,
      failureRate: rateOf(t.failed, t.calls, this.minimum),
      slowCallRate: rateOf(t.slow, t.calls, this.minimum),
      notPermitted: this.notPermitted,
    };
  }

  snapshot(now: number): WindowSnapshot {
    return this.window.snapshot(now, this.minimum);
  }
}
