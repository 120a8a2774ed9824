import { createPrng, type Prng } from '../../engine/prng';
import type { BNode, BTreeHighlight, BTreeParams, BTreeState } from './types';

/**
 * Working node of the model. Mutable while an op runs; `snap` caches the
 * immutable public node last published for it, so consecutive frames share
 * every subtree that did not change (DESIGN.md §3).
 */
export interface WNode {
  id: number;
  keys: number[];
  children: WNode[];
  /** B+ leaves: the next leaf to the right. */
  next: WNode | null;
  snap: BNode | null;
}

export type StepFrame = { caption: string; state: BTreeState; highlight?: BTreeHighlight };

export function isLeaf(n: WNode): boolean {
  return n.children.length === 0;
}

/** Format a node's keys the way captions show them: [10 20 30]. */
export function fmt(n: WNode | number[]): string {
  const keys = Array.isArray(n) ? n : n.keys;
  return `[${keys.join(' ')}]`;
}

/**
 * The model's working state: the tree, the id counter and the PRNG (seeded,
 * kept here rather than in a closure), plus the descent path the current op
 * is working on. `emit` publishes a frame.
 */
export class Tree {
  root: WNode | null = null;
  size = 0;
  nextId = 1;
  readonly prng: Prng;
  readonly m: number;
  /** CLRS minimum degree, meaningful for even m only (preemptive mode). */
  readonly t: number;
  readonly bplus: boolean;
  readonly preemptive: boolean;
  /** Nodes from the root down to the one the op is working on. */
  path: WNode[] = [];
  /** Nodes changed since the last frame (beyond the path and its children). */
  private touched: WNode[] = [];
  transient: BTreeState['transient'] = undefined;
  /** While true, `emit` yields nothing (bulk inserts produce one frame). */
  silent = false;
  /** Tests: check that every cached snapshot equals a fresh one. */
  verify = false;

  constructor(params: BTreeParams, seed: number) {
    this.m = params.order;
    this.t = Math.floor(params.order / 2);
    this.bplus = params.variant === 'bplus';
    this.preemptive = params.split === 'preemptive';
    this.prng = createPrng(seed);
  }

  newNode(keys: number[], children: WNode[] = []): WNode {
    return { id: this.nextId++, keys, children, next: null, snap: null };
  }

  touch(...nodes: WNode[]): void {
    // Silent bulk work ends with invalidateAll, so there is nothing to track.
    if (this.silent) return;
    for (const n of nodes) this.touched.push(n);
  }

  /** Forget every cached snapshot (after a bulk op that changed nodes anywhere). */
  invalidateAll(): void {
    const walk = (n: WNode): void => {
      n.snap = null;
      for (const c of n.children) walk(c);
    };
    if (this.root) walk(this.root);
  }

  /**
   * Every change happens on the path, on a child of a path node (sibling,
   * split-off node) or on a touched node whose ancestors are on the path; so
   * dropping those caches republishes the changed part of the tree. A frame
   * that changed nothing (a comparison) republishes nothing.
   */
  private invalidateChanged(): void {
    if (this.touched.length === 0) return;
    for (const n of this.path) {
      n.snap = null;
      for (const c of n.children) c.snap = null;
    }
    for (const n of this.touched) n.snap = null;
    this.touched = [];
  }

  private publish(n: WNode): BNode {
    if (n.snap) return n.snap;
    const node: BNode = { id: n.id, keys: n.keys.slice(), children: n.children.map((c) => this.publish(c)) };
    if (this.bplus && n.children.length === 0) node.next = n.next ? n.next.id : null;
    n.snap = node;
    return node;
  }

  private fresh(n: WNode): BNode {
    const node: BNode = { id: n.id, keys: n.keys.slice(), children: n.children.map((c) => this.fresh(c)) };
    if (this.bplus && n.children.length === 0) node.next = n.next ? n.next.id : null;
    return node;
  }

  state(): BTreeState {
    this.invalidateChanged();
    const root = this.root ? this.publish(this.root) : null;
    if (this.verify && JSON.stringify(root) !== JSON.stringify(this.root ? this.fresh(this.root) : null)) {
      throw new Error('btree model: a cached snapshot is stale (a changed node was not invalidated)');
    }
    const s: BTreeState = { root, size: this.size };
    if (this.transient) s.transient = { ...this.transient };
    return s;
  }

  /** Publish one frame (nothing while silent). Use as `yield* tree.emit(...)`. */
  *emit(caption: string, highlight: Partial<BTreeHighlight> = {}): Generator<StepFrame> {
    if (this.silent) return;
    const hl: BTreeHighlight = { path: this.path.map((n) => n.id), ...highlight };
    yield { caption, state: this.state(), highlight: hl };
  }

  /** Index of the child to descend into for `key`: B-tree counts keys < key; B+ counts keys <= key (keys equal to a separator live to its right). */
  childIndex(x: WNode, key: number): number {
    let i = 0;
    if (this.bplus) while (i < x.keys.length && x.keys[i] <= key) i++;
    else while (i < x.keys.length && x.keys[i] < key) i++;
    return i;
  }

  /** Is `key` stored (B+: in a leaf)? No frames. */
  contains(key: number): boolean {
    let x = this.root;
    while (x) {
      if (!this.bplus || isLeaf(x)) {
        if (x.keys.includes(key)) return true;
      }
      if (isLeaf(x)) return false;
      x = x.children[this.childIndex(x, key)];
    }
    return false;
  }
}
