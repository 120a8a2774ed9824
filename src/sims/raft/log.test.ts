import { describe, expect, it } from 'vitest';
import { spliceLog } from './log';
import type { LogEntry } from './types';

const e = (term: number, command: string): LogEntry => ({ term, command });

describe('spliceLog', () => {
  it('appends, truncates and keeps order like slice + concat', () => {
    const a = e(1, 'a');
    const b = e(1, 'b');
    const c = e(2, 'c');
    expect(spliceLog([a], 1, [b, c], 0)).toEqual([a, b, c]);
    expect(spliceLog([a, b], 1, [b, c], 1)).toEqual([a, c]);
    expect(spliceLog([a, b, c], 0, [], 0)).toEqual([]);
  });

  it('returns the log built before when it holds the same entry objects (a follower catching up with its leader)', () => {
    const x = e(1, 'x');
    const y = e(1, 'y');
    const leader = spliceLog(spliceLog([], 0, [x]), 1, [y]);
    const follower = spliceLog([x], 1, [x, y], 1);
    expect(follower).toBe(leader);
  });

  it('never shares a log whose earlier entries are other objects, even with equal content', () => {
    const x = e(1, 'x');
    const y = e(1, 'y');
    const first = spliceLog([x], 1, [y]);
    const other = spliceLog([e(1, 'x')], 1, [y]);
    expect(other).not.toBe(first);
    expect(other).toEqual(first);
  });

  it('does not change the log it starts from', () => {
    const x = e(1, 'x');
    const base = [x];
    spliceLog(base, 1, [e(2, 'z')]);
    expect(base).toEqual([x]);
  });
});
