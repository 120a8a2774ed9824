import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { decodePermalink } from '../src/engine/permalink';
import { defaultParams } from '../src/engine/params';
import { runAll } from '../src/engine/runScenario';
import type { Scenario } from '../src/engine/types';
import { findSim } from '../src/sims/registry';
import { raftSim } from '../src/sims/raft/definition';
import { minorityPartition, figure8 } from '../src/sims/raft/examples';
import type { RaftState } from '../src/sims/raft/types';
import { frameCounter, linkOf, openScenario, waitForTimeline, watchErrors } from './helpers';

const full = (s: Omit<Scenario, 'sim'>): Scenario => ({ sim: 'raft', ...s, params: { ...defaultParams(raftSim.params), ...s.params } });

/** Frame index of the last frame at or before simulated time t. */
function frameAt(sc: Scenario, t: number): number {
  const frames = runAll(raftSim, sc);
  let i = 0;
  frames.forEach((f, k) => {
    if ((f.state as RaftState).time <= t) i = k;
  });
  return i;
}

test.describe('Raft', () => {
  test('a permalink with a partition shows two groups and the stale leader in the minority', async ({ page }) => {
    const errors = watchErrors(page);
    const sc = full(minorityPartition.scenario);
    await openScenario(page, { ...sc, frame: frameAt(sc, 1700) });
    const groups = page.getByTestId('partition-group');
    await expect(groups).toHaveCount(2);
    await expect(groups.nth(0)).toContainText('Group 1: S1, S2');
    await expect(groups.nth(1)).toContainText('Group 2: S3, S4, S5');
    // S1 still believes it leads term 1; the majority elected a leader of a later term.
    await expect(page.getByTestId('server-S1')).toHaveAttribute('data-stale', 'true');
    await expect(page.getByTestId('server-S1')).toContainText('stale leader');
    await expect(page.locator('[data-role="leader"][data-stale="false"]')).toHaveCount(1);
    await expect(page.getByRole('group', { name: /network split into \{S1, S2\} and \{S3, S4, S5\}/ })).toBeVisible();
    // Its uncommitted entry is dashed: S1's commit index stays 1.
    await expect(page.getByTestId('log-S1')).toHaveAttribute('data-commit-index', '1');
    expect(errors).toEqual([]);
  });

  test("a link to a late frame of a long run shows that frame, then its history once the frames before it are in", async ({ page }) => {
    const errors = watchErrors(page);
    // 5 servers, 20 simulated s, 200 requests: 3,599 frames. The worker sends the
    // linked frame ahead of the ones before it (timelineRunner.ts).
    const sc = full({
      params: { nodes: 5, duration: 20_000, heartbeatInterval: 100 },
      seed: 1,
      ops: Array.from({ length: 200 }, (_, i) => ({ op: 'request', command: `x=${i}`, at: 600 + i * 15 })),
    });
    const frames = runAll(raftSim, sc);
    const k = frames.length - 150;
    await page.goto(`./${linkOf({ ...sc, frame: k })}`);
    await expect(page.getByTestId('frame-counter')).toContainText(`${k + 1} /`);
    await expect(page.getByTestId('caption')).toHaveText(frames[k].caption);
    await waitForTimeline(page);
    expect(await frameCounter(page)).toEqual({ i: k + 1, n: frames.length });
    const timeline = page.locator('.raft-timeline');
    await expect(timeline).toHaveAttribute('aria-busy', 'false');
    await expect(timeline.locator('.raft-tl-lead').first()).toBeVisible();
    await expect(page.getByTestId('invariants')).toHaveAttribute('data-ok', 'true');
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByTestId('caption')).toHaveText(frames[k - 1].caption);
    expect(errors).toEqual([]);
  });

  test('clicking a server and crashing it adds a crash op at the frame time to the link', async ({ page }) => {
    const errors = watchErrors(page);
    const sc = full({ params: { duration: 1000 }, seed: 1, ops: [] });
    const at = frameAt(sc, 400);
    await openScenario(page, { ...sc, frame: at });
    const time = (runAll(raftSim, sc)[at].state as RaftState).time;
    await page.getByTestId('server-S2').getByRole('button').click();
    await page.getByRole('button', { name: 'Crash S2' }).click();
    await waitForTimeline(page);
    await expect(page.getByTestId('caption')).toContainText('S2 crashes');
    await expect(page.getByTestId('server-S2')).toHaveAttribute('data-alive', 'false');
    await expect.poll(() => decodePermalink(page.url(), findSim)).toMatchObject({ ok: true, scenario: { ops: [{ op: 'crash', node: 'S2', at: time }] } });
    // The same server can be restarted from the toolbar.
    await page.getByRole('button', { name: 'Restart S2' }).click();
    await waitForTimeline(page);
    await expect(page.getByTestId('caption')).toContainText('S2 restarts');
    expect(errors).toEqual([]);
  });

  test('a client request from the actions panel is appended by the leader and shows in the log grid', async ({ page }) => {
    const errors = watchErrors(page);
    const sc = full({ params: { duration: 1000 }, seed: 1, ops: [] });
    await openScenario(page, { ...sc, frame: frameAt(sc, 500) });
    await page.getByLabel('Command').fill('k=7');
    await page.getByRole('button', { name: 'Send request' }).click();
    await waitForTimeline(page);
    await expect(page.getByTestId('caption')).toContainText('appends "k=7" at index 1');
    await page.getByTestId('last-frame').click();
    await expect(page.locator('[data-testid^="log-S"] td.committed')).toHaveCount(5);
    expect(errors).toEqual([]);
  });

  test('Figure 8 at step (c): the old-term entry is on a majority but S1 has not committed it; no axe violations', async ({ page }) => {
    const errors = watchErrors(page);
    const sc = full(figure8.scenario);
    await openScenario(page, { ...sc, frame: frameAt(sc, 890) });
    const { i } = await frameCounter(page);
    expect(i).toBeGreaterThan(1);
    await expect(page.getByTestId('server-S1')).toHaveAttribute('data-role', 'leader');
    await expect(page.getByTestId('log-S1')).toHaveAttribute('data-commit-index', '0');
    await expect(page.getByTestId('log-S2').locator('td.pending')).toHaveCount(1);
    await expect(page.getByTestId('invariants')).toContainText(/hold/i);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const results = await new AxeBuilder({ page }).include('.sim-page').analyze();
      expect(results.violations.map((v) => `${colorScheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
    expect(errors).toEqual([]);
  });

  test('playback moves messages along their links without errors', async ({ page }) => {
    const errors = watchErrors(page);
    await openScenario(page, { ...full({ params: { duration: 600 }, seed: 1, ops: [] }), frame: 0 });
    await page.getByTestId('play').click();
    await expect(page.locator('.raft-msg').first()).toBeAttached({ timeout: 10_000 });
    await page.getByTestId('play').click();
    expect(errors).toEqual([]);
  });
});
