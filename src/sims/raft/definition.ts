import type { SimDefinition } from '../../engine/types';
import { EXAMPLES, logReplication } from './examples';
import { raftInvariants } from './invariants';
import { runRaft } from './model';
import { checkOps, opSchema } from './opSchema';
import { checkParams, PARAMS } from './params';
import type { RaftHighlight, RaftOp, RaftParams, RaftState } from './types';

/**
 * Raft (issue 5): leader election and log replication under crashes,
 * partitions and message loss, as a deterministic discrete-event simulation
 * that follows Figure 2 of the paper. A run covers `duration` ms of simulated
 * time and stops early at 20,000 frames (MAX_FRAMES in model.ts).
 */
export const raftSim: SimDefinition<RaftParams, RaftOp, RaftState, RaftHighlight> = {
  id: 'raft',
  title: 'Raft consensus',
  tagline: 'Elect a leader, replicate a log, then crash servers and cut the network and see why Raft stays safe.',
  topics: ['consensus', 'replication', 'distributed systems', 'fault tolerance'],
  source:
    'Ongaro & Ousterhout, "In Search of an Understandable Consensus Algorithm (Extended Version)", 2014, Figures 2, 3 and 8; Ongaro, "Consensus: Bridging Theory and Practice" (thesis), §6.2 and §9.6',
  timing: 'timed',
  params: PARAMS,
  checkParams,
  opSchema,
  checkOps,
  maxOps: 1000,
  run: runRaft,
  invariants: (state) => raftInvariants(state),
  timeOf: (s) => s.time,
  examples: EXAMPLES,
  defaultScenario: logReplication.scenario,
};
