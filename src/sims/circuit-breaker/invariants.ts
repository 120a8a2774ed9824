import { AUTOMATIC_TRANSITIONS, isLegalTransition } from './stateMachine';
import type { CircuitBreakerParams, CircuitBreakerState } from './types';

/**
 * Invariants of issue 6: the state machine only takes Resilience4j's
 * transitions, HALF_OPEN never admits more than the permitted calls, and the
 * metrics match the window's contents. Returns readable sentences.
 */
export function circuitBreakerInvariants(s: CircuitBreakerState, p: CircuitBreakerParams): string[] {
  const out: string[] = [];
  checkTransitions(s, out);
  checkHalfOpen(s, p, out);
  checkMetrics(s, p, out);
  if (s.totals.calls !== s.totals.permitted + s.totals.rejected) {
    out.push(`Calls (${s.totals.calls}) should equal permitted (${s.totals.permitted}) plus rejected (${s.totals.rejected}).`);
  }
  if (s.state === 'OPEN' && s.openUntil === null) out.push('An OPEN breaker must know when its wait ends.');
  if (s.state === 'OPEN' && p.automaticTransitionFromOpenToHalfOpenEnabled && s.openUntil !== null && s.time > s.openUntil) {
    out.push(`With automatic transition the breaker should have left OPEN at ${s.openUntil} ms, but it is still OPEN at ${s.time} ms.`);
  }
  return out;
}

function checkTransitions(s: CircuitBreakerState, out: string[]): void {
  const ts = s.transitions;
  ts.forEach((t, i) => {
    if (!isLegalTransition(t.from, t.to)) out.push(`${t.from} → ${t.to} is not a Resilience4j transition.`);
    if (t.cause !== 'manual' && !AUTOMATIC_TRANSITIONS.includes(`${t.from}>${t.to}`)) {
      out.push(`${t.from} → ${t.to} happened without a manual transition; only CLOSED→OPEN, OPEN→HALF_OPEN and HALF_OPEN→OPEN/CLOSED happen by themselves.`);
    }
    if (i > 0 && ts[i - 1].to !== t.from) out.push(`Transition ${i + 1} starts from ${t.from} but the previous one ended in ${ts[i - 1].to}.`);
  });
  if (ts.length > 0) {
    if (ts[ts.length - 1].to !== s.state) out.push(`The last transition ends in ${ts[ts.length - 1].to} but the state is ${s.state}.`);
    if (s.lastTransition !== ts[ts.length - 1]) out.push('The last transition taken should be the most recent one.');
  }
}

function checkHalfOpen(s: CircuitBreakerState, p: CircuitBreakerParams, out: string[]): void {
  if (s.state !== 'HALF_OPEN') {
    if (s.halfOpen !== null) out.push(`Only HALF_OPEN hands out probe permits, but ${s.state} has some.`);
    return;
  }
  const h = s.halfOpen;
  if (!h) {
    out.push('HALF_OPEN must count its probe permits.');
    return;
  }
  if (h.permitted !== p.permittedNumberOfCallsInHalfOpenState) {
    out.push(`HALF_OPEN should permit ${p.permittedNumberOfCallsInHalfOpenState} calls, not ${h.permitted}.`);
  }
  if (h.admitted > h.permitted) out.push(`HALF_OPEN admitted ${h.admitted} calls but only ${h.permitted} are permitted.`);
  if (s.window.kind !== 'count' || s.window.size !== h.permitted) {
    out.push(`HALF_OPEN evaluates its probes in a count window of ${h.permitted} calls.`);
  }
}

function checkMetrics(s: CircuitBreakerState, p: CircuitBreakerParams, out: string[]): void {
  const w = s.window;
  let calls = 0;
  let failed = 0;
  let slow = 0;
  if (w.kind === 'count') {
    if (w.calls.length > w.size) out.push(`The count window holds ${w.calls.length} calls but its size is ${w.size}.`);
    if (w.minimum !== Math.min(p.minimumNumberOfCalls, w.size)) {
      out.push(`A count window's minimum should be min(${p.minimumNumberOfCalls}, ${w.size}), not ${w.minimum}.`);
    }
    for (const c of w.calls) {
      calls++;
      if (c.failed) failed++;
      if (c.slow) slow++;
      if (c.slow !== c.durationMs > p.slowCallDurationThreshold) {
        out.push(`Call ${c.id} took ${c.durationMs} ms: slow means strictly more than ${p.slowCallDurationThreshold} ms.`);
      }
    }
  } else {
    if (w.nowSecond !== Math.floor(s.time / 1000)) out.push(`The time window should end at second ${Math.floor(s.time / 1000)}, not ${w.nowSecond}.`);
    for (const b of w.buckets) {
      if (b.second <= w.nowSecond - w.size || b.second > w.nowSecond) {
        out.push(`Bucket of second ${b.second} lies outside the last ${w.size} seconds.`);
      }
      calls += b.calls;
      failed += b.failed;
      slow += b.slow;
    }
  }
  const m = s.metrics;
  if (m.buffered !== calls || m.failed !== failed || m.slow !== slow) {
    out.push(`Metrics (${m.buffered} buffered, ${m.failed} failed, ${m.slow} slow) do not match the window (${calls}, ${failed}, ${slow}).`);
  }
  const below = calls === 0 || calls < w.minimum;
  const fr = below ? -1 : Math.fround((failed * 100) / calls);
  const sr = below ? -1 : Math.fround((slow * 100) / calls);
  if (m.failureRate !== fr || m.slowCallRate !== sr) {
    out.push(`Rates should be ${fr} and ${sr} (-1 below ${w.minimum} calls), not ${m.failureRate} and ${m.slowCallRate}.`);
  }
  if ((s.state === 'DISABLED' || s.state === 'FORCED_OPEN') && (w.kind !== 'count' || w.size !== 0)) {
    out.push(`${s.state} keeps no window.`);
  }
  // A count window is checked on every record, so CLOSED never sits above a threshold.
  // (A time window can: expiring successes raise the rate without a record.)
  if (s.state === 'CLOSED' && w.kind === 'count' && fr !== -1) {
    if (fr >= Math.fround(p.failureRateThreshold) || sr >= Math.fround(p.slowCallRateThreshold)) {
      out.push(`CLOSED with failure rate ${fr}% and slow-call rate ${sr}% should have opened.`);
    }
  }
}
