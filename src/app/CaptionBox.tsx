import { timeline, useTimeline } from './store/appStore';
import { frameAt } from './store/timelineStore';

/** The current frame's caption, announced politely to screen readers. */
export function CaptionBox() {
  const index = useTimeline((s) => s.index);
  // Re-render as frames arrive (the shown one may be the last to): count, and a frame sent ahead.
  useTimeline((s) => s.count);
  useTimeline((s) => s.ahead);
  const frame = frameAt(timeline.getState(), index);
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
