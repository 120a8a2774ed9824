import { describe, expect, it } from 'vitest';
import { F, opFrame, run, S } from './testHelpers';

/**
 * Literal, step-by-step reproductions of Resilience4j's CircuitBreaker rules
 * (resilience4j.readme.io/docs/circuitbreaker and CircuitBreakerStateMachine /
 * CircuitBreakerMetrics). Every call op is one frame; we read the frame after
 * each call.
 */

describe('count-based window (FixedSizeSlidingWindowMetrics)', () => {
  it('rates are -1 until minimumNumberOfCalls are recorded, then opens when failure rate ≥ threshold', () => {
    const ops = [S(100), F(200), S(300), F(400), F(500)];
    const { frames } = run({ slidingWindowSize: 5, minimumNumberOfCalls: 5, failureRateThreshold: 50 }, ops);
    const states = ops.map((_, i) => opFrame(frames, i).state);
    expect(states.map((s) => s.metrics.buffered)).toEqual([1, 2, 3, 4, 5]);
    expect(states.map((s) => s.metrics.failed)).toEqual([0, 1, 1, 2, 3]);
    expect(states.map((s) => s.metrics.failureRate)).toEqual([-1, -1, -1, -1, 60]);
    expect(states.map((s) => s.metrics.slowCallRate)).toEqual([-1, -1, -1, -1, 0]);
    expect(states.map((s) => s.state)).toEqual(['CLOSED', 'CLOSED', 'CLOSED', 'CLOSED', 'OPEN']);
    expect(opFrame(frames, 4).caption).toContain('failure rate 60% ≥ 50%');
    expect(states[4].transitions).toEqual([
      { at: 500, from: 'CLOSED', to: 'OPEN', cause: 'thresholds', reason: 'failure rate 60% ≥ 50%' },
    ]);
    expect(states[4].openUntil).toBe(500 + 5000);
  });

  it('a rate exactly equal to the threshold opens (≥, not >)', () => {
    const { frames } = run({ slidingWindowSize: 4, minimumNumberOfCalls: 4, failureRateThreshold: 50 }, [S(1), F(2), S(3), F(4)]);
    expect(opFrame(frames, 3).state.metrics.failureRate).toBe(50);
    expect(opFrame(frames, 3).state.state).toBe('OPEN');
  });

  it('the effective minimum is min(minimumNumberOfCalls, slidingWindowSize)', () => {
    const { frames } = run({ slidingWindowSize: 3, minimumNumberOfCalls: 10, failureRateThreshold: 70 }, [S(1), F(2), F(3)]);
    const s = opFrame(frames, 2).state;
    expect(s.window.minimum).toBe(3);
    // Java float: 2 * 100.0f / 3
    expect(s.metrics.failureRate).toBe(Math.fround(200 / 3));
    expect(s.metrics.failureRate).toBeCloseTo(66.67, 2);
    expect(s.state).toBe('CLOSED'); // 66.7% < 70%
  });

  it('the oldest outcome is evicted when the ring is full', () => {
    const { frames } = run({ slidingWindowSize: 3, minimumNumberOfCalls: 3, failureRateThreshold: 50 }, [
      S(1),
      S(2),
      F(3),
      S(4),
      F(5),
    ]);
    const rates = [2, 3, 4].map((i) => opFrame(frames, i).state.metrics.failureRate);
    expect(rates).toEqual([Math.fround(100 / 3), Math.fround(100 / 3), Math.fround(200 / 3)]);
    const last = opFrame(frames, 4).state;
    expect(last.state).toBe('OPEN');
    expect(last.window.kind === 'count' && last.window.calls.map((c) => c.failed)).toEqual([true, false, true]);
  });
});

