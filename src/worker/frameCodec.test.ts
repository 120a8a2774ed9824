import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runAll } from '../engine/runScenario';
import type { Frame, Scenario } from '../engine/types';
import { largeCase } from '../../scripts/bench/browserCases';
import { validateScenario } from '../engine/validateScenario';
import { findSim, SIMS } from '../sims/registry';
import { CHUNK_LEN, FRESH_MAX, createFrameDecoder, createFrameEncoder, type WireMessage } from './frameCodec';
import type { FromWorker } from './protocol';

/** Encode batches in the worker, clone each message as postMessage would, decode on the page. */
function roundTrip(batches: Frame[][], runId = 1): { out: FromWorker[]; wire: WireMessage[]; sizes: number[] } {
  const wire: WireMessage[] = [];
  /** Each message's count() as it arrives (decoding changes the message in place). */
  const sizes: number[] = [];
  const out: FromWorker[] = [];
  const decode = createFrameDecoder();
  const encode = createFrameEncoder((m) => {
    const c = structuredClone(m);
    wire.push(c);
    sizes.push(count(c));
    out.push(...decode(c));
  });
  for (const frames of batches) encode({ type: 'frames', runId, frames });
  encode({ type: 'done', runId, total: batches.flat().length });
  return { out, wire, sizes };
}

function framesFor(raw: Scenario): Frame[] {
  const v = validateScenario(raw, findSim);
  if (!v.ok) throw new Error(v.errors.join('; '));
  return runAll(findSim(raw.sim)!, v.scenario);
}

function batchesOf<T>(xs: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
  return out;
}

/** Plain objects and arrays a cloned message carries (what the page must deserialise), before decoding. */
function count(v: unknown): number {
  if (typeof v !== 'object' || v === null || ArrayBuffer.isView(v)) return 0;
  return 1 + (Array.isArray(v) ? v : Object.values(v)).reduce((a: number, x) => a + count(x), 0);
}

const framesOf = (out: FromWorker[]): Frame[] => out.flatMap((m) => (m.type === 'frames' ? m.frames : []));

describe('frame codec: a frame sent ahead', () => {
  it('decodes to the very object the later frames message refers to, with equal content', () => {
    const frames = framesFor({ sim: 'raft', ...findSim('raft')!.examples[0].scenario });
    const k = frames.length - 3;
    const wire: WireMessage[] = [];
    const out: FromWorker[] = [];
    const decode = createFrameDecoder();
    const encode = createFrameEncoder((m) => {
      const c = structuredClone(m);
      wire.push(structuredClone(c)); // as sent: the decoder fills `c` in place
      out.push(...decode(c));
    });
    encode({ type: 'ahead', runId: 1, frame: frames[k] });
    for (const b of batchesOf(frames, 50)) encode({ type: 'frames', runId: 1, frames: b });
    encode({ type: 'done', runId: 1, total: frames.length });
    expect(out[0].type).toBe('ahead');
    const ahead = out[0].type === 'ahead' ? out[0].frame : null;
    expect(JSON.parse(JSON.stringify(ahead))).toEqual(JSON.parse(JSON.stringify(frames[k])));
    const decoded = framesOf(out);
    expect(decoded[k]).toBe(ahead);
    expect(JSON.parse(JSON.stringify(decoded))).toEqual(JSON.parse(JSON.stringify(frames)));
    // In the frames message the frame sent ahead is a reference, not a second copy.
    const sent = wire.filter((m) => m.type === 'frames').map((m) => (m.type === 'frames' ? m.frames : []));
    expect(sent[Math.floor(k / 50)][k % 50]).toEqual({ '\0': 0 });
  });
});

