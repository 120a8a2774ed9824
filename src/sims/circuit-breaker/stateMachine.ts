import { CircuitBreakerMetricsBox, hasExceededThresholds } from './breakerMetrics';
import type { BreakerStateName, CircuitBreakerParams, RecordedCall, Transition, TransitionCause } from './types';

/**
 * Resilience4j's CircuitBreakerStateMachine (internal/CircuitBreakerStateMachine.java)
 * driven by a simulated clock: one object per breaker, the current state's
 * metrics inside it, and the transitions taken since the caller last drained
 * them.
 */

/**
 * Resilience4j's CircuitBreaker.StateTransition enum: every legal (from, to).
 * Anything else throws IllegalStateTransitionException. Note what is missing:
 * CLOSED → HALF_OPEN, METRICS_ONLY → OPEN and METRICS_ONLY → HALF_OPEN.
 */
export const LEGAL_TRANSITIONS: Readonly<Record<BreakerStateName, readonly BreakerStateName[]>> = {
  CLOSED: ['CLOSED', 'OPEN', 'DISABLED', 'METRICS_ONLY', 'FORCED_OPEN'],
  HALF_OPEN: ['HALF_OPEN', 'CLOSED', 'OPEN', 'DISABLED', 'METRICS_ONLY', 'FORCED_OPEN'],
  OPEN: ['OPEN', 'CLOSED', 'HALF_OPEN', 'DISABLED', 'METRICS_ONLY', 'FORCED_OPEN'],
  FORCED_OPEN: ['FORCED_OPEN', 'CLOSED', 'OPEN', 'DISABLED', 'METRICS_ONLY', 'HALF_OPEN'],
  DISABLED: ['DISABLED', 'CLOSED', 'OPEN', 'FORCED_OPEN', 'HALF_OPEN', 'METRICS_ONLY'],
  METRICS_ONLY: ['METRICS_ONLY', 'CLOSED', 'FORCED_OPEN', 'DISABLED'],
};

export function isLegalTransition(from: BreakerStateName, to: BreakerStateName): boolean {
  return LEGAL_TRANSITIONS[from].includes(to);
}

/** The transitions the breaker takes by itself (everything else is manual). */
export const AUTOMATIC_TRANSITIONS: readonly string[] = ['CLOSED>OPEN', 'OPEN>HALF_OPEN', 'HALF_OPEN>OPEN', 'HALF_OPEN>CLOSED'];

