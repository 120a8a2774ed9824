/**
 * The event queue. Every pending event lives in the state itself — messages in
 * flight carry their delivery time, each server its timers, the scenario its
 * next op — so the queue is read off the state: the pending event with the
 * smallest (time, sequence number). Sequence numbers are handed out when an
 * event is scheduled, so ties resolve in scheduling order, deterministically.
 * A cancelled timer is simply overwritten: no stale entries to skip.
 */
import type { Alarm, Message, RaftOp, RaftState } from './types';

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
  // Asserted, not narrowed: `alarm` assigns it too.
  let kind = null as 'deliver' | 'electionAlarm' | 'heartbeatAlarm' | null;
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
  const alarm = (a: Alarm | null, k: 'electionAlarm' | 'heartbeatAlarm', id: string): void => {
    if (a && (a.at < time || (a.at === time && a.seq < seq))) {
      time = a.at;
      seq = a.seq;
      kind = k;
      node = id;
    }
  };
  for (const n of state.nodes) {
    if (!n.alive) continue;
    alarm(n.electionAlarm, 'electionAlarm', n.id);
    alarm(n.heartbeatAlarm, 'heartbeatAlarm', n.id);
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
    case 'electionAlarm':
      return { kind, time, seq, node };
    case 'heartbeatAlarm':
      return { kind, time, seq, node };
  }
}
