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
import { execSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, devices, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { encodeScenario } from '../../src/engine/permalink';
import type { Scenario } from '../../src/engine/types';
import { findSim } from '../../src/sims/registry';
import { browserCase, browserSims, largeCase, resolveCase, SIZES, validateLarge, type ResolvedCase, type Size } from './browserCases';
import { INIT_SCRIPT } from './inPage';

export interface BrowserOptions {
  quick: boolean;
  /** Only simulations whose id contains this. */
  filter?: string;
  port?: number;
  outDir?: string;
  log?: (line: string) => void;
}

export interface Stat {
  n: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
}

export interface InteractionResult {
  sim: string;
  size: Size;
  elements: number;
  what: string;
  elementsAtStart: number;
  frames: number;
  startFrame: number;
  step?: Stat;
  slider?: { param: string; n: number; totalMedianMs: number; totalP95Ms: number; recomputeMedianMs: number; recomputeP95Ms: number; workerComputeMedianMs: number };
  pageErrors: string[];
  error?: string;
}

export interface PlaybackResult {
  sim: string;
  elements: number;
  speed: number;
  runs: number;
  /** Medians over runs. */
  durationMs: number;
  fps: number;
  longestFrameMs: number;
  framesOver20Ms: number;
  simFramesPerSecond: number;
  /** Over all runs: how many long tasks, and the longest. */
  longTasks: number;
  longTaskMaxMs: number;
  pageErrors: string[];
  error?: string;
}

export interface LoadResult {
  sim: string;
  size: Size;
  runs: number;
  /** Medians over runs, ms since navigation start. */
  framePaintedMs: number | null;
  donePaintedMs: number | null;
  /** Where the time goes (medians, ms since navigation start): app script ran, first frame from the worker, every frame computed. */
  appReadyMs: number | null;
  firstFrameMs: number | null;
  doneMs: number | null;
  heapMB: number | null;
  pageErrors: string[];
  error?: string;
}

export interface LargeResult {
  sim: string;
  name: string;
  frames: number | null;
  /** ms since navigation start. */
  doneMs: number | null;
  donePaintedMs: number | null;
  /** Long tasks from the first frame to the last frame painted. */
  longTasksOver50: number;
  maxLongTaskMs: number | null;
  maxFrameGapMs: number | null;
  probes: number;
  probeMedianMs: number | null;
  probeP95Ms: number | null;
  probeMaxMs: number | null;
  heapMB: number | null;
  pageErrors: string[];
  error?: string;
}

export interface BundleResult {
  initialFiles: { file: string; gzipBytes: number }[];
  initialJsGzipKB: number;
  initialCssGzipKB: number;
  workerGzipKB: number;
  /** Graph/chart libraries found in the initial bundle (should be none). */
  graphLibsInInitial: string[];
  sims: { sim: string; jsGzipKB: number; cssGzipKB: number; files: { file: string; gzipBytes: number }[]; libraries: string[] }[];
}

export interface BrowserResults {
  chromium: string;
  settings: Record<string, number | string>;
  bundle: BundleResult;
  interaction: InteractionResult[];
  playback: PlaybackResult[];
  load: LoadResult[];
  large: LargeResult[];
}

const kB = (bytes: number) => Math.round(bytes / 10) / 100;
const r1 = (x: number) => Math.round(x * 10) / 10;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
/** Nearest-rank percentile. */
function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.max(0, Math.ceil((p / 100) * s.length) - 1)];
}
function stat(xs: number[]): Stat {
  return { n: xs.length, medianMs: r1(median(xs)), p95Ms: r1(pct(xs, 95)), maxMs: r1(Math.max(...xs)) };
}
const medianOrNull = (xs: (number | null | undefined)[]) => {
  const v = xs.filter((x): x is number => typeof x === 'number');
  return v.length ? r1(median(v)) : null;
};

function linkOf(s: Scenario): string {
  const def = findSim(s.sim);
  if (!def) throw new Error(`unknown sim ${s.sim}`);
  return encodeScenario(s, def);
}

// ---------------------------------------------------------------- build + serve

function build(outDir: string, log: (s: string) => void): void {
  log(`Building the app (vite build --manifest → ${outDir})…`);
  execSync('npx vite build --manifest --logLevel warn', { env: { ...process.env, VITE_OUT_DIR: outDir }, stdio: ['ignore', 'ignore', 'inherit'] });
}

/** True when nothing listens on 127.0.0.1:port. */
function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}

