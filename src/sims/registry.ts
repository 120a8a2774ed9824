import type { AnySimDefinition } from '../engine/types';
import { hashRingSim } from './hash-ring/definition';

/**
 * Every simulation, in catalog order. Adding a simulation = one folder under
 * src/sims/<id>/ (definition.ts, ui.tsx, thumbnail.svg) and one line here.
 */
export const SIMS: readonly AnySimDefinition[] = [
  hashRingSim,
];

export function findSim(id: string): AnySimDefinition | undefined {
  return SIMS.find((s) => s.id === id);
}
