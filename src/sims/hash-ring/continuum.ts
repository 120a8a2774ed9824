import { fnv1a, md5Words, murmur3, utf8 } from './hashes';
import type { HashName, RingPoint } from './types';

/** A key's position: ketama takes the first 4 bytes of MD5(key), little-endian (libmemcached MEMCACHED_HASH_MD5). */
export function keyHash(hash: HashName, key: string): number {
  if (hash === 'ketama') return md5Words(key)[0];
  return hash === 'murmur3' ? murmur3(utf8(key), 0) : fnv1a(utf8(key));
}

/**
 * Hashes of a node's first `count` points. ketama: point names `N-0`, `N-1`, …,
 * each MD5 digest giving four points (words 0–3, little-endian), so point v is
 * word v % 4 of MD5(`N-${v / 4}`). murmur3 / fnv1a: point v at hash(`N-v`).
 */
export function nodePointHashes(hash: HashName, node: string, count: number): number[] {
  const out: number[] = [];
  if (hash === 'ketama') {
    for (let d = 0; d * 4 < count; d++) {
      const words = md5Words(`${node}-${d}`);
      for (let w = 0; w < 4 && d * 4 + w < count; w++) out.push(words[w]);
    }
  } else {
    for (let v = 0; v < count; v++) out.push(keyHash(hash, `${node}-${v}`));
  }
  return out;
}

/**
 * Order of the continuum: ascending hash. libmemcached's qsort leaves equal
 * hashes in no particular order; we break ties by node id (code-unit order),
 * then by vnode, so the ring is the same on every run.
 */
export function comparePoints(a: RingPoint, b: RingPoint): number {
  if (a.hash !== b.hash) return a.hash - b.hash;
  if (a.node !== b.node) return a.node < b.node ? -1 : 1;
  return a.vnode - b.vnode;
}

/**
 * Index of the first point whose hash is ≥ `h`, wrapping to 0 past the last
 * point (libmemcached dispatch_host's binary search); -1 when there are no
 * points. `probes` counts the comparisons.
 */
export function findOwnerPoint(points: readonly RingPoint[], h: number): { index: number; probes: number; wrapped: boolean } {
  if (points.length === 0) return { index: -1, probes: 0, wrapped: false };
  let lo = 0;
  let hi = points.length;
  let probes = 0;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    probes++;
    if (points[mid].hash < h) lo = mid + 1;
    else hi = mid;
  }
  return lo === points.length ? { index: 0, probes, wrapped: true } : { index: lo, probes, wrapped: false };
}

export function ownerOf(points: readonly RingPoint[], h: number): string | null {
  const { index } = findOwnerPoint(points, h);
  return index < 0 ? null : points[index].node;
}

/** 2^32: the ring's circumference in hash units. */
export const RING_SIZE = 4294967296;

/**
 * Clockwise distance from the point before points[i] to it; the first
 * point's arc wraps past 2^32 (so a lone point owns the whole ring).
 */
export function arcSpan(points: readonly RingPoint[], i: number): number {
  return i === 0 ? points[0].hash + RING_SIZE - points[points.length - 1].hash : points[i].hash - points[i - 1].hash;
}

