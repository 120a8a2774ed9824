#!/usr/bin/env node
// `npm test`: every test — unit/property tests (Vitest) and browser tests
// (Playwright on the built app in Chromium) — then one closing line
// `N passed, N failed` summed over both runners. Exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const reports = '.reports';
mkdirSync(reports, { recursive: true });
const vitestJson = `${reports}/vitest.json`;
const pwJson = `${reports}/playwright.json`;
for (const f of [vitestJson, pwJson]) rmSync(f, { force: true });

const only = process.argv[2]; // optional: "unit" or "e2e"
const run = (cmd, args, env = {}) => spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;

let passed = 0;
let failed = 0;
let skipped = 0;

if (only !== 'e2e') {
  const code = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]);
  if (existsSync(vitestJson)) {
    const r = JSON.parse(readFileSync(vitestJson, 'utf8'));
    passed += r.numPassedTests;
    failed += r.numFailedTests;
    skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
    // A suite that failed to load has no tests but must still count.
    if (code !== 0 && r.numFailedTests === 0) failed += Math.max(1, r.numFailedTestSuites ?? 0);
  } else if (code !== 0) failed += 1;
}

if (only !== 'unit') {
  const code = run('npx', ['playwright', 'test'], { PW_JSON: pwJson });
  if (existsSync(pwJson)) {
    const s = JSON.parse(readFileSync(pwJson, 'utf8')).stats ?? {};
    passed += (s.expected ?? 0) + (s.flaky ?? 0);
    failed += s.unexpected ?? 0;
    skipped += s.skipped ?? 0;
    if (code !== 0 && !(s.unexpected > 0)) failed += 1;
  } else if (code !== 0) failed += 1;
}

console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
