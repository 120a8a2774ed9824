import { describe, expect, it } from 'vitest';
import { defaultParams } from '../../engine/params';
import { raftSim } from './definition';
import { electionSafety, leaderAppendOnly, leaderCompleteness, logMatching, raftInvariants, stateMachineSafety } from './invariants';
import { initialState } from './model';
import { logOf, server } from './testkit';
import type { RaftNode, RaftParams, RaftState } from './types';

const base = initialState(defaultParams(raftSim.params) as RaftParams, 1);
const withNodes = (nodes: RaftNode[], over: Partial<RaftState> = {}): RaftState => ({ ...base, nodes, ...over });

describe('Raft safety properties (Figure 3) detect violations', () => {
  it('a fresh cluster violates nothing', () => {
    expect(raftInvariants(base)).toEqual([]);
  });

  it('Election Safety: two leaders elected in one term', () => {
    const s = withNodes(base.nodes as RaftNode[], { leaders: [{ term: 2, id: 'S1', at: 10 }, { term: 2, id: 'S3', at: 20 }] });
    expect(electionSafety(s)).toEqual(['Election Safety: S1 and S3 were both elected leader of term 2']);
  });

  it('Leader Append-Only: a leader whose log lost an entry since the last frame', () => {
    const s1 = server('S1', { role: 'leader', term: 2, log: logOf([1, 2]).slice(0, 1) });
    const s = withNodes([s1], { leaderLogsBefore: [{ id: 'S1', term: 2, log: logOf([1, 2]) }] });
    expect(leaderAppendOnly(s)).toHaveLength(1);
    const grown = withNodes([{ ...s1, log: logOf([1, 2, 2]) }], { leaderLogsBefore: [{ id: 'S1', term: 2, log: logOf([1, 2]) }] });
    expect(leaderAppendOnly(grown)).toEqual([]);
  });

  it('Log Matching: same index and term, different prefix', () => {
    const a = server('S1', { log: logOf([1, 2, 3]) });
    const b = server('S2', { log: [{ term: 1, command: 'other' }, ...logOf([1, 2, 3]).slice(1)] });
    expect(logMatching(withNodes([a, b]))).toEqual(['Log Matching: S1 and S2 both hold an entry of term 3 at index 3 but differ at index 1']);
    // Diverging after the last common term is allowed.
    const c = server('S3', { log: logOf([1, 2, 2]) });
    expect(logMatching(withNodes([a, c]))).toEqual([]);
  });

  it('Leader Completeness: a later leader without a committed entry', () => {
    const s5 = server('S5', { role: 'leader', term: 5, log: logOf([1, 3]) });
    const s = withNodes([s5], { committed: [{ term: 1, command: 'c1', inTerm: 1 }, { term: 2, command: 'c2', inTerm: 4 }] });
    expect(leaderCompleteness(s)).toEqual(['Leader Completeness: leader S5 of term 5 lacks entry 2 (term 2, "c2"), committed in term 4']);
  });

  it('State Machine Safety: a server applied something else at a committed index', () => {
    const s2 = server('S2', { log: logOf([1, 3]), commitIndex: 2 });
    const s = withNodes([s2], { committed: [{ term: 1, command: 'c1', inTerm: 1 }, { term: 2, command: 'c2', inTerm: 4 }] });
    expect(stateMachineSafety(s)).toHaveLength(1);
  });
});
