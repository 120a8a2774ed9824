import { describe, expect, it } from 'vitest';
import { loadDefinition, SIM_IDS } from './loadDefinition';
import { findSim, SIMS } from './registry';

describe('lazy definitions (the page and the worker)', () => {
  it('find exactly the registered simulations', () => {
    expect(SIM_IDS).toEqual(SIMS.map((s) => s.id).sort());
  });
  it('load the same definition the registry holds', async () => {
    for (const id of SIM_IDS) expect(await loadDefinition(id)).toBe(findSim(id));
  });
  it('reject an unknown id', async () => {
    await expect(loadDefinition('warp-drive')).rejects.toThrow('unknown simulation "warp-drive"');
  });
});
