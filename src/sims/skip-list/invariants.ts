import type { SkipListParams, SkipListState, TowerNode } from './model/types';

const MAX_REPORTS = 8;

/**
 * The invariants of issue 4, checked on the published state (which the model
 * reads off its pointers, see model/snapshot.ts): every level sorted, each
 * level a subset of the one below and in agreement with the towers, levels
 * within maxLevel, list level = tallest tower; with spans, each level's spans
 * sum to n and add up to every node's rank along the way.
 *
 * Every check is a linear merge walk over sorted arrays (no maps or sets), so
 * the shell can run it on every frame of a 100,000-node list.
 */
export function skipListInvariants(state: SkipListState, params: SkipListParams): string[] {
  const out: string[] = [];
  const add = (s: string): boolean => {
    if (out.length < MAX_REPORTS) out.push(s);
    return out.length >= MAX_REPORTS;
  };
  const { nodes, levelKeys } = state;
  const n = nodes.length;
  if (state.n !== n) add(`n is ${state.n} but there are ${n} nodes.`);

  let tallest = 0;
  for (let i = 0; i < n; i++) {
    const { key, level } = nodes[i];
    if (i > 0 && !(nodes[i - 1].key < key) && add(`Nodes are not in ascending key order: ${nodes[i - 1].key} comes before ${key}.`))
      return out;
    if ((!Number.isInteger(level) || level < 1) && add(`Node ${key} has tower height ${level}; every tower has at least level 1.`))
      return out;
    if (level > params.maxLevel && add(`Node ${key} reaches level ${level}, above maxLevel ${params.maxLevel}.`)) return out;
    if (level > tallest) tallest = level;
  }
  if (state.level > params.maxLevel) add(`The list's level ${state.level} is above maxLevel ${params.maxLevel}.`);
  if (state.level !== tallest) add(`The list's level is ${state.level} but the tallest tower is ${tallest}.`);
  if (levelKeys.length !== state.level) add(`The list has ${levelKeys.length} linked levels but its level is ${state.level}.`);

  const spans = params.spans ? state.spans : undefined;
  if (params.spans && !spans) add('Spans are on but the state has none.');
  if (!params.spans && state.spans) add('Spans are off but the state carries them.');
  if (spans && spans.length !== levelKeys.length) add(`There are spans for ${spans.length} levels but the list has ${levelKeys.length}.`);

  for (let l = 1; l <= levelKeys.length && out.length < MAX_REPORTS; l++) {
    checkLevel(l, levelKeys[l - 1], l > 1 ? levelKeys[l - 2] : null, nodes, spans?.[l - 1], add);
  }
  return out;
}

/**
 * Level l: sorted; a subset of level l−1 (towers); exactly the nodes whose
 * tower reaches l; and with spans, one span per link, prefix sums equal to
 * each node's 1-based rank ("rank = sum of spans on the path"), total n.
 */
function checkLevel(
  l: number,
  keys: readonly number[],
  below: readonly number[] | null,
  nodes: readonly TowerNode[],
  spans: readonly number[] | undefined,
  add: (s: string) => boolean,
): void {
  for (let k = 1; k < keys.length; k++) {
    if (!(keys[k - 1] < keys[k])) {
      add(`Level ${l} is not sorted: ${keys[k - 1]} points to ${keys[k]}.`);
      return;
    }
  }
  if (below) {
    let j = 0;
    for (const key of keys) {
      while (j < below.length && below[j] < key) j++;
      if (j >= below.length || below[j] !== key) {
        add(`Level ${l} links ${key}, which level ${l - 1} does not: not a tower.`);
        return;
      }
    }
  }
  if (spans && spans.length !== keys.length + 1) {
    add(`Level ${l} has ${keys.length + 1} links but ${spans.length} spans.`);
    return;
  }
  // Walk the nodes and this level together: node i is on level l iff its tower reaches l.
  let k = 0;
  let sum = spans ? spans[0] : 0;
  for (let i = 0; i < nodes.length; i++) {
    const nd = nodes[i];
    const onLevel = k < keys.length && keys[k] === nd.key;
    if (onLevel !== nd.level >= l) {
      add(
        onLevel
          ? `Level ${l} links ${nd.key}, whose tower is only ${nd.level} high.`
          : `Node ${nd.key} has a tower of height ${nd.level} but level ${l} skips it.`,
      );
      return;
    }
    if (onLevel) {
      if (spans && sum !== i + 1) {
        add(`On level ${l} the spans up to ${nd.key} add up to ${sum}, but its rank is ${i + 1}.`);
        return;
      }
      k++;
      if (spans) sum += spans[k];
    }
  }
  if (k < keys.length) {
    add(`Level ${l} links ${keys[k]}, which is not a node.`);
    return;
  }
  if (spans && sum !== nodes.length) add(`The spans of level ${l} add up to ${sum}, not the length ${nodes.length}.`);
}
