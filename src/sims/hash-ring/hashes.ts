import { md5 } from '@noble/hashes/legacy.js';

/**
 * The three ring hash functions, each mapping a string to a uint32.
 * Strings are hashed as their UTF-8 bytes.
 */
const encoder = new TextEncoder();

export function utf8(s: string): Uint8Array {
  return encoder.encode(s);
}

/** The 16-byte MD5 digest of a string (RFC 1321). */
export function md5Digest(s: string): Uint8Array {
  return md5(utf8(s));
}

// RFC 1321 §3.4: T[i] = floor(2^32 · |sin(i + 1)|), written out as the RFC's table (computing it
// with Math.sin would leave the last bit to each engine's sine).
const T = new Int32Array([
  0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
  0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
  0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
  0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
  0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
  0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
  0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
  0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
]);
/** Left-rotation amounts per step: rounds 1-4 each cycle through four. */
const SHIFT = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];
/** The one padded 512-bit block, as 16 little-endian words. */
const X = new Int32Array(16);

/**
 * The MD5 digest of a string as four little-endian uint32 words:
 * `md5Words(s)[i] === littleEndianWord(md5Digest(s), i)`. Ketama hashes every
 * key and every fourth point name with MD5, and a generic byte-stream MD5
 * (TextEncoder, then a streaming hasher) cost 6-16 µs per short name in a
 * cold worker, about 120 ms of a 10,000-key link's first frame. Names of at
 * most 55 ASCII characters, all of ours, fit one block (RFC 1321 §3.1-3.2:
 * a 0x80 byte, zeros, the bit length), hashed here from the string's
 * character codes; anything else goes through md5Digest. The tests compare
 * both with Node's crypto.
 */
export function md5Words(s: string): Uint32Array {
  const n = s.length;
  if (n > 55) return wordsOf(md5Digest(s));
  X.fill(0);
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x7f) return wordsOf(md5Digest(s));
    X[i >> 2] |= c << ((i & 3) << 3);
  }
  X[n >> 2] |= 0x80 << ((n & 3) << 3);
  X[14] = n << 3;
  let a = 0x67452301;
  let b = 0xefcdab89 | 0;
  let c = 0x98badcfe | 0;
  let d = 0x10325476;
  // RFC 1321 §3.4: four rounds of 16 steps; F, G, H, I and the word order of each round.
  for (let i = 0; i < 64; i++) {
    let f: number;
    let g: number;
    if (i < 16) {
      f = (b & c) | (~b & d);
      g = i;
    } else if (i < 32) {
      f = (b & d) | (c & ~d);
      g = (5 * i + 1) & 15;
    } else if (i < 48) {
      f = b ^ c ^ d;
      g = (3 * i + 5) & 15;
    } else {
      f = c ^ (b | ~d);
      g = (7 * i) & 15;
    }
    const x = (a + f + T[i] + X[g]) | 0;
    const r = SHIFT[((i >> 4) << 2) | (i & 3)];
    a = d;
    d = c;
    c = b;
    b = (b + ((x << r) | (x >>> (32 - r)))) | 0;
  }
  return new Uint32Array([(a + 0x67452301) >>> 0, (b + 0xefcdab89) >>> 0, (c + 0x98badcfe) >>> 0, (d + 0x10325476) >>> 0]);
}

function wordsOf(digest: Uint8Array): Uint32Array {
  return new Uint32Array([0, 1, 2, 3].map((i) => littleEndianWord(digest, i)));
}

/**
 * Word `i` (0–3) of a digest read as a little-endian uint32: bytes
 * [4i .. 4i+3], as libmemcached's ketama_server_hash assembles them.
 */
export function littleEndianWord(digest: Uint8Array, i: number): number {
  const o = 4 * i;
  return (digest[o] | (digest[o + 1] << 8) | (digest[o + 2] << 16) | (digest[o + 3] << 24)) >>> 0;
}

function rotl32(x: number, r: number): number {
  return (x << r) | (x >>> (32 - r));
}

/**
 * MurmurHash3 x86 32-bit (Austin Appleby, SMHasher `MurmurHash3_x86_32`):
 * 4-byte little-endian blocks, a 1–3 byte tail, then the fmix32 finaliser.
 */
export function murmur3(bytes: Uint8Array, seed = 0): number {
  const c1 = 0xcc9e2d51;
  const c2 = 0x1b873593;
  const n = bytes.length;
  const blocks = n & ~3;
  let h = seed >>> 0;
  for (let i = 0; i < blocks; i += 4) {
    let k = bytes[i] | (bytes[i + 1] << 8) | (bytes[i + 2] << 16) | (bytes[i + 3] << 24);
    k = Math.imul(k, c1);
    k = rotl32(k, 15);
    k = Math.imul(k, c2);
    h ^= k;
    h = rotl32(h, 13);
    h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  }
  const rest = n - blocks;
  if (rest > 0) {
    let k = 0;
    if (rest === 3) k ^= bytes[blocks + 2] << 16;
    if (rest >= 2) k ^= bytes[blocks + 1] << 8;
    k ^= bytes[blocks];
    k = Math.imul(k, c1);
    k = rotl32(k, 15);
    k = Math.imul(k, c2);
    h ^= k;
  }
  h ^= n;
  // fmix32: without it, nearby inputs would land on nearby hashes.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * FNV-1a 32-bit (Fowler, Noll, Vo; draft-eastlake-fnv): offset basis
 * 2166136261, prime 16777619, xor then multiply per byte. No finaliser, so
 * names that differ only in their last characters ("cache-a-1", "cache-a-2")
 * land close together: the clumping this simulation lets people see.
 */
export function fnv1a(bytes: Uint8Array): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) {
    h ^= bytes[i];
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}
