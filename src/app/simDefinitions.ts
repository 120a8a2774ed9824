import { useEffect, useState } from 'react';
import type { AnySimDefinition } from '../engine/types';

import { loadDefinition, loadedDefinition, SIM_IDS } from '../sims/loadDefinition';

export { loadDefinition, SIM_IDS };

type Loading<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; message: string };

/** One definition, loaded on first use. */
export function useDefinition(id: string): Loading<AnySimDefinition> {
  const [state, setState] = useState<Loading<AnySimDefinition>>(() => {
    const def = loadedDefinition(id);
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
    SIM_IDS.every((id) => loadedDefinition(id)) ? SIM_IDS.map((id) => loadedDefinition(id)!) : null,
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
