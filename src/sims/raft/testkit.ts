/** Helpers for the unit tests: literal servers and messages, and a fixed rule context. */
import type { RuleCtx } from './ctx';
import type { LogEntry, Message, RaftNode, Rpc } from './types';

export const IDS = ['S1', 'S2', 'S3', 'S4', 'S5'];

/** A rule context at t=100 whose election alarms fire at 400 and heartbeats at 150. */
export function fixedCtx(over: Partial<RuleCtx['params']> = {}, now = 100): RuleCtx {
  let seq = 1000;
  return {
    now,
    ids: IDS,
    params: { electionTimeoutMin: 150, preVote: false, checkQuorum: false, ...over },
    newElectionAlarm: () => ({ at: now + 300, setAt: now, seq: seq++ }),
    newHeartbeatAlarm: () => ({ at: now + 50, setAt: now, seq: seq++ }),
  };
}

/** Log from a list of terms: [1, 1, 2] → entries c1, c2, c3 with those terms. */
export function logOf(terms: number[], prefix = 'c'): LogEntry[] {
  return terms.map((term, i) => ({ term, command: `${prefix}${i + 1}` }));
}

export function server(id: string, over: Partial<RaftNode> = {}): RaftNode {
  return {
    id,
    role: 'follower',
    term: 1,
    votedFor: null,
    log: [],
    commitIndex: 0,
    alive: true,
    votesGranted: [],
    preVotesGranted: null,
    leaderId: null,
    lastHeardFromLeader: null,
    nextIndex: null,
    matchIndex: null,
    heardSinceCheck: null,
    electionAlarm: { at: 250, setAt: 0, seq: 1 },
    heartbeatAlarm: null,
    ...over,
  };
}

export function msg<R extends Rpc>(from: string, to: string, rpc: R): Extract<Message, { type: R['type'] }> {
  return { ...rpc, id: 1, from, to, sentAt: 90, deliverAt: 100 } as unknown as Extract<Message, { type: R['type'] }>;
}
