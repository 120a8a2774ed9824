import { findOwnerPoint, keyHash } from './continuum';
import { hex32, listText, plural, ringPercent } from './format';
import { intText } from './intText';
import { newKeyNames } from './keyNames';
import type { RingFrame, RingModel } from './model';
import { compareKeys, keyIndex, recountKeys } from './ring';
import type { RingKey } from './types';

function ownerPhrase(model: RingModel, k: RingKey): string {
  if (k.node === null) return 'no node is on the ring yet, so it has no owner';
  const { index } = findOwnerPoint(model.state.points, k.hash);
  const p = model.state.points[index];
  return `owned by ${k.node}, whose point ${p.node}#${p.vnode} is the first clockwise at ${hex32(p.hash)}`;
}

function makeKey(model: RingModel, key: string): RingKey {
  const hash = keyHash(model.params.hash, key);
  const { index } = findOwnerPoint(model.state.points, hash);
  return { key, hash, node: index < 0 ? null : model.state.points[index].node };
}

export function* addKey(model: RingModel, key: string): Generator<RingFrame> {
  if (model.keyNames.has(key)) {
    const k = model.state.keys[keyIndex(model.state.keys, keyHash(model.params.hash, key), key)];
    yield { caption: `${key} is already on the ring, ${ownerPhrase(model, k)}.`, state: model.state, highlight: { kind: 'key', key, change: 'present' } };
    return;
  }
  const k = makeKey(model, key);
  const at = keyIndex(model.state.keys, k.hash, key);
  const keys = [...model.state.keys.slice(0, at), k, ...model.state.keys.slice(at)];
  model.keyNames.add(key);
  model.state = { nodes: recountKeys(model.state.nodes, keys), points: model.state.points, keys };
  yield {
    caption: `${key} hashes to ${hex32(k.hash)} (${ringPercent(k.hash)} round the ring): ${ownerPhrase(model, k)}.`,
    state: model.state,
    highlight: { kind: 'key', key, change: 'added' },
  };
}

export function* removeKey(model: RingModel, key: string): Generator<RingFrame> {
  if (!model.keyNames.has(key)) {
    yield { caption: `There is no key ${key} on the ring, so nothing changes.`, state: model.state, highlight: { kind: 'key', key, change: 'absent' } };
    return;
  }
  const at = keyIndex(model.state.keys, keyHash(model.params.hash, key), key);
  const gone = model.state.keys[at];
  const keys = [...model.state.keys.slice(0, at), ...model.state.keys.slice(at + 1)];
  model.keyNames.delete(key);
  model.state = { nodes: recountKeys(model.state.nodes, keys), points: model.state.points, keys };
  const from = gone.node === null ? 'the ring (it had no owner)' : gone.node;
  yield { caption: `${key} is removed from ${from}.`, state: model.state, highlight: { kind: 'key', key, change: 'removed' } };
}

/** Keys named in a batch's highlight, at most (the view flashes them). */
const HIGHLIGHT_KEYS = 2000;

/** One frame for the whole batch (DESIGN.md §2 on bulk ops). */
export function* addKeys(model: RingModel, count: number): Generator<RingFrame> {
  const names = newKeyNames(model.prng, count, model.keyNames);
  const fresh = names.map((n) => makeKey(model, n)).sort(compareKeys);
  for (const n of names) model.keyNames.add(n);
  // Merge two sorted lists.
  const old = model.state.keys;
  const keys: RingKey[] = new Array(old.length + fresh.length);
  let i = 0;
  let j = 0;
  for (let o = 0; o < keys.length; o++) keys[o] = j >= fresh.length || (i < old.length && compareKeys(old[i], fresh[j]) < 0) ? old[i++] : fresh[j++];
  const nodes = recountKeys(model.state.nodes, keys);
  model.state = { nodes, points: model.state.points, keys };
  const examples = listText(names.slice(0, 2));
  const per =
    nodes.length === 0
      ? 'no node is on the ring yet, so they have no owner'
      : `keys per node: ${nodes
          .slice(0, 6)
          .map((n) => `${n.id} ${intText(n.keys)}`)
          .join(', ')}${nodes.length > 6 ? ', …' : ''}`;
  yield {
    caption: `${plural(count, 'new key')} added, such as ${examples}; ${per}.`,
    state: model.state,
    highlight: { kind: 'keys', count, keys: names.slice(0, HIGHLIGHT_KEYS) },
  };
}
