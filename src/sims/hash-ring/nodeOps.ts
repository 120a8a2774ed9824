import { idealText, percent, plural } from './format';
import { intText } from './intText';
import type { RingFrame, RingModel } from './model';
import { buildContinuum, freeColor, reassignKeys, summariseNodes, type NodeSpec } from './ring';
import type { HashRingState, MovedKey, RingNode, RingPoint } from './types';

function specsOf(nodes: readonly RingNode[]): NodeSpec[] {
  return nodes.map((n) => ({ id: n.id, weight: n.weight, color: n.color }));
}

/** Nodes (other than `except`) whose point count the weight rule changed. */
function recounted(before: readonly RingNode[], after: readonly RingNode[], except: string): [string, number, number][] {
  const out: [string, number, number][] = [];
  for (const a of after) {
    if (a.id === except) continue;
    const b = before.find((n) => n.id === a.id);
    if (b && b.points !== a.points) out.push([a.id, b.points, a.points]);
  }
  return out;
}

function recountText(changes: readonly [string, number, number][]): string {
  if (changes.length === 0) return '';
  const shown = changes.slice(0, 3).map(([id, from, to]) => `${id} ${from} → ${to}`);
  const more = changes.length > 3 ? ` and ${changes.length - 3} more` : '';
  return `; the weight rule also recounts the other nodes' points: ${shown.join(', ')}${more}`;
}

function pointNames(model: RingModel, node: string, count: number): string {
  if (model.params.hash === 'ketama') {
    const digests = count / 4;
    const names = digests === 1 ? `${node}-0` : `${node}-0 … ${node}-${digests - 1}`;
    return `${plural(count, 'point')} (MD5 of ${names}, 4 points per digest)`;
  }
  const names = count === 1 ? `${node}-0` : `${node}-0 … ${node}-${count - 1}`;
  return `${plural(count, 'point')} (${model.params.hash} of ${names})`;
}

/** Caption of the keys-travel frame: moved keys counted against the ideal share. */
function movedCaption(node: string, change: 'join' | 'leave', moved: readonly MovedKey[], total: number, ideal: string, nodesLeft: number): string {
  if (total === 0) return `No keys on the ring, so none move; ideal share ${ideal}.`;
  const side = (m: MovedKey) => (change === 'join' ? m.to === node : m.from === node);
  const direct = moved.filter(side).length;
  const others = moved.length - direct;
  const frac = `${intText(moved.length)} of ${plural(total, 'key')} (${percent(moved.length / total)})`;
  let s: string;
  if (change === 'join') s = `${frac} moved${direct === moved.length ? '' : `, ${intText(direct)}`} to ${node}; ideal ${ideal}`;
  else if (nodesLeft === 0) s = `${frac} lost their owner: ${node} was the last node; ideal ${ideal}`;
  else s = `${frac} moved${direct === moved.length ? '' : `, ${intText(direct)}`} off ${node} to the next points clockwise; ideal ${ideal}`;
  if (others > 0) s += `; ${plural(others, 'key')} moved between other nodes whose point counts changed`;
  return `${s}.`;
}

function* changeNodes(model: RingModel, node: string, change: 'join' | 'leave', specs: NodeSpec[], weight: number): Generator<RingFrame> {
  const before = model.state;
  const points = buildContinuum(model.params.hash, model.params.vnodes, specs, model.pointHashes, before.points);
  const { keys, moved } = reassignKeys(before.keys, points);
  const nodes = summariseNodes(specs, points, keys);
  const changes = recounted(before.nodes, nodes, node);
  const totalWeight = change === 'join' ? specs.reduce((s, n) => s + n.weight, 0) : before.nodes.reduce((s, n) => s + n.weight, 0);
  const ideal = idealText(weight, totalWeight);

  // Frame 1: the node's points appear (or are marked leaving). The continuum in
  // effect is still the old one, so `pending` holds them and every key is still
  // owned by its first point clockwise.
  const own: RingPoint[] = (change === 'join' ? points : before.points).filter((p) => p.node === node);
  const pendingState: HashRingState = { ...before, pending: { change, node, points: own } };
  const first =
    own.length === 0
      ? `${node} ${change === 'join' ? 'joins' : 'leaves'} with weight ${weight}, but the weight rule gives it 0 points, so no point ${change === 'join' ? 'appears on' : 'leaves'} the ring${recountText(changes)}.`
      : change === 'join'
      ? `${node} joins with weight ${weight}: its ${pointNames(model, node, own.length)} ${own.length === 1 ? 'appears' : 'appear'} on the ring${recountText(changes)}.`
      : `${node} leaves: its ${plural(own.length, 'point')} ${own.length === 1 ? 'disappears' : 'disappear'} from the ring${recountText(changes)}.`;
  yield { caption: first, state: pendingState, highlight: { kind: 'pending' } };

  // Frame 2: the new continuum is in effect; exactly the keys whose owner changed travel.
  model.state = { nodes, points, keys };
  yield {
    caption: movedCaption(node, change, moved, keys.length, ideal, specs.length),
    state: model.state,
    highlight: { kind: 'moved', node, change, moved, ideal: weight / totalWeight, recounted: changes },
  };
}

export function* addNode(model: RingModel, node: string, weight: number): Generator<RingFrame> {
  const existing = model.state.nodes.find((n) => n.id === node);
  if (existing) {
    yield {
      caption: `${node} is already on the ring (weight ${existing.weight}), so nothing changes.`,
      state: model.state,
      highlight: { kind: 'node', node, change: 'present' },
    };
    return;
  }
  const specs = [...specsOf(model.state.nodes), { id: node, weight, color: freeColor(model.state.nodes) }];
  yield* changeNodes(model, node, 'join', specs, weight);
}

export function* removeNode(model: RingModel, node: string): Generator<RingFrame> {
  const existing = model.state.nodes.find((n) => n.id === node);
  if (!existing) {
    yield { caption: `There is no node ${node} on the ring, so nothing changes.`, state: model.state, highlight: { kind: 'node', node, change: 'absent' } };
    return;
  }
  const specs = specsOf(model.state.nodes).filter((n) => n.id !== node);
  yield* changeNodes(model, node, 'leave', specs, existing.weight);
}
