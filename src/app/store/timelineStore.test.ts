import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { counterSim } from '../../engine/__fixtures__/counterSim';
import { runAll } from '../../engine/runScenario';
import type { Frame, Scenario } from '../../engine/types';
import type { FromWorker } from '../../worker/protocol';
import type { SimClient } from '../../worker/simClient';
import { createTimelineStore, frameAt } from './timelineStore';

const scenario: Scenario = { sim: 'counter', params: { step: 1, mode: 'a', loud: false }, seed: 3, ops: Array.from({ length: 30 }, () => ({ op: 'noise' })) };
const frames: Frame[] = runAll(counterSim, scenario); // 61 frames

type WithoutRunId<T> = T extends unknown ? Omit<T, 'runId'> : never;

/** A store on a fake client: the test plays the worker. */
function setup() {
  const runs: { scenario: Scenario; send: (m: FromWorker) => void }[] = [];
  let resumed = 0;
  const client: SimClient = {
    run(s, onMessage) {
      runs.push({ scenario: s, send: onMessage });
      return runs.length;
    },
    cancel() {},
    resume() {
      resumed++;
    },
    speculate() {},
    decodedLink: () => null,
    mode: 'worker',
  };
  const store = createTimelineStore(client);
  const send = (m: WithoutRunId<FromWorker>) => runs[runs.length - 1].send({ ...m, runId: runs.length } as FromWorker);
  const stream = (from: number, to: number) => {
    send({ type: 'frames', frames: frames.slice(from, to) });
    vi.runAllTimers();
  };
  return { store, runs, send, stream, resumed: () => resumed };
}

describe("timeline store: a link's frame sent ahead", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is shown at once, stays shown while the frames before it stream in, and is then the streamed frame', () => {
    const t = setup();
    t.store.getState().load(counterSim, { ...scenario, frame: 40 });
    t.send({ type: 'ahead', frame: frames[40] });
    let s = t.store.getState();
    expect([s.index, s.target, s.count, s.ahead]).toEqual([40, null, 0, frames[40]]);
    // Once it is painted, the worker is told to send the frames before it.
    expect(t.resumed()).toBe(0);
    vi.runAllTimers();
    expect(t.resumed()).toBe(1);
    expect(frameAt(s, 40)).toBe(frames[40]);
    t.stream(0, 25);
    s = t.store.getState();
    expect([s.index, s.count, s.ahead]).toEqual([40, 25, frames[40]]);
    expect(frameAt(s, 10)).toBe(frames[10]);
    expect(frameAt(s, 30)).toBeUndefined();
    t.stream(25, 61);
    t.send({ type: 'done', total: 61 });
    vi.runAllTimers();
    s = t.store.getState();
    expect([s.index, s.count, s.ahead, s.status, s.notice]).toEqual([40, 61, null, 'done', null]);
  });

  it('is ignored when it is not the frame the page is waiting for', () => {
    const t = setup();
    t.store.getState().load(counterSim, { ...scenario, frame: 40 });
    t.send({ type: 'ahead', frame: frames[12] });
    const s = t.store.getState();
    expect([s.index, s.ahead, s.target]).toEqual([0, null, { kind: 'frame', frame: 40 }]);
    // The worker need not wait.
    expect(t.resumed()).toBe(1);
  });

  it('a step to a frame not yet streamed lands on it when it arrives, with no notice', () => {
    const t = setup();
    t.store.getState().load(counterSim, { ...scenario, frame: 40 });
    t.send({ type: 'ahead', frame: frames[40] });
    t.stream(0, 10);
    t.store.getState().step(-1);
    expect(t.store.getState().index).toBe(40);
    t.stream(10, 39);
    expect(t.store.getState().index).toBe(40);
    t.stream(39, 45);
    expect(t.store.getState().index).toBe(39);
    expect(t.store.getState().notice).toBeNull();
    // A frame that has arrived is shown at once.
    t.store.getState().setIndex(5);
    expect(t.store.getState().index).toBe(5);
  });

  it('acting at it waits for the frames before it (the ops applied by then), then recomputes', () => {
    const t = setup();
    t.store.getState().load(counterSim, { ...scenario, frame: 40 });
    t.send({ type: 'ahead', frame: frames[40] });
    t.stream(0, 20);
    t.store.getState().act({ op: 'add', n: 5 });
    expect(t.runs).toHaveLength(1);
    t.stream(20, 50);
    expect(t.runs).toHaveLength(2);
    // Frame 40 is the second frame of op 19 (frames 2k+1, 2k+2 belong to op k): 20 ops kept, then the new one.
    expect(t.runs[1].scenario.ops).toEqual([...scenario.ops.slice(0, 20), { op: 'add', n: 5 }]);
  });

  it('a scrub past the end of a run shorter than the scrub ends on its last frame, with no link notice', () => {
    const t = setup();
    t.store.getState().load(counterSim, { ...scenario, frame: 40 });
    t.send({ type: 'ahead', frame: frames[40] });
    t.stream(0, 10);
    t.store.getState().setIndex(999);
    // A scrub past the frames so far waits for that frame; the run is shorter, so it ends on the last one, quietly.
    t.stream(10, 61);
    t.send({ type: 'done', total: 61 });
    vi.runAllTimers();
    const s = t.store.getState();
    expect([s.index, s.notice]).toEqual([60, null]);
  });
});
