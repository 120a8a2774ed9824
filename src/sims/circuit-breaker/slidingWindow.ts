import type { RecordedCall, SecondBucket, WindowSnapshot } from './types';

/**
 * The two sliding windows of Resilience4j (resilience4j-core, package
 * io.github.resilience4j.core.metrics), re-expressed for a simulated clock.
 *
 * Both keep a running total that is updated when a call is recorded and
 * reduced when old entries leave the window ("Subtract-on-Evict", as the
 * Resilience4j CircuitBreaker docs put it). Snapshots handed to frames are
 * immutable and cached until the window changes, so consecutive frames share
 * them.
 */
export interface Aggregate {
  calls: number;
  failed: number;
  slow: number;
}

export interface SlidingWindow {
  readonly size: number;
  /** Record one outcome at simulated time `at`. */
  record(call: RecordedCall): void;
  /** Move the window to time `now` (time windows drop expired seconds) and return its totals. */
  totals(now: number): Aggregate;
  snapshot(now: number, minimum: number): WindowSnapshot;
}

/**
 * Count-based window (FixedSizeSlidingWindowMetrics): a ring of the last
 * `size` outcomes. Recording the (size+1)-th call evicts the oldest one.
 * A size of 0 records nothing (Resilience4j uses it for DISABLED and FORCED_OPEN).
 */
export class CountWindow implements SlidingWindow {
  private readonly ring: RecordedCall[] = [];
  private readonly total: Aggregate = { calls: 0, failed: 0, slow: 0 };
  private cached: WindowSnapshot | null = null;
  /** Outcomes recorded since the window was created (the ring's head position is recorded mod size). */
  private recorded = 0;

  constructor(readonly size: number) {}

  record(call: RecordedCall): void {
    if (this.size === 0) return;
    this.recorded++;
    this.ring.push(call);
    add(this.total, call, 1);
    if (this.ring.length > this.size) add(this.total, this.ring.shift()!, -1);
    this.cached = null;
  }

  totals(): Aggregate {
    return this.total;
  }

  snapshot(_now: number, minimum: number): WindowSnapshot {
    if (!this.cached || this.cached.minimum !== minimum) {
      this.cached = { kind: 'count', size: this.size, minimum, recorded: this.recorded, calls: this.ring.slice() };
    }
    return this.cached;
  }
}

/**
 * Time-based window (SlidingTimeWindowMetrics): `size` partial aggregations,
 * one per epoch second. The head bucket holds the current epoch second, the
 * others the previous size-1 seconds; a call recorded in second s therefore
 * leaves the window when the clock reaches second s + size. Simulated time 0
 * is taken to be the start of an epoch second, so second = floor(ms / 1000).
 * Only non-empty buckets are stored; empty ones are implied.
 */
export class TimeWindow implements SlidingWindow {
  private buckets: SecondBucket[] = [];
  private readonly total: Aggregate = { calls: 0, failed: 0, slow: 0 };
  private cached: WindowSnapshot | null = null;

  constructor(readonly size: number) {}

  /** Drop buckets older than the window ending at `now` (moveWindowToCurrentEpochSecond). */
  private moveTo(now: number): number {
    const second = Math.floor(now / 1000);
    const oldest = second - this.size + 1;
    let drop = 0;
    while (drop < this.buckets.length && this.buckets[drop].second < oldest) {
      const b = this.buckets[drop++];
      this.total.calls -= b.calls;
      this.total.failed -= b.failed;
      this.total.slow -= b.slow;
    }
    if (drop > 0) {
      this.buckets = this.buckets.slice(drop);
      this.cached = null;
    }
    if (this.cached && this.cached.kind === 'time' && this.cached.nowSecond !== second) this.cached = null;
    return second;
  }

  record(call: RecordedCall): void {
    const second = this.moveTo(call.at);
    const last = this.buckets[this.buckets.length - 1];
    const f = call.failed ? 1 : 0;
    const s = call.slow ? 1 : 0;
    // Copy-on-write: a bucket object already handed to a frame is never mutated.
    const next: SecondBucket =
      last && last.second === second
        ? { second, calls: last.calls + 1, failed: last.failed + f, slow: last.slow + s }
        : { second, calls: 1, failed: f, slow: s };
    if (last && last.second === second) this.buckets = [...this.buckets.slice(0, -1), next];
    else this.buckets = [...this.buckets, next];
    add(this.total, call, 1);
    this.cached = null;
  }

  totals(now: number): Aggregate {
    this.moveTo(now);
    return this.total;
  }

  snapshot(now: number, minimum: number): WindowSnapshot {
    const second = this.moveTo(now);
    if (!this.cached || this.cached.minimum !== minimum) {
      this.cached = { kind: 'time', size: this.size, minimum, nowSecond: second, buckets: this.buckets };
    }
    return this.cached;
  }
}

function add(total: Aggregate, call: RecordedCall, sign: 1 | -1): void {
  total.calls += sign;
  if (call.failed) total.failed += sign;
  if (call.slow) total.slow += sign;
}