describe('time-based window (SlidingTimeWindowMetrics, 1-second buckets)', () => {
  it('keeps the calls of the current epoch second and the previous size-1 seconds', () => {
    const ops = [F(500), S(1500), S(2000), S(2999), F(3000)];
    const { frames } = run(
      { slidingWindowType: 'TIME_BASED', slidingWindowSize: 2, minimumNumberOfCalls: 3, failureRateThreshold: 50 },
      ops,
    );
    const st = ops.map((_, i) => opFrame(frames, i).state);
    // 2000 ms is second 2: the window is seconds 1..2, so the failure at 500 ms (second 0) has left.
    expect(st.map((s) => s.metrics.buffered)).toEqual([1, 2, 2, 3, 3]);
    expect(st.map((s) => s.metrics.failed)).toEqual([1, 1, 0, 0, 1]);
    expect(st.map((s) => s.metrics.failureRate)).toEqual([-1, -1, -1, 0, Math.fround(100 / 3)]);
    const w = st[4].window;
    expect(w.kind).toBe('time');
    if (w.kind === 'time') {
      expect(w.nowSecond).toBe(3);
      expect(w.buckets).toEqual([
        { second: 2, calls: 2, failed: 0, slow: 0 },
        { second: 3, calls: 1, failed: 1, slow: 0 },
      ]);
    }
    expect(st.every((s) => s.state === 'CLOSED')).toBe(true);
  });

  it('does not cap the minimum at the window size, and opens once it is reached', () => {
    const ops = [F(100), F(200), F(300), F(400), F(500)];
    const { frames } = run({ slidingWindowType: 'TIME_BASED', slidingWindowSize: 2, minimumNumberOfCalls: 5 }, ops);
    expect(opFrame(frames, 3).state.metrics.failureRate).toBe(-1);
    expect(opFrame(frames, 3).state.state).toBe('CLOSED');
    expect(opFrame(frames, 4).state.metrics.failureRate).toBe(100);
    expect(opFrame(frames, 4).state.state).toBe('OPEN');
  });

  it('expiring buckets change the reported rates without a record (and without a transition)', () => {
    // Successes in second 0, failures in second 1; at second 2 only the failures remain.
    const { frames } = run(
      { slidingWindowType: 'TIME_BASED', slidingWindowSize: 2, minimumNumberOfCalls: 2, failureRateThreshold: 60, duration: 2500 },
      [S(100), S(200), S(300), F(1100), F(1200)],
    );
    expect(opFrame(frames, 4).state.metrics.failureRate).toBe(40);
    const end = frames[frames.length - 1].state;
    expect(end.time).toBe(2500);
    expect(end.metrics).toMatchObject({ buffered: 2, failed: 2, failureRate: 100 });
    expect(end.state).toBe('CLOSED'); // thresholds are only checked when an outcome is recorded
  });
});

describe('slow calls', () => {
  it('a call lasting exactly slowCallDurationThreshold is not slow; 1 ms more is', () => {
    const { frames } = run(
      { slowCallDurationThreshold: 1000, slowCallRateThreshold: 50, slidingWindowSize: 2, minimumNumberOfCalls: 2 },
      [S(100, 1000), S(200, 1001)],
    );
    expect(opFrame(frames, 0).state.metrics.slow).toBe(0);
    const s = opFrame(frames, 1).state;
    expect(s.metrics.slow).toBe(1);
    expect(s.metrics.slowCallRate).toBe(50);
    expect(s.state).toBe('OPEN');
    expect(opFrame(frames, 1).caption).toContain('slow-call rate 50% ≥ 50%');
  });

  it('a slow failure counts as failed and as slow', () => {
    const { frames } = run({ slowCallDurationThreshold: 100, slidingWindowSize: 1, minimumNumberOfCalls: 1, failureRateThreshold: 100, slowCallRateThreshold: 100 }, [
      F(10, 101),
    ]);
    expect(opFrame(frames, 0).state.metrics).toMatchObject({ buffered: 1, failed: 1, slow: 1, failureRate: 100, slowCallRate: 100 });
    expect(opFrame(frames, 0).state.transitions[0].reason).toBe('failure rate 100% ≥ 100% and slow-call rate 100% ≥ 100%');
  });
});

const openAt400 = [F(100), F(200), F(300), F(400)];
const small = { slidingWindowSize: 4, minimumNumberOfCalls: 4, waitDurationInOpenState: 2000, permittedNumberOfCallsInHalfOpenState: 2 };

