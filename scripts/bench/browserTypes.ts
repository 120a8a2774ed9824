/** What the browser half of the bench measures (results.json's `browser` part). */
import type { Size } from './browserCases';

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
  /** Medians over the runs of each run's median and p95; max over all runs; n = steps in all runs. */
  step?: Stat;
  /** Each run's figures (fresh page, `settings.steps` steps). */
  stepRuns?: Stat[];
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
