import { chromium } from '@playwright/test';
import { linkOf } from './e2e/helpers';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const p = await b.newPage({ viewport: { width: 1280, height: 900 } });
const link = linkOf({ sim: 'skip-list', params: { p: 0.5, maxLevel: 16, spans: false }, seed: 1, ops: [{ op: 'insertMany', count: 10000 }, { op: 'search', key: 12345 }] });
await p.goto('http://127.0.0.1:4176/' + link);
await p.waitForSelector('[data-status="done"]');
await p.waitForSelector('.sl-tower');
const cdp = await p.context().newCDPSession(p);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.start');
const times = [];
for (let i = 0; i < 6; i++) {
  times.push(await p.evaluate(async () => {
    const t = performance.now();
    (document.querySelector(`[data-testid="${Math.random() < 2 ? 'step-back' : ''}"]`) as HTMLButtonElement).click();
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return performance.now() - t;
  }));
}
const { profile } = await cdp.send('Profiler.stop');
console.log('step ms', times.map((t) => t.toFixed(0)).join(' '));
const byId = new Map(profile.nodes.map((n: any) => [n.id, n]));
const self = new Map<string, number>();
const counts = new Map<number, number>();
for (const s of profile.samples!) counts.set(s, (counts.get(s) ?? 0) + 1);
for (const [id, c] of counts) { const n: any = byId.get(id); const k = `${n.callFrame.functionName} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`; self.set(k, (self.get(k) ?? 0) + c); }
console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 14));
await b.close();
