/**
 * Seeded PRNG (sfc32: Small Fast Counter, from PractRand by Chris Doty-Humphrey).
 * Its whole state is four uint32s in a plain object, so it lives inside model
 * state, can be copied with the state and serialised with it. No closures.
 */
export interface Prng {
  a: number;
  b: number;
  c: number;
  d: number;
}

/** Seed from an unsigned 32-bit integer (splitmix32 expands it to 128 bits). */
export function createPrng(seed: number): Prng {
  let s = seed >>> 0;
  const next = (): number => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
    z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
    return (z ^ (z >>> 15)) >>> 0;
  };
  const p: Prng = { a: next(), b: next(), c: next(), d: next() };
  // Discard the first outputs, as the sfc32 reference does, to mix the state.
  for (let i = 0; i < 12; i++) nextUint32(p);
  return p;
}

export function clonePrng(p: Prng): Prng {
  return { a: p.a, b: p.b, c: p.c, d: p.d };
}

/** Next uint32; advances `p` in place. */
export function nextUint32(p: Prng): number {
  const t = (((p.a + p.b) | 0) + p.d) | 0;
  p.d = (p.d + 1) | 0;
  p.a = p.b ^ (p.b >>> 9);
  p.b = (p.c + (p.c << 3)) | 0;
  p.c = (p.c << 21) | (p.c >>> 11);
  p.c = (p.c + t) | 0;
  return t >>> 0;
}

/** Uniform float in [0, 1). */
export function nextFloat(p: Prng): number {
  return nextUint32(p) / 4294967296;
}

/** Uniform integer in [min, max] (inclusive), without modulo bias. */
export function nextInt(p: Prng, min: number, max: number): number {
  const range = max - min + 1;
  if (range <= 1) return min;
  if (range > 4294967296) throw new RangeError('nextInt: range too large');
  const limit = 4294967296 - (4294967296 % range);
  let x: number;
  do x = nextUint32(p);
  while (x >= limit);
  return min + (x % range);
}

/** True with probability `prob`. */
export function nextBool(p: Prng, prob: number): boolean {
  return nextFloat(p) < prob;
}
