import { createStore } from 'zustand/vanilla';
import type { ParamValues } from '../../engine/params';
import { opsAfterActing, opsAppliedBy, firstFrameOfOp, lastFrameOfOp } from '../../engine/timelineEdit';
import type { AnySimDefinition, Frame, Op, Scenario } from '../../engine/types';
import type { FromWorker } from '../../worker/protocol';
import type { SimClient } from '../../worker/simClient';

/** Where to land once enough frames are computed. */
export type Target =
  /** `step`: a step or scrub past the frames so far (no notice if the run turns out shorter). */
  | { kind: 'frame'; frame: number; step?: boolean }
  | { kind: 'last' }
  | { kind: 'op'; op: number; end: 'first' | 'last'; playThrough?: boolean }
  | { kind: 'time'; time: number };

export type Status = 'idle' | 'computing' | 'done' | 'error';

export interface TimelineState {
  def: AnySimDefinition | null;
  scenario: Scenario | null;
  /** Frames computed so far; appended in place, `count` tells subscribers. */
  frames: Frame[];
  count: number;
  status: Status;
  modelError: { op: number | null; message: string } | null;
  index: number;
  target: Target | null;
  playing: boolean;
  /** Play until this frame, then pause (used after an action). */
  playUntil: number | null;
  speed: number;
  /** Increments on every scenario change (URL sync pushes a history entry). */
  revision: number;
  /** Plain-language notice (e.g. a link's frame beyond the end). */
  notice: string | null;
  /**
   * The frame a link opens, when it arrived ahead of the frames leading to it
   * (protocol.ts `ahead`): `index` is then `ahead.i`, possibly ≥ `count`,
   * until those frames have streamed in. Read frames with `frameAt`.
   */
  ahead: Frame | null;
}

export interface TimelineActions {
  /** Load a scenario; `push` records it as a new browser-history entry. */
  load(def: AnySimDefinition, scenario: Scenario, target?: Target, push?: boolean): void;
  setIndex(i: number): void;
  step(delta: number): void;
  togglePlay(): void;
  pause(): void;
  setSpeed(speed: number): void;
  /** Acting at the current frame: new op, the future dropped (DESIGN.md §2). */
  act(op: Op): void;
  /** New params: recompute and stay near the same op (or moment). */
  setParams(params: ParamValues): void;
  clearNotice(): void;
}

export type TimelineStore = ReturnType<typeof createTimelineStore>;

/** Frames the page can show: those streamed in, and up to a frame sent ahead (the ones before it are on their way). */
export function knownCount(s: Pick<TimelineState, 'count' | 'ahead'>): number {
  return Math.max(s.count, s.ahead ? s.ahead.i + 1 : 0);
}

/** Frame `i`, if the page has it: streamed in, or sent ahead (a link's frame). */
export function frameAt(s: Pick<TimelineState, 'frames' | 'ahead'>, i: number): Frame | undefined {
  return s.frames[i] ?? (s.ahead !== null && s.ahead.i === i ? s.ahead : undefined);
}

/** Resolve a target against the frames so far; null while it is not yet decidable. */
export function resolveTarget(t: Target, frames: readonly Frame[], done: boolean, timeOf?: (s: unknown) => number): number | null {
  const n = frames.length;
  if (n === 0) return done ? 0 : null;
  switch (t.kind) {
    case 'frame':
      if (t.frame < n) return t.frame;
      return done ? n - 1 : null;
    case 'last':
      return done ? n - 1 : null;
    case 'op': {
      // Decidable once a later op's frame exists or the run is done.
      const last = frames[n - 1].op;
      if (!done && (last === null || last <= t.op)) return null;
      const k = t.end === 'first' ? firstFrameOfOp(frames, t.op) : lastFrameOfOp(frames, t.op);
      if (k >= 0) return k;
      // The op is gone (params changed what it produces): the last frame of an earlier op.
      for (let i = n - 1; i >= 0; i--) if (frames[i].op === null || (frames[i].op as number) < t.op) return i;
      return 0;
    }
    case 'time': {
      if (!timeOf) return done ? n - 1 : null;
      if (!done && timeOf(frames[n - 1].state) <= t.time) return null;
      let best = 0;
      for (let i = 0; i < n; i++) if (timeOf(frames[i].state) <= t.time) best = i;
      return best;
    }
  }
}

/** Runs `fn` in a task after the next frame is painted (at once where nothing paints: tests, Node). */
function afterPaint(fn: () => void): void {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(fn, 0));
  else setTimeout(fn, 0);
}

