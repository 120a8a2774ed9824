import { useSyncExternalStore } from 'react';
import { parseRoute } from '../engine/permalink';

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

/**
 * Only the route's page key (`''` for the catalog, else the simulation id):
 * components that use it re-render when the page changes, not on every
 * frame the URL records.
 */
export function useRoutePage(): string {
  return useSyncExternalStore(subscribe, () => {
    const r = parseRoute(window.location.hash);
    return r.page === 'sim' ? r.sim : '';
  });
}
