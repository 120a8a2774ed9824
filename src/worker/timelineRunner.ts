import { runScenario } from '../engine/runScenario';
import { OpError, type AnySimDefinition, type Frame, type Scenario } from '../engine/types';
import type { FromWorker } from './protocol';

/** How long one slice of model work may run before yielding (ms of wall time). */
const SLICE_MS = 12;
/** After a frame sent ahead, the longest wait for the page to say it has painted it. */
export const AHEAD_PAINT_WAIT_MS = 1000;

export interface RunHandle {
  cancel(): void;
  /** The page has painted the frame sent ahead: send the rest. */
  resume(): void;
}

/**
 * Runs a scenario's model in slices, emitting frames in batches: the first
 * batch after the first slice, so the UI can show early frames while a long
 * timeline is still being computed. Shared by the worker and the main-thread
 * fallback; `defer` yields between slices (the worker passes a MessageChannel,
 * the fallback keeps setTimeout).
 *
 * A scenario that names a frame (a link's `frame`) has that frame sent ahead
 * (issue 7: permalink → painted): the frames before it are computed but held
 * back, the named frame goes out in an `ahead` message the moment it exists,
 * and once the page has painted it (`resume`, or after AHEAD_PAINT_WAIT_MS)
 * the held batches follow, in order, a slice's worth at a time. Computing
 * a model is cheap next to sending (and the page unpacking) thousands of
 * frames, so a link into a 20,000-frame Raft run paints its frame without
 * waiting for the 19,900 before it. A frame past the run's end is never
 * sent ahead; the run then streams as usual.
 */
export function startTimelineRun(
  runId: number,
  def: AnySimDefinition,
  scenario: Scenario,
  emit: (msg: FromWorker) => void,
  defer: (fn: () => void) => void = (fn) => setTimeout(fn, 0),
  now: () => number = () => performance.now(),
  later: (fn: () => void, ms: number) => void = (fn, ms) => setTimeout(fn, ms),
): RunHandle {
  let cancelled = false;
  /** Sent a frame ahead; the rest waits until the page has painted it (or AHEAD_PAINT_WAIT_MS). */
  let waiting = false;
  const resume = (): void => {
    if (!waiting) return;
    waiting = false;
    defer(slice);
  };
  let total = 0;
  const gen = runScenario(def, scenario);
  const ahead = scenario.frame ?? 0;
  /** Batches computed before the ahead frame, not yet emitted. */
  const held: Frame[][] = [];
  let holding = ahead > 0;
  const emitBatch = (batch: Frame[]): void => {
    if (batch.length) emit({ type: 'frames', runId, frames: batch });
  };
  const slice = (): void => {
    if (cancelled) return;
    const start = now();
    // Held batches go out before anything computed after them.
    while (!holding && held.length) {
      emitBatch(held.shift() as Frame[]);
      if (held.length && now() - start > SLICE_MS) return defer(slice);
    }
    let batch: Frame[] = [];
    const release = (): void => {
      holding = false;
      for (const b of held.splice(0)) emitBatch(b);
      emitBatch(batch);
      batch = [];
    };
    try {
      for (;;) {
        const r = gen.next();
        if (r.done) {
          release();
          emit({ type: 'done', runId, total });
          return;
        }
        batch.push(r.value);
        total++;
        if (holding && r.value.i === ahead) {
          emit({ type: 'ahead', runId, frame: r.value });
          holding = false;
          held.push(batch);
          // Thousands of frames arriving now would be unpacked on the page's main
          // thread while it draws this one: wait until it says it is painted.
          waiting = true;
          later(resume, AHEAD_PAINT_WAIT_MS);
          return;
        }
        if ((total & 63) === 0 && now() - start > SLICE_MS) break;
      }
    } catch (e) {
      release();
      const op = e instanceof OpError ? e.op : null;
      emit({ type: 'error', runId, op, message: e instanceof Error ? e.message : String(e), total });
      return;
    }
    if (holding) held.push(batch);
    else emitBatch(batch);
    defer(slice);
  };
  defer(slice);
  return {
    cancel: () => {
      cancelled = true;
    },
    resume,
  };
}
