import { useMemo } from 'react';
import { useTimeline } from './store/appStore';
import { frameAt } from './store/timelineStore';
import { useTaskDeferredValue } from './useTaskDeferredValue';

/** Checks the model's invariants on the frame shown: a green check, or each violation in red. */
export function InvariantStatus() {
  // The shown frame's state object (not the count, not the frame): frames
  // streaming in behind it, and frames that share its state (a hash-ring
  // lookup's steps), must not re-run the check, which is O(state) (10^5 keys).
  const shown = useTimeline((s) => frameAt(s, s.index)?.state);
  // Checked in the task after the frame is drawn, so a big state's check and
  // its drawing are two tasks, not one. Until then the section is marked
  // busy and states no verdict in data-ok.
  const state = useTaskDeferredValue(shown);
  const scenario = useTimeline((s) => s.scenario);
  const def = useTimeline((s) => s.def);
  const violations = useMemo(() => {
    if (state === undefined || !def || !scenario) return null;
    try {
      return def.invariants(state, scenario.params);
    } catch (e) {
      return [`The invariant check itself failed: ${e instanceof Error ? e.message : String(e)}`];
    }
  }, [state, def, scenario]);
  if (violations === null) return null;
  const ok = violations.length === 0;
  return (
    <section className={`panel side-block invariants ${ok ? 'ok' : 'bad'}`} data-testid="invariants" data-ok={state === shown ? ok : undefined} aria-live="polite" aria-busy={state !== shown}>
      {ok ? (
        <p>
          <span aria-hidden="true">✓</span> All invariants hold in this frame
        </p>
      ) : (
        <>
          <p>
            <span aria-hidden="true">✗</span> {violations.length} invariant{violations.length > 1 ? 's' : ''} violated
          </p>
          <ul>
            {violations.slice(0, 8).map((v, i) => (
              <li key={i}>{v}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
