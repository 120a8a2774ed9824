import { encodeScenario, frameFreeLink, withFrame } from '../engine/permalink';
import type { AnySimDefinition, Scenario } from '../engine/types';
import { timeline } from './store/appStore';
import { URL_WRITE_EVENT } from './useHashRoute';

/** The hash this app last wrote or handled, so route handling can ignore its own writes. */
export const urlWrites = { last: '' };

/**
 * Each scenario's link without a frame. Only the frame changes as a person
 * steps, and compressing a 1,000-op scenario takes 50-80 ms on a cold page:
 * the URL update after each settled step was a long task of its own.
 */
const links = new WeakMap<Scenario, { def: AnySimDefinition; link: string }>();

export function linkFor(def: AnySimDefinition, scenario: Scenario, frame?: number): string {
  let known = links.get(scenario);
  if (!known || known.def !== def) {
    const s: Scenario = { ...scenario };
    delete s.frame;
    known = { def, link: encodeScenario(s, def) };
    links.set(scenario, known);
  }
  return withFrame(known.link, frame);
}

/**
 * The page opened `hash` and loaded `scenario` from it: that link (without its
 * frame) is the scenario's link, so the URL updates as it steps need no
 * compressing at all. Links of another shape are left to linkFor.
 */
export function rememberLink(def: AnySimDefinition, scenario: Scenario, hash: string): void {
  const link = frameFreeLink(hash, def.id);
  if (link) links.set(scenario, { def, link });
}

function write(hash: string, push: boolean): void {
  urlWrites.last = hash;
  if (window.location.hash === hash) return;
  const url = `${window.location.pathname}${window.location.search}${hash}`;
  if (push) window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
  window.dispatchEvent(new Event(URL_WRITE_EVENT));
}

/**
 * Keep the URL equal to the current scenario and frame. A scenario change
 * (action, parameter, example) is a new history entry, so the browser's back
 * and forward buttons move between states; moving between frames only
 * replaces the current entry.
 */
export function startUrlSync(def: AnySimDefinition): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const unsub = timeline.subscribe((s, prev) => {
    if (!s.scenario || s.def !== def) return;
    if (s.revision !== prev.revision) {
      clearTimeout(timer);
      write(linkFor(def, s.scenario), true);
      return;
    }
    const settled = s.target === null && s.count > 0;
    if (settled && (s.index !== prev.index || prev.target !== null || s.scenario !== prev.scenario)) {
      clearTimeout(timer);
      const scenario = s.scenario;
      const index = s.index;
      timer = setTimeout(() => {
        // Skip a stale write: the scenario changed, or the user navigated
        // (back/forward, edited link) since this write was scheduled.
        if (timeline.getState().scenario !== scenario || window.location.hash !== urlWrites.last) return;
        write(linkFor(def, scenario, index), false);
      }, 120);
    }
  });
  return () => {
    clearTimeout(timer);
    unsub();
  };
}
