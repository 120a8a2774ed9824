import { useTimeline } from './store/appStore';

/** A model error names the op that caused it; the frames before it stay usable. */
export function ModelErrorNotice() {
  const err = useTimeline((s) => s.modelError);
  const ops = useTimeline((s) => s.scenario?.ops);
  if (!err) return null;
  const op = err.op !== null && ops ? ops[err.op] : undefined;
  return (
    <div className="error-banner" role="alert" data-testid="model-error">
      <div>
        <strong>
          The simulation stopped{err.op !== null ? ` at op ${err.op + 1}` : ''}
          {op ? ` (${JSON.stringify(op).slice(0, 80)})` : ''}.
        </strong>
        <p>
          {err.message} The frames before it are still here; step back, or act at an earlier frame to take another path.
        </p>
      </div>
    </div>
  );
}