describe('OPEN and the wait', () => {
  it('rejects a call exactly at the end of the wait and admits one 1 ms later as HALF_OPEN', () => {
    const { frames } = run(small, [...openAt400, S(2400), S(2401)]);
    expect(opFrame(frames, 3).state.openUntil).toBe(2400);
    const atEnd = opFrame(frames, 4).state;
    expect(atEnd.state).toBe('OPEN');
    expect(atEnd.lastCall).toEqual({ at: 2400, permitted: false, outcome: null, durationMs: null });
    expect(atEnd.metrics.notPermitted).toBe(1);
    const after = opFrame(frames, 5).state;
    expect(after.state).toBe('HALF_OPEN');
    expect(after.lastCall).toEqual({ at: 2401, permitted: true, outcome: 'success', durationMs: 10 });
    expect(after.transitions.map((t) => `${t.from}>${t.to}:${t.cause}`)).toEqual(['OPEN>HALF_OPEN:wait-elapsed']);
    expect(after.halfOpen).toEqual({ permitted: 2, admitted: 1 });
    expect(after.metrics).toMatchObject({ buffered: 1, failureRate: -1, notPermitted: 0 });
  });

  it('OPEN keeps the metrics it came with and counts rejected calls in them', () => {
    const { frames } = run(small, [...openAt400, S(500), S(600), S(700)]);
    expect(opFrame(frames, 6).state.metrics).toEqual({ buffered: 4, failed: 4, slow: 0, failureRate: 100, slowCallRate: 0, notPermitted: 3 });
    expect(opFrame(frames, 6).state.totals).toMatchObject({ calls: 7, permitted: 4, rejected: 3 });
  });

  it('with automatic transition, moves to HALF_OPEN exactly when the wait elapses, in a frame of its own before a call at that instant', () => {
    const { frames } = run({ ...small, automaticTransitionFromOpenToHalfOpenEnabled: true }, [...openAt400, S(2400)]);
    const i = frames.findIndex((f) => f.op === 4);
    const auto = frames[i - 1];
    expect(auto.op).toBeNull();
    expect(auto.state.time).toBe(2400);
    expect(auto.state.state).toBe('HALF_OPEN');
    expect(auto.state.transitions.map((t) => t.cause)).toEqual(['automatic']);
    expect(frames[i].state.lastCall?.permitted).toBe(true);
    expect(frames[i].state.halfOpen).toEqual({ permitted: 2, admitted: 1 });
  });

  it('with automatic transition and no calls, still goes HALF_OPEN on time', () => {
    const { frames } = run({ ...small, automaticTransitionFromOpenToHalfOpenEnabled: true, duration: 5000 }, openAt400);
    const auto = frames.filter((f) => f.state.transitions.some((t) => t.cause === 'automatic'));
    expect(auto.map((f) => f.state.time)).toEqual([2400]);
    expect(frames[frames.length - 1].state.state).toBe('HALF_OPEN');
  });
});

describe('HALF_OPEN', () => {
  it('counts permits when they are taken: acquired permits that never return keep it stuck', () => {
    const { frames } = run(small, [...openAt400, { op: 'acquire', at: 2500 }, { op: 'acquire', at: 2600 }, S(2700), S(9000)]);
    expect(opFrame(frames, 4).state.lastCall).toEqual({ at: 2500, permitted: true, outcome: null, durationMs: null });
    expect(opFrame(frames, 5).state.halfOpen).toEqual({ permitted: 2, admitted: 2 });
    for (const i of [6, 7]) {
      const s = opFrame(frames, i).state;
      expect(s.state).toBe('HALF_OPEN');
      expect(s.lastCall?.permitted).toBe(false);
    }
    expect(opFrame(frames, 7).state.metrics).toMatchObject({ buffered: 0, failureRate: -1, notPermitted: 2 });
    expect(opFrame(frames, 7).state.inFlight).toBe(2);
  });

  it('evaluates probes in a fresh window of permittedNumberOfCallsInHalfOpenState and closes with fresh metrics', () => {
    const { frames } = run({ ...small, permittedNumberOfCallsInHalfOpenState: 3, minimumNumberOfCalls: 4 }, [...openAt400, S(2401), S(2402), S(2403)]);
    expect(opFrame(frames, 5).state.state).toBe('HALF_OPEN');
    expect(opFrame(frames, 5).state.metrics.failureRate).toBe(-1); // 2 of min(4, 3) = 3
    const closed = opFrame(frames, 6).state;
    expect(closed.state).toBe('CLOSED');
    expect(closed.transitions.map((t) => t.to)).toEqual(['CLOSED']);
    expect(closed.metrics).toEqual({ buffered: 0, failed: 0, slow: 0, failureRate: -1, slowCallRate: -1, notPermitted: 0 });
  });

  it('goes back to OPEN when the probes fail, keeping the probe metrics, and restarts the wait', () => {
    const { frames } = run(small, [...openAt400, F(2401), S(2500), S(4500), S(4501)]);
    const reopened = opFrame(frames, 5).state;
    expect(reopened.state).toBe('OPEN');
    expect(reopened.metrics).toMatchObject({ buffered: 2, failed: 1, failureRate: 50 });
    expect(reopened.openUntil).toBe(4500);
    expect(opFrame(frames, 6).state.lastCall?.permitted).toBe(false);
    expect(opFrame(frames, 7).state.state).toBe('HALF_OPEN');
  });

  it('rejects calls beyond the permits and counts them as not permitted', () => {
    const { frames } = run({ ...small, permittedNumberOfCallsInHalfOpenState: 1, minimumNumberOfCalls: 4 }, [...openAt400, { op: 'acquire', at: 2401 }, S(2402)]);
    expect(opFrame(frames, 5).state).toMatchObject({ state: 'HALF_OPEN', halfOpen: { permitted: 1, admitted: 1 } });
    expect(opFrame(frames, 5).state.metrics.notPermitted).toBe(1);
    expect(opFrame(frames, 5).caption).toContain('all 1 HALF_OPEN permits are taken');
  });
});

