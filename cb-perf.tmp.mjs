import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
const errs = [];
page.on('pageerror', (e) => errs.push(e.message));
const t0 = Date.now();
await page.goto('http://127.0.0.1:4178/' + process.argv[2]);
await page.waitForSelector('[data-testid="playback"][data-status="done"]', { timeout: 60000 });
console.log('computed in', Date.now() - t0, 'ms', await page.getByTestId('frame-counter').textContent());
const t1 = Date.now();
for (let i = 0; i < 30; i++) {
  const before = await page.getByTestId('frame-counter').textContent();
  await page.getByTestId('step-forward').click();
  await page.waitForFunction((b) => document.querySelector('[data-testid="frame-counter"]').textContent !== b, before);
}
console.log('30 steps in', Date.now() - t1, 'ms', errs);
await browser.close();
