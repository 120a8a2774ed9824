/** What a rule needs from the simulation around it (the clock, timers, the cluster). */
import type { Alarm, Outgoing, RaftNode, RaftParams } from './types';

export interface RuleCtx {
  /** Simulated ms. */
  now: number;
  /** Every server id, in order. */
  ids: readonly string[];
  params: Pick<RaftParams, 'electionTimeoutMin' | 'preVote' | 'checkQuorum'>;
  /** A fresh election alarm: now + a random timeout in [electionTimeoutMin, electionTimeoutMax]. */
  newElectionAlarm(): Alarm;
  /** The leader's next heartbeat: now + heartbeatInterval. */
  newHeartbeatAlarm(): Alarm;
}

/** What a rule returns: the server's new state, the RPCs it sends, and what happened in words. */
export interface Step {
  node: RaftNode;
  send: Outgoing[];
  caption: string;
}