async function preview(outDir: string, wanted: number, log: (s: string) => void): Promise<{ url: string; stop: () => void }> {
  // Another server on the port would be measured instead of this build: take the next free port.
  let port = wanted;
  while (!(await portFree(port))) {
    if (port - wanted > 50) throw new Error(`no free port from ${wanted} to ${port}`);
    port++;
  }
  if (port !== wanted) log(`Port ${wanted} is taken by another process; serving on ${port}.`);
  const child: ChildProcess = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    env: { ...process.env, VITE_OUT_DIR: outDir },
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const stop = () => {
    // Our own preview server and its children (its process group), by id.
    try {
      if (child.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  };
  const url = `http://127.0.0.1:${port}/`;
  const expected = readFileSync(join(outDir, 'index.html'), 'utf8');
  for (let i = 0; i < 150; i++) {
    if (child.exitCode !== null) throw new Error(`vite preview exited (${child.exitCode}): ${stderr.trim()}`);
    try {
      const res = await fetch(url);
      // Make sure it is our build that answers.
      if (res.ok && (await res.text()) === expected) return { url, stop };
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new Error(`vite preview did not serve ${outDir} on ${url}: ${stderr.trim()}`);
}

// ---------------------------------------------------------------- bundle sizes

interface ManifestChunk {
  file: string;
  name?: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
  assets?: string[];
}

export function bundleSizes(outDir: string, sims: string[]): BundleResult {
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const clean = (p: string) => p.replace(/^\.?\//, '');
  const gz = (file: string) => gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length;
  const read = (file: string) => readFileSync(join(outDir, file), 'utf8');

  // What index.html loads up front: the entry script, modulepreloads, stylesheets.
  const attr = (tag: string, name: string) => new RegExp(`${name}="([^"]+)"`).exec(tag)?.[1];
  const tags = html.match(/<(script|link)\b[^>]*>/g) ?? [];
  const initialJs = new Set<string>();
  const initialCss = new Set<string>();
  for (const t of tags) {
    if (t.startsWith('<script') && /type="module"/.test(t) && attr(t, 'src')) initialJs.add(clean(attr(t, 'src')!));
    if (t.startsWith('<link') && /rel="modulepreload"/.test(t) && attr(t, 'href')) initialJs.add(clean(attr(t, 'href')!));
    if (t.startsWith('<link') && /rel="stylesheet"/.test(t) && attr(t, 'href')) initialCss.add(clean(attr(t, 'href')!));
  }
  // Static imports of the entry are loaded up front too (modulepreload or not).
  const closure = (key: string, seen = new Set<string>()): Set<string> => {
    if (seen.has(key) || !manifest[key]) return seen;
    seen.add(key);
    for (const k of manifest[key].imports ?? []) closure(k, seen);
    return seen;
  };
  const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry)!;
  const initialKeys = closure(entryKey);
  for (const k of initialKeys) {
    initialJs.add(manifest[k].file);
    for (const c of manifest[k].css ?? []) initialCss.add(c);
  }

  // Which shared chunk is which library: names for d3 modules, content for @xyflow/react.
  const libOf = (key: string): string | null => {
    const c = manifest[key];
    if (!c || c.src) return null;
    if (read(c.file).includes('react-flow__')) return '@xyflow/react';
    if (c.name && /^d3/.test(c.name)) return c.name;
    return null;
  };
  const graphLibsInInitial = new Set<string>();
  for (const k of initialKeys) {
    const lib = libOf(k);
    if (lib) graphLibsInInitial.add(lib);
  }
  for (const f of initialJs) if (read(f).includes('react-flow__')) graphLibsInInitial.add('@xyflow/react');

  const worker = (manifest[entryKey].assets ?? []).find((a) => /worker/.test(a));
  const simsOut = sims.map((sim) => {
    const key = `src/sims/${sim}/ui.tsx`;
    const own = [...closure(key)].filter((k) => !initialKeys.has(k));
    const js = own.map((k) => manifest[k].file);
    const css = own.flatMap((k) => manifest[k].css ?? []).filter((c) => !initialCss.has(c));
    const files = [...js, ...css].map((file) => ({ file, gzipBytes: gz(file) }));
    return {
      sim,
      jsGzipKB: kB(js.reduce((a, f) => a + gz(f), 0)),
      cssGzipKB: kB(css.reduce((a, f) => a + gz(f), 0)),
      files,
      libraries: own.map(libOf).filter((x): x is string => x !== null),
    };
  });
  return {
    initialFiles: [...initialJs, ...initialCss].map((file) => ({ file, gzipBytes: gz(file) })),
    initialJsGzipKB: kB([...initialJs].reduce((a, f) => a + gz(f), 0)),
    initialCssGzipKB: kB([...initialCss].reduce((a, f) => a + gz(f), 0)),
    workerGzipKB: worker ? kB(gz(worker)) : 0,
    graphLibsInInitial: [...graphLibsInInitial],
    sims: simsOut,
  };
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
  const { ctx, page, errors } = await newPage(browser);
  try {
    const info = await openAndWait(page, base + linkOf({ ...c.scenario, frame: c.startFrame }), 120_000);
    await sampleLoad(`${c.sim} ${c.size}`, ctx, page, info);
    await page.evaluate(`window.__bench.steps(${s.warmSteps}, 2)`);
    const steps = (await page.evaluate(`window.__bench.steps(${s.steps}, 2)`)) as number[];
    if (steps.length < s.steps) throw new Error(`only ${steps.length} frames left to step through`);
    res.step = stat(steps);
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
    ? { steps: 10, warmSteps: 2, sliderSmall: 1, sliderLarge: 1, playbackMs: 1000, playbackRuns: 1, loadRuns: 1 }
    : { steps: 100, warmSteps: 3, sliderSmall: 10, sliderLarge: 3, playbackMs: 5000, playbackRuns: 2, loadRuns: 3 };
  loadSamples.clear();
  const sims = browserSims().filter((id) => !o.filter || id.includes(o.filter));

  build(outDir, log);
  const bundle = bundleSizes(outDir, browserSims());
  const server = await preview(outDir, port, log);
  const systemChromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const browser = await chromium.launch({
    executablePath: existsSync(systemChromium) ? systemChromium : undefined,
    args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
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
