import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { runAll } from '../src/engine/runScenario';
import { defaultParams } from '../src/engine/params';
import type { Scenario } from '../src/engine/types';
import { circuitBreakerSim } from '../src/sims/circuit-breaker/definition';
import { frameCounter, linkOf, openScenario, waitForTimeline, watchErrors } from './helpers';

/** A total outage from 5 s: every call fails, so the breaker's opening moment depends only on the threshold. */
const outage: Scenario = {
  sim: 'circuit-breaker',
  params: { rps: 20, duration: 12000 },
  seed: 5,
  ops: [{ op: 'backend', at: 5000, failureRate: 1, latencyMs: 50 }],
};

/** Index of the frame where the breaker first opens, computed by the same model headlessly. */
function openingFrame(s: Scenario): { index: number; time: number; caption: string } {
  const frames = runAll(circuitBreakerSim, { ...s, params: { ...defaultParams(circuitBreakerSim.params), ...s.params } });
  const index = frames.findIndex((f) => (f.state as { state: string }).state === 'OPEN');
  return { index, time: (frames[index].state as { time: number }).time, caption: frames[index].caption };
}

async function shownTime(page: Page): Promise<number> {
  return Number(await page.locator('.cb-view').getAttribute('data-time'));
}

test.describe('circuit breaker', () => {
  test('a permalink of an outage shows OPEN at the right frame with the reason in the caption', async ({ page }) => {
    const errors = watchErrors(page);
    const open = openingFrame(outage);
    expect(open.caption).toContain('failure rate 50% ≥ 50%');
    await openScenario(page, { ...outage, frame: open.index });
    expect((await frameCounter(page)).i).toBe(open.index + 1);
    await expect(page.getByTestId('caption')).toContainText('CLOSED → OPEN (failure rate 50% ≥ 50%)');
    await expect(page.getByTestId('cb-state')).toHaveText('OPEN');
    await expect(page.getByTestId('cb-failure-rate')).toContainText('50%');
    await expect(page.locator('.cb-node.lit')).toHaveAttribute('data-state', 'OPEN');
    await expect(page.locator('.cb-edge-label.just-taken')).toContainText('failure rate 50% ≥ 50%');
    await expect(page.getByTestId('invariants')).toContainText(/hold/i);
    await page.getByTestId('step-back').click();
    await expect(page.getByTestId('cb-state')).toHaveText('CLOSED');
    expect(errors).toEqual([]);
  });

  test('moving the failure-rate threshold slider changes when it opens', async ({ page }) => {
    const errors = watchErrors(page);
    const at50 = openingFrame(outage);
    const at80 = openingFrame({ ...outage, params: { ...outage.params, failureRateThreshold: 80 } });
    expect(at80.time).toBeGreaterThan(at50.time);
    await openScenario(page, { ...outage, frame: at50.index });
    await expect(page.getByTestId('cb-state')).toHaveText('OPEN');
    await page.getByLabel('Failure rate threshold').fill('80');
    await waitForTimeline(page);
    // The page stays near the same simulated moment, where an 80% breaker is still CLOSED.
    await expect(page.getByTestId('cb-state')).toHaveText('CLOSED');
    for (let k = 0; k < 60 && (await page.getByTestId('cb-state').textContent()) !== 'OPEN'; k++) await page.getByTestId('step-forward').click();
    await expect(page.getByTestId('cb-state')).toHaveText('OPEN');
    expect(await shownTime(page)).toBe(at80.time);
    await expect(page.getByTestId('caption')).toContainText('failure rate 80% ≥ 80%');
    expect(errors).toEqual([]);
  });

  test('actions: a manual FORCED_OPEN rejects the next call', async ({ page }) => {
    const errors = watchErrors(page);
    await openScenario(page, { sim: 'circuit-breaker', params: { rps: 0, duration: 5000 }, seed: 1, ops: [], frame: 0 });
    const actions = page.getByRole('complementary', { name: 'Controls' });
    await actions.getByLabel('To state').selectOption('FORCED_OPEN');
    await actions.getByRole('button', { name: 'Transition' }).click();
    await waitForTimeline(page);
    await expect(page.getByTestId('caption')).toContainText('CLOSED → FORCED_OPEN');
    await expect(page.getByTestId('cb-state')).toHaveText('FORCED_OPEN');
    await actions.getByRole('button', { name: 'Make a call' }).click();
    await waitForTimeline(page);
    await expect(page.getByTestId('caption')).toContainText('rejected');
    await expect(page.getByTestId('cb-last-call')).toContainText('rejected');
    expect(errors).toEqual([]);
  });

  test('the window is drawn as buckets for TIME_BASED and the page has no axe violations', async ({ page }) => {
    const errors = watchErrors(page);
    const slow = circuitBreakerSim.examples.find((e) => e.id === 'slow-backend')!;
    await page.goto(`./${linkOf({ sim: 'circuit-breaker', ...slow.scenario, frame: 60 })}`);
    await waitForTimeline(page);
    await expect(page.locator('.cb-buckets')).toBeVisible();
    await expect(page.getByText('Last 5 seconds (TIME_BASED)')).toBeVisible();
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      const results = await new AxeBuilder({ page }).include('.sim-page').analyze();
      expect(results.violations.map((v) => `${colorScheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
    expect(errors).toEqual([]);
  });

  test('every example opens, draws its view and keeps the invariants', async ({ page }) => {
    const errors = watchErrors(page);
    for (const ex of circuitBreakerSim.examples) {
      await openScenario(page, { sim: 'circuit-breaker', ...ex.scenario });
      await expect(page.locator('.cb-view'), ex.id).toBeVisible();
      await expect(page.locator('.cb-node.lit'), ex.id).toHaveCount(1);
      await expect(page.getByTestId('invariants'), ex.id).toContainText(/hold/i);
      await expect(page.getByTestId('caption'), ex.id).toContainText('Run ends at');
    }
    expect(errors).toEqual([]);
  });
});
