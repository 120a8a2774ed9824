import { runScenario } from '../engine/runScenario';
import { OpError, type AnySimDefinition, type Frame, type Scenario } from '../engine/types';
import type { FromWorker } from './protocol';

/** How long one slice of model work may run before yielding (ms of wall time). */
const SLICE_MS = 12;

export interface RunHandle {
  cancel(): void;
}

/**
 * Runs a scenario's model in slices, emitting frames in batches: the first
 * batch after the first slice, so the UI can show early frames while a long
 * timeline is still being computed. Shared by the worker and the main-thread
 * fallback; `defer` yields between slices (setTimeout in both).
 */
export function startTimelineRun(
  runId: number,
  def: AnySimDefinition,
  scenario: Scenario,
  emit: (msg: FromWorker) => void,
  defer: (fn: () => void) => void = (fn) => setTimeout(fn, 0),
  now: () => number = () => performance.now(),
): RunHandle {
  let cancelled = false;
  let total = 0;
  const gen = runScenario(def, scenario);
  const slice = (): void => {
    if (cancelled) return;
    const start = now();
    const batch: Frame[] = [];
    try {
      for (;;) {
        const r = gen.next();
        if (r.done) {
          if (batch.length) emit({ type: 'frames', runId, frames: batch });
          emit({ type: 'done', runId, total });
          return;
        }
        batch.push(r.value);
        total++;
        if ((total & 63) === 0 && now() - start > SLICE_MS) break;
      }
    } catch (e) {
      if (batch.length) emit({ type: 'frames', runId, frames: batch });
      const op = e instanceof OpError ? e.op : null;
      emit({ type: 'error', runId, op, message: e instanceof Error ? e.message : String(e), total });
      return;
    }
    emit({ type: 'frames', runId, frames: batch });
    defer(slice);
  };
  defer(slice);
  return {
    cancel: () => {
      cancelled = true;
    },
  };
}
