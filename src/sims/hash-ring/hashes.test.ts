/// <reference types="node" />
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fnv1a, littleEndianWord, md5Digest, md5Words, murmur3, utf8 } from './hashes';

const bytes = (...b: number[]) => new Uint8Array(b);

describe('MurmurHash3 x86 32-bit', () => {
  // Test vectors by Ian Boyd, https://stackoverflow.com/a/31929528 (also in SMHasher-checked ports).
  it.each([
    [bytes(), 0, 0x00000000],
    [bytes(), 1, 0x514e28b7],
    [bytes(), 0xffffffff, 0x81f16f39],
    [bytes(0xff, 0xff, 0xff, 0xff), 0, 0x76293b50],
    [bytes(0x21, 0x43, 0x65, 0x87), 0, 0xf55b516b],
    [bytes(0x21, 0x43, 0x65, 0x87), 0x5082edee, 0x2362f9de],
    [bytes(0x21, 0x43, 0x65), 0, 0x7e4a8634],
    [bytes(0x21, 0x43), 0, 0xa0f7b07a],
    [bytes(0x21), 0, 0x72661cf4],
    [bytes(0, 0, 0, 0), 0, 0x2362f9de],
    [bytes(0, 0, 0), 0, 0x85f0b427],
    [bytes(0, 0), 0, 0x30f4c306],
    [bytes(0), 0, 0x514e28b7],
  ])('vector %# (seed %i)', (input, seed, expected) => {
    expect(murmur3(input, seed)).toBe(expected);
  });

  it.each([
    ['hello', 0x248bfa47],
    ['abc', 0xb3dd93fa],
    ['test', 0xba6bd213],
  ])('"%s" with seed 0', (s, expected) => {
    expect(murmur3(utf8(s), 0)).toBe(expected);
  });

  it('python mmh3 docs: hash("foo") is -156908512 as a signed int', () => {
    expect(murmur3(utf8('foo')) | 0).toBe(-156908512);
  });
});

describe('FNV-1a 32-bit', () => {
  // Vectors from the FNV reference test suite (Landon Curt Noll, test_fnv.c).
  it.each([
    ['', 0x811c9dc5],
    ['a', 0xe40c292c],
    ['foobar', 0xbf9cf968],
  ])('"%s"', (s, expected) => {
    expect(fnv1a(utf8(s))).toBe(expected);
  });

  it('has no finaliser: names differing only in their last byte differ by less than 2^24 × 256', () => {
    // h = (x ^ b) * prime: two last bytes b1, b2 change the product by (b1 ^ b2 difference) * prime mod 2^32.
    const a = fnv1a(utf8('cache-a-1'));
    const b = fnv1a(utf8('cache-a-2'));
    const diff = Math.abs(a - b);
    expect(diff).toBeLessThan(16777619 * 4);
  });
});

describe('MD5 words', () => {
  it('match node:crypto for ASCII and UTF-8 input', () => {
    for (const s of ['', 'cache-a-0', 'user:42', 'ключ-ü-🔑']) {
      expect(Buffer.from(md5Digest(s)).toString('hex')).toBe(createHash('md5').update(s, 'utf8').digest('hex'));
    }
  });

  const cryptoWords = (s: string): number[] => {
    const b = createHash('md5').update(s, 'utf8').digest();
    return [0, 1, 2, 3].map((i) => b.readUInt32LE(4 * i));
  };

  it('md5Words: the RFC 1321 A.5 test suite, as little-endian words', () => {
    const suite: [string, string][] = [
      ['', 'd41d8cd98f00b204e9800998ecf8427e'],
      ['a', '0cc175b9c0f1b6a831c399e269772661'],
      ['abc', '900150983cd24fb0d6963f7d28e17f72'],
      ['message digest', 'f96b697d7cb7938d525a2f31aaf161d0'],
      ['abcdefghijklmnopqrstuvwxyz', 'c3fcd3d76192e4007dfb496cca67e13b'],
      ['ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 'd174ab98d277d9f5a5611c2c9f419d9f'],
      ['1234567890'.repeat(8), '57edf4a22be3c955ac49da2e2107b67a'],
    ];
    for (const [s, hex] of suite) {
      const b = Buffer.from(hex, 'hex');
      expect([...md5Words(s)], s).toEqual([0, 1, 2, 3].map((i) => b.readUInt32LE(4 * i)));
    }
  });

  it('md5Words: one-block edge lengths 54-57 and non-ASCII names match node:crypto', () => {
    for (const n of [0, 1, 3, 4, 5, 54, 55, 56, 57, 63, 64, 65]) expect([...md5Words('k'.repeat(n))], `length ${n}`).toEqual(cryptoWords('k'.repeat(n)));
    for (const s of ['cache-ü-1', 'ключ', '🔑-0', '\x7f\x80']) expect([...md5Words(s)], s).toEqual(cryptoWords(s));
  });

  it('md5Words seed 20261124: random strings match node:crypto', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 70 }), fc.string({ unit: 'binary', maxLength: 60 })), (s) => {
        expect([...md5Words(s)]).toEqual(cryptoWords(s));
      }),
      { seed: 20261124, numRuns: 2000 },
    );
  });

  it('reads little-endian uint32 words: MD5("") = d41d8cd9 8f00b204 …', () => {
    const d = md5Digest('');
    expect([0, 1, 2, 3].map((i) => littleEndianWord(d, i))).toEqual([0xd98c1dd4, 0x04b2008f, 0x980980e9, 0x7e42f8ec]);
  });
});
