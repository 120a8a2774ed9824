/** Ops a user can aim at one server, at the current frame's time. */
import type { RaftNode, RaftOp } from './types';

export function crashOrRestart(n: RaftNode, at: number): RaftOp {
  return n.alive ? { op: 'crash', node: n.id, at } : { op: 'restart', node: n.id, at };
}

export function timeoutOp(n: RaftNode, at: number): RaftOp {
  return { op: 'timeout', node: n.id, at };
}

/** "x=3" → "x=4"; anything else gets a number. */
export function nextCommand(cmd: string): string {
  const m = /^(.*?)(\d+)$/.exec(cmd);
  return m ? `${m[1]}${Number(m[2]) + 1}` : `${cmd}1`;
}
