import { LIMITS } from '../src/engine/limits';
import { decodePermalink } from '../src/engine/permalink';
import type { AnySimDefinition } from '../src/engine/types';
import { validateScenario, type Validated } from '../src/engine/validateScenario';

type Input = { ok: true; text: string; source: string } | { ok: false; errors: string[] };

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of process.stdin) {
    chunks.push(c as Buffer);
    size += (c as Buffer).length;
    if (size > LIMITS.maxScenarioBytes) break;
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The input text: stdin for `-`, a permalink as is, otherwise a file's contents. */
export async function readInput(arg: string, readFile: (p: string) => string): Promise<Input> {
  if (arg === '-') return { ok: true, text: await readStdin(), source: 'stdin' };
  if (/^https?:\/\//.test(arg) || arg.startsWith('#')) return { ok: true, text: arg, source: 'link' };
  try {
    return { ok: true, text: readFile(arg), source: arg };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { ok: false, errors: [`${arg}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : 'cannot be read'}`] };
  }
}

/** A scenario from text: JSON, or a permalink (a URL or the part from `#` on). */
export function parseScenarioText(text: string, source: string, findSim: (id: string) => AnySimDefinition | undefined): Validated {
  if (text.length > LIMITS.maxScenarioBytes) {
    return { ok: false, errors: [`${source}: too large (more than ${LIMITS.maxScenarioBytes} bytes)`] };
  }
  const t = text.trim();
  if (t === '') return { ok: false, errors: [`${source}: empty (expected a scenario JSON object or a permalink)`] };
  if (!t.startsWith('{') && !t.startsWith('[') && t.includes('#')) return decodePermalink(t, findSim);
  let raw: unknown;
  try {
    raw = JSON.parse(t);
  } catch (e) {
    return { ok: false, errors: [`${source}: not valid JSON (${e instanceof Error ? e.message : String(e)})`] };
  }
  return validateScenario(raw, findSim);
}
