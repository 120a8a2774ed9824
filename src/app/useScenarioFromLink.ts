import { useEffect } from 'react';
import { decodePermalink, encodeScenario } from '../engine/permalink';
import type { AnySimDefinition, Scenario } from '../engine/types';
import type { Validated } from '../engine/validateScenario';
import { finderFor } from './simDefinitions';
import { bannerStore, timeline } from './store/appStore';
import { client } from './store/client';
import { linkFor, rememberLink, startUrlSync, urlWrites } from './urlSync';

/** `b` was just decoded (never remembered), so its cached link is the app's own encoding of it. */
function sameRun(def: AnySimDefinition, a: Scenario, b: Scenario): boolean {
  const link = linkFor(def, b);
  // `a`'s link may be one remembered from the opening link, written differently (default params spelled
  // out): a mismatch is settled by `a`'s own encoding.
  return linkFor(def, a) === link || encodeScenario({ ...a, frame: undefined }, def) === link;
}

/**
 * Route → timeline. A valid link loads its scenario (or just moves to its
 * frame when the run is the same). A broken link shows the banner naming every
 * problem and opens the simulation's default scenario instead. The link the
 * page was opened with is decoded once, by the worker, which needs it first.
 */
export function useScenarioFromLink(def: AnySimDefinition, hash: string): void {
  useEffect(() => startUrlSync(def), [def]);

  useEffect(() => {
    if (hash === urlWrites.last && timeline.getState().def === def) return;
    urlWrites.last = hash;
    const link = hash || `#/${def.id}`;
    const apply = (r: Validated): void => {
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
      rememberLink(def, r.scenario, link);
    };
    // The link the page opened with was decoded by the worker already (SimClient.decodedLink).
    const decoded = client.decodedLink(link);
    if (!decoded) {
      apply(decodePermalink(link, finderFor(def)));
      return;
    }
    let live = true;
    void decoded.then((r) => {
      if (live) apply(r ?? decodePermalink(link, finderFor(def)));
    });
    return () => {
      live = false;
    };
  }, [def, hash]);
}
