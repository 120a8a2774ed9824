import { useMemo } from 'react';
import { timeline, useTimeline } from './store/appStore';

/** Checks the model's invariants on the frame shown: a green check, or each violation in red. */
export function InvariantStatus() {
  const index = useTimeline((s) => s.index);
  const count = useTimeline((s) => s.count);
  const scenario = useTimeline((s) => s.scenario);
  const def = useTimeline((s) => s.def);
  const violations = useMemo(() => {
    const frame = count > 0 ? timeline.getState().frames[index] : undefined;
    if (!frame || !def || !scenario) return null;
    try {
      return def.invariants(frame.state, scenario.params);
    } catch (e) {
      return [`The invariant check itself failed: ${e instanceof Error ? e.message : String(e)}`];
    }
  }, [index, count, def, scenario]);
  if (violations === null) return null;
  const ok = violations.length === 0;
  return (
    <section className={`panel side-block invariants ${ok ? 'ok' : 'bad'}`} data-testid="invariants" data-ok={ok} aria-live="polite">
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
