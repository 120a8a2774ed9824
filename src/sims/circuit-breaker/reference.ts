import type { BreakerStateName, CircuitBreakerOp, CircuitBreakerParams } from './types';

/**
 * A deliberately naive second implementation of Resilience4j's rules, used
 * only by the differential property test: it keeps every recorded outcome in
 * a plain list and recomputes the window by filtering, with no rings, no
 * buckets, no incremental totals. It handles explicit ops only (rps = 0).
 */
interface Rec {
  at: number;
  failed: boolean;
  slow: boolean;
}

export interface RefSnapshot {
  state: BreakerStateName;
  buffered: number;
  failed: number;
  slow: number;
  failureRate: number;
  slowCallRate: number;
  notPermitted: number;
}

const LEGAL: Record<BreakerStateName, BreakerStateName[]> = {
  CLOSED: ['CLOSED', 'OPEN', 'DISABLED', 'METRICS_ONLY', 'FORCED_OPEN'],
  HALF_OPEN: ['HALF_OPEN', 'CLOSED', 'OPEN', 'DISABLED', 'METRICS_ONLY', 'FORCED_OPEN'],
  OPEN: ['OPEN', 'CLOSED', 'HALF_OPEN', 'DISABLED', 'METRICS_ONLY', 'FORCED_OPEN'],
  FORCED_OPEN: ['FORCED_OPEN', 'CLOSED', 'OPEN', 'DISABLED', 'METRICS_ONLY', 'HALF_OPEN'],
  DISABLED: ['DISABLED', 'CLOSED', 'OPEN', 'FORCED_OPEN', 'HALF_OPEN', 'METRICS_ONLY'],
  METRICS_ONLY: ['METRICS_ONLY', 'CLOSED', 'FORCED_OPEN', 'DISABLED'],
};

/** Snapshot after each op (index-aligned with ops). */
export function referenceRun(p: CircuitBreakerParams, ops: readonly CircuitBreakerOp[]): RefSnapshot[] {
  let state = 'CLOSED' as BreakerStateName;
  let recs: Rec[] = [];
  let kind = 'closed' as 'closed' | 'half' | 'none';
  let notPermitted = 0;
  let openUntil = 0;
  let permits = 0;

  const enter = (to: BreakerStateName, now: number) => {
    if (to === 'OPEN') openUntil = now + p.waitDurationInOpenState;
    else {
      recs = [];
      notPermitted = 0;
      kind = to === 'HALF_OPEN' ? 'half' : to === 'CLOSED' || to === 'METRICS_ONLY' ? 'closed' : 'none';
      permits = p.permittedNumberOfCallsInHalfOpenState;
    }
    state = to;
  };
  const windowAt = (now: number): { list: Rec[]; min: number } => {
    if (kind === 'none') return { list: [], min: 0 };
    if (kind === 'half') {
      const n = p.permittedNumberOfCallsInHalfOpenState;
      return { list: recs.slice(-n), min: Math.min(p.minimumNumberOfCalls, n) };
    }
    if (p.slidingWindowType === 'COUNT_BASED') {
      return { list: recs.slice(-p.slidingWindowSize), min: Math.min(p.minimumNumberOfCalls, p.slidingWindowSize) };
    }
    const sec = Math.floor(now / 1000);
    return { list: recs.filter((r) => Math.floor(r.at / 1000) > sec - p.slidingWindowSize), min: p.minimumNumberOfCalls };
  };
  const rates = (now: number) => {
    const { list, min } = windowAt(now);
    const n = list.length;
    const f = list.filter((r) => r.failed).length;
    const s = list.filter((r) => r.slow).length;
    const ok = n > 0 && n >= min;
    return { n, f, s, fr: ok ? Math.fround((f * 100) / n) : -1, sr: ok ? Math.fround((s * 100) / n) : -1 };
  };

  const out: RefSnapshot[] = [];
  for (const op of ops) {
    const now = op.at;
    if (state === 'OPEN' && p.automaticTransitionFromOpenToHalfOpenEnabled && openUntil <= now) enter('HALF_OPEN', openUntil);
    if (op.op === 'transition') {
      if (LEGAL[state].includes(op.to)) enter(op.to, now);
    } else if (op.op === 'call' || op.op === 'acquire') {
      let permitted: boolean;
      if (state === 'OPEN' && now > openUntil) enter('HALF_OPEN', now);
      if (state === 'OPEN' || state === 'FORCED_OPEN') permitted = false;
      else if (state === 'HALF_OPEN') permitted = permits-- > 0;
      else permitted = true;
      if (state === 'HALF_OPEN' && permits < 0) permits = 0;
      if (!permitted) notPermitted++;
      if (permitted && op.op === 'call' && state !== 'DISABLED' && state !== 'FORCED_OPEN') {
        recs.push({ at: now, failed: op.outcome === 'failure', slow: op.durationMs > p.slowCallDurationThreshold });
        const r = rates(now);
        if (r.fr !== -1 && r.sr !== -1) {
          const above = r.fr >= Math.fround(p.failureRateThreshold) || r.sr >= Math.fround(p.slowCallRateThreshold);
          if (state === 'CLOSED' && above) enter('OPEN', now);
          else if (state === 'HALF_OPEN') enter(above ? 'OPEN' : 'CLOSED', now);
        }
      }
    }
    const r = rates(now);
    out.push({ state, buffered: r.n, failed: r.f, slow: r.s, failureRate: r.fr, slowCallRate: r.sr, notPermitted });
  }
  return out;
}
