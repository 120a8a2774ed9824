import type { FromWorker } from './protocol';

/**
 * Structure sharing across the worker boundary (issue 7).
 *
 * Models share structure between frames (an unchanged key array, an
 * untouched B-tree subtree, the same tower objects in a new skip-list array),
 * but `postMessage` clones every message on its own, so without help each
 * batch would re-send, and the page would re-build, every object again: a
 * 10^5-key frame costs the main thread 100-200 ms of deserialisation per
 * batch, and the page ends up holding a copy of the structure per batch.
 *
 * The encoder (in the worker) remembers, per run, every plain object and
 * array it has sent and numbers them in the order it meets them (pre-order).
 * The decoder (on the page) walks the cloned message in the same order and
 * gives the same numbers to what it builds, so no id is ever sent for a new
 * object. An object sent before travels as `{ "\0": id }`; an array that
 * holds objects sent before travels as `{ "\0a": ids (-1 = new), n: [the
 * new elements] }`; an array that starts with every element of an array
 * sent before (a log or a history with entries appended) travels as
 * `{ "\0p": that array's id, n: [the elements after them] }`, so a 500-entry
 * log that grew by one entry costs one element, not 500 ids; and an array of
 * ≥ CHUNK_LEN elements
 * travels as `{ "\0c": length }` with its elements in `chunk` messages after
 * the frames message, each of at most CHUNK_LEN elements and ending once it
 * holds FRESH_MAX new objects. Once a message holds FRESH_MAX new objects, any
 * further new object or array travels as a slot, `{ "\0s": 0 }` (1 for an
 * array), and its contents follow in a later `chunk` message (a 10^5-key
 * B-tree is one frame but 10^5 objects), where each slot's contents count as
 * one new object. So no single message takes long to deserialise. The page holds the frames (and anything after them)
 * until every chunk they wait for has arrived.
 *
 * Requires what the engine already requires of models: a frame's state is
 * never mutated after it is emitted. Anything that is not a plain object or
 * array (typed arrays, Maps) is sent as is, unshared.
 */

export const CHUNK_LEN = 4096;
/** Arrays shorter than this are sent whole even when they hold known objects. */
const ID_ARRAY_MIN = 16;

// Marker keys. The encoder writes them as literal keys ({ '\0': id }, not { [REF]: id }): an object
// literal with fixed keys is built from V8's boilerplate, a computed key is not. Keep both in step;
// every round-trip test fails if they drift.
const REF = '\0';
const IDS = '\0a';
const PREFIX = '\0p';
const CHUNKED = '\0c';
const SLOT = '\0s';
/**
 * New objects per message before further ones are sent in later chunks. Each comes with its
 * references (`{ "\0": id }` objects, not counted here): a Raft batch at 8,192 took 75 ms to
 * deserialise on the page. At 2,048, two bench runs of the 10^5-op Raft link had no task over
 * 69 ms while frames streamed in (78-112 ms before).
 */
export const FRESH_MAX = 2048;
/** Recent arrays remembered per first element, as candidate prefixes. */
const PREFIX_CANDIDATES = 8;

/**
 * A slice of a chunked array (ids of its known elements, -1 = new, and its new
 * elements), or the contents of the next slots, in the order they were met.
 */
export type WireMessage =
  | FromWorker
  | { type: 'chunk'; runId: number; ids: number[]; items: unknown[] }
  | { type: 'chunk'; runId: number; fill: unknown[] };

/** Sent after the message that names them: a big array's elements, or a slot's contents. */
type Queued = { big: unknown[] } | { slot: Plain | unknown[] };

type Plain = Record<string, unknown>;

function isPlain(v: unknown): v is Plain | unknown[] {
  if (v === null || typeof v !== 'object') return false;
  if (Array.isArray(v)) return true;
  const p = Object.getPrototypeOf(v) as unknown;
  return p === Object.prototype || p === null;
}

