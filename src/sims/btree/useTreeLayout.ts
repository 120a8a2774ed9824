import { useEffect, useReducer, useRef } from 'react';
import { layoutBuilder, layoutTree, type TreeLayout } from './layout';
import type { BNode } from './types';

/** Trees with more keys than this are laid out in slices when their layout is not cached yet. */
export const SLICE_ABOVE_KEYS = 20_000;
/** Main-thread time per slice, in ms: well inside a 60 Hz frame, so the page keeps painting and taking keys. */
const SLICE_MS = 8;

const EMPTY = { btree: layoutTree(null, false), bplus: layoutTree(null, true) };

/**
 * Layouts per tree root object. Frames share unchanged subtrees and roots
 * (snapshots are cached by the model and kept shared by the worker's
 * transfer), and a frame's root is the next frame's `prev` root: the
 * previous tree's layout is reused instead of laid out again.
 */
const layouts = new WeakMap<BNode, { btree?: TreeLayout; bplus?: TreeLayout }>();

function cached(root: BNode, bplus: boolean): TreeLayout | undefined {
  const entry = layouts.get(root);
  return bplus ? entry?.bplus : entry?.btree;
}

function remember(root: BNode, bplus: boolean, layout: TreeLayout): TreeLayout {
  let entry = layouts.get(root);
  if (!entry) layouts.set(root, (entry = {}));
  if (bplus) entry.bplus = layout;
  else entry.btree = layout;
  return layout;
}

/** The layout of a tree, computed now if it is not cached. */
export function cachedLayout(root: BNode | null, bplus: boolean): TreeLayout {
  if (!root) return bplus ? EMPTY.bplus : EMPTY.btree;
  return cached(root, bplus) ?? remember(root, bplus, layoutTree(root, bplus));
}

/**
 * The layout to draw for a frame's tree. Small trees, and trees laid out
 * before, come at once. A big tree seen for the first time (a link to the
 * end of a 10^5-key run, or a step through one) is laid out in slices of
 * SLICE_MS between which the page paints and handles input, instead of in
 * one task of 100+ ms; meanwhile the last complete layout stays on screen
 * and `pending` is true (the view says so and marks itself busy).
 */
export function useTreeLayout(root: BNode | null, bplus: boolean, keys: number): { layout: TreeLayout; pending: boolean } {
  const ready = root && keys > SLICE_ABOVE_KEYS ? cached(root, bplus) : cachedLayout(root, bplus);
  // The last layout drawn (read only while a new one is pending).
  const shown = useRef<TreeLayout | null>(null);
  useEffect(() => {
    if (ready) shown.current = ready;
  });
  const [, finished] = useReducer((x: number) => x + 1, 0);
  const slicing = ready ? null : root;
  useEffect(() => {
    if (!slicing) return;
    const builder = layoutBuilder(slicing, bplus);
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      const t0 = performance.now();
      const layout = builder.run(() => performance.now() - t0 < SLICE_MS);
      if (!layout) return channel.port2.postMessage(0);
      remember(slicing, bplus, layout);
      finished();
    };
    channel.port2.postMessage(0);
    return () => channel.port1.close();
  }, [slicing, bplus]);
  return { layout: ready ?? shown.current ?? cachedLayout(null, bplus), pending: !ready };
}
