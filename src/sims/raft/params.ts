/** Parameters (issue 5). Times are simulated milliseconds. */
import type { ParamDecl } from '../../engine/params';
import type { RaftParams } from './types';

export const PARAMS: readonly ParamDecl[] = [
  { key: 'nodes', label: 'Servers', help: 'How many servers form the cluster (ids S1…Sn).', kind: 'int', min: 3, max: 9, step: 1, default: 5 },
  {
    key: 'electionTimeoutMin',
    label: 'Election timeout min',
    help: 'Shortest random election timeout; large values hold elections off in scripted scenarios.',
    kind: 'int',
    min: 10,
    max: 10000,
    step: 10,
    unit: 'ms',
    default: 150,
  },
  {
    key: 'electionTimeoutMax',
    label: 'Election timeout max',
    help: 'Longest random election timeout; each timer draws uniformly from [min, max].',
    kind: 'int',
    min: 10,
    max: 10000,
    step: 10,
    unit: 'ms',
    default: 300,
  },
  { key: 'heartbeatInterval', label: 'Heartbeat interval', help: 'How often a leader sends AppendEntries to every follower.', kind: 'int', min: 10, max: 5000, step: 10, unit: 'ms', default: 50 },
  { key: 'latencyMin', label: 'Latency min', help: 'Shortest one-way message delay.', kind: 'int', min: 1, max: 2000, step: 1, unit: 'ms', default: 10 },
  { key: 'latencyMax', label: 'Latency max', help: 'Longest one-way message delay; each message draws uniformly from [min, max].', kind: 'int', min: 1, max: 2000, step: 1, unit: 'ms', default: 20 },
  { key: 'dropRate', label: 'Drop rate', help: 'Chance that the network silently drops any one message.', kind: 'number', min: 0, max: 0.5, step: 0.01, default: 0 },
  {
    key: 'duration',
    label: 'Run duration',
    help: 'Simulated time the run covers (a run also stops at 20,000 frames).',
    kind: 'int',
    min: 100,
    max: 60000,
    step: 100,
    unit: 'ms',
    default: 3000,
  },
  { key: 'preVote', label: 'Pre-vote', help: 'Ask for pre-votes before starting an election (Raft thesis §9.6).', kind: 'toggle', default: false },
  { key: 'checkQuorum', label: 'Check quorum', help: 'A leader steps down when it has not heard from a majority for an election timeout (thesis §6.2).', kind: 'toggle', default: false },
];

/** Rules between parameters the declarations cannot express. */
export function checkParams(p: RaftParams): string[] {
  const out: string[] = [];
  if (p.electionTimeoutMin > p.electionTimeoutMax) {
    out.push(`params.electionTimeoutMin: must be at most electionTimeoutMax (${p.electionTimeoutMax} ms), got ${p.electionTimeoutMin}`);
  }
  if (p.latencyMin > p.latencyMax) out.push(`params.latencyMin: must be at most latencyMax (${p.latencyMax} ms), got ${p.latencyMin}`);
  return out;
}
