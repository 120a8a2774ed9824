import { chromium } from '@playwright/test';
const base = 'http://127.0.0.1:4178/';
const url = process.argv[2];
const tag = process.argv[3] ?? 'x';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const [w, scheme] of [[1280, 'light'], [1280, 'dark'], [375, 'light'], [375, 'dark']]) {
  const page = await browser.newPage({ viewport: { width: w, height: 900 }, colorScheme: scheme });
  const errs = [];
  page.on('pageerror', (e) => errs.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errs.push(m.text()); });
  await page.goto(base + url);
  await page.waitForSelector('[data-testid="playback"][data-status="done"]', { timeout: 20000 });
  await page.waitForTimeout(900);
  await page.locator('.view-area').screenshot({ path: `/tmp/shots-circuit-breaker/${tag}-${w}-${scheme}.png` });
  console.log(w, scheme, await page.getByTestId('frame-counter').textContent(), await page.getByTestId('caption').textContent(), errs);
  await page.close();
}
await browser.close();
