import { nextFloat, nextInt, type Prng } from '../../engine/prng';
import type { BackendBehaviour } from './types';

/**
 * Generated traffic.
 *
 * Arrivals are evenly spaced: call k (k = 0, 1, …) arrives at
 * floor(k · 1000 / rps) ms, so a given rps always gives the same arrival
 * times and changing the breaker's settings never changes the traffic.
 *
 * Each call draws, at arrival and whatever the breaker decides, its outcome
 * (failure with the backend's current failureRate) and its latency (uniform
 * integer in [round(0.8·latencyMs), round(1.2·latencyMs)], i.e. ±20% jitter).
 * Drawing for rejected calls too keeps the PRNG sequence independent of the
 * breaker, so two configurations see the same backend, and it tells the
 * "without a breaker" panel what a rejected call would have met.
 *
 * A permitted call's outcome comes back, and is recorded with its latency as
 * duration, at arrival + latency (as a decorated call reports onSuccess /
 * onError when it completes). Outcomes due after the run's end never come back.
 */
export function arrivalTime(k: number, rps: number): number {
  return Math.floor((k * 1000) / rps);
}

export interface Draw {
  failed: boolean;
  latencyMs: number;
}

export function drawCall(prng: Prng, backend: BackendBehaviour): Draw {
  const failed = nextFloat(prng) < backend.failureRate;
  const lo = Math.round(backend.latencyMs * 0.8);
  const hi = Math.round(backend.latencyMs * 1.2);
  return { failed, latencyMs: nextInt(prng, lo, hi) };
}

/** A permitted generated call waiting for its outcome. */
export interface InFlightCall {
  id: number;
  startedAt: number;
  returnsAt: number;
  failed: boolean;
  latencyMs: number;
}

/** Min-heap of in-flight calls by (returnsAt, id): outcomes come back in time order, ties by arrival. */
export class ReturnQueue {
  private readonly heap: InFlightCall[] = [];

  get size(): number {
    return this.heap.length;
  }

  peek(): InFlightCall | undefined {
    return this.heap[0];
  }

  push(c: InFlightCall): void {
    const h = this.heap;
    h.push(c);
    let i = h.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(h[i], h[parent])) break;
      [h[i], h[parent]] = [h[parent], h[i]];
      i = parent;
    }
  }

  pop(): InFlightCall | undefined {
    const h = this.heap;
    if (h.length === 0) return undefined;
    const top = h[0];
    const last = h.pop()!;
    if (h.length > 0) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && before(h[l], h[m])) m = l;
        if (r < h.length && before(h[r], h[m])) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m], h[i]];
        i = m;
      }
    }
    return top;
  }
}

function before(a: InFlightCall, b: InFlightCall): boolean {
  return a.returnsAt < b.returnsAt || (a.returnsAt === b.returnsAt && a.id < b.id);
}
