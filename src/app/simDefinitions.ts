import { useEffect, useState } from 'react';
import type { AnySimDefinition } from '../engine/types';

// The page loads each simulation's definition (params, op schema, model,
// invariants) lazily, so the first paint pays only for the shell; the worker
// and the trace CLI use src/sims/registry.ts directly. Found by convention:
// src/sims/<id>/definition.ts exports one SimDefinition.
const modules = import.meta.glob<Record<string, unknown>>('../sims/*/definition.ts');

const idOf = (path: string) => path.split('/')[2];

/** Simulation ids that have a definition, in catalog (alphabetical) order. */
export const SIM_IDS: readonly string[] = Object.keys(modules).map(idOf).sort();

function isDefinition(x: unknown): x is AnySimDefinition {
  return typeof x === 'object' && x !== null && 'id' in x && 'run' in x && 'opSchema' in x;
}

const cache = new Map<string, Promise<AnySimDefinition>>();
const loaded = new Map<string, AnySimDefinition>();

export function loadDefinition(id: string): Promise<AnySimDefinition> {
  let p = cache.get(id);
  if (!p) {
    const load = modules[`../sims/${id}/definition.ts`];
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

type Loading<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; message: string };

/** One definition, loaded on first use. */
export function useDefinition(id: string): Loading<AnySimDefinition> {
  const [state, setState] = useState<Loading<AnySimDefinition>>(() => {
    const def = loaded.get(id);
    return def ? { status: 'ready', value: def } : { status: 'loading' };
  });
  useEffect(() => {
    let live = true;
    loadDefinition(id).then(
      (value) => live && setState({ status: 'ready', value }),
      (e: unknown) => live && setState({ status: 'error', message: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, [id]);
  return state;
}

/** Every definition (the catalog). */
export function useAllDefinitions(): AnySimDefinition[] | null {
  const [defs, setDefs] = useState<AnySimDefinition[] | null>(() =>
    SIM_IDS.every((id) => loaded.has(id)) ? SIM_IDS.map((id) => loaded.get(id)!) : null,
  );
  useEffect(() => {
    let live = true;
    void Promise.all(SIM_IDS.map(loadDefinition)).then((d) => live && setDefs(d));
    return () => {
      live = false;
    };
  }, []);
  return defs;
}

/** A finder for validation that knows exactly one simulation. */
export const finderFor = (def: AnySimDefinition) => (id: string) => (id === def.id ? def : undefined);
