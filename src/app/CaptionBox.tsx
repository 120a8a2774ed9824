import { useTimeline } from './store/appStore';
import { frameAt } from './store/timelineStore';

/** The current frame's caption, announced politely to screen readers. */
export function CaptionBox() {
  // The shown frame: re-renders when it changes, or arrives (streamed or sent ahead).
  const frame = useTimeline((s) => frameAt(s, s.index));
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
