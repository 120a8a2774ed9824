import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const scheme of ['light', 'dark']) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, colorScheme: scheme });
  await page.goto('http://127.0.0.1:4178/#/');
  await page.waitForTimeout(1000);
  const card = page.getByTestId('card-circuit-breaker');
  await card.screenshot({ path: `/tmp/shots-circuit-breaker/card-${scheme}.png` });
  await page.close();
}
await browser.close();
