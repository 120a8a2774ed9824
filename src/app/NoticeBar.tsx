import { Icon } from '../ui/Icon';
import { timeline, useTimeline } from './store/appStore';

/** A gentle, dismissible notice (e.g. a link's frame beyond the end of its run). */
export function NoticeBar() {
  const notice = useTimeline((s) => s.notice);
  if (!notice) return null;
  return (
    <div className="notice-bar" role="status" data-testid="notice">
      <span>{notice}</span>
      <button type="button" aria-label="Dismiss notice" onClick={() => timeline.getState().clearNotice()}>
        <Icon name="close" />
      </button>
    </div>
  );
}
