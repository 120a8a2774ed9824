import { createPrng, type Prng } from '../../engine/prng';
import { OpError, type ModelFrame } from '../../engine/types';
import { plural, ratesText, sentence, transitionsText } from './captions';
import { Breaker, fmtTime } from './stateMachine';
import { arrivalTime, drawCall, ReturnQueue, type InFlightCall } from './traffic';
import type {
  BackendBehaviour,
  CircuitBreakerHighlight,
  CircuitBreakerOp,
  CircuitBreakerParams,
  CircuitBreakerState,
  LastCall,
  Totals,
  Transition,
  WithoutBreaker,
} from './types';

type Frame = ModelFrame<CircuitBreakerState, CircuitBreakerHighlight>;

/** The backend at time 0, until a `backend` op changes it. */
export const INITIAL_BACKEND: BackendBehaviour = { failureRate: 0, latencyMs: 50 };

/** Generated traffic is summarised in one frame per tick of this many ms (state transitions get their own frames). */
export const TICK_MS = 100;

const NO_TRANSITIONS: readonly Transition[] = [];

interface Aggregate {
  tick: number;
  lastTime: number;
  arrived: number;
  permitted: number;
  rejected: number;
  returned: number;
}

/**
 * One run of the simulation: the breaker, the backend, the generated traffic
 * and the counters, advanced event by event in simulated time.
 *
 * Events at the same instant happen in this order: a pending traffic summary
 * frame, the automatic OPEN → HALF_OPEN transition, ops (in list order),
 * outcomes coming back, new generated arrivals.
 */
class Run {
  readonly breaker: Breaker;
  readonly prng: Prng;
  backend: BackendBehaviour = INITIAL_BACKEND;
  readonly queue = new ReturnQueue();
  /** Permits taken by `acquire` ops: never returned. */
  hung = 0;
  seq = 0;
  nextArrival = 0;
  now = 0;
  agg: Aggregate | null = null;
  readonly totals: Totals = { calls: 0, permitted: 0, rejected: 0, succeeded: 0, failed: 0, slow: 0, userLatencyMs: 0, userLatencyCalls: 0 };
  readonly wb: WithoutBreaker = { calls: 0, failures: 0, failuresSpared: 0, latencyMs: 0, slow: 0 };

  constructor(
    readonly p: CircuitBreakerParams,
    seed: number,
  ) {
    this.breaker = new Breaker(p);
    this.prng = createPrng(seed);
  }

  snapshot(lastCall: LastCall | null, transitions: readonly Transition[]): CircuitBreakerState {
    const b = this.breaker;
    return {
      time: this.now,
      state: b.state,
      metrics: b.metrics.metrics(this.now),
      lastCall,
      window: b.metrics.snapshot(this.now),
      openUntil: b.openUntil,
      halfOpen: b.halfOpen ? { permitted: b.halfOpen.permitted, admitted: b.halfOpen.admitted } : null,
      backend: this.backend,
      inFlight: this.queue.size + this.hung,
      totals: { ...this.totals },
      withoutBreaker: { ...this.wb },
      transitions,
      lastTransition: b.lastTransition,
    };
  }

  rates(): string {
    return ratesText(this.breaker.metrics.metrics(this.now), this.breaker.metrics.minimum);
  }

  frame(op: number | null, caption: string, lastCall: LastCall | null = null, highlight?: CircuitBreakerHighlight): Frame {
    const ts = this.breaker.drainTransitions();
    const f: Frame = { op, caption, state: this.snapshot(lastCall, ts.length ? ts : NO_TRANSITIONS) };
    if (highlight) f.highlight = highlight;
    return f;
  }

  /** Count a call in "without a breaker": every call would have reached the backend. */
  countWithout(failed: boolean, latencyMs: number, permitted: boolean): void {
    this.wb.calls++;
    if (failed) this.wb.failures++;
    if (failed && !permitted) this.wb.failuresSpared++;
    this.wb.latencyMs += latencyMs;
    if (latencyMs > this.p.slowCallDurationThreshold) this.wb.slow++;
  }

  /** An outcome comes back: count it and hand it to the breaker. */
  outcome(id: number, failed: boolean, durationMs: number): void {
    const t = this.totals;
    if (failed) t.failed++;
    else t.succeeded++;
    const slow = durationMs > this.p.slowCallDurationThreshold;
    if (slow) t.slow++;
    t.userLatencyMs += durationMs;
    t.userLatencyCalls++;
    this.breaker.onResult({ id, at: this.now, durationMs, failed, slow });
  }

