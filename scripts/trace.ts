/**
 * Trace CLI (DESIGN.md §4): run a scenario headless and print its frames as
 * NDJSON, one line per frame; or, with --link, print its permalink.
 *
 *   npm run --silent trace -- <scenario.json | permalink URL | ->
 *   npm run --silent trace -- --link <scenario.json | ->
 *
 * Exit codes: 0 ok; 1 model error on an op (frames up to it were printed);
 * 2 invalid input (nothing on stdout, every problem on stderr).
 */
import { readFileSync } from 'node:fs';
import { readInput, parseScenarioText } from './traceInput';
import { encodeScenario } from '../src/engine/permalink';
import { runScenario } from '../src/engine/runScenario';
import { OpError } from '../src/engine/types';
import { findSim } from '../src/sims/registry';

const USAGE = `usage: npm run --silent trace -- <scenario.json | permalink URL | ->
       npm run --silent trace -- --link <scenario.json | ->`;

function fail(code: number, lines: string[]): never {
  process.stderr.write(lines.join('\n') + '\n');
  process.exit(code);
}

async function writeOut(chunk: string): Promise<void> {
  if (!process.stdout.write(chunk)) await new Promise((r) => process.stdout.once('drain', r));
}

// A reader that stops early (`| head`) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const link = args[0] === '--link';
  const rest = link ? args.slice(1) : args;
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(USAGE + '\n');
    return;
  }
  if (rest.length !== 1) fail(2, [rest.length === 0 ? 'trace: no scenario given' : `trace: expected one input, got ${rest.length}`, USAGE]);
  const input = await readInput(rest[0], (p) => readFileSync(p, 'utf8'));
  if (!input.ok) fail(2, input.errors.map((e) => `trace: ${e}`));
  const validated = parseScenarioText(input.text, input.source, findSim);
  if (!validated.ok) fail(2, validated.errors.map((e) => `trace: ${e}`));
  const scenario = validated.scenario;
  const def = findSim(scenario.sim)!;

  if (link) {
    process.stdout.write(encodeScenario(scenario, def) + '\n');
    return;
  }

  let buf = '';
  try {
    for (const f of runScenario(def, scenario)) {
      buf += JSON.stringify(f) + '\n';
      if (buf.length > 1 << 16) {
        await writeOut(buf);
        buf = '';
      }
    }
  } catch (e) {
    await writeOut(buf);
    const op = e instanceof OpError ? e.op : null;
    fail(1, [`trace: model error${op !== null ? ` at op ${op} (${JSON.stringify(scenario.ops[op]).slice(0, 200)})` : ''}: ${e instanceof Error ? e.message : String(e)}`]);
  }
  await writeOut(buf);
}

main().catch((e: unknown) => fail(1, [`trace: ${e instanceof Error ? e.message : String(e)}`]));
