import { timeline, useTimeline } from './store/appStore';

/** The current frame's caption, announced politely to screen readers. */
export function CaptionBox() {
  const index = useTimeline((s) => s.index);
  const count = useTimeline((s) => s.count);
  const frame = count > 0 ? timeline.getState().frames[index] : undefined;
  const opIndex = frame?.op;
  return (
    <div className="caption-box">
      <span className="caption-op mono" aria-hidden="true">
        {opIndex === null || opIndex === undefined ? '—' : `op ${opIndex + 1}`}
      </span>
      <p data-testid="caption" aria-live="polite" className="caption">
        {frame ? frame.caption : 'Computing…'}
      </p>
    </div>
  );
}
