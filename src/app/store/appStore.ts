import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { loadDefinition, SIM_IDS } from '../../sims/loadDefinition';
import { client } from './client';
import { loadSimUi } from '../simAssets';
import { createTimelineStore, type TimelineActions, type TimelineState } from './timelineStore';

/** The app's one timeline (the page shows one simulation at a time). */
export const timeline = createTimelineStore(client);

/**
 * Start fetching everything a simulation page needs at once — the page's copy
 * of the definition and the view — instead of one after the other (route
 * known → definition → first run → view). The worker already holds every model.
 */
export function preloadSim(id: string): void {
  if (!SIM_IDS.includes(id)) return;
  void loadDefinition(id).catch(() => undefined);
  void loadSimUi(id).catch(() => undefined);
}

/** Where models run: 'worker', or 'main-thread' when workers are unavailable. */
export function runnerMode(): string {
  return client.mode;
}

export function useTimeline<T>(selector: (s: TimelineState & TimelineActions) => T): T {
  return useStore(timeline, selector);
}

export interface Banner {
  title: string;
  messages: string[];
}

/** Page-level messages: a broken link, an invalid parameter combination. */
export const bannerStore = createStore<{ banner: Banner | null; show(b: Banner): void; dismiss(): void }>()((set) => ({
  banner: null,
  show: (banner) => set({ banner }),
  dismiss: () => set({ banner: null }),
}));

export function useBanner() {
  return useStore(bannerStore);
}

// For the benchmark and for debugging from the console: read-only use only.
(globalThis as { __sdpTimeline?: typeof timeline }).__sdpTimeline = timeline;
