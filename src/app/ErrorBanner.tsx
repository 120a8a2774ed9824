import { Icon } from '../ui/Icon';
import { useBanner, type Banner } from './store/appStore';

/**
 * A clear, non-technical banner. Text from links is only ever rendered as
 * text (React escapes it), never as HTML.
 */
export function ErrorBanner({ fixed }: { fixed?: Banner }) {
  const { banner, dismiss } = useBanner();
  const b = fixed ?? banner;
  if (!b) return null;
  return (
    <div className="error-banner" role="alert" data-testid="error-banner">
      <div>
        <strong>{b.title}</strong>
        <ul>
          {b.messages.map((m, i) => (
            <li key={i}>{m}</li>
          ))}
        </ul>
      </div>
      {!fixed && (
        <button type="button" onClick={dismiss} aria-label="Dismiss message">
          <Icon name="close" />
        </button>
      )}
    </div>
  );
}
