import type { AnySimDefinition } from '../engine/types';
import { hashRingSim } from './hash-ring/definition';
import { circuitBreakerSim } from './circuit-breaker/definition';
import { skipListSim } from './skip-list/definition';
import { raftSim } from './raft/definition';
import { btreeSim } from './btree/definition';

/**
 * Every simulation, in catalog order. Adding a simulation = one folder under
 * src/sims/<id>/ (definition.ts, ui.tsx, thumbnail.svg) and one line here.
 */
export const SIMS: readonly AnySimDefinition[] = [
  hashRingSim,
  circuitBreakerSim,
  skipListSim,
  raftSim,
  btreeSim,
];

export function findSim(id: string): AnySimDefinition | undefined {
  return SIMS.find((s) => s.id === id);
}