export function createTimelineStore(client: SimClient) {
  return createStore<TimelineState & TimelineActions>()((set, get) => {
    // Streamed messages arrive one task each. Their frames are stored at once, but
    // subscribers (the page) hear about them once per burst, in a task of its own:
    // unpacking a message and re-rendering the page do not add up in one long task.
    let pending: { timer: ReturnType<typeof setTimeout>; end: Partial<TimelineState> | null } | null = null;
    // Acting or changing params at a frame sent ahead needs the frames before
    // it (the ops applied by then): such a request waits until they are in.
    let waiting: (() => void) | null = null;
    const flush = (): void => {
      const end = pending?.end ?? null;
      pending = null;
      settle(end);
    };
    const onMessage = (msg: FromWorker): void => {
      if (msg.type === 'ahead') {
        // The link's frame, before the frames leading to it: show it now.
        const s = get();
        const t = s.target;
        if (t?.kind === 'frame' && t.frame === msg.frame.i && s.frames.length <= t.frame) {
          set({ ahead: msg.frame, index: t.frame, target: null });
          // The worker holds the frames before it until this one is on screen.
          afterPaint(() => client.resume());
        } else client.resume();
        return;
      }
      if (msg.type === 'frames') {
        const frames = get().frames;
        for (const f of msg.frames) frames.push(f);
      }
      pending ??= { timer: setTimeout(flush, 0), end: null };
      if (msg.type === 'done') pending.end = { status: 'done' };
      else if (msg.type === 'error') pending.end = { status: 'error', modelError: { op: msg.op, message: msg.message } };
    };
    const dropPending = (): void => {
      if (pending) clearTimeout(pending.timer);
      pending = null;
      waiting = null;
    };
    /** The frames up to the one shown are in (false only while a frame sent ahead is shown). */
    const reached = (): boolean => get().frames.length > get().index;

    /** After new frames (and the run's end, if it came): move to the pending target, or follow along; one update. */
    const settle = (end: Partial<TimelineState> | null): void => {
      const done = end !== null;
      const s = get();
      const n = s.frames.length;
      let index = s.index;
      let target = s.target;
      let notice = s.notice;
      if (target) {
        const r = resolveTarget(target, s.frames, done, s.def?.timeOf);
        if (r !== null) {
          if (target.kind === 'frame' && !target.step && target.frame >= n && n > 0) {
            notice = `This link asks for frame ${target.frame + 1}, but the run has ${n} frames; showing the last one.`;
          }
          index = r;
          if (target.kind === 'op' && target.playThrough) {
            const until = lastFrameOfOp(s.frames, target.op);
            if (until > r) set({ playing: true, playUntil: until });
          }
          target = null;
        }
        // While a run streams in, the view stays on the frame it shows (the
        // counter grows); re-drawing every batch would only cost time.
      }
      // A frame sent ahead stays shown until the frames reach it.
      const ahead = s.ahead !== null && s.ahead.i >= n && !done ? s.ahead : null;
      set({ ...end, count: n, index: Math.min(index, Math.max(0, knownCount({ count: n, ahead }) - 1)), target, notice, ahead });
      if (waiting && (n > get().index || done)) {
        const fn = waiting;
        waiting = null;
        fn();
      }
    };

    const start = (def: AnySimDefinition, scenario: Scenario, target: Target, extra: Partial<TimelineState> = {}): void => {
      dropPending();
      set({
        def,
        scenario,
        frames: [],
        count: 0,
        status: 'computing',
        modelError: null,
        index: 0,
        target,
        playing: false,
        playUntil: null,
        notice: null,
        ahead: null,
        ...extra,
      });
      client.run(scenario, onMessage);
    };

    return {
      def: null,
      scenario: null,
      frames: [],
      count: 0,
      status: 'idle',
      modelError: null,
      index: 0,
      target: null,
      playing: false,
      playUntil: null,
      speed: 1,
      revision: 0,
      notice: null,
      ahead: null,

      load(def, scenario, target, push = false) {
        const t: Target = target ?? (scenario.frame !== undefined ? { kind: 'frame', frame: scenario.frame } : { kind: 'last' });
        start(def, scenario, t, push ? { revision: get().revision + 1 } : {});
      },

      setIndex(i) {
        const s = get();
        const n = s.frames.length;
        const k = Math.max(0, Math.round(i));
        if (s.ahead !== null) {
          // Showing a link's frame sent ahead: it, or a frame on its way (landed on when it arrives).
          if (k === s.ahead.i || k < n) set({ index: k, target: null });
          else set({ target: { kind: 'frame', frame: k, step: true } });
          return;
        }
        if (n === 0) return;
        set({ index: Math.min(n - 1, k), target: null });
      },

      step(delta) {
        const s = get();
        s.setIndex(s.index + delta);
        if (s.playing) set({ playing: false, playUntil: null });
      },

      togglePlay() {
        const s = get();
        if (s.playing) {
          set({ playing: false, playUntil: null });
          return;
        }
        // Play from the start when at the end.
        const atEnd = s.index >= s.frames.length - 1 && s.status !== 'computing';
        set({ playing: true, playUntil: null, target: null, index: atEnd ? 0 : s.index });
      },

      pause() {
        set({ playing: false, playUntil: null });
      },

      setSpeed(speed) {
        set({ speed });
      },

      act(op) {
        if (!reached()) return void (waiting = () => get().act(op));
        const s = get();
        if (!s.def || !s.scenario) return;
        const ops = opsAfterActing(s.scenario.ops, s.frames, s.index, op);
        const scenario: Scenario = { ...s.scenario, ops };
        delete scenario.frame;
        // Land on the new op's first frame and play through its frames.
        start(s.def, scenario, { kind: 'op', op: ops.length - 1, end: 'first', playThrough: true }, { revision: s.revision + 1 });
      },

      setParams(params) {
        if (!reached()) return void (waiting = () => get().setParams(params));
        const s = get();
        if (!s.def || !s.scenario) return;
        const frame = s.frames[s.index];
        const scenario: Scenario = { ...s.scenario, params };
        delete scenario.frame;
        let target: Target;
        if (s.def.timeOf && frame) target = { kind: 'time', time: s.def.timeOf(frame.state) };
        else if (s.index >= s.frames.length - 1 && s.status === 'done') target = { kind: 'last' };
        else {
          const applied = opsAppliedBy(s.frames, s.index);
          target = applied === 0 ? { kind: 'frame', frame: 0 } : { kind: 'op', op: applied - 1, end: 'last' };
        }
        start(s.def, scenario, target, { revision: s.revision + 1, speed: s.speed });
      },

      clearNotice() {
        set({ notice: null });
      },
    };
  });
}
