/**
 * `npm run bench`: measure, write bench/results.json and print a table.
 * Figures are reported, never asserted in the test suite.
 *   npm run bench                 # everything
 *   npm run bench -- --model-only # skip the browser part
 */
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { runModelBench } from './bench/modelBench';

const args = process.argv.slice(2);
const filter = args.find((a) => !a.startsWith('--'));

function versions(): Record<string, string> {
  const pkg = (name: string) => {
    try {
      return (JSON.parse(execSync(`node -p "JSON.stringify(require('./node_modules/${name}/package.json'))"`, { encoding: 'utf8' })) as { version: string }).version;
    } catch {
      return 'unknown';
    }
  };
  return { node: process.version, react: pkg('react'), vite: pkg('vite'), playwright: pkg('@playwright/test') };
}

async function main(): Promise<void> {
  const machine = { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30), platform: process.platform };
  process.stderr.write('Model throughput (Node)…\n');
  const model = runModelBench(3, filter);
  const results = { date: new Date().toISOString(), machine, versions: versions(), model };
  mkdirSync('bench', { recursive: true });
  writeFileSync('bench/results.json', JSON.stringify(results, null, 2) + '\n');
  console.log(`\nModel throughput (median of 3; ${machine.cpu}, ${machine.cores} cores)\n`);
  console.log('| simulation | case | frames | total ms | µs per unit | frames/s |');
  console.log('| --- | --- | ---: | ---: | ---: | ---: |');
  for (const r of model) {
    console.log(r.error ? `| ${r.sim} | ${r.case} | error: ${r.error} | | | |` : `| ${r.sim} | ${r.case} | ${r.frames} | ${r.ms} | ${r.usPerUnit} per ${r.unit.replace(/s$/, '').trim()} | ${r.framesPerSecond} |`);
  }
  console.log('\nWrote bench/results.json');
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
