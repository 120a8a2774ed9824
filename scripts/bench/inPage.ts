/**
 * Code that runs inside the page, as plain JavaScript text: tsx (esbuild)
 * adds `__name(...)` helpers to transpiled functions, which do not exist in
 * the page, so nothing here is a TypeScript function handed to Playwright.
 *
 * How "painted" is measured (the method behind every latency figure):
 * - A task posted on a MessageChannel from inside a requestAnimationFrame
 *   callback runs after that frame's rendering update (style, layout, paint
 *   and the commit to the compositor), because the event loop runs no task
 *   in the middle of "update the rendering". So `performance.now()` in that
 *   task is the moment the frame has been painted on the main thread.
 * - A frame shows the new state when, at its rAF callback (after React's
 *   commit, before paint), the DOM frame counter reads `index+1 / n`, the
 *   caption is filled and the view is not a "Loading…"/"Computing…"
 *   placeholder. If it does not yet, we look again at the next frame. (For a
 *   key press the check runs in a microtask right after the keydown, after
 *   React's own microtask that commits the update, before the frame paints.)
 * - Step latency: the ArrowRight keydown is dispatched (on document.body,
 *   where the shell's keyboard handler listens) at the start of an animation
 *   frame, inside a rAF callback, so the figure is keydown → that state
 *   painted with no idle wait for the next vsync in it. A real key press
 *   lands at a random point of the 16.7 ms frame and waits up to one frame
 *   longer; timing with two rAFs after the key press (the second rAF's
 *   timestamp) would count that wait plus a whole extra frame, so it would
 *   read > 16.7 ms even for an app doing no work at all, and could never
 *   meet a 16 ms budget.
 * - Long tasks come from PerformanceObserver('longtask'); frame times from
 *   rAF timestamps; the heap from CDP (Performance.getMetrics after
 *   HeapProfiler.collectGarbage), read from Node.
 */