describe('manual transitions (DISABLED, FORCED_OPEN, METRICS_ONLY)', () => {
  it('DISABLED permits everything and records nothing', () => {
    const { frames } = run(small, [{ op: 'transition', at: 10, to: 'DISABLED' }, F(20), F(30), F(40), F(50), F(60)]);
    const s = opFrame(frames, 5).state;
    expect(s.state).toBe('DISABLED');
    expect(s.lastCall?.permitted).toBe(true);
    expect(s.metrics).toEqual({ buffered: 0, failed: 0, slow: 0, failureRate: -1, slowCallRate: -1, notPermitted: 0 });
  });

  it('FORCED_OPEN rejects everything and counts it', () => {
    const { frames } = run(small, [{ op: 'transition', at: 10, to: 'FORCED_OPEN' }, S(20), S(30)]);
    expect(opFrame(frames, 2).state).toMatchObject({ state: 'FORCED_OPEN', metrics: { notPermitted: 2 } });
  });

  it('METRICS_ONLY records every outcome but never opens', () => {
    const { frames } = run(small, [{ op: 'transition', at: 10, to: 'METRICS_ONLY' }, F(20), F(30), F(40), F(50), F(60)]);
    const s = opFrame(frames, 5).state;
    expect(s.state).toBe('METRICS_ONLY');
    expect(s.metrics).toMatchObject({ buffered: 4, failed: 4, failureRate: 100 });
  });

  it('refuses transitions Resilience4j does not have (CLOSED → HALF_OPEN, METRICS_ONLY → OPEN) and stays put', () => {
    const { frames } = run(small, [
      { op: 'transition', at: 10, to: 'HALF_OPEN' },
      { op: 'transition', at: 20, to: 'METRICS_ONLY' },
      { op: 'transition', at: 30, to: 'OPEN' },
    ]);
    expect(opFrame(frames, 0).state.state).toBe('CLOSED');
    expect(opFrame(frames, 0).caption).toContain('IllegalStateTransitionException');
    expect(opFrame(frames, 0).state.transitions).toEqual([]);
    expect(opFrame(frames, 2).state.state).toBe('METRICS_ONLY');
    expect(opFrame(frames, 2).caption).toContain('METRICS_ONLY → OPEN');
  });

  it('manual OPEN keeps the current metrics; manual CLOSED from CLOSED resets them', () => {
    const { frames } = run(small, [F(10), S(20), { op: 'transition', at: 30, to: 'OPEN' }, { op: 'transition', at: 40, to: 'CLOSED' }]);
    expect(opFrame(frames, 2).state).toMatchObject({ state: 'OPEN', openUntil: 2030, metrics: { buffered: 2, failed: 1 } });
    expect(opFrame(frames, 3).state.metrics.buffered).toBe(0);
  });
});

