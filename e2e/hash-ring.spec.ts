import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import type { Scenario } from '../src/engine/types';
import { frameCounter, linkOf, openScenario, waitForTimeline, watchErrors } from './helpers';

const three = [
  { op: 'addNode', node: 'cache-a' },
  { op: 'addNode', node: 'cache-b' },
  { op: 'addNode', node: 'cache-c' },
  { op: 'addKeys', count: 100 },
];
const fourth: Scenario = {
  sim: 'hash-ring',
  params: { vnodes: 160, hash: 'ketama' },
  seed: 42,
  ops: [...three, { op: 'addNode', node: 'cache-d' }],
};

const caption = (page: Page) => page.getByTestId('caption');
const ring = (page: Page) => page.getByRole('img', { name: /^Hash ring:/ });
const loadRow = (page: Page, node: string) => page.locator(`.hr-bar-row[data-node="${node}"]`);
// Points and most key dots are drawn on a canvas, which says what it drew: data-points, data-keys and data-owners ("cache-a:30 cache-b:41").
const canvas = (page: Page) => page.locator('.hr-ring-canvas');

test.describe('hash ring', () => {
  test('the canvas is not redrawn when a frame changes nothing on it, and still shows what a fresh page draws', async ({
    page,
    browser,
  }) => {
    const errors = watchErrors(page);
    const scenario: Scenario = {
      sim: 'hash-ring',
      params: { vnodes: 160, hash: 'ketama' },
      seed: 42,
      ops: [...three, { op: 'lookup', key: 'user:7' }],
    };
    await openScenario(page, scenario);
    // Back to the frame where the 100 keys were added (they fade in there), then on to the lookup's first frame.
    while (!/new keys added/.test((await caption(page).textContent()) ?? '')) await page.getByTestId('step-back').click();
    await page.waitForTimeout(900); // the fade-in (2 × --anim) has finished
    const draws = await canvas(page).getAttribute('data-draws');
    await page.getByTestId('step-forward').click();
    await expect(caption(page)).toContainText('Look up user:7');
    await page.waitForTimeout(300);
    await expect(canvas(page)).toHaveAttribute('data-draws', draws!);
    const pixels = () => canvas(page).evaluate((c: HTMLCanvasElement) => c.toDataURL());
    const kept = await pixels();
    // The same frame opened on its own draws the same picture.
    const { i } = await frameCounter(page);
    const fresh = await browser.newPage({ viewport: page.viewportSize()! });
    await fresh.goto(`./${linkOf({ ...scenario, frame: i - 1 })}`);
    await expect(fresh.getByTestId('caption')).toContainText('Look up user:7');
    await fresh.waitForTimeout(300);
    expect(await fresh.locator('.hr-ring-canvas').evaluate((c: HTMLCanvasElement) => c.toDataURL())).toBe(kept);
    await fresh.close();
    // Back to the keys' frame: they fade in again, so the canvas is drawn.
    await page.getByTestId('step-back').click();
    await expect(canvas(page)).not.toHaveAttribute('data-draws', draws!);
    expect(errors).toEqual([]);
  });

  test('a join shows its points, then exactly the moved keys, counted against the ideal', async ({ page }) => {
    const errors = watchErrors(page);
    await openScenario(page, fourth);
    await expect(caption(page)).toHaveText(/^\d+ of 100 keys \(\d+%\) moved to cache-d; ideal 1\/4 = 25%\.$/);
    await expect(ring(page)).toHaveAttribute('aria-label', 'Hash ring: 4 nodes, 640 points and 100 keys');
    await expect(page.getByTestId('invariants')).toContainText('All invariants hold');
    const moved = Number(/^(\d+)/.exec((await caption(page).textContent()) ?? '')?.[1]);
    await expect(page.locator('.hr-key.hr-moved')).toHaveCount(moved);
    await expect(page.locator('.hr-key.hr-moved[data-node="cache-d"]')).toHaveCount(moved);
    // The other keys are on the canvas, none of them cache-d's.
    await expect(canvas(page)).toHaveAttribute('data-keys', String(100 - moved));
    await expect(canvas(page)).toHaveAttribute('data-points', '640');
    await expect(canvas(page)).not.toHaveAttribute('data-owners', /cache-d/);
    await expect(loadRow(page, 'cache-d')).toHaveAttribute('data-keys', String(moved));

    // One step back: cache-d's points are on the ring, no key has moved yet.
    await page.getByTestId('step-back').click();
    await expect(caption(page)).toHaveText(/^cache-d joins with weight 1: its 160 points/);
    await expect(page.locator('[data-pending="join"]')).toHaveCount(1);
    await expect(page.locator('.hr-key[data-node="cache-d"]')).toHaveCount(0);
    await expect(canvas(page)).toHaveAttribute('data-keys', '100');
    await expect(canvas(page)).toHaveAttribute('data-points', '480');
    await expect(canvas(page)).not.toHaveAttribute('data-owners', /cache-d/);
    await expect(page.locator('.hr-bar-row')).toHaveCount(3);

    // Forward with the keyboard: the keys travel.
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('.hr-key[data-node="cache-d"]')).toHaveCount(moved);
    await expect(canvas(page)).toHaveAttribute('data-keys', String(100 - moved));
    await expect(canvas(page)).not.toHaveAttribute('data-owners', /cache-d/);
    await expect(page.locator('[data-pending]')).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test('actions add and remove nodes, add keys and look a key up', async ({ page }) => {
    const errors = watchErrors(page);
    await openScenario(page, { sim: 'hash-ring', params: { vnodes: 40, hash: 'ketama' }, seed: 3, ops: three });
    const before = (await frameCounter(page)).n;

    await page.getByLabel('Node name').fill('cache-x');
    await page.getByLabel('Weight').fill('2');
    await page.getByRole('button', { name: 'Add node' }).click();
    await waitForTimeline(page);
    await expect(page.getByTestId('frame-counter')).toHaveText(new RegExp(`/ ${before + 2}$`));
    await expect(loadRow(page, 'cache-x')).toBeVisible();
    await expect(page.getByTestId('caption')).toHaveText(/moved.*to cache-x; ideal 2\/5 = 40%\.$/);

    await page.getByLabel('Key', { exact: true }).fill('user:42');
    await page.getByRole('button', { name: 'Look up' }).click();
    await waitForTimeline(page);
    await page.getByTestId('first-frame').click();
    await page.getByTestId('last-frame').click();
    await expect(caption(page)).toHaveText(/^user:42 belongs to cache-. and would be stored there/);
    await expect(page.locator('.hr-lookup[data-phase="owner"]')).toHaveCount(1);
    await expect(page.locator('.hr-owner-dot')).toHaveCount(1);
    await page.getByTestId('step-back').click();
    await expect(page.locator('.hr-lookup[data-phase="walk"]')).toHaveCount(1);
    await page.getByTestId('last-frame').click();

    await page.getByRole('button', { name: 'Add key' }).click();
    await waitForTimeline(page);
    await expect(caption(page)).toHaveText(/^user:42 hashes to 0x18dfda56/);
    await expect(page.locator('.hr-key[data-key="user:42"]')).toHaveCount(1);

    await page.getByLabel('Batch size').fill('25');
    await page.getByRole('button', { name: 'Generate keys' }).click();
    await waitForTimeline(page);
    await expect(caption(page)).toHaveText(/^25 new keys added/);
    await expect(page.getByTestId('hr-total-keys')).toHaveText('126');

    await page.getByLabel('Node to remove').selectOption('cache-b');
    await page.getByRole('button', { name: 'Remove node' }).click();
    await waitForTimeline(page);
    await expect(caption(page)).toHaveText(/ off cache-b to the next points clockwise; ideal 1\/5 = 20%/);
    await expect(loadRow(page, 'cache-b')).toHaveCount(0);
    await expect(page.getByTestId('invariants')).toContainText('All invariants hold');
    expect(errors).toEqual([]);
  });

  test('the one-vnode example shows the imbalance and the vnodes slider evens it out', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('./#/hash-ring');
    await waitForTimeline(page);
    await page.getByRole('combobox', { name: /example/i }).selectOption({ label: 'One vnode vs many' });
    await waitForTimeline(page);
    await expect(ring(page)).toHaveAttribute('aria-label', 'Hash ring: 4 nodes, 4 points and 1000 keys');
    const spreadOne = Number(await page.getByTestId('hr-spread').textContent());
    expect(spreadOne).toBeGreaterThan(0.5);
    const slider = page.getByLabel('Virtual nodes');
    await slider.focus();
    await slider.fill('200');
    await waitForTimeline(page);
    await expect(ring(page)).toHaveAttribute('aria-label', 'Hash ring: 4 nodes, 800 points and 1000 keys');
    expect(Number(await page.getByTestId('hr-spread').textContent())).toBeLessThan(0.2);
    expect(errors).toEqual([]);
  });

  test('20,000 keys draw as a density band, quickly', async ({ page }) => {
    const errors = watchErrors(page);
    const big: Scenario = { ...fourth, ops: [...three.slice(0, 3), { op: 'addKeys', count: 20000 }, { op: 'addNode', node: 'cache-d' }] };
    const t0 = Date.now();
    await openScenario(page, big);
    await expect(page.locator('.hr-density')).toHaveAttribute('data-keys', '20000');
    expect(Date.now() - t0).toBeLessThan(15000);
    await expect(page.locator('.hr-key')).toHaveCount(0);
    await expect(canvas(page)).toHaveAttribute('data-keys', '0');
    await expect(page.locator('.hr-moved-bin').first()).toBeVisible();
    await expect(caption(page)).toHaveText(/of 20,000 keys \(\d+(\.\d)?%\) moved to cache-d; ideal 1\/4 = 25%\.$/);
    expect(errors).toEqual([]);
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`has no axe violations in the ${scheme} theme, at phone width, during a lookup`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width: 375, height: 900 });
      await page.goto(`./${linkOf({ ...fourth, ops: [...fourth.ops, { op: 'lookup', key: 'user:42' }] })}`);
      await waitForTimeline(page);
      await expect(page.locator('.hr-lookup[data-phase="owner"]')).toHaveCount(1);
      const results = await new AxeBuilder({ page }).include('.sim-page').analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(375);
    });
  }
});
