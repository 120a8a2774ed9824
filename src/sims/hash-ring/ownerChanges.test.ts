import { describe, expect, it } from 'vitest';
import { ownerChanges } from './ownerChanges';

const k = (key: string, node: string | null, hash = 0) => ({ key, node, hash });

describe('ownerChanges', () => {
  it('is empty for the same list', () => {
    const keys = [k('a', 'n1')];
    expect(ownerChanges(keys, keys).size).toBe(0);
  });

  it('gives each re-owned key its previous owner (same keys, same order)', () => {
    expect([...ownerChanges([k('a', 'n1'), k('b', 'n1'), k('c', null)], [k('a', 'n1'), k('b', 'n2'), k('c', 'n2')])]).toEqual([
      ['b', 'n1'],
      ['c', null],
    ]);
  });

  it('ignores new and removed keys when the lists differ', () => {
    expect([...ownerChanges([k('a', 'n1'), k('b', 'n1')], [k('b', 'n2'), k('x', 'n2')])]).toEqual([['b', 'n1']]);
  });
});
