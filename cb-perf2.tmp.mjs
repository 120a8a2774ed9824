import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.goto('http://127.0.0.1:4178/' + process.argv[2]);
await page.waitForSelector('[data-testid="playback"][data-status="done"]', { timeout: 60000 });
await page.locator('body').click({ position: { x: 5, y: 300 } });
const r = await page.evaluate(async () => {
  const times = [];
  for (let i = 0; i < 20; i++) {
    const c = document.querySelector('[data-testid="frame-counter"]').textContent;
    const t0 = performance.now();
    document.querySelector('[data-testid="step-forward"]').click();
    while (document.querySelector('[data-testid="frame-counter"]').textContent === c) await new Promise((r) => setTimeout(r, 0));
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    times.push(Math.round(performance.now() - t0));
  }
  return times;
});
console.log(r.join(' '));
await browser.close();
