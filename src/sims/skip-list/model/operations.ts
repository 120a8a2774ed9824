import { nextInt } from '../../../engine/prng';
import { descend, keyText, type Descent, type FrameOut } from './descend';
import { splicedCopy, withCopy } from './arrays';
import { bulkInsert } from './bulk';
import { fullState, publishEdits, type LevelEdit } from './snapshot';
import { linkBottom, linkLevel, unlinkBottom, unlinkLevel } from './splice';
import { createNode, drawLevel, type SkipList } from './structure';
import type { PathPoint, SkipListState, TowerNode } from './types';

/** The model's working state: the linked list (with its PRNG) and the last published frame state. */
export interface Working {
  list: SkipList;
  state: SkipListState;
  spansOn: boolean;
}

const fmtP = (p: number): string => String(Math.round(p * 1000) / 1000);

/** Pugh 1990 §3.1: search; the frames show every move right and down. */
export function* searchOp(w: Working, key: number): Generator<FrameOut> {
  const { list } = w;
  if (list.level === 0) {
    w.state = {
      ...w.state,
      lastSearch: { key, found: false, comparisons: 0, n: 0 },
    };
    yield {
      caption: `The list is empty, so ${key} is not in it (0 comparisons).`,
      state: w.state,
      highlight: { kind: 'result', target: key, comparisons: 0 },
    };
    return;
  }
  const d = yield* descend(list, key, w.state, `Search for ${key}`);
  const prev = d.update[0];
  const next = prev.forward[0];
  const found = next !== null && next.key === key;
  w.state = {
    ...w.state,
    lastSearch: { key, found, comparisons: d.comparisons, n: list.length },
  };
  const path: PathPoint[] = found ? [...d.path, { key, level: 1 }] : d.path;
  const caption = found
    ? `Found ${key}: the next key on level 1 is ${key} (${d.comparisons} comparisons).`
    : `${key} is not in the list: level 1 goes from ${keyText(prev)} straight to ${keyText(next)} (${d.comparisons} comparisons).`;
  yield {
    caption,
    state: w.state,
    highlight: {
      kind: 'result',
      target: key,
      path,
      ...(found ? { found: key } : {}),
      comparisons: d.comparisons,
    },
  };
}

function indexAfterSearch(list: SkipList, d: Descent, key: number): { exists: boolean; index: number } {
  if (list.level === 0) return { exists: false, index: 0 };
  const next = d.update[0].forward[0];
  return { exists: next !== null && next.key === key, index: d.rank[0] };
}

/** Pugh 1990 §3.3 Insert: search (keeping update[]), draw the level by coin flips, link level by level. */
export function* insertOp(w: Working, key: number, given?: number): Generator<FrameOut> {
  const { list } = w;
  const d = yield* descend(list, key, w.state, `Insert ${key}: find its place`);
  const path = d.path;
  const { exists, index } = indexAfterSearch(list, d, key);
  if (exists) {
    yield {
      caption: `${key} is already in the list: nothing to insert.`,
      state: w.state,
      highlight: { kind: 'result', target: key, path, found: key },
    };
    return;
  }
  let height: number;
  if (given !== undefined) {
    height = given;
    yield {
      caption: `Insert ${key} with level ${given}, given by the op instead of coin flips.`,
      state: w.state,
      highlight: {
        kind: 'flip',
        target: key,
        path,
        pending: { key, level: given },
      },
    };
  } else {
    const draw = drawLevel(list);
    height = draw.level;
    let level = 1;
    if (draw.flips.length === 0) {
      yield {
        caption: `maxLevel is 1, so ${key} gets a tower of level 1 without flipping.`,
        state: w.state,
        highlight: {
          kind: 'flip',
          target: key,
          path,
          pending: { key, level: 1 },
        },
      };
    }
    for (const heads of draw.flips) {
      if (heads) level++;
      const capped = heads && level === list.maxLevel;
      const caption = heads
        ? `Coin flip for ${key}: heads (chance ${fmtP(list.p)}), grow to level ${level}${capped ? `, which is maxLevel: stop flipping` : ''}.`
        : `Coin flip for ${key}: tails, so its tower stops at level ${level}.`;
      yield {
        caption,
        state: w.state,
        highlight: {
          kind: 'flip',
          target: key,
          path,
          pending: { key, level, heads },
        },
      };
    }
  }

  const x = createNode(key, height);
  const before = list.level === 0 ? null : d.update[0];
  linkBottom(list, x, d);
  const bottomEdits: LevelEdit[] = [{ level: 0, from: d.update[0], insert: x }];
  for (let i = 1; i < list.level; i++) bottomEdits.push({ level: i, from: d.update[i] });
  w.state = publishEdits(list, w.state, splicedCopy(w.state.nodes, index, 0, { key, level: 1 }), bottomEdits, w.spansOn);
  yield {
    caption:
      before === null
        ? `Level 1 is new: the head now points to ${key}, and ${key} to NIL.`
        : `Level 1: ${keyText(d.update[0])} now points to ${key}, and ${key} to ${keyText(x.forward[0])}.`,
    state: w.state,
    highlight: {
      kind: 'link',
      target: key,
      path,
      found: key,
      links: [
        { level: 1, from: nodeKey(d.update[0].key), to: key },
        { level: 1, from: key, to: nodeKey(x.forward[0]?.key) },
      ],
    },
  };
  for (let i = 1; i < height; i++) {
    const isNew = linkLevel(list, x, i, d);
    w.state = publishEdits(
      list,
      w.state,
      withCopy(w.state.nodes, index, { key, level: i + 1 }),
      [{ level: i, from: d.update[i], insert: x }],
      w.spansOn,
    );
    const to = x.forward[i];
    yield {
      caption: isNew
        ? `Level ${i + 1} is new: the head now points to ${key}, and ${key} to NIL; the list's level grows to ${i + 1}.`
        : `Level ${i + 1}: ${keyText(d.update[i])} now points to ${key}, and ${key} to ${keyText(to)}.`,
      state: w.state,
      highlight: {
        kind: 'link',
        target: key,
        path,
        found: key,
        links: [
          { level: i + 1, from: nodeKey(d.update[i].key), to: key },
          { level: i + 1, from: key, to: nodeKey(to?.key) },
        ],
      },
    };
  }
}

