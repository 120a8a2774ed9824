import { performance } from 'node:perf_hooks';
import { runScenario } from '../../src/engine/runScenario';
import { validateScenario } from '../../src/engine/validateScenario';
import { findSim } from '../../src/sims/registry';
import { modelCases } from './modelCases';

export interface ModelResult {
  sim: string;
  case: string;
  size: number;
  unit: string;
  frames: number;
  /** Median wall time of the whole run, ms. */
  ms: number;
  /** Wall time per unit (key, call, simulated second), µs. */
  usPerUnit: number;
  framesPerSecond: number;
  error?: string;
}

/** Model throughput in Node (no browser): median of `repeats` runs per case. */
export function runModelBench(repeats = 3, filter?: string): ModelResult[] {
  const out: ModelResult[] = [];
  for (const c of modelCases()) {
    if (filter && !c.sim.includes(filter)) continue;
    const v = validateScenario(c.scenario, findSim);
    if (!v.ok) {
      out.push({ sim: c.sim, case: c.name, size: c.size, unit: c.unit, frames: 0, ms: 0, usPerUnit: 0, framesPerSecond: 0, error: v.errors.join('; ') });
      continue;
    }
    const def = findSim(c.sim)!;
    const times: number[] = [];
    let frames = 0;
    for (let r = 0; r < repeats; r++) {
      const t0 = performance.now();
      frames = 0;
      for (const _ of runScenario(def, v.scenario)) frames++;
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    const ms = times[Math.floor(times.length / 2)];
    out.push({
      sim: c.sim,
      case: c.name,
      size: c.size,
      unit: c.unit,
      frames,
      ms: round(ms),
      usPerUnit: round((ms * 1000) / c.size),
      framesPerSecond: Math.round(frames / (ms / 1000)),
    });
    process.stderr.write(`  model ${c.sim}: ${c.name}: ${round(ms)} ms, ${frames} frames\n`);
  }
  return out;
}

export const round = (x: number) => Math.round(x * 100) / 100;
