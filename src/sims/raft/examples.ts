/** The named examples of issue 5, each a real scenario. */
import type { Example } from '../../engine/types';
import type { RaftOp } from './types';

const scripted = { electionTimeoutMin: 9000, electionTimeoutMax: 10000, latencyMin: 10, latencyMax: 10 };

export const leaderElection: Example = {
  id: 'leader-election',
  title: 'Leader election',
  description: 'Five followers, random timeouts: the first to time out asks for votes and becomes leader.',
  scenario: { params: { duration: 1000 }, seed: 1, ops: [] },
};

export const logReplication: Example = {
  id: 'log-replication',
  title: 'Log replication',
  description: 'Client requests reach the leader, are appended, replicated and committed once a majority holds them.',
  scenario: {
    params: { duration: 1500 },
    seed: 1,
    ops: [
      { op: 'request', command: 'x=1', at: 500 },
      { op: 'request', command: 'y=2', at: 700 },
      { op: 'request', command: 'x=3', at: 720 },
      { op: 'request', command: 'z=4', at: 1000 },
    ] satisfies RaftOp[],
  },
};

export const leaderCrash: Example = {
  id: 'leader-crash',
  title: 'Leader crash and re-election',
  description: 'S1 leads and commits entries, then crashes; the others elect a new leader, and S1 comes back as a follower.',
  scenario: {
    params: { duration: 2500 },
    seed: 3,
    ops: [
      { op: 'timeout', node: 'S1', at: 20 },
      { op: 'request', command: 'x=1', at: 300 },
      { op: 'request', command: 'y=2', at: 400 },
      { op: 'crash', node: 'S1', at: 600 },
      { op: 'request', command: 'z=3', at: 1200 },
      { op: 'restart', node: 'S1', at: 1500 },
    ] satisfies RaftOp[],
  },
};

export const splitVote: Example = {
  id: 'split-vote',
  title: 'Split vote',
  description: 'Three servers time out together; no one can reach three votes, so random timeouts break the tie.',
  scenario: {
    params: { duration: 1200 },
    seed: 11,
    ops: [
      { op: 'timeout', node: 'S1', at: 50 },
      { op: 'timeout', node: 'S3', at: 50 },
      { op: 'timeout', node: 'S5', at: 50 },
    ] satisfies RaftOp[],
  },
};

export const minorityPartition: Example = {
  id: 'minority-partition',
  title: 'Minority partition keeps a stale leader',
  description: 'The leader is cut off with one follower: it keeps believing it leads but cannot commit; the majority elects a new leader.',
  scenario: {
    params: { duration: 2600 },
    seed: 4,
    ops: [
      { op: 'timeout', node: 'S1', at: 20 },
      { op: 'request', command: 'x=1', at: 200 },
      { op: 'partition', groups: [['S1', 'S2'], ['S3', 'S4', 'S5']], at: 400 },
      { op: 'request', command: 'lost=1', node: 'S1', at: 500 },
      { op: 'request', command: 'y=2', at: 1500 },
      { op: 'heal', at: 1900 },
    ] satisfies RaftOp[],
  },
};

/**
 * Figure 8 of the Raft paper, scripted: elections only happen when an op
 * times a server out (election timeouts of 9–10 s), latency is a fixed 10 ms,
 * and partitions decide who receives what.
 *  (a) S1 leads term 2 and replicates index 2 to S2 only.
 *  (b) S1 crashes; S5 wins term 3 (votes of S3, S4, S5) and appends a different index 2.
 *  (c) S5 crashes; S1 restarts, wins term 4 and copies its term-2 entry to S3: it is on a
 *      majority (S1, S2, S3) yet not committed, because it is not from term 4 (§5.4.2).
 *  (d) S1 crashes; S5 wins term 5 and overwrites index 2 on S2, S3 and S4, which is
 *      safe only because (c) did not commit it. A term-5 request then commits both.
 */
export const FIGURE8_OPS: RaftOp[] = [
  { op: 'timeout', node: 'S2', at: 10 },
  { op: 'request', command: 'x=1', at: 60 },
  { op: 'timeout', node: 'S1', at: 200 },
  { op: 'partition', groups: [['S1', 'S2'], ['S3', 'S4', 'S5']], at: 300 },
  { op: 'request', command: 'y=2', at: 310 },
  { op: 'crash', node: 'S1', at: 400 },
  { op: 'timeout', node: 'S5', at: 410 },
  { op: 'partition', groups: [['S1', 'S2'], ['S3', 'S4'], ['S5']], at: 505 },
  { op: 'request', command: 'z=3', node: 'S5', at: 510 },
  { op: 'crash', node: 'S5', at: 600 },
  { op: 'restart', node: 'S1', at: 610 },
  { op: 'partition', groups: [['S1', 'S2', 'S3'], ['S4'], ['S5']], at: 620 },
  { op: 'timeout', node: 'S1', at: 630 },
  { op: 'timeout', node: 'S1', at: 700 },
  { op: 'partition', groups: [['S1'], ['S2', 'S3'], ['S4'], ['S5']], at: 800 },
  { op: 'request', command: 'w=4', node: 'S1', at: 810 },
  { op: 'crash', node: 'S1', at: 900 },
  { op: 'heal', at: 910 },
  { op: 'restart', node: 'S5', at: 920 },
  { op: 'timeout', node: 'S5', at: 930 },
  { op: 'timeout', node: 'S5', at: 1000 },
  { op: 'request', command: 'v=5', at: 1100 },
];

/** Moments of Figure 8, for the test and the description. */
export const FIGURE8_TIMES = { a: 390, b: 590, c: 890, d: 1090, end: 1300 } as const;

export const figure8: Example = {
  id: 'figure-8',
  title: 'Figure 8',
  description: "The paper's Figure 8: an old-term entry stored on a majority is not committed, and rightly so — it is overwritten later.",
  scenario: { params: { ...scripted, duration: FIGURE8_TIMES.end }, seed: 1, ops: FIGURE8_OPS },
};

export const EXAMPLES: Example[] = [leaderElection, logReplication, leaderCrash, splitVote, minorityPartition, figure8];
