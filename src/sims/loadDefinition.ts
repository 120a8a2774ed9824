import type { AnySimDefinition } from '../engine/types';

// Lazy, per-simulation loading for the page (and the main-thread fallback):
// each src/sims/<id>/definition.ts is its own chunk, found by convention, so
// opening one simulation fetches only its code. The worker script and
// Node-side code (the trace CLI, tests) use the eager list in registry.ts
// instead (see sim.worker.ts for why the worker holds every model).
const modules = import.meta.glob<Record<string, unknown>>('./*/definition.ts');

/** Simulation ids that have a definition, in catalog (alphabetical) order. */
export const SIM_IDS: readonly string[] = Object.keys(modules)
  .map((path) => path.split('/')[1])
  .sort();

function isDefinition(x: unknown): x is AnySimDefinition {
  return typeof x === 'object' && x !== null && 'id' in x && 'run' in x && 'opSchema' in x;
}

const cache = new Map<string, Promise<AnySimDefinition>>();
const loaded = new Map<string, AnySimDefinition>();

/** The definition if it has already been loaded. */
export function loadedDefinition(id: string): AnySimDefinition | undefined {
  return loaded.get(id);
}

export function loadDefinition(id: string): Promise<AnySimDefinition> {
  let p = cache.get(id);
  if (!p) {
    const load = modules[`./${id}/definition.ts`];
    p = load
      ? load().then((m) => {
          const def = Object.values(m).find(isDefinition);
          if (!def) throw new Error(`src/sims/${id}/definition.ts exports no simulation definition`);
          loaded.set(id, def);
          return def;
        })
      : Promise.reject(new Error(`unknown simulation "${id}"`));
    cache.set(id, p);
  }
  return p;
}
