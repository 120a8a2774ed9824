/**
 * History for the term timeline, read off the frames: who led which term and
 * from when to when, when each server was down, when elections started.
 */
import type { RaftState } from './types';

export interface Span {
  id: string;
  server: string;
  from: number;
  /** null while it lasts. */
  to: number | null;
  term: number;
}

export interface TimelineHistory {
  leads: Span[];
  down: Span[];
}

export function timelineHistory(states: readonly RaftState[]): TimelineHistory {
  const leads: Span[] = [];
  const down: Span[] = [];
  const openLead = new Map<string, Span>();
  const openDown = new Map<string, Span>();
  for (const s of states) {
    for (const n of s.nodes) {
      const lead = openLead.get(n.id);
      const leading = n.alive && n.role === 'leader';
      if (lead && (!leading || n.term !== lead.term)) {
        lead.to = s.time;
        openLead.delete(n.id);
      }
      if (leading && !openLead.has(n.id)) {
        const span = { id: `lead-${n.id}-${n.term}-${s.time}`, server: n.id, from: s.time, to: null, term: n.term };
        leads.push(span);
        openLead.set(n.id, span);
      }
      const d = openDown.get(n.id);
      if (d && n.alive) {
        d.to = s.time;
        openDown.delete(n.id);
      }
      if (!n.alive && !openDown.has(n.id)) {
        const span = { id: `down-${n.id}-${s.time}`, server: n.id, from: s.time, to: null, term: n.term };
        down.push(span);
        openDown.set(n.id, span);
      }
    }
  }
  return { leads, down };
}
