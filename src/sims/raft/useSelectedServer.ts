import { create } from 'zustand';

/**
 * The server clicked in the graph. Kept outside the view component, because
 * the shell remounts the view while it recomputes the timeline after an
 * action, and the person usually wants to act on the same server again.
 */
export const useSelectedServer = create<{ selected: string | null; toggle: (id: string) => void; clear: () => void }>((set) => ({
  selected: null,
  toggle: (id) => set((s) => ({ selected: s.selected === id ? null : id })),
  clear: () => set({ selected: null }),
}));
