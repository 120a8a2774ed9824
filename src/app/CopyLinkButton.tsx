import { useEffect, useState } from 'react';
import { Icon } from '../ui/Icon';
import { timeline } from './store/appStore';
import { linkFor } from './urlSync';

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Clipboard API refused (insecure context, permissions): the old way.
    const ta = document.createElement('textarea');
    ta.value = text;
    ta.setAttribute('readonly', '');
    ta.style.position = 'fixed';
    ta.style.opacity = '0';
    document.body.appendChild(ta);
    ta.select();
    const ok = document.execCommand('copy');
    ta.remove();
    return ok;
  }
}

/** Copies the permalink of exactly this scenario and frame, and says so. */
export function CopyLinkButton() {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (status === 'idle') return;
    const t = setTimeout(() => setStatus('idle'), 2500);
    return () => clearTimeout(t);
  }, [status]);
  return (
    <span className="copy-link">
      <button
        type="button"
        data-testid="copy-link"
        onClick={async () => {
          const s = timeline.getState();
          if (!s.def || !s.scenario) return;
          const url = `${window.location.origin}${window.location.pathname}${linkFor(s.def, s.scenario, s.index)}`;
          setStatus((await copyText(url)) ? 'copied' : 'failed');
        }}
      >
        <Icon name="link" /> Copy link
      </button>
      <span role="status" className={`copy-status ${status}`}>
        {status === 'copied' ? 'Link copied' : status === 'failed' ? 'Could not copy: use the address bar' : ''}
      </span>
    </span>
  );
}