/** Worker side: wraps `post` so frames messages share structure with earlier ones. */
export function createFrameEncoder(post: (msg: WireMessage) => void): (msg: FromWorker) => void {
  let runId = Number.NaN;
  // A Map, not a WeakMap: a run registers 10^5+ objects, and a WeakMap's
  // ephemeron table was measurably slower to fill and to garbage-collect.
  // The run's end drops it.
  let sent = new Map<object, number>();
  let next = 0;
  let queue: Queued[] = [];
  /** New objects registered for the message being built. */
  let fresh = 0;
  // Arrays of ID_ARRAY_MIN..CHUNK_LEN elements sent so far, by their first element (an object):
  // candidates for a later array that extends one of them. Chunked arrays are never
  // candidates: the page fills them only after the message that names them.
  let byFirst = new Map<object, unknown[][]>();

  const reg = (v: object): void => {
    sent.set(v, next++);
    fresh++;
  };
  // Only plain objects and arrays are ever registered, so a hit means plain.
  const knownId = (e: unknown): number | undefined => (typeof e === 'object' && e !== null ? sent.get(e) : undefined);

  /**
   * Elements from `from` up to `to`, or up to where the message holds FRESH_MAX new objects when
   * `capped`: ids of known objects (-1 = new) and the new elements, encoded in order; `end` is
   * where it stopped.
   */
  const encIds = (v: unknown[], from: number, to: number, capped = false): { ids: number[]; n: unknown[]; end: number } => {
    const ids: number[] = [];
    const n: unknown[] = [];
    let i = from;
    for (; i < to && !(capped && fresh >= FRESH_MAX); i++) {
      const k = knownId(v[i]);
      ids.push(k ?? -1);
      if (k === undefined) n.push(enc(v[i]));
    }
    return { ids, n, end: i };
  };

  /** The longest remembered array whose elements are exactly v's first elements, if any. */
  const prefixOf = (v: unknown[], first: object): unknown[] | undefined => {
    const list = byFirst.get(first);
    if (!list) return undefined;
    let best: unknown[] | undefined;
    // Newest first: arrays that grow (logs) make the newest the longest, so older ones are skipped unread.
    for (let c = list.length - 1; c >= 0; c--) {
      const b = list[c];
      const bl = b.length;
      if (bl > v.length || (best && bl <= best.length) || v[bl - 1] !== b[bl - 1]) continue;
      let i = bl - 2;
      while (i > 0 && v[i] === b[i]) i--;
      if (i <= 0) best = b;
    }
    return best;
  };
  const remember = (v: unknown[], first: object): void => {
    const list = byFirst.get(first);
    if (!list) byFirst.set(first, [v]);
    else {
      list.push(v);
      if (list.length > PREFIX_CANDIDATES) list.shift();
    }
  };

  /** A slot's contents: its elements or its properties, encoded (the container itself is already numbered). */
  const encContents = (v: Plain | unknown[]): unknown => {
    if (Array.isArray(v)) return v.map(enc);
    const out: Plain = {};
    for (const k of Object.keys(v)) out[k] = enc(v[k]);
    return out;
  };

  const enc = (v: unknown): unknown => {
    if (typeof v !== 'object' || v === null) return v;
    const id = sent.get(v);
    if (id !== undefined) return { '\0': id };
    if (!isPlain(v)) return v;
    const big = Array.isArray(v) && v.length >= CHUNK_LEN;
    if (fresh >= FRESH_MAX && !big) {
      reg(v);
      queue.push({ slot: v });
      return { '\0s': Array.isArray(v) ? 1 : 0 };
    }
    reg(v);
    if (Array.isArray(v)) {
      const len = v.length;
      const first = len >= ID_ARRAY_MIN && len < CHUNK_LEN ? v[0] : undefined;
      if (typeof first === 'object' && first !== null) {
        const base = prefixOf(v, first);
        remember(v, first);
        if (base) {
          const n: unknown[] = [];
          for (let i = base.length; i < len; i++) n.push(enc(v[i]));
          return { '\0p': sent.get(base), n };
        }
      }
      if (big) {
        queue.push({ big: v });
        return { '\0c': len };
      }
      if (len >= ID_ARRAY_MIN && v.some((e) => knownId(e) !== undefined)) {
        const { ids, n } = encIds(v, 0, len);
        return { '\0a': ids, n };
      }
      let out: unknown[] | null = null;
      for (let i = 0; i < len; i++) {
        const x = v[i];
        if (typeof x !== 'object' || x === null) continue;
        const e = enc(x);
        if (e !== x) (out ??= v.slice())[i] = e;
      }
      return out ?? v;
    }
    // Copied only when something inside is replaced (the model's objects are never changed).
    let out: Plain | null = null;
    const keys = Object.keys(v);
    for (let i = 0; i < keys.length; i++) {
      const x = v[keys[i]];
      if (typeof x !== 'object' || x === null) continue;
      const e = enc(x);
      if (e !== x) (out ??= { ...v })[keys[i]] = e;
    }
    return out ?? v;
  };

  return (msg) => {
    if (msg.runId !== runId) {
      runId = msg.runId;
      sent = new Map();
      byFirst = new Map();
      next = 0;
      queue = [];
    }
    if (msg.type === 'ahead') {
      fresh = 0;
      post({ type: 'ahead', runId, frame: enc(msg.frame) as typeof msg.frame });
    } else if (msg.type === 'frames') {
      fresh = 0;
      post({ type: 'frames', runId, frames: msg.frames.map(enc) as typeof msg.frames });
    } else {
      post(msg);
      // The run is over ('done' or 'error'): nothing will refer to what it sent.
      runId = Number.NaN;
      sent = new Map();
      byFirst = new Map();
      return;
    }
    // What the frames left for later, in order (encoding it may queue more).
    let fill: unknown[] = [];
    const postFill = (): void => {
      if (fill.length) post({ type: 'chunk', runId, fill });
      fill = [];
    };
    for (let q = 0; q < queue.length; q++) {
      const item = queue[q];
      if ('big' in item) {
        postFill();
        // Chunks of at most CHUNK_LEN elements that end once FRESH_MAX new objects are in, so a
        // 10^5-key array of flat objects goes out in chunks of 2,048 rather than chunks half made of slots.
        const arr = item.big;
        for (let s = 0; s < arr.length; ) {
          fresh = 0;
          const { ids, n, end } = encIds(arr, s, Math.min(arr.length, s + CHUNK_LEN), true);
          post({ type: 'chunk', runId, ids, items: n });
          s = end;
        }
        continue;
      }
      if (!fill.length) fresh = 0;
      fill.push(encContents(item.slot));
      // The slot's contents are a new object on the wire too, even when nothing inside is.
      fresh++;
      if (fresh >= FRESH_MAX) postFill();
    }
    postFill();
    queue = [];
  };
}

