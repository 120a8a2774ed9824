import { encodeScenario } from '../engine/permalink';
import type { AnySimDefinition, Scenario } from '../engine/types';
import { timeline } from './store/appStore';
import { URL_WRITE_EVENT } from './useHashRoute';

/** The hash this app last wrote or handled, so route handling can ignore its own writes. */
export const urlWrites = { last: '' };

export function linkFor(def: AnySimDefinition, scenario: Scenario, frame?: number): string {
  const s: Scenario = { ...scenario };
  delete s.frame;
  if (frame !== undefined) s.frame = frame;
  return encodeScenario(s, def);
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