describe('frame codec', () => {
  for (const def of SIMS) {
    for (const ex of def.examples) {
      it(`${def.id} example ${ex.id}: decoded frames equal the model's, batch sizes 1 and 7`, () => {
        const scenario: Scenario = { sim: def.id, ...ex.scenario };
        const frames = framesFor(scenario);
        const snapshot = JSON.parse(JSON.stringify(frames)) as unknown;
        for (const size of [1, 7]) {
          const { out } = roundTrip(batchesOf(frames, size));
          expect(JSON.parse(JSON.stringify(framesOf(out)))).toEqual(snapshot);
          expect(out.at(-1)?.type).toBe('done');
        }
      });
    }
  }

  it('shares structure: an unchanged big array crosses once, in chunks, and is the same object on the page', () => {
    const keys = Array.from({ length: CHUNK_LEN * 2 + 5 }, (_, i) => ({ k: i, owner: `n${i % 3}` }));
    const f = (i: number, extra: unknown): Frame => ({ i, op: 0, caption: 'c', state: { keys, extra } }) as unknown as Frame;
    const { out, wire } = roundTrip([[f(0, 1)], [f(1, 2)], [f(2, [...keys.slice(0, 20), { k: -1 }])]]);
    // Three chunks of ids (2 × CHUNK_LEN + 5), plus slot fills where a message reached FRESH_MAX new objects;
    // all of them before the second frame, which sends the array as one id.
    const chunkAt = wire.flatMap((m, at) => (m.type === 'chunk' ? [at] : []));
    expect(chunkAt.length).toBeGreaterThanOrEqual(3);
    expect(chunkAt.length).toBeLessThanOrEqual(3 + Math.ceil((CHUNK_LEN * 2 + 5) / FRESH_MAX));
    const framesAt = wire.flatMap((m, at) => (m.type === 'frames' ? [at] : []));
    expect(Math.max(...chunkAt)).toBeLessThan(framesAt[1]);
    const got = framesOf(out) as unknown as { state: { keys: unknown[]; extra: unknown[] } }[];
    expect(got[1].state.keys).toBe(got[0].state.keys);
    expect(got[0].state.keys).toEqual(keys);
    // A new array of mostly known objects reuses them.
    expect(got[2].state.extra[3]).toBe(got[0].state.keys[3]);
    expect(got[2].state.extra[20]).toEqual({ k: -1 });
    // Later messages (done) wait behind chunks and keep their order.
    expect(out.map((m) => m.type)).toEqual(['frames', 'frames', 'frames', 'done']);
  });

  it('a frame of many small new objects past FRESH_MAX arrives whole, through thousands of slots', () => {
    // 8 arrays of 3,000 objects (each below CHUNK_LEN), with nested objects: most become slots filled later.
    const groups = Array.from({ length: 8 }, (_, g) => Array.from({ length: 3000 }, (_, i) => ({ g, i, tag: { v: `${g}:${i}` } })));
    const frame = { i: 0, op: 0, caption: 'c', state: { groups } } as unknown as Frame;
    const snapshot = JSON.parse(JSON.stringify(frame)) as unknown;
    const { out, wire } = roundTrip([[frame]]);
    expect(wire.filter((m) => m.type === 'chunk').length).toBeGreaterThanOrEqual(10);
    expect(JSON.parse(JSON.stringify(framesOf(out)[0]))).toEqual(snapshot);
    expect(out.map((m) => m.type)).toEqual(['frames', 'done']);
  });

  it('an array that extends one sent before (a growing log) travels as that array plus its new elements', () => {
    const entry = (i: number) => ({ term: 1 + (i >> 3), command: `x=${i}` });
    const log0 = Array.from({ length: 40 }, (_, i) => entry(i));
    const log1 = [...log0, entry(40)];
    const other = [...log0.slice(0, 20), entry(99)]; // shares a prefix with log0 but is not an extension of it
    const log2 = [...log1, entry(41), entry(42)];
    const f = (i: number, logs: unknown[][]): Frame => ({ i, op: 0, caption: 'c', state: { logs } }) as unknown as Frame;
    const frames = [f(0, [log0]), f(1, [log0, log1]), f(2, [log1, other]), f(3, [log2])];
    const snapshot = JSON.parse(JSON.stringify(frames)) as unknown;
    for (const size of [1, 2, 4]) {
      const { out } = roundTrip(batchesOf(frames, size));
      const got = framesOf(out) as unknown as { state: { logs: unknown[][] } }[];
      expect(JSON.parse(JSON.stringify(got))).toEqual(snapshot);
      // Entries are shared with the earlier log, and the new log is its own array.
      expect(got[3].state.logs[0][5]).toBe(got[0].state.logs[0][5]);
      expect(got[3].state.logs[0]).not.toBe(got[1].state.logs[1]);
      // log1 and log2 cross as prefixes: their 40 and 41 known entries are not sent, not even as ids.
      const sent: string[] = [];
      const encode = createFrameEncoder((m) => sent.push(JSON.stringify(m)));
      for (const b of batchesOf(frames, size)) encode({ type: 'frames', runId: 1, frames: b });
      const json = sent.join('');
      expect(json.match(/"\\u0000p":/g)).toHaveLength(2);
      // `other` is not an extension of anything sent: its known entries go as ids.
      expect(json.match(/"\\u0000a":/g)).toHaveLength(1);
    }
  });

  it('a new run starts afresh', () => {
    const shared = { a: [1, 2, 3] };
    const decode = createFrameDecoder();
    const decode2 = createFrameDecoder();
    const got: FromWorker[] = [];
    let dec = decode;
    const encode = createFrameEncoder((m) => got.push(...dec(structuredClone(m))));
    encode({ type: 'frames', runId: 1, frames: [{ i: 0, state: shared } as unknown as Frame] });
    dec = decode2;
    encode({ type: 'frames', runId: 2, frames: [{ i: 0, state: shared } as unknown as Frame] });
    expect(framesOf(got).map((f) => f.state)).toEqual([shared, shared]);
  });

  it('seed 20261123: random trees with shared subtrees survive any batching', () => {
    const leaf = fc.oneof(fc.integer(), fc.string({ maxLength: 3 }), fc.constant(null), fc.boolean());
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 40 }), fc.array(leaf, { maxLength: 30 }), fc.integer({ min: 1, max: 5 }), (picks, leaves, size) => {
        // Build frames that reuse earlier frames' objects at random (as models do).
        const pool: unknown[] = [leaves];
        const frames: Frame[] = picks.map((p, i) => {
          const reuse = pool[p % pool.length];
          const node = p % 3 === 0 ? [reuse, { p, leaves: leaves.slice(0, p % 7) }] : { reuse, again: reuse, big: p % 5 === 0 ? Array.from({ length: 20 }, (_, j) => (j % 2 ? reuse : { j })) : null };
          pool.push(node);
          return { i, op: null, caption: '', state: node } as unknown as Frame;
        });
        const snapshot = JSON.parse(JSON.stringify(frames)) as unknown;
        const { out } = roundTrip(batchesOf(frames, size));
        expect(JSON.parse(JSON.stringify(framesOf(out)))).toEqual(snapshot);
      }),
      { seed: 20261123, numRuns: 200 },
    );
  });

  it('seed 4711: logs that grow, get truncated and get a middle entry replaced survive any batching', () => {
    const edit = fc.tuple(fc.constantFrom('append', 'appendMany', 'truncate', 'replace', 'fork'), fc.nat(60));
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 60 }), fc.integer({ min: 1, max: 6 }), (edits, size) => {
        let n = 0;
        const entry = () => ({ n: n++ });
        const logs: { n: number }[][] = [Array.from({ length: 16 }, entry)];
        const frames: Frame[] = edits.map(([kind, k], i) => {
          const log = logs[k % logs.length];
          let next: { n: number }[];
          if (kind === 'append') next = [...log, entry()];
          else if (kind === 'appendMany') next = [...log, ...Array.from({ length: 1 + (k % 5) }, entry)];
          else if (kind === 'truncate') next = log.slice(0, Math.max(1, log.length - 1 - (k % 4)));
          else if (kind === 'replace') next = log.map((e, j) => (j === k % log.length && j > 0 ? entry() : e));
          else next = [...log.slice(0, 1 + (k % log.length)), entry()];
          logs.push(next);
          return { i, op: null, caption: '', state: { log: next, prev: logs[(k * 7) % logs.length] } } as unknown as Frame;
        });
        const snapshot = JSON.parse(JSON.stringify(frames)) as unknown;
        const { out } = roundTrip(batchesOf(frames, size));
        expect(JSON.parse(JSON.stringify(framesOf(out)))).toEqual(snapshot);
      }),
      { seed: 4711, numRuns: 300 },
    );
  });

  it(`the 10^5-key hash ring sends its key array once, in chunks of at most CHUNK_LEN and ${FRESH_MAX} new objects`, () => {
    const { scenario } = largeCase('hash-ring');
    const frames = framesFor(scenario);
    const { out, wire, sizes } = roundTrip(batchesOf(frames, 16));
    const chunks = wire.flatMap((m) => (m.type === 'chunk' && 'items' in m ? [m] : []));
    expect(Math.max(...chunks.map((c) => c.items.length))).toBeLessThanOrEqual(Math.min(CHUNK_LEN, FRESH_MAX));
    // No message carries many more objects than FRESH_MAX (one held 49,154 when slot fills went uncounted:
    // a 94 ms task on the page).
    expect(Math.max(...sizes)).toBeLessThanOrEqual(FRESH_MAX + 1024);
    // The model's one 100,000-key array is one array on the page too (not one copy per batch).
    const decoded = framesOf(out) as unknown as { state: { keys: unknown[] } }[];
    const big = new Set(decoded.map((f) => f.state.keys).filter((k) => k.length === 100_000));
    expect(big.size).toBe(1);
    const last = framesOf(out).at(-1)!;
    expect(JSON.stringify(last)).toBe(JSON.stringify(frames.at(-1)));
  }, 60_000);

  it(`the 10^5-key B-tree (one frame, 10^5 objects) crosses in messages of at most ${FRESH_MAX} new objects each`, () => {
    const { scenario } = largeCase('btree');
    const frames = framesFor(scenario).slice(0, 8);
    const sizes: number[] = [];
    const decode = createFrameDecoder();
    const out: FromWorker[] = [];
    const encode = createFrameEncoder((m) => {
      const c = structuredClone(m);
      sizes.push(count(c));
      out.push(...decode(c));
    });
    for (const b of batchesOf(frames, 4)) encode({ type: 'frames', runId: 1, frames: b });
    expect(sizes.length).toBeGreaterThan(10);
    // New objects, plus the markers of known ones and of slots (8,239 at most when written; 280,372 in one message without slots).
    expect(Math.max(...sizes)).toBeLessThanOrEqual(FRESH_MAX + 1024);
    expect(JSON.stringify(framesOf(out))).toBe(JSON.stringify(frames));
  }, 60_000);
});
