import { describe, expect, it } from 'vitest';
import { keyHash } from './continuum';
import { runRing, lastState } from './testing';
import type { HashRingOp, HashRingState } from './types';

const three: HashRingOp[] = [
  { op: 'addNode', node: 'cache-a' },
  { op: 'addNode', node: 'cache-b' },
  { op: 'addNode', node: 'cache-c' },
];

/** Owner by a linear scan (independent of the model's binary search). */
function scanOwner(state: HashRingState, hash: number): string | null {
  if (state.points.length === 0) return null;
  let best: { hash: number; node: string } | null = null;
  let min: { hash: number; node: string } = state.points[0];
  for (const p of state.points) {
    if (p.hash >= hash && (best === null || p.hash < best.hash)) best = p;
    if (p.hash < min.hash) min = p;
  }
  return (best ?? min).node;
}

describe('addKeys', () => {
  it('adds exactly count new distinct readable keys in one frame', () => {
    const frames = runRing([...three, { op: 'addKeys', count: 500 }, { op: 'addKeys', count: 500 }], {}, 9);
    const last = lastState(frames);
    expect(last.keys).toHaveLength(1000);
    expect(new Set(last.keys.map((k) => k.key)).size).toBe(1000);
    for (const k of last.keys) expect(k.key).toMatch(/^(user|session|cart|order|product|page|img|post):\d{1,5}$/);
    expect(frames.filter((f) => f.op === 3)).toHaveLength(1);
    expect(frames.filter((f) => f.op === 4)).toHaveLength(1);
  });

  it('is seeded: the same seed gives the same keys, another seed different ones', () => {
    const keysOf = (seed: number) => lastState(runRing([{ op: 'addKeys', count: 20 }], {}, seed)).keys.map((k) => k.key);
    expect(keysOf(5)).toEqual(keysOf(5));
    expect(keysOf(5)).not.toEqual(keysOf(6));
  });

  it('keeps keys ascending by hash with the right owner', () => {
    const last = lastState(runRing([...three, { op: 'addKeys', count: 300 }]));
    for (const k of last.keys) {
      expect(k.hash).toBe(keyHash('ketama', k.key));
      expect(k.node).toBe(scanOwner(last, k.hash));
    }
    const hashes = last.keys.map((k) => k.hash);
    expect(hashes).toEqual([...hashes].sort((a, b) => a - b));
  });
});

describe('adding and removing a node', () => {
  it.each([
    ['ketama', 160],
    ['murmur3', 7],
    ['fnv1a', 50],
  ] as const)('%s: moved keys on add/remove are exactly the keys whose owner differs', (hash, vnodes) => {
    const ops: HashRingOp[] = [
      ...three,
      { op: 'addKeys', count: 400 },
      { op: 'addNode', node: 'cache-d', weight: 2 },
      { op: 'removeNode', node: 'cache-b' },
    ];
    const frames = runRing(ops, { hash, vnodes }, 3);
    for (const k of [4, 5]) {
      const before = frames[frames.findIndex((f) => f.op === k) - 1].state;
      const [pending, after] = frames.filter((f) => f.op === k);
      expect(pending.state.keys).toBe(before.keys);
      expect(pending.state.pending?.node).toBe(k === 4 ? 'cache-d' : 'cache-b');
      const hl = after.highlight;
      if (hl?.kind !== 'moved') throw new Error('expected a moved highlight');
      const ownerBefore = new Map(before.keys.map((x) => [x.key, x.node]));
      const expected = after.state.keys.filter((x) => ownerBefore.get(x.key) !== x.node).map((x) => x.key);
      expect(hl.moved.map((m) => m.key)).toEqual(expected);
      for (const m of hl.moved) {
        expect(m.from).toBe(ownerBefore.get(m.key));
        expect(m.to).toBe(after.state.keys.find((x) => x.key === m.key)?.node);
      }
      for (const x of after.state.keys) expect(x.node).toBe(scanOwner(after.state, x.hash));
    }
  });

  it('its points appear in frame 1 (pending), then the keys move in frame 2 with a caption against the ideal', () => {
    const frames = runRing([...three, { op: 'addKeys', count: 100 }, { op: 'addNode', node: 'cache-d' }], {}, 42);
    const [join, moved] = frames.filter((f) => f.op === 4);
    expect(join.state.pending?.points).toHaveLength(160);
    expect(join.state.points).toHaveLength(480);
    expect(join.caption).toContain('cache-d joins with weight 1: its 160 points');
    expect(moved.state.points).toHaveLength(640);
    expect(moved.state.pending).toBeUndefined();
    const hl = moved.highlight;
    if (hl?.kind !== 'moved') throw new Error('expected a moved highlight');
    const n = hl.moved.length;
    expect(moved.caption).toBe(`${n} of 100 keys (${n}%) moved to cache-d; ideal 1/4 = 25%.`);
    expect(hl.moved.every((m) => m.to === 'cache-d')).toBe(true);
  });

  it('removing a node moves exactly its keys, to the next points clockwise', () => {
    const frames = runRing([...three, { op: 'addKeys', count: 200 }, { op: 'removeNode', node: 'cache-b' }], {}, 4);
    const before = frames[frames.findIndex((f) => f.op === 4) - 1].state;
    const owned = before.keys.filter((k) => k.node === 'cache-b').length;
    const last = frames[frames.length - 1];
    expect(last.caption).toMatch(new RegExp(`^${owned} of 200 keys \\(.*\\) moved off cache-b to the next points clockwise; ideal 1/3 = 33.3%\\.$`));
    expect(last.state.nodes.map((n) => n.id)).toEqual(['cache-a', 'cache-c']);
    expect(last.state.points.some((p) => p.node === 'cache-b')).toBe(false);
  });

  it('removing the last node leaves every key without an owner', () => {
    const last = lastState(runRing([{ op: 'addNode', node: 'solo' }, { op: 'addKeys', count: 10 }, { op: 'removeNode', node: 'solo' }]));
    expect(last.points).toEqual([]);
    expect(last.keys.every((k) => k.node === null)).toBe(true);
  });

  it('a weighted join recounts the other nodes and says so', () => {
    const frames = runRing([
      { op: 'addNode', node: 'cache-a' },
      { op: 'addNode', node: 'cache-b' },
      { op: 'addNode', node: 'cache-big', weight: 3 },
    ]);
    const join = frames.filter((f) => f.op === 2)[0];
    expect(join.caption).toContain('cache-a 160 → 96');
    expect(lastState(frames).nodes.map((n) => [n.id, n.points])).toEqual([
      ['cache-a', 96],
      ['cache-b', 96],
      ['cache-big', 288],
    ]);
  });

  it('adding an existing node or removing an absent one is a frame that says so, not an error', () => {
    const frames = runRing([{ op: 'addNode', node: 'x', weight: 5 }, { op: 'addNode', node: 'x' }, { op: 'removeNode', node: 'nope' }]);
    expect(frames[3].caption).toBe('x is already on the ring (weight 5), so nothing changes.');
    expect(frames[3].state).toBe(frames[2].state);
    expect(frames[4].caption).toBe('There is no node nope on the ring, so nothing changes.');
  });

  it('colours stay with their node: a new node takes the lowest free slot', () => {
    const last = lastState(runRing([...three, { op: 'removeNode', node: 'cache-a' }, { op: 'addNode', node: 'cache-d' }]));
    expect(last.nodes.map((n) => [n.id, n.color])).toEqual([
      ['cache-b', 1],
      ['cache-c', 2],
      ['cache-d', 0],
    ]);
  });
});

