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
