import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { createSimClient } from '../../worker/simClient';
import { createTimelineStore, type TimelineActions, type TimelineState } from './timelineStore';

/** The app's one timeline (the page shows one simulation at a time). */
export const timeline = createTimelineStore(createSimClient());

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