const nodeKey = (k: number | undefined): number | null => (k === undefined || Number.isNaN(k) ? null : k);

/** Pugh 1990 §3.3 Delete: search (keeping update[]), unlink level by level from the top, shrink the list's level. */
export function* deleteOp(w: Working, key: number): Generator<FrameOut> {
  const { list } = w;
  if (list.level === 0) {
    yield {
      caption: `The list is empty: ${key} is not in it, nothing to delete.`,
      state: w.state,
      highlight: { kind: 'result', target: key },
    };
    return;
  }
  const d = yield* descend(list, key, w.state, `Delete ${key}: find it`);
  const { exists, index } = indexAfterSearch(list, d, key);
  if (!exists) {
    yield {
      caption: `${key} is not in the list: nothing to delete.`,
      state: w.state,
      highlight: { kind: 'result', target: key, path: d.path },
    };
    return;
  }
  const x = d.update[0].forward[0]!;
  for (let i = x.level - 1; i >= 1; i--) {
    const to = x.forward[i];
    const dropped = unlinkLevel(list, x, i, d);
    w.state = publishEdits(
      list,
      w.state,
      withCopy(w.state.nodes, index, { key, level: i }),
      [{ level: i, from: d.update[i], remove: true }],
      w.spansOn,
    );
    yield {
      caption: `Level ${i + 1}: ${keyText(d.update[i])} now points to ${keyText(to)}, skipping ${key}${dropped ? `; level ${i + 1} is empty, so the list's level drops to ${list.level}` : ''}.`,
      state: w.state,
      highlight: {
        kind: 'unlink',
        target: key,
        path: d.path,
        found: key,
        links: [
          {
            level: i + 1,
            from: nodeKey(d.update[i].key),
            to: nodeKey(to?.key),
          },
        ],
      },
    };
  }
  const to = x.forward[0];
  const dropped = unlinkBottom(list, x, d);
  const bottomEdits: LevelEdit[] = [{ level: 0, from: d.update[0], remove: true }];
  for (let i = 1; i < list.level; i++) bottomEdits.push({ level: i, from: d.update[i] });
  w.state = publishEdits(list, w.state, splicedCopy(w.state.nodes, index, 1), bottomEdits, w.spansOn);
  yield {
    caption:
      list.length === 0
        ? `Level 1: the head now points to NIL; ${key} is gone and the list is empty.`
        : `Level 1: ${keyText(d.update[0])} now points to ${keyText(to)}; ${key} is gone${dropped ? ` and the list's level drops to ${list.level}` : ''}.`,
    state: w.state,
    highlight: {
      kind: 'unlink',
      target: key,
      path: d.path,
      links: [{ level: 1, from: nodeKey(d.update[0].key), to: nodeKey(to?.key) }],
    },
  };
}

/** Keys for insertMany come from 1..keyMax, a power of ten (minus one) at least ten times the final size, so at most 10% are taken. */
export function keyMaxFor(total: number): number {
  let m = 100;
  while (m < 10 * total) m *= 10;
  return m - 1;
}

/** Bulk insert: seeded distinct keys, each tower by coin flips, one frame for the batch (DESIGN.md §2). */
export function* insertManyOp(w: Working, count: number): Generator<FrameOut> {
  const { list } = w;
  const taken = new Set<number>();
  for (const n of w.state.nodes) taken.add(n.key);
  const keyMax = keyMaxFor(list.length + count);
  // Same PRNG order as inserting one by one: a key, then its coin flips.
  const added: TowerNode[] = [];
  for (let c = 0; c < count; c++) {
    let k: number;
    // `| 0` keeps keys small integers (nextInt computes in doubles); mixing number
    // representations in node objects made V8 deoptimise every walk over them.
    do k = nextInt(list.prng, 1, keyMax) | 0;
    while (taken.has(k));
    taken.add(k);
    added.push({ key: k, level: drawLevel(list).level });
  }
  const nodes = bulkInsert(list, w.state.nodes, added);
  const full = fullState(list, w.spansOn, w.state.lastSearch);
  w.state = { ...full, nodes };
  yield {
    caption: `Inserted ${count} random keys from 1 to ${keyMax}, each tower grown by coin flips: now ${list.length} nodes, height ${list.level}.`,
    state: w.state,
    highlight: { kind: 'bulk' },
  };
}