  acquire(): boolean {
    this.totals.calls++;
    const ok = this.breaker.tryAcquire(this.now);
    if (ok) this.totals.permitted++;
    else {
      this.totals.rejected++;
      this.totals.userLatencyCalls++;
    }
    return ok;
  }

  aggregate(): Aggregate {
    const tick = Math.floor(this.now / TICK_MS);
    if (!this.agg) this.agg = { tick, lastTime: this.now, arrived: 0, permitted: 0, rejected: 0, returned: 0 };
    this.agg.lastTime = this.now;
    return this.agg;
  }

  /** The summary frame of generated traffic since the last frame (time = its last event). */
  flush(): Frame | null {
    const a = this.agg;
    if (!a) return null;
    this.agg = null;
    const parts: string[] = [];
    if (a.arrived) parts.push(`${plural(a.arrived, 'call')} arrived (${a.permitted} permitted, ${a.rejected} rejected)`);
    if (a.returned) parts.push(`${plural(a.returned, 'outcome')} came back`);
    const caption = sentence(`Up to ${fmtTime(a.lastTime)}: ${parts.join(' and ')}; ${this.breaker.state}, ${this.rates()}`);
    // Called before the clock moves on, so `now` is still the time of the last summarised event.
    return this.frame(null, caption, null, { generated: { arrived: a.arrived, permitted: a.permitted, rejected: a.rejected, returned: a.returned } });
  }

  /** A generated call arrives. Returns a frame when it made the breaker change state. */
  arrive(): Frame | null {
    const id = ++this.seq;
    const d = drawCall(this.prng, this.backend);
    const ok = this.acquire();
    this.countWithout(d.failed, d.latencyMs, ok);
    const a = this.aggregate();
    a.arrived++;
    if (ok) {
      a.permitted++;
      this.queue.push({ id, startedAt: this.now, returnsAt: this.now + d.latencyMs, failed: d.failed, latencyMs: d.latencyMs });
    } else a.rejected++;
    if (this.breaker.pending.length === 0) return null;
    const h = this.breaker.halfOpen;
    const what = ok && h ? `admitted as probe ${h.admitted} of ${h.permitted}` : ok ? 'admitted' : 'rejected';
    return this.transitionFrame(`Call at ${fmtTime(this.now)} ${what}`);
  }

  /** A permitted generated call's outcome comes back. */
  complete(c: InFlightCall): Frame | null {
    this.outcome(c.id, c.failed, c.latencyMs);
    this.aggregate().returned++;
    if (this.breaker.pending.length === 0) return null;
    return this.transitionFrame(`Outcome at ${fmtTime(this.now)} (${c.failed ? 'failure' : 'success'}, ${c.latencyMs} ms)`);
  }

  private transitionFrame(what: string): Frame {
    const a = this.agg!;
    this.agg = null;
    const text = transitionsText(this.breaker.pending, this.p);
    return this.frame(null, sentence(`${what}: ${text}`), null, {
      generated: { arrived: a.arrived, permitted: a.permitted, rejected: a.rejected, returned: a.returned },
    });
  }

  applyOp(op: CircuitBreakerOp, index: number): Frame {
    const at = fmtTime(this.now);
    switch (op.op) {
      case 'call': {
        const id = ++this.seq;
        const ok = this.acquire();
        const failed = op.outcome === 'failure';
        this.countWithout(failed, op.durationMs, ok);
        const before = this.breaker.pending.length > 0 ? transitionsText(this.breaker.pending, this.p) + '; ' : '';
        let caption: string;
        if (ok) {
          const probe = this.breaker.halfOpen ? ` as probe ${this.breaker.halfOpen.admitted} of ${this.breaker.halfOpen.permitted}` : '';
          const nBefore = this.breaker.pending.length;
          this.outcome(id, failed, op.durationMs);
          const slow = op.durationMs > this.p.slowCallDurationThreshold ? ', slow' : '';
          const after = this.breaker.pending.slice(nBefore);
          const tail = after.length ? `: ${transitionsText(after, this.p)}` : `; ${this.breaker.state}, ${this.rates()}`;
          caption = `Call at ${at}: ${before}permitted${probe} and recorded as a ${op.outcome} (${op.durationMs} ms${slow})${tail}`;
        } else {
          caption = `Call at ${at} rejected: ${this.whyRejected()}`;
        }
        const lastCall: LastCall = { at: this.now, permitted: ok, outcome: ok ? op.outcome : null, durationMs: ok ? op.durationMs : null };
        return this.frame(index, sentence(caption), lastCall);
      }
      case 'acquire': {
        const ok = this.acquire();
        const before = this.breaker.pending.length > 0 ? transitionsText(this.breaker.pending, this.p) + '; ' : '';
        if (ok) this.hung++;
        const probe = ok && this.breaker.halfOpen ? ` (probe ${this.breaker.halfOpen.admitted} of ${this.breaker.halfOpen.permitted})` : '';
        const caption = ok
          ? `Acquire at ${at}: ${before}permitted${probe}, but its result never comes back, so the permission is never returned`
          : `Acquire at ${at} rejected: ${this.whyRejected()}`;
        return this.frame(index, sentence(caption), { at: this.now, permitted: ok, outcome: null, durationMs: null });
      }
      case 'backend': {
        this.backend = { failureRate: op.failureRate, latencyMs: op.latencyMs };
        const pctFail = Math.round(op.failureRate * 1000) / 10;
        const health = op.failureRate === 0 ? 'is healthy: no call fails' : `starts failing ${pctFail}% of calls`;
        return this.frame(index, sentence(`At ${at} the backend ${health}, with latency about ${op.latencyMs} ms`));
      }
      case 'transition': {
        const from = this.breaker.state;
        if (!this.breaker.manual(this.now, op.to)) {
          return this.frame(
            index,
            sentence(`At ${at} Resilience4j refuses the transition ${from} → ${op.to} (IllegalStateTransitionException), so the breaker stays ${from}`),
          );
        }
        return this.frame(index, sentence(`At ${at}: ${transitionsText(this.breaker.pending, this.p)}`));
      }
    }
  }

