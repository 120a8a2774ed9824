import type { AnySimDefinition, Frame, Scenario } from './types';
import { OpError } from './types';

/**
 * Run a validated scenario's model and number its frames. This generator is
 * the single path from scenario to frames: the worker, the main-thread
 * fallback, the trace CLI and the tests all use it, so their traces agree.
 * A model error surfaces as an OpError naming the op (or null).
 */
export function* runScenario(def: AnySimDefinition, scenario: Scenario): Generator<Frame> {
  let i = 0;
  let lastOp: number | null = null;
  try {
    for (const f of def.run(scenario.params, scenario.seed, scenario.ops)) {
      lastOp = f.op ?? lastOp;
      yield { i: i++, op: f.op, caption: f.caption, state: f.state, ...(f.highlight !== undefined ? { highlight: f.highlight } : {}) };
    }
  } catch (e) {
    if (e instanceof OpError) throw e;
    throw new OpError(e instanceof Error ? e.message : String(e), lastOp);
  }
}

/** All frames at once (tests, CLI). */
export function runAll(def: AnySimDefinition, scenario: Scenario): Frame[] {
  return [...runScenario(def, scenario)];
}
