/**
 * Raft's safety properties (Figure 3 of the paper), checked on one frame. The
 * ones about all time read the history the model keeps in the state
 * (history.ts): elections won, the committed prefix, leaders' previous logs.
 */
import { extendsLog } from './history';
import { sameEntry } from './log';
import type { LogEntry, RaftNode, RaftState } from './types';

function entryText(e: LogEntry): string {
  return `(term ${e.term}, "${e.command}")`;
}

/** Election Safety: at most one leader can be elected in a given term (§5.2). */
export function electionSafety(state: RaftState): string[] {
  const byTerm = new Map<number, string>();
  const out: string[] = [];
  for (const r of state.leaders) {
    const other = byTerm.get(r.term);
    if (other !== undefined && other !== r.id) out.push(`Election Safety: ${other} and ${r.id} were both elected leader of term ${r.term}`);
    else byTerm.set(r.term, r.id);
  }
  return out;
}

/** Leader Append-Only: a leader never overwrites or deletes entries in its log (§5.3). */
export function leaderAppendOnly(state: RaftState): string[] {
  const out: string[] = [];
  for (const b of state.leaderLogsBefore) {
    const n = state.nodes.find((x) => x.id === b.id);
    if (n && n.role === 'leader' && n.term === b.term && !extendsLog(n.log, b.log)) {
      out.push(`Leader Append-Only: leader ${b.id} of term ${b.term} deleted or overwrote entries of its log`);
    }
  }
  return out;
}

/** Log Matching: if two logs contain an entry with the same index and term, the logs are identical up to that index (§5.3). */
export function logMatching(state: RaftState): string[] {
  const out: string[] = [];
  const ns = state.nodes;
  for (let a = 0; a < ns.length; a++) {
    for (let b = a + 1; b < ns.length; b++) {
      const msg = logsMatch(ns[a], ns[b]);
      if (msg) out.push(msg);
    }
  }
  return out;
}

function logsMatch(x: RaftNode, y: RaftNode): string | null {
  if (x.log === y.log) return null;
  let i = Math.min(x.log.length, y.log.length);
  while (i > 0 && x.log[i - 1].term !== y.log[i - 1].term) i--;
  // i is the highest index where both logs hold an entry of the same term.
  for (let j = i; j >= 1; j--) {
    if (!sameEntry(x.log[j - 1], y.log[j - 1])) {
      return `Log Matching: ${x.id} and ${y.id} both hold an entry of term ${x.log[i - 1].term} at index ${i} but differ at index ${j}`;
    }
  }
  return null;
}

/** Leader Completeness: an entry committed in a term is in the logs of the leaders of all later terms (§5.4). */
export function leaderCompleteness(state: RaftState): string[] {
  const out: string[] = [];
  for (const n of state.nodes) {
    if (!n.alive || n.role !== 'leader') continue;
    for (let i = 0; i < state.committed.length; i++) {
      const c = state.committed[i];
      if (c.inTerm < n.term && !sameEntry(n.log[i], c)) {
        out.push(`Leader Completeness: leader ${n.id} of term ${n.term} lacks entry ${i + 1} ${entryText(c)}, committed in term ${c.inTerm}`);
        break;
      }
    }
  }
  return out;
}

/** State Machine Safety: no two servers apply different commands at the same index (§5.4.3). */
export function stateMachineSafety(state: RaftState): string[] {
  const out: string[] = [];
  for (const n of state.nodes) {
    for (let i = 0; i < n.commitIndex; i++) {
      const c = state.committed[i];
      if (!sameEntry(n.log[i], c)) {
        const had = n.log[i] ? entryText(n.log[i]) : 'nothing';
        out.push(`State Machine Safety: ${n.id} applied ${had} at index ${i + 1}, but ${c ? entryText(c) : 'nothing'} was committed there`);
        break;
      }
    }
  }
  return out;
}

export function raftInvariants(state: RaftState): string[] {
  return [
    ...electionSafety(state),
    ...leaderAppendOnly(state),
    ...logMatching(state),
    ...leaderCompleteness(state),
    ...stateMachineSafety(state),
  ];
}
