/** Log helpers. Raft indices are 1-based; index 0 is the empty prefix (term 0). */
import type { LogEntry, RaftNode } from './types';

export function lastLogIndex(log: readonly LogEntry[]): number {
  return log.length;
}

export function lastLogTerm(log: readonly LogEntry[]): number {
  return log.length === 0 ? 0 : log[log.length - 1].term;
}

/** Term of the entry at `index`, 0 for index 0, undefined past the end. */
export function termAt(log: readonly LogEntry[], index: number): number | undefined {
  if (index === 0) return 0;
  return log[index - 1]?.term;
}

/**
 * The election restriction (Raft §5.4.1): a candidate's log is at least as up
 * to date as the voter's when its last term is higher, or the last terms are
 * equal and it is at least as long.
 */
export function isAtLeastAsUpToDate(candLastTerm: number, candLastIndex: number, log: readonly LogEntry[]): boolean {
  const myTerm = lastLogTerm(log);
  if (candLastTerm !== myTerm) return candLastTerm > myTerm;
  return candLastIndex >= lastLogIndex(log);
}

/** Votes needed to win in a cluster of `n` servers. */
export function majority(n: number): number {
  return Math.floor(n / 2) + 1;
}

export function peersOf(node: RaftNode, ids: readonly string[]): string[] {
  return ids.filter((id) => id !== node.id);
}

/** "S1, S2 and S3". */
export function listIds(ids: readonly string[]): string {
  if (ids.length <= 1) return ids.join('');
  return `${ids.slice(0, -1).join(', ')} and ${ids[ids.length - 1]}`;
}

/** "entry 3" / "entries 3–5". */
export function rangeText(from: number, to: number): string {
  return from === to ? `entry ${from}` : `entries ${from}–${to}`;
}

export function sameEntry(a: LogEntry | undefined, b: LogEntry | undefined): boolean {
  return a !== undefined && b !== undefined && a.term === b.term && a.command === b.command;
}
