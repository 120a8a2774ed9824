import { useSyncExternalStore } from 'react';

/**
 * Fired after the app rewrites the URL itself (pushState/replaceState fire no
 * event), so the rendered route stays equal to the address bar; otherwise a
 * later back/forward to an earlier address would look like "no change".
 */
export const URL_WRITE_EVENT = 'sdp:url-write';

function subscribe(cb: () => void): () => void {
  window.addEventListener('hashchange', cb);
  window.addEventListener('popstate', cb);
  window.addEventListener(URL_WRITE_EVENT, cb);
  return () => {
    window.removeEventListener(URL_WRITE_EVENT, cb);
    window.removeEventListener('hashchange', cb);
    window.removeEventListener('popstate', cb);
  };
}

/** The current `location.hash`, re-rendering on navigation (links, back/forward). */
export function useHashRoute(): string {
  return useSyncExternalStore(subscribe, () => window.location.hash);
}
