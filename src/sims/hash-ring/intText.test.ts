import { describe, expect, it } from 'vitest';
import { intText } from './intText';

describe('intText', () => {
  it('writes integers as toLocaleString("en-US") does', () => {
    for (const n of [0, 1, 999, 1000, 10240, 100000, 1234567]) expect(intText(n)).toBe(n.toLocaleString('en-US'));
  });
});
