/**
 * Raft simulation types. The fields named in issue 5 (time; nodes with id,
 * role, term, votedFor, log, commitIndex, alive; messages with id, from, to,
 * type, term, sentAt, deliverAt; partition) are the public contract; the rest
 * are extras the view and the invariants use.
 */
import type { Prng } from '../../engine/prng';

export type Role = 'follower' | 'candidate' | 'leader';

/** One log entry. Raft indices are 1-based: `log[0]` is index 1. */
export interface LogEntry {
  term: number;
  command: string;
}

/** A pending timer: fires at `at`; `setAt` lets the view draw its arc; `seq` orders ties. */
export interface Alarm {
  at: number;
  setAt: number;
  seq: number;
}

export interface RaftNode {
  id: string;
  role: Role;
  /** currentTerm (persistent, Figure 2). */
  term: number;
  /** votedFor (persistent). */
  votedFor: string | null;
  /** log[] (persistent). */
  log: readonly LogEntry[];
  /** commitIndex (volatile): index of the highest entry known to be committed. */
  commitIndex: number;
  alive: boolean;
  /** Candidate: servers that granted it a vote in its current term (itself included). */
  votesGranted: readonly string[];
  /** Pre-vote round in progress (thesis §9.6): servers that granted a pre-vote, or null. */
  preVotesGranted: readonly string[] | null;
  /** The leader this server last accepted AppendEntries from in its current term. */
  leaderId: string | null;
  /** When it last accepted AppendEntries from a current leader (pre-vote's "heard from a leader" check). */
  lastHeardFromLeader: number | null;
  /** Leader only (volatile, reinitialised after election): next log index to send each peer. */
  nextIndex: Readonly<Record<string, number>> | null;
  /** Leader only: highest log index known to be replicated on each peer. */
  matchIndex: Readonly<Record<string, number>> | null;
  /** Leader with checkQuorum (§6.2 of the thesis): peers heard from since the last check. */
  heardSinceCheck: readonly string[] | null;
  /** Election timer (followers, candidates), or the checkQuorum timer of a leader. */
  electionAlarm: Alarm | null;
  /** Leader's heartbeat timer. */
  heartbeatAlarm: Alarm | null;
}

export type RpcType = 'RequestVote' | 'RequestVoteReply' | 'AppendEntries' | 'AppendEntriesReply';

/** RPC payloads, Figure 2. */
export type Rpc =
  | {
      type: 'RequestVote';
      term: number;
      lastLogIndex: number;
      lastLogTerm: number;
      /** Pre-vote request (thesis §9.6): `term` is the term it would start; nobody adopts it. */
      preVote?: boolean;
    }
  | {
      type: 'RequestVoteReply';
      term: number;
      voteGranted: boolean;
      /** Pre-vote reply: the term the pre-vote was for. */
      preVoteTerm?: number;
    }
  | {
      type: 'AppendEntries';
      term: number;
      prevLogIndex: number;
      prevLogTerm: number;
      entries: readonly LogEntry[];
      leaderCommit: number;
    }
  | {
      type: 'AppendEntriesReply';
      term: number;
      success: boolean;
      /** Request's prevLogIndex, so the leader can match the reply to what it sent. */
      prevLogIndex: number;
      /** On success: index of the last entry the request covered (prevLogIndex + entries). */
      matchIndex: number;
      /** The follower's last log index (lets the leader skip back quickly, §5.3). */
      lastLogIndex: number;
    };

/** An RPC a handler wants sent; the network gives it an id, a send time and a delivery time. */
export type Outgoing = Rpc & { to: string };

export type Message = Rpc & {
  id: number;
  from: string;
  to: string;
  sentAt: number;
  deliverAt: number;
};

export interface LeaderRecord {
  term: number;
  id: string;
  /** Simulated ms when it won the election. */
  at: number;
}

export interface ElectionRecord {
  term: number;
  candidate: string;
  at: number;
}

/** An entry the cluster has committed (first committed by a leader of `inTerm`). */
export interface CommittedEntry extends LogEntry {
  inTerm: number;
}

export interface RaftState {
  /** Simulated ms. */
  time: number;
  nodes: readonly RaftNode[];
  /** Messages in flight, in send order. */
  messages: readonly Message[];
  /** Groups that can talk among themselves, or null when the network is whole. */
  partition: readonly (readonly string[])[] | null;
  /** Every election won, in order (Election Safety, term timeline). */
  leaders: readonly LeaderRecord[];
  /** Every election started (a candidate incrementing its term). */
  elections: readonly ElectionRecord[];
  /** The committed prefix as the cluster has committed it (State Machine Safety, Leader Completeness). */
  committed: readonly CommittedEntry[];
  /** Logs of leaders before this frame's event, when the event changed them (Leader Append-Only). */
  leaderLogsBefore: readonly { id: string; term: number; log: readonly LogEntry[] }[];
  /** Seeded PRNG state (DESIGN.md §2): the whole run is a function of params, seed and ops. */
  rng: Prng;
  /** Next sequence number: message ids and timer tie-breaks. */
  seq: number;
  /** Ops applied so far (the cursor into the scenario's ops). */
  opsApplied: number;
  /** Counters for the stats panel. */
  stats: { sent: number; delivered: number; lost: number };
}

export interface RaftHighlight {
  /** Servers the event concerns. */
  nodes: string[];
  /** The message delivered by this event (it is no longer in flight). */
  delivered?: Message;
}

export interface RaftParams {
  [key: string]: number | boolean | string;
  nodes: number;
  electionTimeoutMin: number;
  electionTimeoutMax: number;
  heartbeatInterval: number;
  latencyMin: number;
  latencyMax: number;
  dropRate: number;
  duration: number;
  preVote: boolean;
  checkQuorum: boolean;
}

export type RaftOp =
  | { op: 'crash'; node: string; at: number }
  | { op: 'restart'; node: string; at: number }
  | { op: 'partition'; groups: string[][]; at: number }
  | { op: 'heal'; at: number }
  | { op: 'request'; command: string; node?: string; at: number }
  | { op: 'timeout'; node: string; at: number };
