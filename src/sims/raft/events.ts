/**
 * The event queue. Every pending event lives in the state itself — messages in
 * flight carry their delivery time, each server its timers, the scenario its
 * next op — so the queue is read off the state: the pending event with the
 * smallest (time, sequence number). Sequence numbers are handed out when an
 * event is scheduled, so ties resolve in scheduling order, deterministically.
 * A cancelled timer is simply overwritten: no stale entries to skip.
 */
import type { Message, RaftOp, RaftState } from './types';

export type RaftEvent =
  | { kind: 'deliver'; time: number; seq: number; message: Message }
  | { kind: 'electionAlarm'; time: number; seq: number; node: string }
  | { kind: 'heartbeatAlarm'; time: number; seq: number; node: string }
  /** Ops come after every event of the same millisecond, so acting at a frame keeps the frames before it. */
  | { kind: 'op'; time: number; seq: number; index: number };

/**
 * The earliest pending event. Scans every message and timer without
 * allocating (it runs once per frame, 20,000 times in a long run); only the
 * winner becomes an event object.
 */
export function nextEvent(state: RaftState, ops: readonly RaftOp[]): RaftEvent | null {
  let time = Infinity;
  let seq = Infinity;
  let kind: RaftEvent['kind'] | null = null;
  let message: Message | null = null;
  let node = '';
  for (const m of state.messages) {
    if (m.deliverAt < time || (m.deliverAt === time && m.id < seq)) {
      time = m.deliverAt;
      seq = m.id;
      kind = 'deliver';
      message = m;
    }
  }
  for (const n of state.nodes) {
    if (!n.alive) continue;
    const e = n.electionAlarm;
    if (e && (e.at < time || (e.at === time && e.seq < seq))) {
      time = e.at;
      seq = e.seq;
      kind = 'electionAlarm';
      node = n.id;
    }
    const h = n.heartbeatAlarm;
    if (h && (h.at < time || (h.at === time && h.seq < seq))) {
      time = h.at;
      seq = h.seq;
      kind = 'heartbeatAlarm';
      node = n.id;
    }
  }
  if (state.opsApplied < ops.length) {
    const at = ops[state.opsApplied].at;
    // Ops sort after every other event of their millisecond (seq = MAX_SAFE_INTEGER).
    if (at < time || (at === time && Number.MAX_SAFE_INTEGER < seq)) return { kind: 'op', time: at, seq: Number.MAX_SAFE_INTEGER, index: state.opsApplied };
  }
  switch (kind) {
    case null:
      return null;
    case 'deliver':
      return { kind, time, seq, message: message as Message };
    default:
      return { kind, time, seq, node };
  }
}
