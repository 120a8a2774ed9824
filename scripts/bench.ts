/**
 * `npm run bench`: measure, write bench/results.json and print markdown tables.
 * Figures are reported, never asserted in the test suite.
 *   npm run bench                    # everything (model + browser), < 10 min on 2 cores
 *   npm run bench -- --quick         # smoke mode: few steps, one run each
 *   npm run bench -- --check         # also compare against scripts/bench/budgets.ts; exit 1 on a miss
 *   npm run bench -- --model-only    # skip the browser part
 *   npm run bench -- --browser-only  # skip the model part
 *   npm run bench -- raft            # only simulations whose id contains "raft"
 * The browser part builds into dist-bench/ and serves it with vite preview on
 * 127.0.0.1:4199 (BENCH_PORT overrides); Chromium is /usr/bin/chromium (or
 * CHROMIUM_PATH) when present, else Playwright's own.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem } from 'node:os';
import { runBrowserBench, type BrowserResults } from './bench/browserBench';
import { checkBudgets, BUDGETS, type BudgetResult } from './bench/budgets';
import { runModelBench } from './bench/modelBench';
import { browserTables, budgetTable, modelTable, withThroughput, type ModelRow } from './bench/report';

const args = process.argv.slice(2);
const flag = (f: string) => args.includes(f);
const filter = args.find((a) => !a.startsWith('--'));
const quick = flag('--quick');
const check = flag('--check');
const modelOnly = flag('--model-only');
const browserOnly = flag('--browser-only');

function versions(): Record<string, string> {
  const pkg = (name: string) => {
    try {
      return (JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')) as { version: string }).version;
    } catch {
      return 'unknown';
    }
  };
  let commit = 'unknown';
  try {
    commit = execSync('git rev-parse --short HEAD', { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    /* not a git checkout */
  }
  return { node: process.version, react: pkg('react'), vite: pkg('vite'), zustand: pkg('zustand'), playwright: pkg('@playwright/test'), commit };
}

async function main(): Promise<void> {
  const t0 = Date.now();
  const loadBefore = loadavg()[0];
  const machine = { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30), platform: `${process.platform} ${release()}` };
  const repeats = quick ? 1 : 3;
  let model: ModelRow[] = [];
  if (!browserOnly) {
    process.stderr.write('Model throughput (Node)…\n');
    model = withThroughput(runModelBench(repeats, filter));
  }
  let browser: BrowserResults | null = null;
  if (!modelOnly) {
    process.stderr.write('Browser (Playwright + Chromium on vite preview)…\n');
    browser = await runBrowserBench({ quick, filter });
  }
  const budgets: BudgetResult[] = browser
    ? checkBudgets({
        interaction: browser.interaction,
        playback: browser.playback,
        load: browser.load,
        bundle: browser.bundle,
        large: browser.large,
      })
    : [];
  // Other processes on the machine skew every figure: record the load average.
  const load = { before: Math.round(loadBefore * 100) / 100, after: Math.round(loadavg()[0] * 100) / 100 };
  // "after" includes this bench itself (Chromium, its worker, the preview server): allow for it.
  const busy = load.before > machine.cores || load.after > 2 * machine.cores + 1;
  const versionsNow = versions();
  if (browser) versionsNow.chromium = browser.chromium;
  const results = {
    date: new Date().toISOString(),
    mode: quick ? 'quick' : 'full',
    filter: filter ?? null,
    wallSeconds: Math.round((Date.now() - t0) / 1000),
    machine: { ...machine, loadAverage1m: load },
    versions: versionsNow,
    units: {
      ms: 'milliseconds (wall time; browser figures from performance.now())',
      us: 'microseconds',
      kB: 'kilobytes (1,000 bytes) of gzip (level 9)',
      MB: 'megabytes (10^6 bytes) of JS heap used, after a GC',
      fps: 'animation frames per second (rAF callbacks)',
      unitsPerSecond: 'units (keys, calls, simulated s) per wall second',
    },
    model,
    browser,
    budgets: { limits: BUDGETS, results: budgets },
  };
  mkdirSync('bench', { recursive: true });
  writeFileSync('bench/results.json', JSON.stringify(results, null, 2) + '\n');

  console.log(`\n### Performance (${quick ? 'quick mode — ' : ''}${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.platform}; ${results.date.slice(0, 10)})\n`);
  if (busy) console.log(`> **Warning:** the machine was busy (1-minute load average ${load.before} before, ${load.after} after, on ${machine.cores} cores): the figures below are slower than on an idle machine.\n`);
  if (model.length) console.log(modelTable(model, repeats) + '\n');
  if (browser) {
    console.log(browserTables(browser, budgets) + '\n');
    console.log(budgetTable(budgets) + '\n');
  }
  console.log(`Wrote bench/results.json (${results.wallSeconds} s).`);

  if (check) {
    const missed = budgets.filter((b) => !b.ok);
    if (!browser) {
      console.error('--check needs the browser part (drop --model-only).');
      process.exit(1);
    }
    if (missed.length) {
      console.error(`\n${missed.length} budget(s) missed:`);
      for (const m of missed) console.error(`  - ${m.budget}: ${m.subject}: ${m.value === null ? `not measured${m.note ? ` (${m.note})` : ''}` : `${m.value} ${m.unit}`} (limit ${m.limit} ${m.unit})`);
      process.exit(1);
    }
    console.error('\nEvery budget met.');
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
