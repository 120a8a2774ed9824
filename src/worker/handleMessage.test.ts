import { describe, expect, it, vi } from 'vitest';
import { counterSim, findFixture } from '../engine/__fixtures__/counterSim';
import { runAll } from '../engine/runScenario';
import type { Scenario } from '../engine/types';
import { createMessageHandler } from './handleMessage';
import { AHEAD_PAINT_WAIT_MS, startTimelineRun } from './timelineRunner';
import type { FromWorker } from './protocol';

const scenario = (ops: Scenario['ops']): Scenario => ({ sim: 'counter', params: { step: 1, mode: 'a', loud: false }, seed: 9, ops });

/** Drive the worker's message switch with a fake `postMessage` until the run ends. */
function drive(send: (h: ReturnType<typeof createMessageHandler>) => void): Promise<FromWorker[]> {
  return new Promise((resolve) => {
    const got: FromWorker[] = [];
    const h = createMessageHandler((m) => {
      got.push(structuredClone(m));
      if (m.type === 'done' || m.type === 'error') resolve(got);
    }, findFixture);
    send(h);
  });
}

describe('worker message switch', () => {
  it('streams the same frames the model produces, then done', async () => {
    const s = scenario(Array.from({ length: 3000 }, () => ({ op: 'noise' })));
    const msgs = await drive((h) => h({ type: 'run', runId: 1, scenario: s }));
    const frames = msgs.flatMap((m) => (m.type === 'frames' ? m.frames : []));
    expect(frames).toEqual(runAll(counterSim, s));
    expect(msgs.at(-1)).toEqual({ type: 'done', runId: 1, total: 6001 });
  });
  it('reports a model error with its op after the frames before it', async () => {
    const msgs = await drive((h) => h({ type: 'run', runId: 2, scenario: scenario([{ op: 'add', n: 1 }, { op: 'boom' }]) }));
    const frames = msgs.flatMap((m) => (m.type === 'frames' ? m.frames : []));
    expect(frames.map((f) => f.i)).toEqual([0, 1, 2]);
    expect(msgs.at(-1)).toEqual({ type: 'error', runId: 2, op: 1, message: 'boom', total: 3 });
  });
  it('a new run cancels the previous one', async () => {
    const msgs = await drive((h) => {
      h({ type: 'run', runId: 3, scenario: scenario(Array.from({ length: 40 }, () => ({ op: 'noise' }))) });
      h({ type: 'run', runId: 4, scenario: scenario([{ op: 'add', n: 5 }]) });
    });
    expect(msgs.every((m) => m.runId === 4)).toBe(true);
    expect(msgs.at(-1)).toEqual({ type: 'done', runId: 4, total: 3 });
  });
  it('reports an unknown simulation', async () => {
    const msgs = await drive((h) => h({ type: 'run', runId: 5, scenario: { ...scenario([]), sim: 'nope' } }));
    expect(msgs).toEqual([{ type: 'error', runId: 5, op: null, message: 'unknown simulation "nope"', total: 0 }]);
  });
});

