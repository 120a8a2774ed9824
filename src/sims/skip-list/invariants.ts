import type { SkipListParams, SkipListState } from './model/types';

const MAX_REPORTS = 8;

function sortedStrictly(a: readonly number[]): number {
  for (let i = 1; i < a.length; i++) if (!(a[i - 1] < a[i])) return i;
  return -1;
}

/**
 * The invariants of issue 4, checked on the published state (which is read
 * off the model's pointers, see model/snapshot.ts):
 * every level sorted, each level a subset of the one below and in agreement
 * with the towers, levels within maxLevel, list level = tallest tower, and
 * with spans: each level's spans sum to n and add up to every node's rank.
 */
export function skipListInvariants(state: SkipListState, params: SkipListParams): string[] {
  const out: string[] = [];
  const add = (s: string) => {
    if (out.length < MAX_REPORTS) out.push(s);
  };
  const { nodes, levelKeys } = state;
  const n = nodes.length;
  if (state.n !== n) add(`n is ${state.n} but there are ${n} nodes.`);

  let tallest = 0;
  for (let i = 0; i < n; i++) {
    const { key, level } = nodes[i];
    if (i > 0 && !(nodes[i - 1].key < key)) add(`Nodes are not in ascending key order: ${nodes[i - 1].key} comes before ${key}.`);
    if (!Number.isInteger(level) || level < 1) add(`Node ${key} has tower height ${level}; every tower has at least level 1.`);
    if (level > params.maxLevel) add(`Node ${key} reaches level ${level}, above maxLevel ${params.maxLevel}.`);
    if (level > tallest) tallest = level;
  }
  if (state.level > params.maxLevel) add(`The list's level ${state.level} is above maxLevel ${params.maxLevel}.`);
  if (state.level !== tallest) add(`The list's level is ${state.level} but the tallest tower is ${tallest}.`);
  if (levelKeys.length !== state.level) add(`The list has ${levelKeys.length} linked levels but its level is ${state.level}.`);

  // Each level's pointers: sorted, a subset of the level below, and exactly the towers that reach it.
  const index = new Map<number, number>();
  nodes.forEach((nd, i) => index.set(nd.key, i));
  const reaching = new Array<number>(levelKeys.length + 2).fill(0);
  for (const nd of nodes) reaching[Math.max(0, Math.min(nd.level, levelKeys.length + 1))]++;
  for (let l = reaching.length - 2; l >= 0; l--) reaching[l] += reaching[l + 1];
  for (let l = 1; l <= levelKeys.length; l++) {
    const keys = levelKeys[l - 1];
    const bad = sortedStrictly(keys);
    if (bad >= 0) add(`Level ${l} is not sorted: ${keys[bad - 1]} points to ${keys[bad]}.`);
    const expected = reaching[l];
    if (expected !== keys.length) add(`Level ${l} links ${keys.length} nodes but ${expected} towers reach it.`);
    if (l > 1) {
      const below = new Set(levelKeys[l - 2]);
      for (const k of keys) if (!below.has(k)) add(`Level ${l} links ${k}, which level ${l - 1} does not: not a tower.`);
    }
    for (const k of keys) {
      const i = index.get(k);
      if (i === undefined) add(`Level ${l} links ${k}, which is not a node.`);
      else if (nodes[i].level < l) add(`Level ${l} links ${k}, whose tower is only ${nodes[i].level} high.`);
    }
  }

  if (params.spans) {
    const spans = state.spans;
    if (!spans) add('Spans are on but the state has none.');
    else {
      if (spans.length !== levelKeys.length) add(`There are spans for ${spans.length} levels but the list has ${levelKeys.length}.`);
      for (let l = 1; l <= Math.min(spans.length, levelKeys.length); l++) {
        const s = spans[l - 1];
        const keys = levelKeys[l - 1];
        if (s.length !== keys.length + 1) add(`Level ${l} has ${keys.length + 1} links but ${s.length} spans.`);
        let sum = 0;
        for (let k = 0; k < s.length; k++) {
          sum += s[k];
          // Rank = sum of spans on the path: the spans up to a node add up to its 1-based rank.
          if (k < keys.length) {
            const i = index.get(keys[k]);
            if (i !== undefined && sum !== i + 1)
              add(`On level ${l} the spans up to ${keys[k]} add up to ${sum}, but its rank is ${i + 1}.`);
          }
        }
        if (sum !== n) add(`The spans of level ${l} add up to ${sum}, not the length ${n}.`);
      }
    }
  } else if (state.spans) add('Spans are off but the state carries them.');
  return out;
}
