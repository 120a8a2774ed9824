import type { ModelFrame } from '../../engine/types';
import { runBTree } from './model';
import type { BNode, BTreeHighlight, BTreeOp, BTreeParams, BTreeState } from './types';

/** Test helper: a tree as a compact string, e.g. [4]([2]([1] [3]) [6 8]([5] [7] [9 10])). */
export function shape(n: BNode | null): string {
  if (!n) return '∅';
  const own = `[${n.keys.join(' ')}]`;
  return n.children.length ? `${own}(${n.children.map(shape).join(' ')})` : own;
}

export type F = ModelFrame<BTreeState, BTreeHighlight>;

export function frames(params: BTreeParams, ops: BTreeOp[], seed = 1): F[] {
  return [...runBTree(params, seed, ops, { verify: true })];
}

/** Frames produced by op k. */
export function framesOf(all: F[], k: number): F[] {
  return all.filter((f) => f.op === k);
}

/** Shape after each op (its last frame). */
export function shapesAfterEachOp(all: F[], opCount: number): string[] {
  const out: string[] = [];
  for (let k = 0; k < opCount; k++) {
    const mine = framesOf(all, k);
    out.push(shape(mine[mine.length - 1].state.root));
  }
  return out;
}

/** Keys in order: every key (B-tree) or the leaves' keys (B+). */
export function contents(root: BNode | null, bplus: boolean): number[] {
  const out: number[] = [];
  const walk = (n: BNode): void => {
    if (n.children.length === 0) {
      out.push(...n.keys);
      return;
    }
    n.children.forEach((c, i) => {
      walk(c);
      if (!bplus && i < n.keys.length) out.push(n.keys[i]);
    });
  };
  if (root) walk(root);
  return out;
}

export const ins = (...keys: number[]): BTreeOp[] => keys.map((key) => ({ op: 'insert', key }));
export const del = (...keys: number[]): BTreeOp[] => keys.map((key) => ({ op: 'delete', key }));
