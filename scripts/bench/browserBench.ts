/**
 * The browser half of `npm run bench` (issue 7): Playwright drives Chromium
 * on `vite preview` of a production build and measures, per simulation,
 * - interaction latency at small / medium / large size: step (ArrowRight)
 *   → painted, and slider change → recomputed in the worker → painted;
 * - playback smoothness at medium size (fps, longest frame, long tasks);
 * - load: permalink navigation → its frame painted, JS heap after load;
 * - a 10^5-op (or largest allowed) scenario computing in the worker:
 *   longest main-thread task, steps pressed meanwhile, time to done, heap;
 * and the gzip sizes of the initial bundle and of each simulation's chunks.
 * How "painted" is measured: see inPage.ts.
 */
import { existsSync } from 'node:fs';
import { chromium, devices, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { encodeScenario } from '../../src/engine/permalink';
import type { Scenario } from '../../src/engine/types';
import { findSim } from '../../src/sims/registry';
import { browserCase, browserSims, largeCase, resolveCase, SIZES, validateLarge, type ResolvedCase } from './browserCases';
import { CHROMIUM_ARGS } from '../chromiumArgs';
import { INIT_SCRIPT } from './inPage';

import { bundleSizes } from './bundleSizes';
import type { BrowserOptions, BrowserResults, InteractionResult, LargeResult, LoadResult, PlaybackResult, Stat } from './browserTypes';
import { build, preview } from './serve';
import { median, medianOrNull, pct, r1, stat } from './stats';

export type { BrowserOptions, BrowserResults } from './browserTypes';

function linkOf(s: Scenario): string {
  const def = findSim(s.sim);
  if (!def) throw new Error(`unknown sim ${s.sim}`);
  return encodeScenario(s, def);
}

// ---------------------------------------------------------------- browser helpers

async function newPage(browser: Browser, extraInit?: string): Promise<{ ctx: BrowserContext; page: Page; errors: string[] }> {
  const ctx = await browser.newContext({ ...devices['Desktop Chrome'] });
  await ctx.addInitScript(INIT_SCRIPT);
  if (extraInit) await ctx.addInitScript(extraInit);
  const page = await ctx.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return { ctx, page, errors };
}

interface LoadInfo {
  storeAt?: number;
  firstFrameAt?: number;
  framePainted?: number;
  doneAt?: number;
  donePainted?: number;
  frames?: number;
  error?: string;
  probes: number[];
  rafTimes: number[];
  longTasks: { start: number; dur: number }[];
}

/** Every fresh page opened on a case's permalink is one load sample (key: "sim size"). */
type LoadSample = { info: LoadInfo; heapMB: number };
const loadSamples = new Map<string, LoadSample[]>();
async function sampleLoad(key: string, ctx: BrowserContext, page: Page, info: LoadInfo): Promise<void> {
  const list = loadSamples.get(key) ?? [];
  list.push({ info, heapMB: await heapMB(ctx, page) });
  loadSamples.set(key, list);
}

async function openAndWait(page: Page, url: string, timeoutMs: number): Promise<LoadInfo> {
  await page.goto(url);
  await page.waitForFunction('window.__bench && window.__bench.loaded()', null, { timeout: timeoutMs, polling: 50 });
  const info = (await page.evaluate('window.__bench.load()')) as LoadInfo;
  if (info.error) throw new Error(`model error: ${info.error}`);
  return info;
}

/** JS heap used by the page after a full GC, MB (CDP). */
async function heapMB(ctx: BrowserContext, page: Page): Promise<number> {
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  await cdp.detach();
  const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
  return r1(used / 1e6);
}

/** Mark the param control found by its label (Playwright's getByLabel), for the in-page code. */
const markSlider = new Function('el', 'el.setAttribute("data-bench-slider", "1")') as (el: Element) => void;

function errText(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n')[0].slice(0, 300);
}

// ---------------------------------------------------------------- the parts

interface Settings {
  steps: number;
  /** Step measurements on fresh pages; the reported median and p95 are medians of the runs' figures. */
  stepRuns: number;
  warmSteps: number;
  sliderSmall: number;
  sliderLarge: number;
  playbackMs: number;
  playbackRuns: number;
  loadRuns: number;
}

async function interaction(browser: Browser, base: string, c: ResolvedCase, s: Settings): Promise<InteractionResult> {
  const res: InteractionResult = {
    sim: c.sim,
    size: c.size,
    elements: c.elements,
    what: c.what,
    elementsAtStart: c.elementsAtStart,
    frames: c.frames,
    startFrame: c.startFrame,
    pageErrors: [],
  };
  const link = base + linkOf({ ...c.scenario, frame: c.startFrame });
  // Steps on a fresh page, one run; the VM this runs on has bursts of noise, so a run is one sample of the tail.
  const stepRun = async (page: Page): Promise<Stat> => {
    await page.evaluate(`window.__bench.steps(${s.warmSteps}, 2)`);
    const steps = (await page.evaluate(`window.__bench.steps(${s.steps}, 2)`)) as number[];
    if (steps.length < s.steps) throw new Error(`only ${steps.length} frames left to step through`);
    return stat(steps);
  };
  const { ctx, page, errors } = await newPage(browser);
  try {
    const info = await openAndWait(page, link, 120_000);
    await sampleLoad(`${c.sim} ${c.size}`, ctx, page, info);
    const runs = [await stepRun(page)];
    for (let r = 1; r < s.stepRuns; r++) {
      const fresh = await newPage(browser);
      try {
        await openAndWait(fresh.page, link, 120_000);
        runs.push(await stepRun(fresh.page));
      } finally {
        errors.push(...fresh.errors);
        await fresh.ctx.close();
      }
    }
    res.stepRuns = runs;
    res.step = {
      n: runs.reduce((a, r) => a + r.n, 0),
      medianMs: r1(median(runs.map((r) => r.medianMs))),
      p95Ms: r1(median(runs.map((r) => r.p95Ms))),
      maxMs: Math.max(...runs.map((r) => r.maxMs)),
    };
    await page.getByLabel(c.slider.label, { exact: true }).evaluate(markSlider);
    const n = c.size === 'large' ? s.sliderLarge : s.sliderSmall;
    const sl = (await page.evaluate(`window.__bench.slider(${JSON.stringify(c.slider.key)}, ${JSON.stringify(c.slider.values)}, ${n}, 2)`)) as {
      totalMs: number;
      recomputeMs: number;
      computeMs: number;
    }[];
    res.slider = {
      param: `${c.slider.label} ${c.slider.values.join(' ↔ ')}`,
      n: sl.length,
      totalMedianMs: r1(median(sl.map((x) => x.totalMs))),
      totalP95Ms: r1(pct(sl.map((x) => x.totalMs), 95)),
      recomputeMedianMs: r1(median(sl.map((x) => x.recomputeMs))),
      recomputeP95Ms: r1(pct(sl.map((x) => x.recomputeMs), 95)),
      workerComputeMedianMs: r1(median(sl.map((x) => x.computeMs))),
    };
  } catch (e) {
    res.error = errText(e);
  } finally {
    res.pageErrors = errors.slice(0, 5);
    await ctx.close();
  }
  return res;
}

async function playback(browser: Browser, base: string, c: ResolvedCase, s: Settings): Promise<PlaybackResult> {
  const runs: { durationMs: number; fps: number; longestFrameMs: number; framesOver20Ms: number; simFramesAdvanced: number; longTasks: number[] }[] = [];
  const res: PlaybackResult = {
    sim: c.sim,
    elements: c.elements,
    speed: 0,
    runs: 0,
    durationMs: 0,
    fps: 0,
    longestFrameMs: 0,
    framesOver20Ms: 0,
    simFramesPerSecond: 0,
    longTasks: 0,
    longTaskMaxMs: 0,
    pageErrors: [],
  };
  for (let r = 0; r < s.playbackRuns; r++) {
    const { ctx, page, errors } = await newPage(browser);
    try {
      const info = await openAndWait(page, base + linkOf({ ...c.scenario, frame: c.startFrame }), 120_000);
      await sampleLoad(`${c.sim} ${c.size}`, ctx, page, info);
      const speeds = (await page.evaluate(`[...document.querySelectorAll('[data-testid="speed-select"] option')].map((o) => Number(o.value))`)) as number[];
      res.speed = Math.max(...speeds);
      await page.getByTestId('speed-select').selectOption(String(res.speed));
      await page.evaluate('document.activeElement && document.activeElement.blur()');
      runs.push(await page.evaluate(`window.__bench.playback(${s.playbackMs})`));
    } catch (e) {
      res.error = errText(e);
    } finally {
      res.pageErrors.push(...errors.slice(0, 5));
      await ctx.close();
    }
  }
  if (runs.length) {
    res.runs = runs.length;
    res.durationMs = Math.round(median(runs.map((x) => x.durationMs)));
    res.fps = r1(median(runs.map((x) => x.fps)));
    res.longestFrameMs = r1(median(runs.map((x) => x.longestFrameMs)));
    res.framesOver20Ms = Math.round(median(runs.map((x) => x.framesOver20Ms)));
    res.simFramesPerSecond = r1(median(runs.map((x) => (x.simFramesAdvanced / x.durationMs) * 1000)));
    const lts = runs.flatMap((x) => x.longTasks);
    res.longTasks = lts.length;
    res.longTaskMaxMs = lts.length ? r1(Math.max(...lts)) : 0;
  }
  return res;
}

/** Load figures from every sample of the case, opening fresh pages until there are `loadRuns`. */
async function load(browser: Browser, base: string, c: ResolvedCase, s: Settings): Promise<LoadResult> {
  const key = `${c.sim} ${c.size}`;
  const res: LoadResult = {
    sim: c.sim,
    size: c.size,
    runs: 0,
    framePaintedMs: null,
    donePaintedMs: null,
    appReadyMs: null,
    firstFrameMs: null,
    doneMs: null,
    heapMB: null,
    pageErrors: [],
  };
  for (let r = loadSamples.get(key)?.length ?? 0; r < s.loadRuns; r++) {
    // A fresh context each run: empty HTTP cache, new worker, nothing warmed up.
    const { ctx, page, errors } = await newPage(browser);
    try {
      await sampleLoad(key, ctx, page, await openAndWait(page, base + linkOf({ ...c.scenario, frame: c.startFrame }), 120_000));
    } catch (e) {
      res.error = errText(e);
    } finally {
      res.pageErrors.push(...errors.slice(0, 5));
      await ctx.close();
    }
  }
  const samples = loadSamples.get(key) ?? [];
  const info = samples.map((x) => x.info);
  res.runs = samples.length;
  res.framePaintedMs = medianOrNull(info.map((p) => p.framePainted));
  res.donePaintedMs = medianOrNull(info.map((p) => p.donePainted));
  res.appReadyMs = medianOrNull(info.map((p) => p.storeAt));
  res.firstFrameMs = medianOrNull(info.map((p) => p.firstFrameAt));
  res.doneMs = medianOrNull(info.map((p) => p.doneAt));
  res.heapMB = medianOrNull(samples.map((x) => x.heapMB));
  return res;
}

async function large(browser: Browser, base: string, sim: string): Promise<LargeResult> {
  const { name, scenario } = largeCase(sim);
  const res: LargeResult = {
    sim,
    name,
    frames: null,
    doneMs: null,
    donePaintedMs: null,
    longTasksOver50: 0,
    maxLongTaskMs: null,
    maxFrameGapMs: null,
    probes: 0,
    probeMedianMs: null,
    probeP95Ms: null,
    probeMaxMs: null,
    heapMB: null,
    pageErrors: [],
  };
  const invalid = validateLarge(scenario);
  if (invalid.length) return { ...res, error: `invalid scenario: ${invalid.join('; ')}` };
  const { ctx, page, errors } = await newPage(browser, 'window.__benchProbe = true;');
  try {
    const info = await openAndWait(page, base + linkOf(scenario), 300_000);
    const from = info.firstFrameAt ?? 0;
    const to = info.donePainted ?? Infinity;
    // Long tasks that overlap the streaming window (first frame → last frame painted).
    const lts = info.longTasks.filter((t) => t.start + t.dur >= from && t.start <= to).map((t) => t.dur);
    let gap = 0;
    for (let i = 1; i < info.rafTimes.length; i++) gap = Math.max(gap, info.rafTimes[i] - info.rafTimes[i - 1]);
    res.frames = info.frames ?? null;
    res.doneMs = info.doneAt !== undefined ? Math.round(info.doneAt) : null;
    res.donePaintedMs = info.donePainted !== undefined ? Math.round(info.donePainted) : null;
    res.longTasksOver50 = lts.length;
    res.maxLongTaskMs = lts.length ? r1(Math.max(...lts)) : 0;
    res.maxFrameGapMs = info.rafTimes.length > 1 ? r1(gap) : null;
    res.probes = info.probes.length;
    if (info.probes.length) {
      res.probeMedianMs = r1(median(info.probes));
      res.probeP95Ms = r1(pct(info.probes, 95));
      res.probeMaxMs = r1(Math.max(...info.probes));
    }
    res.heapMB = await heapMB(ctx, page);
  } catch (e) {
    res.error = errText(e);
  } finally {
    res.pageErrors = errors.slice(0, 5);
    await ctx.close();
  }
  return res;
}

// ---------------------------------------------------------------- entry

export async function runBrowserBench(o: BrowserOptions): Promise<BrowserResults> {
  const log = o.log ?? ((l: string) => process.stderr.write(l + '\n'));
  const port = o.port ?? Number(process.env.BENCH_PORT ?? 4199);
  const outDir = o.outDir ?? 'dist-bench';
  const s: Settings = o.quick
    ? { steps: 10, stepRuns: 1, warmSteps: 2, sliderSmall: 1, sliderLarge: 1, playbackMs: 1000, playbackRuns: 1, loadRuns: 1 }
    : { steps: 100, stepRuns: 3, warmSteps: 3, sliderSmall: 10, sliderLarge: 3, playbackMs: 5000, playbackRuns: 2, loadRuns: 3 };
  loadSamples.clear();
  const sims = browserSims().filter((id) => !o.filter || id.includes(o.filter));

  build(outDir, log);
  const bundle = bundleSizes(outDir, browserSims());
  const server = await preview(outDir, port, log);
  const systemChromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const browser = await chromium.launch({
    executablePath: existsSync(systemChromium) ? systemChromium : undefined,
    args: CHROMIUM_ARGS,
  });
  const onExit = () => server.stop();
  process.once('exit', onExit);
  const onSigint = () => {
    server.stop();
    process.exit(130);
  };
  process.once('SIGINT', onSigint);
  const out: BrowserResults = {
    chromium: browser.version(),
    settings: { ...s, viewport: '1280×720', server: `vite preview ${server.url}`, gzipLevel: 9 },
    bundle,
    interaction: [],
    playback: [],
    load: [],
    large: [],
  };
  try {
    // Frames needed after the start frame: the steps (+ warm-up), and 5 s of playback at medium.
    const cases: ResolvedCase[] = [];
    for (const sim of sims)
      for (const size of SIZES) {
        try {
          cases.push(resolveCase(browserCase(sim, size), size === 'medium' ? 330 : 110));
        } catch (e) {
          out.interaction.push({ sim, size, elements: 0, what: '', elementsAtStart: 0, frames: 0, startFrame: 0, pageErrors: [], error: errText(e) });
        }
      }
    for (const c of cases) {
      log(`  browser ${c.sim} ${c.size}: steps and slider…`);
      const r = await interaction(browser, server.url, c, s);
      out.interaction.push(r);
      log(`    step p95 ${r.step?.p95Ms ?? '—'} ms, slider median ${r.slider?.totalMedianMs ?? '—'} ms${r.error ? `, error: ${r.error}` : ''}`);
    }
    for (const c of cases.filter((x) => x.size === 'medium')) {
      log(`  browser ${c.sim} medium: playback…`);
      const r = await playback(browser, server.url, c, s);
      out.playback.push(r);
      log(`    ${r.fps} fps, longest frame ${r.longestFrameMs} ms, ${r.longTasks} long tasks${r.error ? `, error: ${r.error}` : ''}`);
    }
    for (const c of cases) {
      log(`  browser ${c.sim} ${c.size}: load…`);
      const r = await load(browser, server.url, c, s);
      out.load.push(r);
      log(`    painted ${r.donePaintedMs} ms, heap ${r.heapMB} MB${r.error ? `, error: ${r.error}` : ''}`);
    }
    for (const sim of sims) {
      log(`  browser ${sim}: 10^5-op scenario…`);
      const r = await large(browser, server.url, sim);
      out.large.push(r);
      log(`    done ${r.doneMs} ms, longest task ${r.maxLongTaskMs} ms, heap ${r.heapMB} MB${r.error ? `, error: ${r.error}` : ''}`);
    }
  } finally {
    await browser.close();
    server.stop();
    process.off('exit', onExit);
    process.off('SIGINT', onSigint);
  }
  return out;
}
