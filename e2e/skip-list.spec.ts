import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import type { Scenario } from '../src/engine/types';
import { frameCounter, linkOf, openScenario, waitForTimeline, watchErrors } from './helpers';

const P = { p: 0.5, maxLevel: 16, spans: false };
const FIGURE_1 = [3, 6, 7, 9, 12, 17, 19, 21, 25, 26];
const LEVELS = [1, 2, 1, 3, 1, 2, 1, 4, 1, 2];
const figure1Ops = FIGURE_1.map((key, i) => ({ op: 'insert', key, level: LEVELS[i] }));

const searchScenario: Scenario = { sim: 'skip-list', params: P, seed: 1, ops: [...figure1Ops, { op: 'search', key: 19 }] };

async function caption(page: Page): Promise<string> {
  return ((await page.getByTestId('caption').textContent()) ?? '').trim();
}

test.describe('skip list', () => {
  test('a permalink of a search shows the path caption by caption', async ({ page }) => {
    const errors = watchErrors(page);
    await openScenario(page, searchScenario);
    const { n } = await frameCounter(page);
    // The search for 19 is the last 7 frames: start, down, right, down, right, down, found.
    const expected = [
      "Search for 19: start at the head on level 4, the list's level.",
      'Down to level 3 at the head: the next key on level 4 is 21, not less than 19.',
      'Right to 9 on level 3, since 9 < 19.',
      'Down to level 2 at 9: the next key on level 3 is 21, not less than 19.',
      'Right to 17 on level 2, since 17 < 19.',
      'Down to level 1 at 17: the next key on level 2 is 21, not less than 19.',
      'Found 19: the next key on level 1 is 19 (6 comparisons).',
    ];
    await page.goto(`./${linkOf({ ...searchScenario, frame: n - expected.length })}`);
    await waitForTimeline(page);
    for (let i = 0; i < expected.length; i++) {
      await expect(page.getByTestId('caption')).toContainText(expected[i]);
      expect((await frameCounter(page)).i).toBe(n - expected.length + 1 + i);
      if (i < expected.length - 1) await page.getByTestId('step-forward').click();
    }
    await expect(page.getByTestId('stat-comparisons')).toHaveText('6 (19 found)');
    await expect(page.getByRole('img', { name: /Skip list with 10 nodes and 4 levels; the search is at 19 on level 1/ })).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('step back undoes a coin flip', async ({ page }) => {
    const scenario: Scenario = { sim: 'skip-list', params: P, seed: 7, ops: FIGURE_1.map((key) => ({ op: 'insert', key })) };
    await openScenario(page, scenario);
    // Find a heads flip by stepping back from the end.
    await page.getByTestId('first-frame').click();
    let guard = 0;
    while (!(await caption(page)).includes(': heads')) {
      await page.getByTestId('step-forward').click();
      if (++guard > 200) throw new Error('no heads flip found');
    }
    const heads = await caption(page);
    const grown = Number(/grow to level (\d+)/.exec(heads)![1]);
    await expect(page.getByRole('status').filter({ hasText: 'New node' })).toContainText(`level ${grown}`);
    await page.getByTestId('step-back').click();
    const before = await caption(page);
    expect(before).not.toBe(heads);
    // Before the flip the new tower was one level shorter (or it was not being drawn yet).
    if (before.startsWith('Coin flip'))
      await expect(page.getByRole('status').filter({ hasText: 'New node' })).toContainText(`level ${grown - 1}`);
    else await expect(page.getByRole('status').filter({ hasText: 'New node' })).toHaveCount(0);
    await page.getByTestId('step-forward').click();
    await expect(page.getByTestId('caption')).toHaveText(heads);
  });

  test('insert, search and rank from the actions panel', async ({ page }) => {
    const errors = watchErrors(page);
    await openScenario(page, { sim: 'skip-list', params: { ...P, spans: true }, seed: 3, ops: figure1Ops });
    await page.getByLabel('Key', { exact: true }).fill('20');
    await page.getByLabel('Level (optional)').fill('3');
    await page.getByRole('button', { name: 'Insert', exact: true }).click();
    await waitForTimeline(page);
    await page.getByTestId('last-frame').click();
    await expect(page.getByTestId('caption')).toHaveText('Level 3: 9 now points to 20, and 20 to 21.');
    await page.getByRole('button', { name: 'Rank', exact: true }).click();
    await waitForTimeline(page);
    await page.getByTestId('last-frame').click();
    await expect(page.getByTestId('caption')).toContainText('Rank of 20 is 8');
    await page.getByLabel('Rank (1-based)').fill('3');
    await page.getByRole('button', { name: 'Find by rank' }).click();
    await waitForTimeline(page);
    await page.getByTestId('last-frame').click();
    await expect(page.getByTestId('caption')).toHaveText('Rank 3 is 7: the spans walked add up to 3.');
    await expect(page.getByTestId('invariants')).toContainText('hold');
    expect(errors).toEqual([]);
  });

  test('10,000 nodes: only the visible columns are drawn, and they scroll', async ({ page }) => {
    await openScenario(page, { sim: 'skip-list', params: P, seed: 5, ops: [{ op: 'insertMany', count: 10_000 }] });
    await expect(page.getByTestId('stat-n')).toHaveText('10000');
    const towers = page.locator('.sl-tower');
    expect(await towers.count()).toBeLessThan(200);
    const firstKey = await towers.first().getAttribute('data-key');
    await page.locator('.sl-scroll').evaluate((el) => (el.scrollLeft = el.scrollWidth / 2));
    await expect.poll(async () => towers.first().getAttribute('data-key')).not.toBe(firstKey);
    expect(await towers.count()).toBeLessThan(200);
  });

  test('every example opens with its invariants holding', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('./#/skip-list');
    await waitForTimeline(page);
    for (const title of ['Build by coin flips', 'Search for 57', 'p = 0.25 like Redis', 'Unlucky towers (a degenerate list)']) {
      await page.getByLabel('Examples').selectOption({ label: title });
      await waitForTimeline(page);
      await expect(page.getByTestId('invariants')).toContainText('hold');
    }
    await expect(page.getByTestId('caption')).toHaveText('Found 80: the next key on level 1 is 80 (12 comparisons).');
    expect(errors).toEqual([]);
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`no axe violations with spans and a search (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await openScenario(page, { ...searchScenario, params: { ...P, spans: true }, frame: 3 });
      const r = await new AxeBuilder({ page }).analyze();
      expect(r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    });
  }

  test('usable at phone width: the page does not overflow sideways', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await openScenario(page, searchScenario);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