export const INIT_SCRIPT = String.raw`
(() => {
  const W = window;
  if (W.__bench) return;
  const now = () => performance.now();
  const raf = () => new Promise((r) => requestAnimationFrame(r));
  const store = () => W.__sdpTimeline;
  const st = () => W.__sdpTimeline.getState();
  // Posted from a rAF callback: runs after that frame is painted.
  const afterPaint = (fn) => {
    const c = new MessageChannel();
    c.port1.onmessage = () => {
      c.port1.close();
      fn(now());
    };
    c.port2.postMessage(0);
  };
  const counterIndex = () => {
    const el = document.querySelector('[data-testid="frame-counter"]');
    const m = el && /(\d+)\s*\/\s*(\d+)/.exec(el.textContent || '');
    return m ? Number(m[1]) - 1 : -1;
  };
  // The frame "shows" index i: counter, caption, and the simulation's view (not a placeholder, not pending).
  const shows = (i) => {
    if (counterIndex() !== i) return false;
    const cap = document.querySelector('[data-testid="caption"]');
    if (!cap || !cap.textContent || cap.textContent === 'Computing…') return false;
    if (!document.querySelector('.view-area') || document.querySelector('.view-loading')) return false;
    // A view still drawing the frame (a big B-tree laid out in slices) marks itself data-view-pending.
    if (document.querySelector('[data-view-pending]')) return false;
    return true;
  };
  // Resolve with the time the first frame satisfying pred() was painted (pred is checked at rAF time).
  const paintedWhen = (pred, timeoutMs = 30000) =>
    new Promise((resolve, reject) => {
      const t0 = now();
      const tick = () => {
        if (pred()) afterPaint(resolve);
        else if (now() - t0 > timeoutMs) reject(new Error('timed out waiting for a painted frame'));
        else requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
  const storeWhen = (pred, timeoutMs = 60000) =>
    new Promise((resolve, reject) => {
      if (pred(st())) return resolve(now());
      const timer = setTimeout(() => {
        un();
        reject(new Error('timed out waiting for the timeline'));
      }, timeoutMs);
      const un = store().subscribe((s) => {
        if (pred(s)) {
          clearTimeout(timer);
          un();
          resolve(now());
        }
      });
    });
  const key = (k) => document.body.dispatchEvent(new KeyboardEvent('keydown', { key: k, code: k, bubbles: true, cancelable: true }));

  // ---- always on: long tasks, and the load / streaming watcher ----
  W.__benchLT = [];
  try {
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) W.__benchLT.push({ start: e.startTime, dur: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) {}
  const L = (W.__benchLoad = { rafTimes: [], probes: [] });
  let subscribed = false;
  let lastProbe = 0;
  let probeDir = 'ArrowLeft';
  let probing = false;
  const watch = (t) => {
    const s0 = store();
    if (s0) {
      const s = s0.getState();
      if (!subscribed) {
        subscribed = true;
        L.storeAt = now();
        const seen = (x) => {
          if ((x.count > 0 || x.ahead) && L.firstFrameAt === undefined) L.firstFrameAt = now();
          if (x.status === 'done' && L.doneAt === undefined) {
            L.doneAt = now();
            L.frames = x.count;
          }
          if (x.status === 'error' && L.error === undefined) L.error = (x.modelError && x.modelError.message) || 'error';
        };
        seen(s);
        s0.subscribe(seen);
      }
      if (L.firstFrameAt !== undefined && L.donePainted === undefined) L.rafTimes.push(t);
      // A link's frame may be shown before the frames leading to it (sent ahead).
      const ready = (s.count > 0 || s.ahead) && s.target === null && shows(s.index);
      if (ready && L.framePainted === undefined && !L.framePending) {
        L.framePending = true;
        afterPaint((x) => (L.framePainted = x));
      }
      if (ready && s.status !== 'computing' && L.donePainted === undefined && !L.donePending) {
        L.donePending = true;
        afterPaint((x) => (L.donePainted = x));
      }
      // Responsiveness probes while frames stream in (only when asked for).
      if (W.__benchProbe && s.status === 'computing' && s.count > 1 && !probing && now() - lastProbe > 250) {
        probing = true;
        const expect = probeDir === 'ArrowLeft' ? s.index - 1 : s.index + 1;
        const k = probeDir;
        probeDir = probeDir === 'ArrowLeft' ? 'ArrowRight' : 'ArrowLeft';
        const t0 = now();
        key(k);
        const done = (x) => {
          L.probes.push(x - t0);
          probing = false;
          lastProbe = now();
        };
        // React flushes a keydown's update in a microtask queued inside key(): ours runs after it.
        queueMicrotask(() => {
          if (counterIndex() === expect) afterPaint(done);
          else
            paintedWhen(() => counterIndex() === expect, 10000).then(done, () => {
              probing = false;
              lastProbe = now();
            });
        });
      }
    }
    if (L.donePainted === undefined || W.__benchKeepWatching) requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);

  const B = (W.__bench = {});
  B.loaded = () => L.donePainted !== undefined || L.error !== undefined;
  B.load = () => ({
    nav: (() => {
      const n = performance.getEntriesByType('navigation')[0];
      return n ? { responseEnd: n.responseEnd, domContentLoaded: n.domContentLoadedEventEnd, loadEnd: n.loadEventEnd } : null;
    })(),
    resources: performance.getEntriesByType('resource').map((r) => ({ name: r.name.split('/').pop(), start: r.startTime, end: r.responseEnd })),
    storeAt: L.storeAt, firstFrameAt: L.firstFrameAt, framePainted: L.framePainted, doneAt: L.doneAt,
    donePainted: L.donePainted, frames: L.frames, error: L.error, probes: L.probes, rafTimes: L.rafTimes, longTasks: W.__benchLT,
  });

  /** One step: keydown at the start of a frame → the new index painted. */
  B.step = (k = 'ArrowRight') =>
    new Promise((resolve, reject) => {
      requestAnimationFrame(() => {
        const s = st();
        const expect = k === 'ArrowRight' ? s.index + 1 : s.index - 1;
        const t0 = now();
        key(k);
        // React flushes a keydown's update in a microtask queued inside key(): ours runs after it,
        // still before this frame's style/layout/paint.
        queueMicrotask(() => {
          if (shows(expect)) afterPaint((t) => resolve(t - t0));
          else paintedWhen(() => shows(expect), 10000).then((t) => resolve(t - t0), reject);
        });
      });
    });

  /** n steps forward with gap idle frames after each; returns ms per step. */
  B.steps = async (n, gap = 3) => {
    const out = [];
    for (let i = 0; i < n; i++) {
      if (st().index >= st().count - 1) break;
      out.push(await B.step('ArrowRight'));
      for (let g = 0; g < gap; g++) await raf();
    }
    return out;
  };

  /**
   * Slider changes on the element marked data-bench-slider, alternating
   * between two values: input event → setParams (after the panel's debounce)
   * → worker recompute → the target frame painted.
   */
  B.slider = async (paramKey, values, n, gap = 3) => {
    const el = document.querySelector('[data-bench-slider]');
    if (!el) throw new Error('no slider marked');
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
    const out = [];
    for (let i = 0; i < n; i++) {
      const v = values[(i + 1) % 2];
      await raf();
      const rev0 = st().revision;
      const t0 = now();
      setter.call(el, String(v));
      el.dispatchEvent(new Event('input', { bubbles: true }));
      const tSet = await storeWhen((s) => s.revision !== rev0, 10000);
      const tDone = await storeWhen((s) => s.status !== 'computing' && s.target === null);
      if (st().status === 'error') throw new Error('model error after slider change');
      const tPaint = await paintedWhen(() => {
        const s = st();
        return s.scenario.params[paramKey] === v && shows(s.index);
      });
      out.push({ totalMs: tPaint - t0, recomputeMs: tPaint - tSet, computeMs: tDone - tSet });
      for (let g = 0; g < gap; g++) await raf();
    }
    return out;
  };

  /** Play for ms at the current speed: rAF timestamps, index advances, long tasks. */
  B.playback = async (ms) => {
    const lt = [];
    const obs = new PerformanceObserver((l) => {
      for (const e of l.getEntries()) lt.push(e.duration);
    });
    try { obs.observe({ type: 'longtask' }); } catch (e) {}
    await raf();
    await raf();
    const i0 = st().index;
    document.querySelector('[data-testid="play"]').click();
    const ts = [];
    const idx = [];
    const t0 = now();
    await new Promise((res) => {
      const f = (t) => {
        ts.push(t);
        idx.push(st().index);
        if (now() - t0 < ms && st().playing) requestAnimationFrame(f);
        else res();
      };
      requestAnimationFrame(f);
    });
    const stillPlaying = st().playing;
    if (stillPlaying) document.querySelector('[data-testid="play"]').click();
    await raf();
    obs.disconnect();
    let longest = 0;
    for (let i = 1; i < ts.length; i++) longest = Math.max(longest, ts[i] - ts[i - 1]);
    const elapsed = ts[ts.length - 1] - ts[0];
    return {
      durationMs: elapsed,
      rafFrames: ts.length,
      fps: ((ts.length - 1) / elapsed) * 1000,
      longestFrameMs: longest,
      framesOver20Ms: ts.slice(1).filter((t, i) => t - ts[i] > 20).length,
      simFramesAdvanced: idx[idx.length - 1] - i0,
      reachedEnd: !stillPlaying,
      longTasks: lt,
    };
  };
})();
`;
