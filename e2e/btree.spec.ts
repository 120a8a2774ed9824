import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import type { Scenario } from '../src/engine/types';
import { btreeExamples } from '../src/sims/btree/examples';
import { frameCounter, linkOf, openScenario, waitForTimeline, watchErrors } from './helpers';

const P = { order: 4, split: 'on-overflow', variant: 'btree' };
const rootSplit: Scenario = { sim: 'btree', params: P, seed: 1, ops: [1, 2, 3, 4].map((key) => ({ op: 'insert', key })) };

const tree = (page: Page) => page.getByRole('img', { name: /B\+? ?-?tree/ });

test.describe('B-tree', () => {
  test('a permalink with inserts causing a root split shows the split caption; step back restores the previous shape', async ({ page }) => {
    const errors = watchErrors(page);
    await openScenario(page, rootSplit);
    const { i, n } = await frameCounter(page);
    expect(i).toBe(n);
    await expect(page.getByTestId('caption')).toContainText(
      '2 (the left middle, keys[1]) rises into a new root, and the tree grows one level',
    );
    await expect(tree(page)).toHaveAccessibleName(/height 2, 3 nodes, 4 keys/);
    await expect(page.getByTestId('btree-height')).toHaveText('2');
    await page.getByTestId('step-back').click();
    await expect(page.getByTestId('caption')).toContainText('4 keys is one more than the 3 allowed');
    await expect(tree(page)).toHaveAccessibleName(/height 1, 1 nodes, 4 keys/);
    await expect(page.locator('[data-node-id]')).toHaveCount(1);
    await expect(page.locator('.bt-node.is-over')).toHaveCount(1);
    await page.getByTestId('step-forward').click();
    await expect(page.locator('[data-node-id]')).toHaveCount(3);
    expect(errors).toEqual([]);
  });

  test('the order slider recomputes the timeline', async ({ page }) => {
    const errors = watchErrors(page);
    await openScenario(page, rootSplit);
    await page.getByLabel('Order').fill('5');
    await waitForTimeline(page);
    // With order 5 a node holds 4 keys: no split, one root leaf.
    await expect(tree(page)).toHaveAccessibleName(/B-tree with m = 5: height 1, 1 nodes, 4 keys/);
    await expect(page.getByTestId('caption')).toContainText('Insert 4: put 4 into the leaf, which becomes [1 2 3 4].');
    expect(errors).toEqual([]);
  });

  test('typing a key and pressing Insert adds an op; search highlights the path', async ({ page }) => {
    const errors = watchErrors(page);
    await openScenario(page, rootSplit);
    await page.getByLabel('Key', { exact: true }).fill('17');
    await page.getByRole('button', { name: 'Insert', exact: true }).click();
    await waitForTimeline(page);
    await expect(page.getByTestId('caption')).toContainText('Insert 17: put 17 into the leaf, which becomes [3 4 17].');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await waitForTimeline(page);
    await expect(page.getByTestId('caption')).toContainText('Search 17: found 17 in leaf [3 4 17].');
    await expect(page.locator('.bt-node.on-path')).toHaveCount(2);
    await page.getByRole('button', { name: 'Clear tree' }).click();
    await waitForTimeline(page);
    await expect(tree(page)).toHaveAccessibleName(/Empty B-tree/);
    expect(errors).toEqual([]);
  });

  test('an odd order with preemptive splitting is refused with a clear banner', async ({ page }) => {
    await page.goto(`./${linkOf({ ...rootSplit, params: { order: 5, split: 'preemptive', variant: 'btree' } })}`);
    await expect(page.getByTestId('error-banner')).toContainText('even order');
  });

  test('10,000 keys: one frame, light rendering when zoomed out, detail after zooming to a step, no errors', async ({ page }, info) => {
    const errors = watchErrors(page);
    const big: Scenario = {
      sim: 'btree',
      params: { order: 4, split: 'on-overflow', variant: 'bplus' },
      seed: 3,
      ops: [
        { op: 'insertMany', count: 10_000, pattern: 'random' },
        { op: 'search', key: 5000 },
      ],
    };
    const t0 = Date.now();
    await openScenario(page, big);
    await expect(page.getByTestId('btree-keys')).toHaveText('10000');
    const shown = Date.now() - t0;
    // Render cost of one 10,000-key frame: step back and forward (layout + overview drawing).
    const t1 = Date.now();
    await page.getByTestId('step-back').click();
    await page.getByTestId('step-forward').click();
    await expect(page.getByTestId('caption')).toContainText('Search 5000');
    const stepMs = (Date.now() - t1) / 2;
    info.annotations.push({
      type: 'bench',
      description: `10,000-key B+ tree: computed and shown in ${shown} ms; one frame step ≈ ${stepMs} ms`,
    });
    console.log(`[btree bench] 10,000 keys: compute + first render ${shown} ms, frame step ${stepMs} ms`);
    await expect(page.getByTestId('btree-canvas')).toHaveAttribute('data-mode', 'overview');
    await page.getByRole('button', { name: 'Zoom to step' }).click();
    await expect(page.getByTestId('btree-canvas')).toHaveAttribute('data-mode', 'detail');
    await page.getByRole('button', { name: 'Fit' }).click();
    await expect(page.getByTestId('btree-canvas')).toHaveAttribute('data-mode', 'overview');
    expect(errors).toEqual([]);
  });

  test('60,000 keys: a big tree is laid out in slices, marked busy until drawn, and steps land on the right tree', async ({ page }) => {
    const errors = watchErrors(page);
    // Note every animation frame at which the view said it was still laying out.
    await page.addInitScript(() => {
      const w = window as unknown as { __pendingFrames: number };
      w.__pendingFrames = 0;
      const poll = () => {
        if (document.querySelector('[data-view-pending]')) w.__pendingFrames++;
        requestAnimationFrame(poll);
      };
      requestAnimationFrame(poll);
    });
    const big: Scenario = {
      sim: 'btree',
      params: { order: 4, split: 'on-overflow', variant: 'btree' },
      seed: 5,
      ops: [
        { op: 'insertMany', count: 20_000, pattern: 'random' },
        { op: 'insertMany', count: 20_000, pattern: 'random' },
        { op: 'insertMany', count: 20_000, pattern: 'random' },
        { op: 'search', key: 777 },
      ],
    };
    await openScenario(page, big);
    const canvas = page.getByTestId('btree-canvas');
    await expect(canvas).not.toHaveAttribute('data-view-pending', /.*/);
    await expect(canvas).toHaveAttribute('aria-busy', 'false');
    await expect(tree(page)).toHaveAccessibleName(/B-tree with m = 4: height \d+, \d+ nodes, 60000 keys; highlighted path/);
    const full = await tree(page).getAttribute('aria-label');
    const pendingBefore = await page.evaluate(() => (window as unknown as { __pendingFrames: number }).__pendingFrames);
    expect(pendingBefore).toBeGreaterThan(0);
    // Back past the search's frames to the 40,000-key tree, never laid out before.
    let back = 0;
    while ((await page.getByTestId('btree-keys').textContent()) !== '40000' && back < 30) {
      await page.getByTestId('step-back').click();
      back++;
    }
    await expect(page.getByTestId('btree-keys')).toHaveText('40000');
    await expect(canvas).not.toHaveAttribute('data-view-pending', /.*/);
    await expect(tree(page)).toHaveAccessibleName(/height \d+, \d+ nodes, 40000 keys\.$/);
    // Forward again: that layout is cached, the tree comes back as it was.
    for (let i = 0; i < back; i++) await page.getByTestId('step-forward').click();
    await expect(tree(page)).toHaveAccessibleName(full!);
    await expect(canvas).toHaveAttribute('data-mode', 'overview');
    expect(errors).toEqual([]);
  });

  test('every example opens without errors and has no axe violations', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('./#/btree');
    await waitForTimeline(page);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((x) => x.target.join(' ')).join(', ')}`)).toEqual([]);
    for (const ex of btreeExamples) {
      await page.goto(`./${linkOf({ sim: 'btree', ...ex.scenario })}`);
      await waitForTimeline(page);
      await expect(page.getByTestId('invariants')).toHaveAttribute('data-ok', 'true');
    }
    expect(errors).toEqual([]);
  });
});