export function fmtTime(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Number((ms / 1000).toFixed(3))} s`;
}

export class Breaker {
  state: BreakerStateName = 'CLOSED';
  metrics: CircuitBreakerMetricsBox;
  /** OPEN: retryAfterWaitDuration; a call is admitted only strictly after it. */
  openUntil: number | null = null;
  /** HALF_OPEN: remaining permits (counted down at admission) and admissions so far. */
  halfOpen: { permitted: number; remaining: number; admitted: number } | null = null;
  /** Transitions since the last drain. */
  pending: Transition[] = [];
  lastTransition: Transition | null = null;

  constructor(readonly params: CircuitBreakerParams) {
    this.metrics = new CircuitBreakerMetricsBox(params, 'closed');
  }

  drainTransitions(): Transition[] {
    const t = this.pending;
    this.pending = [];
    return t;
  }

  /**
   * tryAcquirePermission. CLOSED, DISABLED and METRICS_ONLY always permit;
   * FORCED_OPEN never does; OPEN permits only once the clock is strictly
   * after retryAfterWaitDuration (`clock.instant().isAfter(...)`), moving to
   * HALF_OPEN first; HALF_OPEN hands out its permits, each counted when it is
   * taken, and rejects once they are gone. Every rejection counts as
   * "not permitted" in the current state's metrics.
   */
  tryAcquire(now: number): boolean {
    switch (this.state) {
      case 'CLOSED':
      case 'DISABLED':
      case 'METRICS_ONLY':
        return true;
      case 'FORCED_OPEN':
        this.metrics.notPermitted++;
        return false;
      case 'OPEN':
        if (this.openUntil !== null && now > this.openUntil) {
          this.transition(now, 'HALF_OPEN', 'wait-elapsed', `the wait ended at ${fmtTime(this.openUntil)}`);
          return this.tryAcquire(now);
        }
        this.metrics.notPermitted++;
        return false;
      case 'HALF_OPEN': {
        const h = this.halfOpen!;
        if (h.remaining > 0) {
          h.remaining--;
          h.admitted++;
          return true;
        }
        this.metrics.notPermitted++;
        return false;
      }
    }
  }

  /**
   * onSuccess / onError: the outcome goes to whatever state is current when
   * it comes back. CLOSED opens when a rate reaches its threshold; HALF_OPEN
   * opens again, or closes once enough probes are below both thresholds; OPEN
   * and METRICS_ONLY only record; DISABLED and FORCED_OPEN drop it.
   */
  onResult(call: RecordedCall): void {
    const now = call.at;
    switch (this.state) {
      case 'DISABLED':
      case 'FORCED_OPEN':
        return;
      case 'OPEN':
      case 'METRICS_ONLY':
        this.metrics.record(call);
        return;
      case 'CLOSED': {
        const r = this.metrics.record(call);
        if (hasExceededThresholds(r)) this.transition(now, 'OPEN', 'thresholds', this.metrics.reason(r, now));
        return;
      }
      case 'HALF_OPEN': {
        const r = this.metrics.record(call);
        if (hasExceededThresholds(r)) this.transition(now, 'OPEN', 'thresholds', `probes: ${this.metrics.reason(r, now)}`);
        else if (r === 'BELOW_THRESHOLDS') this.transition(now, 'CLOSED', 'probes-passed', `probes: ${this.metrics.reason(r, now)}`);
        return;
      }
    }
  }

  /** When the automatic OPEN → HALF_OPEN transition falls due, or null. */
  automaticTransitionAt(): number | null {
    if (this.state !== 'OPEN' || !this.params.automaticTransitionFromOpenToHalfOpenEnabled) return null;
    return this.openUntil;
  }

  /** A manual transition (transitionToXxxState). False when Resilience4j would throw IllegalStateTransitionException. */
  manual(now: number, to: BreakerStateName): boolean {
    if (!isLegalTransition(this.state, to)) return false;
    this.transition(now, to, 'manual', `manual transition to ${to}`);
    return true;
  }

  automatic(now: number): void {
    this.transition(now, 'HALF_OPEN', 'automatic', `wait of ${this.params.waitDurationInOpenState} ms elapsed`);
  }

  /**
   * Enter `to` with the metrics Resilience4j gives it: OPEN keeps the metrics
   * it came with (and restarts the wait); HALF_OPEN gets a fresh count window
   * of permittedNumberOfCallsInHalfOpenState; CLOSED and METRICS_ONLY a fresh
   * configured window; DISABLED and FORCED_OPEN a window of size 0.
   */
  private transition(now: number, to: BreakerStateName, cause: TransitionCause, reason: string): void {
    const from = this.state;
    const p = this.params;
    this.openUntil = null;
    this.halfOpen = null;
    if (to === 'OPEN') this.openUntil = now + p.waitDurationInOpenState;
    else if (to === 'HALF_OPEN') {
      this.metrics = new CircuitBreakerMetricsBox(p, 'half-open');
      const n = p.permittedNumberOfCallsInHalfOpenState;
      this.halfOpen = { permitted: n, remaining: n, admitted: 0 };
    } else if (to === 'CLOSED' || to === 'METRICS_ONLY') this.metrics = new CircuitBreakerMetricsBox(p, 'closed');
    else this.metrics = new CircuitBreakerMetricsBox(p, 'none');
    this.state = to;
    const t: Transition = { at: now, from, to, cause, reason };
    this.pending.push(t);
    this.lastTransition = t;
  }
}

