import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../engine/validateScenario';
import { findSim } from '../registry';
import { RING_LIMITS } from './ops';

const errorsOf = (raw: Record<string, unknown>): string[] => {
  const r = validateScenario({ sim: 'hash-ring', ...raw }, findSim);
  return r.ok ? [] : r.errors;
};

describe('hash-ring validation', () => {
  it('accepts every example and the default scenario', () => {
    const def = findSim('hash-ring');
    if (!def) throw new Error('hash-ring is not registered');
    for (const ex of [...def.examples.map((e) => e.scenario), def.defaultScenario]) expect(errorsOf(ex)).toEqual([]);
  });

  it('ketama vnodes must be a multiple of 4; murmur3 may use any count', () => {
    expect(errorsOf({ params: { vnodes: 10 } })).toEqual([
      'params.vnodes: must be a multiple of 4 when hash is ketama (each MD5 digest gives 4 points), got 10',
    ]);
    expect(errorsOf({ params: { vnodes: 10, hash: 'murmur3' } })).toEqual([]);
    expect(errorsOf({ params: { vnodes: 0 } })).toEqual(['params.vnodes: must be an integer from 1 to 500, got 0']);
    expect(errorsOf({ params: { hash: 'sha1' } })).toEqual(['params.hash: must be one of "ketama", "murmur3", "fnv1a", got "sha1"']);
  });

  it.each([
    [{ op: 'addNode', node: 'a', weight: 0 }, 'ops[0].weight: must be an integer from 1 to 1000, got 0'],
    [{ op: 'addNode', node: 'a', weight: 2.5 }, 'ops[0].weight: must be an integer from 1 to 1000, got 2.5'],
    [{ op: 'addNode', node: 'a', weight: '3' }, 'ops[0].weight: must be an integer from 1 to 1000, got "3"'],
    [{ op: 'addNode', node: '' }, 'ops[0].node: must not be empty, got ""'],
    [{ op: 'addNode', node: 'x'.repeat(41) }, `ops[0].node: must be at most 40 characters, got "${'x'.repeat(36)}...`],
    [{ op: 'addNode', node: 'a\u0007b' }, 'ops[0].node: must be printable text (no control characters), got "a\\u0007b"'],
    [{ op: 'addNode', node: 42 }, 'ops[0].node: must be a node name (text), got 42'],
    [{ op: 'removeKey' }, 'ops[0].key: must be a key (text), got nothing'],
    [{ op: 'addKeys', count: 0 }, 'ops[0].count: must be an integer from 1 to 100000, got 0'],
    [{ op: 'addKeys', count: 100001 }, 'ops[0].count: must be an integer from 1 to 100000, got 100001'],
    [{ op: 'explode' }, 'ops[0].op: must be one of addNode, removeNode, addKey, removeKey, addKeys, lookup, got "explode"'],
  ])('op %j → %s', (op, message) => {
    expect(errorsOf({ ops: [op] })).toEqual([message]);
  });

  it('rejects unknown fields in an op', () => {
    expect(errorsOf({ ops: [{ op: 'lookup', key: 'k', node: 'a' }] })[0]).toMatch(/^ops\[0\]: .*"node"/);
  });

  it('caps the keys a scenario adds, the distinct nodes, and the op count', () => {
    expect(errorsOf({ ops: [{ op: 'addKeys', count: 60000 }, { op: 'addKeys', count: 50000 }] })).toEqual([
      'ops: the scenario adds 110,000 keys (addKey ops plus addKeys counts); at most 100,000',
    ]);
    const nodes = Array.from({ length: 129 }, (_, i) => ({ op: 'addNode', node: `n${i}` }));
    expect(errorsOf({ ops: nodes })).toEqual(['ops: the scenario adds 129 different nodes; at most 128']);
    const many = Array.from({ length: RING_LIMITS.maxOps + 1 }, () => ({ op: 'lookup', key: 'k' }));
    expect(errorsOf({ ops: many })).toEqual([`ops: too many ops (${RING_LIMITS.maxOps + 1}); at most ${RING_LIMITS.maxOps}`]);
  });

  it('bounds the timeline: many ops after 100,000 keys are refused with advice', () => {
    const ops = [{ op: 'addKeys', count: 100000 }, ...Array.from({ length: 40 }, () => ({ op: 'lookup', key: 'k' }))];
    expect(errorsOf({ ops })[0]).toMatch(/^ops: too many ops after adding many keys \(12,100,000 keys summed over all frames; at most 3,000,000\)/);
    expect(errorsOf({ ops: ops.slice(0, 9) })).toEqual([]);
  });
});
