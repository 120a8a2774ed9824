import { runAll } from './runScenario';
import type { AnySimDefinition, Scenario } from './types';

/**
 * Determinism check: run a scenario `times` times and return the index of the
 * first run whose serialised frames differ from the first run's (or -1).
 * Tests assert `-1`; a model that reads the wall clock or an unseeded
 * random source fails it.
 */
export function firstNondeterministicRun(def: AnySimDefinition, scenario: Scenario, times = 3): number {
  const first = JSON.stringify(runAll(def, scenario));
  for (let r = 1; r < times; r++) {
    if (JSON.stringify(runAll(def, structuredClone(scenario))) !== first) return r;
  }
  return -1;
}