/**
 * Page side: turns wire messages back into the worker's messages, in order;
 * returns the messages ready to deliver (none while a chunked array is still
 * arriving). One decoder per run.
 */
export function createFrameDecoder(): (msg: WireMessage) => FromWorker[] {
  const table: unknown[] = [];
  // Waiting for chunks, in the order they were met: big arrays (filled in slices) and slots.
  // A queue read from `head`: Array#shift on it was O(n) per call, quadratic for a 10^5-key frame's slots.
  const pending: ({ arr: unknown[]; len: number } | { slot: Plain | unknown[] })[] = [];
  let head = 0;
  const take = () => {
    const p = pending[head++];
    if (head > 1024 && head * 2 > pending.length) {
      pending.splice(0, head);
      head = 0;
    }
    return p;
  };
  const held: FromWorker[] = [];

  const dec = (v: unknown): unknown => {
    if (!isPlain(v)) return v;
    if (Array.isArray(v)) {
      table.push(v);
      for (let i = 0; i < v.length; i++) {
        const x = v[i];
        if (typeof x === 'object' && x !== null) v[i] = dec(x);
      }
      return v;
    }
    const ref = v[REF];
    if (ref !== undefined) return table[ref as number];
    const ids = v[IDS];
    if (ids !== undefined) {
      const a = ids as number[];
      const n = v.n as unknown[];
      const arr = new Array<unknown>(a.length);
      table.push(arr);
      let j = 0;
      for (let i = 0; i < a.length; i++) arr[i] = a[i] >= 0 ? table[a[i]] : dec(n[j++]);
      return arr;
    }
    const base = v[PREFIX];
    if (base !== undefined) {
      const n = v.n as unknown[];
      const arr = (table[base as number] as unknown[]).slice();
      table.push(arr);
      for (let i = 0; i < n.length; i++) arr.push(dec(n[i]));
      return arr;
    }
    const slot = v[SLOT];
    if (slot !== undefined) {
      const t: Plain | unknown[] = slot === 1 ? [] : {};
      table.push(t);
      pending.push({ slot: t });
      return t;
    }
    const len = v[CHUNKED];
    if (len !== undefined) {
      const arr: unknown[] = [];
      table.push(arr);
      pending.push({ arr, len: len as number });
      return arr;
    }
    table.push(v);
    const keys = Object.keys(v);
    for (let i = 0; i < keys.length; i++) {
      const x = v[keys[i]];
      if (typeof x === 'object' && x !== null) v[keys[i]] = dec(x);
    }
    return v;
  };

  return (msg) => {
    if (msg.type === 'chunk' && 'fill' in msg) {
      // The next slots' contents; decoding them may queue more behind the rest.
      for (const contents of msg.fill) {
        const p = take();
        if (!p || !('slot' in p)) throw new Error('frame codec: slot contents arrived with no slot waiting for them');
        const t = p.slot;
        if (Array.isArray(t)) for (const x of contents as unknown[]) t.push(dec(x));
        else for (const [k, x] of Object.entries(contents as Plain)) t[k] = dec(x);
      }
    } else if (msg.type === 'chunk') {
      const p = pending[head];
      if (!p || !('arr' in p)) throw new Error('frame codec: a chunk arrived with no array waiting for it');
      // A chunk never spans two arrays; decoding an element may queue more behind this one.
      const { ids, items } = msg;
      let j = 0;
      for (let i = 0; i < ids.length; i++) p.arr.push(ids[i] >= 0 ? table[ids[i]] : dec(items[j++]));
      if (p.arr.length >= p.len) take();
    } else if (msg.type === 'frames') {
      for (let i = 0; i < msg.frames.length; i++) msg.frames[i] = dec(msg.frames[i]) as (typeof msg.frames)[number];
      held.push(msg);
    } else if (msg.type === 'ahead') {
      msg.frame = dec(msg.frame) as typeof msg.frame;
      held.push(msg);
    } else held.push(msg);
    if (pending.length > head) return [];
    return held.splice(0);
  };
}
