import { pct } from './breakerMetrics';
import { fmtTime } from './stateMachine';
import type { BreakerMetrics, CircuitBreakerParams, Transition } from './types';

/** Plain sentences for frame captions. */

export function ratesText(m: BreakerMetrics, minimum: number): string {
  if (m.failureRate === -1) return `rates not computed yet (${m.buffered} of ${minimum} calls needed)`;
  return `failure rate ${pct(m.failureRate)}, slow-call rate ${pct(m.slowCallRate)}`;
}

const EFFECT: Record<string, string> = {
  DISABLED: 'every call is permitted and nothing is recorded',
  FORCED_OPEN: 'every call is rejected',
  METRICS_ONLY: 'every call is permitted and recorded, but the breaker never opens',
};

export function transitionText(t: Transition, p: CircuitBreakerParams): string {
  const head = `${t.from} → ${t.to} (${t.reason})`;
  switch (t.to) {
    case 'OPEN':
      return `${head}; calls are rejected until ${fmtTime(t.at + p.waitDurationInOpenState)}`;
    case 'HALF_OPEN':
      return `${head}; ${p.permittedNumberOfCallsInHalfOpenState} probe call${p.permittedNumberOfCallsInHalfOpenState === 1 ? '' : 's'} permitted`;
    case 'CLOSED':
      return `${head} with fresh metrics`;
    default:
      return `${head}: ${EFFECT[t.to]}`;
  }
}

export function transitionsText(ts: readonly Transition[], p: CircuitBreakerParams): string {
  return ts.map((t) => transitionText(t, p)).join(', then ');
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Capitalise the first letter of a sentence. */
export function sentence(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1) + (s.endsWith('.') ? '' : '.');
}
