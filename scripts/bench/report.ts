import type { BudgetResult } from './budgets';
import type { BrowserResults } from './browserBench';
import type { ModelResult } from './modelBench';

/** Model result plus throughput in units per wall second (Raft: simulated s per wall s). */
export type ModelRow = ModelResult & { unitsPerSecond?: number };

export function withThroughput(rows: ModelResult[]): ModelRow[] {
  return rows.map((r) => (r.error || !r.ms ? r : { ...r, unitsPerSecond: Math.round((r.size / (r.ms / 1000)) * 100) / 100 }));
}

const n = (x: number | null | undefined, unit = '') => (x === null || x === undefined || Number.isNaN(x) ? '—' : `${x.toLocaleString('en-US')}${unit}`);

export function modelTable(rows: ModelRow[], repeats: number): string {
  const out = [`**Model throughput** (Node, no browser; median of ${repeats})`, '', '| simulation | case | frames | total ms | µs per unit | units per wall s | frames/s |', '| --- | --- | ---: | ---: | ---: | ---: | ---: |'];
  for (const r of rows) {
    const unit = r.unit === 'keys' ? 'key' : r.unit === 'calls' ? 'call' : r.unit;
    out.push(
      r.error
        ? `| ${r.sim} | ${r.case} | error: ${r.error} | | | | |`
        : `| ${r.sim} | ${r.case} | ${n(r.frames)} | ${n(r.ms)} | ${n(r.usPerUnit)} per ${unit} | ${n(r.unitsPerSecond)} ${r.unit} | ${n(r.framesPerSecond)} |`,
    );
  }
  return out.join('\n');
}