  private whyRejected(): string {
    const b = this.breaker;
    if (b.state === 'OPEN') return `the breaker is OPEN until ${fmtTime(b.openUntil!)} (a call must come strictly after the wait)`;
    if (b.state === 'HALF_OPEN') return `all ${b.halfOpen!.permitted} HALF_OPEN permits are taken`;
    return `the breaker is ${b.state}`;
  }
}

export function* runCircuitBreaker(p: CircuitBreakerParams, seed: number, ops: readonly CircuitBreakerOp[]): Generator<Frame> {
  const run = new Run(p, seed);
  const end = p.duration;
  const windowText =
    p.slidingWindowType === 'COUNT_BASED' ? `the last ${plural(p.slidingWindowSize, 'call')}` : `the last ${plural(p.slidingWindowSize, 'second')}`;
  yield run.frame(
    null,
    sentence(
      `CLOSED, with an empty ${p.slidingWindowType} window over ${windowText}; the backend fails ${INITIAL_BACKEND.failureRate * 100}% of calls at about ${INITIAL_BACKEND.latencyMs} ms`,
    ),
  );
  let opIndex = 0;
  // Ops past the end (a shortened duration) still run, with the automatic transition still on time before them.
  const lastAt = ops.length ? Math.max(end, ops[ops.length - 1].at) : end;
  for (;;) {
    const auto = run.breaker.automaticTransitionAt();
    const tAuto = auto !== null && auto <= (opIndex < ops.length ? lastAt : end) ? auto : Infinity;
    const tOp = opIndex < ops.length ? ops[opIndex].at : Infinity;
    const ret = run.queue.peek();
    const tRet = ret && ret.returnsAt <= end ? ret.returnsAt : Infinity;
    const arr = p.rps > 0 ? arrivalTime(run.nextArrival, p.rps) : Infinity;
    const tArr = arr < end ? arr : Infinity;
    const t = Math.min(tAuto, tOp, tRet, tArr);
    if (t === Infinity) break;
    if (t < run.now) throw new OpError(`time went backwards at ${t} ms`, opIndex < ops.length ? opIndex : null);
    if (run.agg && (Math.floor(t / TICK_MS) > run.agg.tick || t === tAuto || t === tOp)) {
      const f = run.flush();
      if (f) yield f;
    }
    run.now = t;
    if (t === tAuto) {
      run.breaker.automatic(t);
      yield run.frame(null, sentence(`At ${fmtTime(t)}: ${transitionsText(run.breaker.pending, p)}`));
    } else if (t === tOp) {
      yield run.applyOp(ops[opIndex], opIndex);
      opIndex++;
    } else if (t === tRet) {
      const f = run.complete(run.queue.pop()!);
      if (f) yield f;
    } else {
      run.nextArrival++;
      const f = run.arrive();
      if (f) yield f;
    }
  }
  const last = run.flush();
  if (last) yield last;
  // Ops past the end (only possible when a param change shortens the run) still ran; the run ends after them.
  run.now = Math.max(end, run.now);
  const t = run.totals;
  yield run.frame(
    null,
    sentence(
      `Run ends at ${fmtTime(run.now)}: ${plural(t.calls, 'call')}, ${t.permitted} permitted and ${t.rejected} rejected; the breaker is ${run.breaker.state}`,
    ),
  );
}