describe('generated traffic', () => {
  it('records each permitted call at arrival + latency, arrivals evenly spaced', () => {
    const { frames } = run({ rps: 4, duration: 3000, slidingWindowSize: 50, minimumNumberOfCalls: 50 }, [
      { op: 'backend', at: 0, failureRate: 0.5, latencyMs: 100 },
    ]);
    const end = frames[frames.length - 1].state;
    expect(end.totals.calls).toBe(12); // 0, 250, …, 2750 ms
    const w = end.window;
    if (w.kind !== 'count') throw new Error('count window expected');
    expect(w.calls.length).toBe(12);
    for (const c of w.calls) {
      expect((c.at - c.durationMs) % 250).toBe(0);
      expect(c.durationMs).toBeGreaterThanOrEqual(80);
      expect(c.durationMs).toBeLessThanOrEqual(120);
    }
    expect(end.withoutBreaker.calls).toBe(12);
  });

  it('summarises traffic in at most one frame per 100 ms tick, with every transition in a frame of its own', () => {
    const { frames } = run({ rps: 100, duration: 20000 }, [
      { op: 'backend', at: 2000, failureRate: 1, latencyMs: 30 },
      { op: 'backend', at: 12000, failureRate: 0, latencyMs: 30 },
    ]);
    const generated = frames.filter((f) => f.op === null);
    expect(generated.length).toBeLessThanOrEqual(20000 / 100 + 20);
    for (const f of generated) expect(f.state.transitions.length).toBeLessThanOrEqual(1);
    const seen = frames.flatMap((f) => f.state.transitions.map((t) => `${t.from}>${t.to}`));
    expect(seen).toContain('CLOSED>OPEN');
    expect(seen).toContain('HALF_OPEN>CLOSED');
    for (let i = 1; i < frames.length; i++) expect(frames[i].state.time).toBeGreaterThanOrEqual(frames[i - 1].state.time);
  });

  it('counts in "without a breaker" the failures the breaker spared', () => {
    const { frames } = run({ rps: 50, duration: 10000 }, [{ op: 'backend', at: 1000, failureRate: 1, latencyMs: 200 }]);
    const end = frames[frames.length - 1].state;
    expect(end.totals.rejected).toBeGreaterThan(0);
    expect(end.withoutBreaker.failuresSpared).toBe(end.totals.rejected);
    expect(end.withoutBreaker.calls).toBe(end.totals.calls);
  });

  it('the backend draws do not depend on the breaker settings (same seed, same traffic)', () => {
    const ops = [{ op: 'backend' as const, at: 1000, failureRate: 0.6, latencyMs: 100 }];
    const a = run({ rps: 20, failureRateThreshold: 30 }, ops, 9).frames;
    const b = run({ rps: 20, failureRateThreshold: 90 }, ops, 9).frames;
    const { failuresSpared: sa, ...wa } = a[a.length - 1].state.withoutBreaker;
    const { failuresSpared: sb, ...wb } = b[b.length - 1].state.withoutBreaker;
    expect(wa).toEqual(wb);
    expect(sa).toBeGreaterThan(sb); // the more eager breaker spared more failures
    const openAt = (fs: typeof a) => fs.find((f) => f.state.state === 'OPEN')?.state.time ?? Infinity;
    expect(openAt(a)).toBeLessThan(openAt(b));
  });
});

describe('frames', () => {
  it('ops past the end (a shortened duration) still run, and the run ends after them', () => {
    const { frames } = run({ duration: 1000 }, [S(500), F(1500)]);
    expect(opFrame(frames, 1).state.time).toBe(1500);
    expect(frames[frames.length - 1].state.time).toBe(1500);
  });


  it('every call and acquire op produces exactly one frame', () => {
    const ops = [...openAt400, { op: 'acquire' as const, at: 2500 }, S(2600), S(2700)];
    const { frames } = run({ ...small, rps: 10 }, ops);
    ops.forEach((_, i) => expect(frames.filter((f) => f.op === i)).toHaveLength(1));
    expect(frames.filter((f) => f.op === null && f.state.lastCall !== null)).toEqual([]);
  });
});