describe('worker message switch: a frame sent ahead', () => {
  it("the page's resume releases the frames held behind it; until then only the frame sent ahead has gone out", () => {
    vi.useFakeTimers();
    try {
      const got: FromWorker[] = [];
      const h = createMessageHandler((m) => got.push(m), findFixture);
      const s = { ...scenario(Array.from({ length: 300 }, () => ({ op: 'noise' }))), frame: 500 };
      h({ type: 'run', runId: 3, scenario: s });
      vi.advanceTimersByTime(500);
      expect(got.map((m) => m.type)).toEqual(['ahead']);
      h({ type: 'resume', runId: 2 }); // another run's: ignored
      vi.advanceTimersByTime(100);
      expect(got).toHaveLength(1);
      h({ type: 'resume', runId: 3 });
      vi.advanceTimersByTime(100);
      expect(got.at(-1)).toEqual({ type: 'done', runId: 3, total: 601 });
      expect(got.flatMap((m) => (m.type === 'frames' ? m.frames : []))).toEqual(runAll(counterSim, s));
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('timeline runner', () => {
  it('emits the first frames before a long timeline is complete (slices of bounded work)', () => {
    const s = scenario(Array.from({ length: 2000 }, () => ({ op: 'noise' })));
    const msgs: FromWorker[] = [];
    const pending: (() => void)[] = [];
    let clock = 0;
    // A fake clock that advances 1 ms per reading, and a manual scheduler.
    startTimelineRun(1, counterSim, s, (m) => msgs.push(m), (fn) => pending.push(fn), () => clock++);
    pending.shift()!();
    expect(msgs).toHaveLength(1);
    expect(msgs[0].type).toBe('frames');
    const first = msgs[0].type === 'frames' ? msgs[0].frames.length : 0;
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(4001);
    while (pending.length) pending.shift()!();
    expect(msgs.at(-1)).toEqual({ type: 'done', runId: 1, total: 4001 });
    expect(msgs.filter((m) => m.type === 'frames').length).toBeGreaterThan(2);
  });
  /** Run to the end with a fake clock (1 ms per reading) and a manual scheduler; every message, in order. */
  const runOut = (s: Scenario): FromWorker[] => {
    const msgs: FromWorker[] = [];
    const pending: (() => void)[] = [];
    let clock = 0;
    // The page says at once that it painted a frame sent ahead.
    const h = startTimelineRun(1, counterSim, s, (m) => msgs.push(m), (fn) => pending.push(fn), () => clock++, () => undefined);
    for (;;) {
      while (pending.length) pending.shift()!();
      if (msgs.at(-1)?.type !== 'ahead') break;
      h.resume();
    }
    return msgs;
  };
  const streamed = (msgs: FromWorker[]) => msgs.flatMap((m) => (m.type === 'frames' ? m.frames : []));

  it("sends a link's frame ahead of the frames leading to it, then every frame in order", () => {
    const s = scenario(Array.from({ length: 2000 }, () => ({ op: 'noise' })));
    const all = runAll(counterSim, s);
    const msgs = runOut({ ...s, frame: 3000 });
    expect(msgs[0].type).toBe('ahead');
    const ahead = msgs[0].type === 'ahead' ? msgs[0].frame : null;
    expect(ahead).toEqual(all[3000]);
    expect(msgs.filter((m) => m.type === 'ahead')).toHaveLength(1);
    const frames = streamed(msgs);
    expect(frames).toEqual(all);
    // The same object: the frame codec then sends it once.
    expect(frames[3000]).toBe(ahead);
    // The held frames go out in several messages, not one.
    expect(msgs.filter((m) => m.type === 'frames').length).toBeGreaterThan(2);
    expect(msgs.at(-1)).toEqual({ type: 'done', runId: 1, total: 4001 });
  });

  it('never sends ahead a frame past the end, or frame 0; a model error still gets the frames before it', () => {
    const s = scenario(Array.from({ length: 30 }, () => ({ op: 'noise' })));
    for (const frame of [0, 61, 5000]) {
      const msgs = runOut({ ...s, frame });
      expect(msgs.some((m) => m.type === 'ahead')).toBe(false);
      expect(streamed(msgs)).toEqual(runAll(counterSim, s));
    }
    const msgs = runOut({ ...scenario([{ op: 'add', n: 1 }, { op: 'boom' }]), frame: 10 });
    expect(msgs.map((m) => m.type)).toEqual(['frames', 'error']);
    expect(streamed(msgs).map((f) => f.i)).toEqual([0, 1, 2]);
  });

  it('after a frame sent ahead, waits for the page to paint it (or AHEAD_PAINT_WAIT_MS) before sending the rest', () => {
    const s = { ...scenario(Array.from({ length: 300 }, () => ({ op: 'noise' }))), frame: 500 };
    for (const wake of ['resume', 'timeout'] as const) {
      const msgs: FromWorker[] = [];
      const pending: (() => void)[] = [];
      const timers: [() => void, number][] = [];
      const h = startTimelineRun(1, counterSim, s, (m) => msgs.push(m), (fn) => pending.push(fn), () => 0, (fn, ms) => timers.push([fn, ms]));
      while (pending.length) pending.shift()!();
      expect(msgs.map((m) => m.type)).toEqual(['ahead']);
      expect(timers.map(([, ms]) => ms)).toEqual([AHEAD_PAINT_WAIT_MS]);
      if (wake === 'resume') h.resume();
      else timers[0][0]();
      // Either wakes it once: the other is then a no-op.
      if (wake === 'resume') timers[0][0]();
      else h.resume();
      while (pending.length) pending.shift()!();
      expect(streamed(msgs)).toEqual(runAll(counterSim, s));
      expect(msgs.at(-1)?.type).toBe('done');
    }
  });

  it('stops when cancelled', () => {
    const msgs: FromWorker[] = [];
    const pending: (() => void)[] = [];
    const h = startTimelineRun(1, counterSim, scenario([{ op: 'noise' }]), (m) => msgs.push(m), (fn) => pending.push(fn));
    h.cancel();
    while (pending.length) pending.shift()!();
    expect(msgs).toEqual([]);
  });
});

describe('worker message switch with lazily loaded definitions', () => {
  it('waits for the definition, and a run superseded while loading never starts', async () => {
    let release: (d: typeof counterSim) => void = () => undefined;
    const slow = new Promise<typeof counterSim>((r) => (release = r));
    const got: FromWorker[] = [];
    const done = new Promise<void>((resolve) => {
      const h = createMessageHandler(
        (m) => {
          got.push(m);
          if (m.type !== 'frames') resolve();
        },
        (id) => (id === 'counter' ? slow : undefined),
      );
      h({ type: 'run', runId: 1, scenario: scenario([{ op: 'add', n: 1 }]) });
      h({ type: 'run', runId: 2, scenario: scenario([{ op: 'add', n: 2 }]) });
    });
    release(counterSim);
    await done;
    expect(got.every((m) => m.runId === 2)).toBe(true);
    expect(got.at(-1)).toEqual({ type: 'done', runId: 2, total: 3 });
  });
});

describe('worker message switch: speculating on the page link', () => {
  const linked = scenario(Array.from({ length: 300 }, () => ({ op: 'noise' })));
  /** A handler whose link decoder knows one link, "#/counter?s=linked"; counts model starts. */
  function setup() {
    const got: FromWorker[] = [];
    let starts = 0;
    let finished: () => void = () => undefined;
    const ended = new Promise<void>((r) => (finished = r));
    const h = createMessageHandler(
      (m) => {
        got.push(structuredClone(m));
        if (m.type === 'done' || m.type === 'error') finished();
      },
      (id) => {
        starts++;
        return findFixture(id);
      },
      (hash) => Promise.resolve(hash === '#/counter?s=linked' ? linked : null),
    );
    return { h, got, ended, starts: () => starts };
  }
  const framesOf = (msgs: FromWorker[]) => msgs.flatMap((m) => (m.type === 'frames' ? m.frames : []));

  it('the page run with the same scenario adopts the speculative run: same frames, its run id, one model run', async () => {
    const t = setup();
    t.h({ type: 'speculate', hash: '#/counter?s=linked' });
    // Let the speculation compute some frames first, as it does while the page loads.
    await new Promise((r) => setTimeout(r, 20));
    t.h({ type: 'run', runId: 7, scenario: { ...linked, frame: 42 } });
    await t.ended;
    expect(framesOf(t.got)).toEqual(runAll(counterSim, linked));
    expect(t.got.every((m) => m.runId === 7)).toBe(true);
    expect(t.got.at(-1)).toEqual({ type: 'done', runId: 7, total: 601 });
    expect(t.starts()).toBe(1);
  });

  it('a page run with another scenario discards the speculation: none of its frames reach the page', async () => {
    const t = setup();
    t.h({ type: 'speculate', hash: '#/counter?s=linked' });
    const other = scenario([{ op: 'add', n: 3 }]);
    t.h({ type: 'run', runId: 8, scenario: other });
    await t.ended;
    expect(framesOf(t.got)).toEqual(runAll(counterSim, other));
    expect(t.got.every((m) => m.runId === 8)).toBe(true);
  });

  it('a link that opens no run changes nothing; a cancelled adopted run stops', async () => {
    const t = setup();
    t.h({ type: 'speculate', hash: '#/counter?s=broken' });
    t.h({ type: 'run', runId: 9, scenario: linked });
    await t.ended;
    expect(framesOf(t.got)).toEqual(runAll(counterSim, linked));

    const u = setup();
    u.h({ type: 'speculate', hash: '#/counter?s=linked' });
    u.h({ type: 'run', runId: 10, scenario: linked });
    u.h({ type: 'cancel', runId: 10 });
    await new Promise((r) => setTimeout(r, 50));
    expect(u.got).toEqual([]);
  });
});
