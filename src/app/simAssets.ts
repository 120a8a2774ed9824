import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
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
    p = load ? load().then((m) => m.default) : Promise.reject(new Error(`no view for ${id}`));
    cache.set(id, p);
  }
  return p;
}

const lazyViews = new Map<string, LazyExoticComponent<ComponentType<unknown>>>();

/** React.lazy wrapper of one part of a simulation's UI. */
export function lazyPart(id: string, part: 'View' | 'Actions'): LazyExoticComponent<ComponentType<unknown>> {
  const key = `${id}:${part}`;
  let c = lazyViews.get(key);
  if (!c) {
    c = lazy(async () => {
      const ui = await loadSimUi(id);
      const Comp = (part === 'View' ? ui.View : ui.Actions) ?? (() => null);
      return { default: Comp as ComponentType<unknown> };
    });
    lazyViews.set(key, c);
  }
  return c;
}
