import type { BackendBehaviour, BreakerStateName, CircuitBreakerState } from './types';

/**
 * Series for the charts, derived from the frames (pure, no DOM): calls
 * permitted and rejected per time bin, the two rates over time, and lanes of
 * the breaker's state and the backend's behaviour.
 */
export interface Bin {
  t0: number;
  t1: number;
  permitted: number;
  rejected: number;
}

export interface RatePoint {
  t: number;
  failureRate: number;
  slowCallRate: number;
}

export interface Segment<V> {
  t0: number;
  t1: number;
  value: V;
}

export interface History {
  end: number;
  binMs: number;
  bins: Bin[];
  maxPerBin: number;
  rates: RatePoint[];
  states: Segment<BreakerStateName>[];
  backend: Segment<BackendBehaviour>[];
}

const BIN_CHOICES = [100, 200, 500, 1000, 2000, 5000, 10000, 20000];

/** The smallest bin width giving at most 120 bins over the run. */
export function binWidth(duration: number): number {
  return BIN_CHOICES.find((b) => duration / b <= 120) ?? 60000;
}

export function buildHistory(states: readonly CircuitBreakerState[], duration: number): History {
  const binMs = binWidth(duration);
  const n = Math.max(1, Math.ceil(duration / binMs));
  const bins: Bin[] = Array.from({ length: n }, (_, i) => ({ t0: i * binMs, t1: Math.min(duration, (i + 1) * binMs), permitted: 0, rejected: 0 }));
  const rates: RatePoint[] = [];
  const lanes: Segment<BreakerStateName>[] = [];
  const backend: Segment<BackendBehaviour>[] = [];
  let prevPermitted = 0;
  let prevRejected = 0;
  for (const s of states) {
    const bin = bins[Math.min(n - 1, Math.floor(s.time / binMs))];
    bin.permitted += s.totals.permitted - prevPermitted;
    bin.rejected += s.totals.rejected - prevRejected;
    prevPermitted = s.totals.permitted;
    prevRejected = s.totals.rejected;
    const last = rates[rates.length - 1];
    const point = { t: s.time, failureRate: s.metrics.failureRate, slowCallRate: s.metrics.slowCallRate };
    if (last && last.t === s.time) rates[rates.length - 1] = point;
    else rates.push(point);
    extend(lanes, s.time, s.state, (a, b) => a === b);
    extend(backend, s.time, s.backend, (a, b) => a.failureRate === b.failureRate && a.latencyMs === b.latencyMs);
  }
  for (const lane of [lanes, backend] as Segment<unknown>[][]) if (lane.length) lane[lane.length - 1].t1 = Math.max(lane[lane.length - 1].t1, duration);
  const maxPerBin = bins.reduce((m, b) => Math.max(m, b.permitted + b.rejected), 0);
  return { end: duration, binMs, bins, maxPerBin, rates, states: lanes, backend };
}

function extend<V>(segs: Segment<V>[], t: number, value: V, same: (a: V, b: V) => boolean): void {
  const last = segs[segs.length - 1];
  if (last) last.t1 = t;
  if (last && same(last.value, value)) return;
  segs.push({ t0: t, t1: t, value });
}
