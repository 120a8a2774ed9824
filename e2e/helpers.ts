import { expect, type Page } from '@playwright/test';
import { encodeScenario } from '../src/engine/permalink';
import type { Scenario } from '../src/engine/types';
import { findSim } from '../src/sims/registry';

/** The permalink (from `#` on) of a scenario, exactly as the app encodes it. */
export function linkOf(scenario: Scenario): string {
  const def = findSim(scenario.sim);
  if (!def) throw new Error(`unknown sim ${scenario.sim}`);
  return encodeScenario(scenario, def);
}

/** Collects uncaught page errors and console errors; assert it stays empty. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return errors;
}

/** Open a scenario by permalink and wait until its timeline is fully computed. */
export async function openScenario(page: Page, scenario: Scenario): Promise<void> {
  await page.goto(`./${linkOf(scenario)}`);
  await waitForTimeline(page);
}

/** The shell marks `data-status="done"` on the playback bar when every frame is computed. */
export async function waitForTimeline(page: Page): Promise<void> {
  await expect(page.getByTestId('playback')).toHaveAttribute('data-status', 'done');
}

/** `i / n` from the frame counter, as numbers. */
export async function frameCounter(page: Page): Promise<{ i: number; n: number }> {
  const text = (await page.getByTestId('frame-counter').textContent()) ?? '';
  const m = /(\d+)\s*\/\s*(\d+)/.exec(text);
  if (!m) throw new Error(`frame counter reads "${text}"`);
  return { i: Number(m[1]), n: Number(m[2]) };
}
