import { chromium } from '@playwright/test';
import { linkOf } from './e2e/helpers';
import { hashRingSim } from './src/sims/hash-ring/definition';

const base = 'http://127.0.0.1:4174/';
const shots: { name: string; scenario: any; frame?: number }[] = [
  { name: 'fourth', scenario: { sim: 'hash-ring', ...hashRingSim.examples[1].scenario } },
  { name: 'fourth-f1', scenario: { sim: 'hash-ring', ...hashRingSim.examples[1].scenario, frame: 8 } },
  { name: 'onevnode', scenario: { sim: 'hash-ring', ...hashRingSim.examples[2].scenario } },
  { name: 'lookup', scenario: { sim: 'hash-ring', ...hashRingSim.examples[0].scenario, ops: [...hashRingSim.examples[0].scenario.ops, { op: 'lookup', key: 'user:42' }] } },
  { name: 'big', scenario: { sim: 'hash-ring', params: { vnodes: 160, hash: 'ketama' }, seed: 1, ops: [{ op: 'addNode', node: 'cache-a' }, { op: 'addNode', node: 'cache-b' }, { op: 'addNode', node: 'cache-c' }, { op: 'addKeys', count: 20000 }, { op: 'addNode', node: 'cache-d' }] } },
];
const which = process.argv[2];
(async () => {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
  for (const width of [1280, 375]) for (const scheme of ['light', 'dark'] as const) {
    const page = await browser.newPage({ viewport: { width, height: width === 375 ? 1400 : 1000 }, colorScheme: scheme, reducedMotion: 'reduce' });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    for (const s of shots) {
      if (which && !s.name.startsWith(which)) continue;
      await page.goto(base + linkOf(s.scenario));
      await page.waitForSelector('[data-status="done"]');
      await page.waitForTimeout(300);
      await page.screenshot({ path: `/tmp/shots-hash-ring/${s.name}-${width}-${scheme}.png`, fullPage: true });
    }
    if (errors.length) console.log(width, scheme, errors);
    await page.close();
  }
  await browser.close();
})();
