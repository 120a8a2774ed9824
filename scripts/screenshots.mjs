#!/usr/bin/env node
// Screenshots of the built app (run `npx vite build` first):
//   node scripts/screenshots.mjs <outDir> [route ...]
// Each route in light and dark, at 1280 and 375 px wide. Used to look at the
// pages and to refresh docs/screenshot-*.png.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const [outDir = '/tmp/shots', ...routes] = process.argv.slice(2);
const port = 4190 + Math.floor(Math.random() * 50);
mkdirSync(outDir, { recursive: true });
// Its own process group, so stopping it stops vite too (not only npx).
const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { stdio: 'ignore', detached: true });
const base = `http://127.0.0.1:${port}/`;
for (let i = 0; i < 100; i++) {
  try {
    await fetch(base);
    break;
  } catch {
    await new Promise((r) => setTimeout(r, 200));
  }
}
const exe = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
const browser = await chromium.launch({ executablePath: exe, args: ['--disable-gpu'] });
const list = routes.length ? routes : ['#/'];
for (const [ri, route] of list.entries()) {
  for (const scheme of ['light', 'dark']) {
    for (const width of [1280, 375]) {
      const page = await browser.newPage({ viewport: { width, height: width > 500 ? 860 : 800 }, colorScheme: scheme, deviceScaleFactor: 1 });
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(base + route);
      await page.waitForTimeout(1500);
      const name = `${outDir}/${ri}-${scheme}-${width}.png`;
      await page.screenshot({ path: name, fullPage: true });
      console.log(name, errors.length ? `ERRORS: ${errors.join(' | ')}` : '');
      await page.close();
    }
  }
}
await browser.close();
process.kill(-server.pid, 'SIGTERM');
