import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import LZString from 'lz-string';
import { frameCounter, linkOf, openScenario, waitForTimeline, watchErrors } from './helpers';
import { runAll } from '../src/engine/runScenario';
import type { Scenario } from '../src/engine/types';
import { findSim, SIMS } from '../src/sims/registry';

const ring: Scenario = {
  sim: 'hash-ring',
  params: { hash: 'ketama', vnodes: 40 },
  seed: 7,
  ops: [
    { op: 'addNode', node: 'cache-a' },
    { op: 'addNode', node: 'cache-b' },
    { op: 'addKeys', count: 30 },
    { op: 'lookup', key: 'user:42' },
  ],
};

test.describe('catalog', () => {
  test('lists working simulations and filters them', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('./#/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const cards = page.getByRole('list', { name: 'Simulations' }).getByRole('listitem');
    // Every registered simulation has a card, and nothing else does.
    await expect(cards).toHaveCount(SIMS.length);
    for (const def of SIMS) await expect(page.getByTestId(`card-${def.id}`)).toContainText(def.title);
    await page.getByLabel('Search simulations').fill('ring');
    await expect(page.getByTestId('card-hash-ring')).toBeVisible();
    await page.getByLabel('Search simulations').fill('zzzz-nothing');
    await expect(cards).toHaveCount(0);
    await expect(page.getByText('No simulation matches')).toBeVisible();
    await page.getByLabel('Search simulations').fill('');
    await page.getByRole('group', { name: 'Filter by topic' }).getByRole('button', { name: 'hashing' }).click();
    await expect(page.getByTestId('card-hash-ring')).toBeVisible();
    await page.getByTestId('card-hash-ring').click();
    await expect(page).toHaveURL(/#\/hash-ring/);
    await expect(page.getByTestId('caption')).not.toHaveText('Computing…');
    expect(errors).toEqual([]);
  });
});

test.describe('simulation page shell', () => {
  test('opens a permalink at its frame and steps with buttons and keys', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(`./${linkOf({ ...ring, frame: 2 })}`);
    await waitForTimeline(page);
    await expect(page.getByTestId('playback')).toHaveAttribute('data-runner', 'worker');
    const { i, n } = await frameCounter(page);
    expect(i).toBe(3);
    expect(n).toBeGreaterThan(6);
    const caption3 = await page.getByTestId('caption').textContent();
    await page.getByTestId('step-forward').click();
    await expect(page.getByTestId('frame-counter')).toHaveText(new RegExp(`^4 / ${n}`));
    expect(await page.getByTestId('caption').textContent()).not.toBe(caption3);
    await page.getByTestId('step-back').click();
    await expect(page.getByTestId('frame-counter')).toHaveText(new RegExp(`^3 / ${n}`));
    await expect(page.getByTestId('caption')).toHaveText(caption3 ?? '');
    await page.locator('body').click({ position: { x: 5, y: 200 } });
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('frame-counter')).toHaveText(new RegExp(`^5 / ${n}`));
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByTestId('frame-counter')).toHaveText(new RegExp(`^4 / ${n}`));
    await page.keyboard.press('End');
    await expect(page.getByTestId('frame-counter')).toHaveText(`${n} / ${n}`);
    await page.keyboard.press('Home');
    await expect(page.getByTestId('frame-counter')).toHaveText(`1 / ${n}`);
    await page.getByTestId('last-frame').click();
    await expect(page.getByTestId('frame-counter')).toHaveText(`${n} / ${n}`);
    await page.getByTestId('first-frame').click();
    await expect(page.getByTestId('frame-counter')).toHaveText(`1 / ${n}`);
    // Space plays from here; playback advances on its own.
    await page.getByTestId('speed-select').selectOption('32');
    await page.locator('body').click({ position: { x: 5, y: 200 } });
    await page.keyboard.press(' ');
    await expect(page.getByTestId('frame-counter')).toHaveText(`${n} / ${n}`);
    await expect(page.getByTestId('play')).toHaveAttribute('aria-pressed', 'false');
    // The URL follows the frame.
    await expect(page).toHaveURL(new RegExp(`&f=${n - 1}$`));
    expect(errors).toEqual([]);
  });

  test('a link written another way keeps its scenario part while the page steps (only the frame changes)', async ({ page }) => {
    // The same scenario with its default params spelled out: not how the app would write it.
    const custom = LZString.compressToEncodedURIComponent(JSON.stringify({ params: { hash: 'ketama', vnodes: 40 }, seed: 7, ops: ring.ops }));
    expect(linkOf(ring)).not.toContain(custom);
    await page.goto(`./#/hash-ring?s=${custom}&f=1`);
    await waitForTimeline(page);
    await expect(page.getByTestId('frame-counter')).toHaveText(/^2 \//);
    await page.locator('body').click({ position: { x: 5, y: 200 } });
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('frame-counter')).toHaveText(/^3 \//);
    await expect(page).toHaveURL(new RegExp(`#/hash-ring\\?s=${custom.replace(/[$+]/g, '\\$&')}&f=2$`));
  });

  test('the scrubber moves to any frame and the invariant status is shown', async ({ page }) => {
    await openScenario(page, ring);
    const { n } = await frameCounter(page);
    await page.getByTestId('timeline').fill('1');
    await expect(page.getByTestId('frame-counter')).toHaveText(`2 / ${n}`);
    await expect(page.getByTestId('invariants')).toHaveAttribute('data-ok', 'true');
  });

  test('changing a parameter recomputes the run, stays near the same op and updates the link', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(`./${linkOf({ ...ring, frame: 3 })}`);
    await waitForTimeline(page);
    const before = page.url();
    const opBefore = await page.locator('.caption-op').textContent();
    await page.getByLabel('Hash function').selectOption('murmur3');
    await expect(page).not.toHaveURL(before);
    await waitForTimeline(page);
    await expect(page.locator('.caption-op')).toHaveText(opBefore ?? '');
    const link = decodeURIComponent(new URL(page.url()).hash);
    const s = link.slice(link.indexOf('s=') + 2).split('&')[0];
    expect(JSON.parse(LZString.decompressFromEncodedURIComponent(s) ?? '{}').params.hash).toBe('murmur3');
    // Browser back returns to the previous scenario.
    await page.goBack();
    await expect(page.getByLabel('Hash function')).toHaveValue('ketama');
    await page.goForward();
    await expect(page.getByLabel('Hash function')).toHaveValue('murmur3');
    expect(errors).toEqual([]);
  });

  test('copy link puts this exact moment on the clipboard and reopening it restores it', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openScenario(page, ring);
    await page.getByTestId('first-frame').click();
    await page.getByTestId('step-forward').click();
    await page.getByTestId('step-forward').click();
    const caption = await page.getByTestId('caption').textContent();
    const counter = await page.getByTestId('frame-counter').textContent();
    await page.getByTestId('copy-link').click();
    await expect(page.getByText('Link copied')).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/#\/hash-ring\?s=.+&f=2$/);
    const other = await context.newPage();
    await other.goto(copied);
    await waitForTimeline(other);
    await expect(other.getByTestId('frame-counter')).toHaveText(counter ?? '');
    await expect(other.getByTestId('caption')).toHaveText(caption ?? '');
  });

  test('acting at a frame replaces the future', async ({ page }) => {
    // The last frame produced by op 1: ops 0 and 1 applied, ops 2 and 3 in the future.
    const frames = runAll(findSim('hash-ring')!, ring);
    const at = frames.findLastIndex((f) => f.op === 1);
    await page.goto(`./${linkOf({ ...ring, frame: at })}`);
    await waitForTimeline(page);
    await page.getByLabel('Key', { exact: true }).fill('order:9');
    await page.getByRole('button', { name: 'Look up' }).click();
    await waitForTimeline(page);
    const link = decodeURIComponent(new URL(page.url()).hash);
    const s = link.slice(link.indexOf('s=') + 2).split('&')[0];
    const ops = JSON.parse(LZString.decompressFromEncodedURIComponent(s) ?? '{}').ops;
    expect(ops).toEqual([ring.ops[0], ring.ops[1], { op: 'lookup', key: 'order:9' }]);
  });

  test('runs models on the main thread when Worker is unavailable', async ({ page }) => {
    await page.addInitScript(() => {
      // @ts-expect-error simulate a browser without workers
      delete window.Worker;
    });
    await openScenario(page, ring);
    await expect(page.getByTestId('playback')).toHaveAttribute('data-runner', 'main-thread');
    const { n } = await frameCounter(page);
    expect(n).toBeGreaterThan(6);
  });
});