describe('single keys', () => {
  it('addKey places the key at its hash; adding it twice or removing an absent key says so', () => {
    const frames = runRing([
      ...three,
      { op: 'addKey', key: 'user:42' },
      { op: 'addKey', key: 'user:42' },
      { op: 'removeKey', key: 'user:43' },
      { op: 'removeKey', key: 'user:42' },
    ]);
    const added = frames[frames.findIndex((f) => f.op === 3)];
    expect(added.state.keys).toEqual([{ key: 'user:42', hash: 0x18dfda56, node: scanOwner(added.state, 0x18dfda56) }]);
    expect(added.caption).toMatch(/^user:42 hashes to 0x18dfda56 \(9\.7% round the ring\): owned by cache-., whose point cache-.#\d+ is the first clockwise at 0x[0-9a-f]{8}\.$/);
    expect(frames.find((f) => f.op === 4)?.caption).toMatch(/^user:42 is already on the ring/);
    expect(frames.find((f) => f.op === 5)?.caption).toBe('There is no key user:43 on the ring, so nothing changes.');
    expect(lastState(frames).keys).toEqual([]);
  });

  it('a key added to an empty ring has no owner until a node joins', () => {
    const frames = runRing([{ op: 'addKey', key: 'k' }, { op: 'addNode', node: 'n1' }]);
    expect(frames[1].state.keys[0].node).toBeNull();
    expect(lastState(frames).keys[0].node).toBe('n1');
    expect(frames[frames.length - 1].caption).toBe('1 of 1 key (100%) moved to n1; ideal 1/1 = 100%.');
  });
});

describe('lookup', () => {
  it('walks clockwise from the key hash to its owner in three frames without changing the state', () => {
    const frames = runRing([...three, { op: 'lookup', key: 'user:42' }]);
    const look = frames.filter((f) => f.op === 3);
    expect(look.map((f) => (f.highlight?.kind === 'lookup' ? f.highlight.phase : null))).toEqual(['hash', 'walk', 'owner']);
    for (const f of look) expect(f.state).toBe(frames[frames.length - 4].state);
    expect(look[0].caption).toBe(
      'Look up user:42: the first 4 bytes of MD5("user:42"), read little-endian, give 0x18dfda56, 9.7% of the way round the ring.',
    );
    const hl = look[2].highlight;
    if (hl?.kind !== 'lookup' || !hl.point) throw new Error('expected a lookup highlight with a point');
    expect(hl.point.node).toBe(scanOwner(look[2].state, 0x18dfda56));
    expect(hl.point.hash).toBeGreaterThanOrEqual(0x18dfda56);
    expect(look[2].caption).toMatch(/^user:42 belongs to cache-. and would be stored there \(it is not on the ring now\); a binary search over 480 points found it in \d+ probes\.$/);
  });

  it('wraps past 2^32 to the first point when no point lies after the hash', () => {
    // One murmur3 point per node: find a key whose hash is above every point.
    const base: HashRingOp[] = [{ op: 'addNode', node: 'a' }];
    const state = lastState(runRing(base, { hash: 'murmur3', vnodes: 1 }));
    const top = state.points[state.points.length - 1].hash;
    let key = '';
    for (let i = 0; !key; i++) if (keyHash('murmur3', `k${i}`) > top) key = `k${i}`;
    const look = runRing([...base, { op: 'lookup', key }], { hash: 'murmur3', vnodes: 1 }).filter((f) => f.op === 1);
    expect(look[1].caption).toMatch(/wraps past the top to the first point, a#0/);
    expect(look[1].highlight).toMatchObject({ kind: 'lookup', wrapped: true });
  });

  it('on an empty ring says no node owns the key', () => {
    const frames = runRing([{ op: 'lookup', key: 'x' }]);
    expect(frames[frames.length - 1].caption).toBe('The ring has no points, so no node owns x.');
  });
});
