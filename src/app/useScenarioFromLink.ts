import { useEffect } from 'react';
import { decodePermalink, encodeScenario } from '../engine/permalink';
import type { AnySimDefinition, Scenario } from '../engine/types';
import { finderFor } from './simDefinitions';
import { bannerStore, timeline } from './store/appStore';
import { startUrlSync, urlWrites } from './urlSync';

function sameRun(def: AnySimDefinition, a: Scenario, b: Scenario): boolean {
  return encodeScenario({ ...a, frame: undefined }, def) === encodeScenario({ ...b, frame: undefined }, def);
}

/**
 * Route → timeline. A valid link loads its scenario (or just moves to its
 * frame when the run is the same). A broken link shows the banner naming every
 * problem and opens the simulation's default scenario instead.
 */
export function useScenarioFromLink(def: AnySimDefinition, hash: string): void {
  useEffect(() => startUrlSync(def), [def]);

  useEffect(() => {
    if (hash === urlWrites.last && timeline.getState().def === def) return;
    urlWrites.last = hash;
    const r = decodePermalink(hash || `#/${def.id}`, finderFor(def));
    const s = timeline.getState();
    if (!r.ok) {
      bannerStore.getState().show({
        title: 'This link could not be opened, so the default scenario is shown instead',
        messages: r.errors,
      });
      s.load(def, { ...def.defaultScenario, sim: def.id, frame: undefined });
      return;
    }
    bannerStore.getState().dismiss();
    if (s.def === def && s.scenario && sameRun(def, s.scenario, r.scenario)) {
      if (r.scenario.frame !== undefined) s.setIndex(r.scenario.frame);
      return;
    }
    s.load(def, r.scenario);
  }, [def, hash]);
}