test.describe('broken links', () => {
  const cases: [string, string, RegExp][] = [
    ['damaged scenario part', '#/hash-ring?s=%%%garbage', /damaged/],
    ['unknown simulation', '#/warp-drive?s=abc', /no simulation called "warp-drive"/],
    ['out-of-range parameter', `#/hash-ring?s=${LZString.compressToEncodedURIComponent(JSON.stringify({ params: { vnodes: 99999 } }))}`, /params\.vnodes: must be an integer from/],
    ['unknown op', `#/hash-ring?s=${LZString.compressToEncodedURIComponent(JSON.stringify({ ops: [{ op: 'explode' }] }))}`, /ops\[0\]\.op/],
    ['bad frame', `#/hash-ring?f=banana`, /frame: must be a frame index/],
    ['oversized link', `#/hash-ring?s=${'A'.repeat(20000)}`, /too long/],
  ];
  for (const [name, hash, message] of cases) {
    test(`${name}: a clear banner, the default scenario, no page error`, async ({ page }) => {
      const errors = watchErrors(page);
      await page.goto(`./${hash}`);
      await expect(page.getByTestId('error-banner')).toBeVisible();
      await expect(page.getByTestId('error-banner')).toContainText(message);
      if (!name.startsWith('unknown simulation')) {
        await waitForTimeline(page);
        await expect(page.getByTestId('caption')).not.toBeEmpty();
      } else {
        await expect(page.getByRole('list', { name: 'Simulations' })).toBeVisible();
      }
      expect(errors).toEqual([]);
    });
  }

  test('a frame beyond the end of the run shows the last frame and says so', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(`./${linkOf({ ...ring, frame: 5000 })}`);
    await waitForTimeline(page);
    const { i, n } = await frameCounter(page);
    expect(i).toBe(n);
    await expect(page.getByTestId('notice')).toContainText('frame 5001');
    expect(errors).toEqual([]);
  });

  test('text from a link is shown as text, never run as script', async ({ page }) => {
    const errors = watchErrors(page);
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    const evil = LZString.compressToEncodedURIComponent(JSON.stringify({ ops: [{ op: 'addKey', key: 5, '<img src=x onerror=alert(1)>': 1 }] }));
    await page.goto(`./#/hash-ring?s=${evil}`);
    await expect(page.getByTestId('error-banner')).toBeVisible();
    await page.goto(`./${linkOf({ sim: 'hash-ring', params: {}, seed: 1, ops: [{ op: 'addNode', node: '<img src=x onerror=alert(1)>' }] })}`);
    await waitForTimeline(page);
    await page.waitForTimeout(300);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(dialogs).toBe(0);
    expect(errors).toEqual([]);
  });
});

test.describe('accessibility', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`no axe violations on the catalog and the ring page (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await page.goto('./#/');
      await expect(page.getByRole('list', { name: 'Simulations' })).toBeVisible();
      const catalog = await new AxeBuilder({ page }).analyze();
      expect(catalog.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
      await openScenario(page, ring);
      const sim = await new AxeBuilder({ page }).analyze();
      expect(sim.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    });
  }

  test('usable at phone width: no horizontal overflow', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await openScenario(page, ring);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expect(page.getByTestId('play')).toBeVisible();
  });
});

test.describe('parameter controls are found by their label on every simulation (DESIGN.md §6)', () => {
  for (const def of SIMS) {
    test(`${def.id}: getByLabel(<param label>) finds exactly its control`, async ({ page }) => {
      await page.goto(`./#/${def.id}`);
      await waitForTimeline(page);
      // The view is lazy: wait until it has drawn before counting labels.
      await expect(page.locator('.view-area .view-loading')).toHaveCount(0);
      await page.waitForTimeout(300);
      for (const d of def.params) {
        await expect(page.getByLabel(d.label), `label "${d.label}"`).toHaveCount(1);
        await expect(page.getByLabel(d.label)).toHaveAttribute('id', `param-${d.key}`);
      }
    });
  }
});