export function browserTables(b: BrowserResults, budgets: BudgetResult[]): string {
  const out: string[] = [];
  const miss = (subject: string, prefix: string) => budgets.some((x) => !x.ok && x.subject === subject && x.budget.startsWith(prefix));
  const flag = (bad: boolean) => (bad ? ' ✗' : '');
  const s = b.settings;

  out.push(
    `**Interaction latency** (Chromium ${b.chromium}, vite preview build, ${s.viewport}). Step: ArrowRight → new frame painted, ${s.steps} steps per run on a fresh page, ${s.stepRuns} run${s.stepRuns === 1 ? '' : 's'}; step median and p95 are the medians of the runs' figures (each run's p95 listed), max over all runs. Slider: input → recomputed in the worker → target frame painted (includes the param panel's 150 ms debounce; "recompute" starts when the new params reach the timeline), ${s.sliderSmall} changes (${s.sliderLarge} at large). ✗ = budget missed.`,
    '',
    '| simulation | size | elements | step median | step p95 | p95 per run | step max | slider median | slider p95 | recompute median | worker compute |',
    '| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const r of b.interaction) {
    const subject = `${r.sim} ${r.size} (${r.elements.toLocaleString('en-US')})`;
    if (r.error && !r.step) {
      out.push(`| ${r.sim} | ${r.size} | ${n(r.elements)} ${r.what} | error: ${r.error} | | | | | | | |`);
      continue;
    }
    out.push(
      `| ${r.sim} | ${r.size} | ${n(r.elements)} ${r.what} | ${n(r.step?.medianMs, ' ms')} | ${n(r.step?.p95Ms, ' ms')}${flag(miss(subject, 'step'))} | ${r.stepRuns?.map((x) => n(x.p95Ms)).join(' / ') ?? '—'} | ${n(r.step?.maxMs, ' ms')} | ${n(r.slider?.totalMedianMs, ' ms')} | ${n(r.slider?.totalP95Ms, ' ms')} | ${n(r.slider?.recomputeMedianMs, ' ms')} | ${n(r.slider?.workerComputeMedianMs, ' ms')} |${r.error ? ` error: ${r.error}` : ''}`,
    );
  }

  out.push(
    '',
    `**Playback** at medium size, highest speed (${b.playback[0]?.speed ?? '—'}×: one timeline frame per animation frame), ${Number(s.playbackMs) / 1000} s, median of ${s.playbackRuns} runs; long tasks over all runs.`,
    '',
    '| simulation | fps | longest frame | frames > 20 ms | timeline frames/s | long tasks (> 50 ms) | longest task |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const p of b.playback) {
    const subj = `${p.sim} medium`;
    out.push(
      p.error && !p.runs
        ? `| ${p.sim} | error: ${p.error} | | | | | |`
        : `| ${p.sim} | ${n(p.fps)}${flag(miss(subj, 'playback'))} | ${n(p.longestFrameMs, ' ms')} | ${n(p.framesOver20Ms)} | ${n(p.simFramesPerSecond)} | ${n(p.longTasks)}${flag(miss(subj, 'no long task'))} | ${n(p.longTaskMaxMs, ' ms')} |`,
    );
  }

  out.push(
    '',
    `**Load**: permalink navigation → its frame painted (fresh browser context: empty cache), median of ${s.loadRuns}; "frame painted" = the link's frame on screen with its counter, caption and view (the budgeted figure; the worker sends it ahead of the frames before it); "done + painted" = every frame computed as well; app ready = the app's script has run; heap = JS heap used after a GC (CDP).`,
    '',
    '| simulation | size | app ready | first frame from worker | frame painted | done + painted | JS heap |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const l of b.load) {
    out.push(
      l.error && !l.runs
        ? `| ${l.sim} | ${l.size} | error: ${l.error} | | | | |`
        : `| ${l.sim} | ${l.size} | ${n(l.appReadyMs, ' ms')} | ${n(l.firstFrameMs, ' ms')} | ${n(l.framePaintedMs, ' ms')}${flag(miss(`${l.sim} ${l.size}`, 'permalink'))} | ${n(l.donePaintedMs, ' ms')} | ${n(l.heapMB, ' MB')} |`,
    );
  }

  out.push(
    '',
    '**10^5-op scenarios** computing in the worker (fresh page, link opened on its last frame). Longest task and frame gap from the first frame to the last frame painted; steps pressed every 250 ms while frames stream in.',
    '',
    '| simulation | scenario | frames | done | last frame painted | longest task | tasks > 50 ms | longest frame gap | steps while computing (median / p95) | JS heap |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const g of b.large) {
    out.push(
      g.error && g.frames === null
        ? `| ${g.sim} | ${g.name} | error: ${g.error} | | | | | | | |`
        : `| ${g.sim} | ${g.name} | ${n(g.frames)} | ${n(g.doneMs, ' ms')} | ${n(g.donePaintedMs, ' ms')} | ${n(g.maxLongTaskMs, ' ms')}${flag(miss(g.sim, '10^5 ops: longest'))} | ${n(g.longTasksOver50)} | ${n(g.maxFrameGapMs, ' ms')} | ${g.probes ? `${n(g.probeMedianMs)} / ${n(g.probeP95Ms, ' ms')} (${g.probes})` : '—'}${flag(miss(g.sim, '10^5 ops: step'))} | ${n(g.heapMB, ' MB')}${flag(miss(g.sim, '10^5 ops: heap'))} |`,
    );
  }

  const bu = b.bundle;
  out.push(
    '',
    `**Bundle** (gzip level 9): initial JS ${n(bu.initialJsGzipKB)} kB${flag(miss('initial bundle', 'initial JS'))}, initial CSS ${n(bu.initialCssGzipKB)} kB, worker (all models, fetched at start) ${n(bu.workerGzipKB)} kB; graph/chart libraries in the initial bundle: ${bu.graphLibsInInitial.length ? bu.graphLibsInInitial.join(', ') + ' ✗' : 'none'}.`,
    '',
    '| simulation | its chunks, JS | its chunks, CSS | libraries it loads |',
    '| --- | ---: | ---: | --- |',
  );
  for (const x of bu.sims) out.push(`| ${x.sim} | ${n(x.jsGzipKB)} kB | ${n(x.cssGzipKB)} kB | ${x.libraries.join(', ') || '—'} |`);
  return out.join('\n');
}

export function budgetTable(budgets: BudgetResult[]): string {
  const missed = budgets.filter((b) => !b.ok);
  const lines = [`**Budgets**: ${budgets.length - missed.length} of ${budgets.length} met.`];
  if (missed.length) {
    lines.push('', '| missed budget | where | measured | limit |', '| --- | --- | ---: | ---: |');
    for (const m of missed) lines.push(`| ${m.budget} | ${m.subject} | ${m.value === null ? `— (${m.note ?? 'not measured'})` : `${m.value} ${m.unit}`} | ${m.limit} ${m.unit} |`);
  }
  return lines.join('\n');
}
