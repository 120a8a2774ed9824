import { useSyncExternalStore } from 'react';

function subscribe(cb: () => void): () => void {
  window.addEventListener('hashchange', cb);
  window.addEventListener('popstate', cb);
  return () => {
    window.removeEventListener('hashchange', cb);
    window.removeEventListener('popstate', cb);
  };
}

/** The current `location.hash`, re-rendering on navigation (links, back/forward). */
export function useHashRoute(): string {
  return useSyncExternalStore(subscribe, () => window.location.hash);
}
