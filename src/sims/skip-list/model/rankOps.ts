import { keyText, type FrameOut } from './descend';
import type { Working } from './operations';
import type { PathPoint } from './types';

const pointOf = (key: number, level: number): PathPoint => ({
  key: Number.isNaN(key) ? null : key,
  level,
});

/**
 * Redis t_zset.c zslGetRank: from the head on the top level, move right while
 * the next key is ≤ key, adding each link's span; after each level, if we
 * stand on the key, the sum is its 1-based rank. Returns 0 when absent.
 */
export function* rankOp(w: Working, key: number): Generator<FrameOut> {
  const { list } = w;
  const state = w.state;
  let x = list.head;
  let rank = 0;
  const path: PathPoint[] = [];
  if (list.level > 0) {
    path.push(pointOf(x.key, list.level));
    yield {
      caption: `Rank of ${key}: start at the head on level ${list.level} with rank 0.`,
      state,
      highlight: { kind: 'search', target: key, path: path.slice(), rank },
    };
  }
  for (let i = list.level - 1; i >= 0; i--) {
    let next = x.forward[i];
    while (next !== null && next.key <= key) {
      const span = x.span[i];
      rank += span;
      x = next;
      path.push(pointOf(x.key, i + 1));
      yield {
        caption: `Right to ${x.key} on level ${i + 1} (${x.key} ≤ ${key}): add its span ${span}, rank so far ${rank}.`,
        state,
        highlight: {
          kind: 'search',
          target: key,
          path: path.slice(),
          compare: x.key,
          rank,
        },
      };
      next = x.forward[i];
    }
    if (x !== list.head && x.key === key) {
      yield {
        caption: `Rank of ${key} is ${rank}: the spans on the path add up to ${rank} (1-based, as Redis's zslGetRank; ZRANK says ${rank - 1}).`,
        state,
        highlight: {
          kind: 'result',
          target: key,
          path: path.slice(),
          found: key,
          rank,
        },
      };
      return;
    }
    if (i > 0) {
      path.push(pointOf(x.key, i));
      const why =
        next === null ? `level ${i + 1} ends after ${keyText(x)}` : `the next key on level ${i + 1} is ${next.key}, greater than ${key}`;
      yield {
        caption: `Down to level ${i} at ${keyText(x)}: ${why}.`,
        state,
        highlight: {
          kind: 'search',
          target: key,
          path: path.slice(),
          compare: next === null ? null : next.key,
          rank,
        },
      };
    }
  }
  yield {
    caption: `${key} is not in the list, so its rank is 0 (Redis's zslGetRank returns 0 for a missing element).`,
    state,
    highlight: { kind: 'result', target: key, path, rank: 0 },
  };
}

/**
 * Redis t_zset.c zslGetElementByRank: move right while the rank walked so
 * far plus the link's span stays ≤ the wanted rank; stop as soon as the
 * walked rank equals it.
 */
export function* byRankOp(w: Working, wanted: number): Generator<FrameOut> {
  const { list } = w;
  const state = w.state;
  let x = list.head;
  let traversed = 0;
  const path: PathPoint[] = [];
  if (list.level > 0) {
    path.push(pointOf(x.key, list.level));
    yield {
      caption: `Find rank ${wanted}: start at the head on level ${list.level}, rank 0 walked so far.`,
      state,
      highlight: { kind: 'search', path: path.slice(), rank: 0 },
    };
  }
  for (let i = list.level - 1; i >= 0; i--) {
    let next = x.forward[i];
    while (next !== null && traversed + x.span[i] <= wanted) {
      const span = x.span[i];
      traversed += span;
      x = next;
      path.push(pointOf(x.key, i + 1));
      yield {
        caption: `Right to ${x.key} on level ${i + 1}: ${traversed - span} + span ${span} = ${traversed} ≤ ${wanted}.`,
        state,
        highlight: {
          kind: 'search',
          path: path.slice(),
          compare: x.key,
          rank: traversed,
        },
      };
      next = x.forward[i];
    }
    if (traversed === wanted && x !== list.head) {
      yield {
        caption: `Rank ${wanted} is ${x.key}: the spans walked add up to ${wanted}.`,
        state,
        highlight: {
          kind: 'result',
          path: path.slice(),
          found: x.key,
          rank: wanted,
        },
      };
      return;
    }
    if (i > 0) {
      path.push(pointOf(x.key, i));
      const why =
        next === null
          ? `level ${i + 1} ends after ${keyText(x)}`
          : `span ${x.span[i]} would pass rank ${wanted} (${traversed} + ${x.span[i]} > ${wanted})`;
      yield {
        caption: `Down to level ${i} at ${keyText(x)}: ${why}.`,
        state,
        highlight: {
          kind: 'search',
          path: path.slice(),
          compare: next === null ? null : next.key,
          rank: traversed,
        },
      };
    }
  }
  yield {
    caption: `No node has rank ${wanted}: the list has ${list.length} node${list.length === 1 ? '' : 's'} (Redis returns NULL).`,
    state,
    highlight: { kind: 'result', path, rank: 0 },
  };
}
