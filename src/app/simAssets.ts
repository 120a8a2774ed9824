import { useEffect, useState, type ComponentType } from 'react';
import type { SimUi } from './simUi';

// Found by convention in each simulation's folder, so adding a simulation
// needs no edit here: src/sims/<id>/ui.tsx and src/sims/<id>/thumbnail.svg.
const uiModules = import.meta.glob<{ default: SimUi }>('../sims/*/ui.tsx');
const thumbnails = import.meta.glob<string>('../sims/*/thumbnail.svg', { eager: true, query: '?url', import: 'default' });

export function thumbnailOf(id: string): string | undefined {
  return thumbnails[`../sims/${id}/thumbnail.svg`];
}

const cache = new Map<string, Promise<SimUi>>();

/** The simulation's UI module, loaded once (its own chunk). */
export function loadSimUi(id: string): Promise<SimUi> {
  let p = cache.get(id);
  if (!p) {
    const load = uiModules[`../sims/${id}/ui.tsx`];
    p = load
      ? load().then((m) => {
          loadedUi.set(id, m.default);
          return m.default;
        })
      : Promise.reject(new Error(`no view for ${id}`));
    cache.set(id, p);
  }
  return p;
}

/** UI modules already loaded, for synchronous use while rendering. */
const loadedUi = new Map<string, SimUi>();

/**
 * One part of a simulation's UI: the component once its chunk is loaded, null
 * until then (re-renders when it arrives). No Suspense: React throttles
 * revealing a suspended tree by 300 ms.
 */
export function useSimPart(id: string, part: 'View' | 'Actions'): ComponentType<unknown> | null {
  const [, setLoaded] = useState(0);
  const ui = loadedUi.get(id);
  useEffect(() => {
    if (loadedUi.has(id)) return;
    let live = true;
    loadSimUi(id).then(
      () => live && setLoaded((n) => n + 1),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [id]);
  if (!ui) return null;
  return ((part === 'View' ? ui.View : ui.Actions) ?? NoActions) as ComponentType<unknown>;
}

function NoActions() {
  return null;
}
