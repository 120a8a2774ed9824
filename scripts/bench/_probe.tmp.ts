import { chromium, devices } from '@playwright/test';
import { INIT_SCRIPT } from './inPage';
import { browserCase, resolveCase } from './browserCases';
import { encodeScenario } from '../../src/engine/permalink';
import { findSim } from '../../src/sims/registry';
import { spawn } from 'node:child_process';
const child = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', '4199', '--strictPort'], { env: { ...process.env, VITE_OUT_DIR: 'dist-bench' }, detached: true, stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 2500));
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--disable-gpu'] });
const c = resolveCase(browserCase(process.argv[2] ?? 'btree', 'small'), 110);
for (let i = 0; i < 3; i++) {
  const ctx = await b.newContext({ ...devices['Desktop Chrome'] });
  await ctx.addInitScript(INIT_SCRIPT);
  const p = await ctx.newPage();
  const t = Date.now();
  await p.goto('http://127.0.0.1:4199/' + encodeScenario({ ...c.scenario, frame: c.startFrame }, findSim(c.sim)!));
  await p.waitForFunction('window.__bench && window.__bench.loaded()');
  const L: any = await p.evaluate('window.__bench.load()');
  console.log('wall', Date.now() - t, JSON.stringify({ nav: L.nav, storeAt: L.storeAt, firstFrameAt: L.firstFrameAt, framePainted: L.framePainted, doneAt: L.doneAt, donePainted: L.donePainted, lt: L.longTasks }));
  console.log(L.resources.map((r: any) => `${r.name} ${Math.round(r.start)}-${Math.round(r.end)}`).join('\n'));
  await ctx.close();
}
await b.close();
process.kill(-child.pid!);
