import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAll } from '../src/engine/runScenario';
import { decodePermalink } from '../src/engine/permalink';
import { findSim } from '../src/sims/registry';

const dir = mkdtempSync(join(tmpdir(), 'trace-'));
const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');

function trace(args: string[], stdin?: string) {
  const r = spawnSync(tsx, ['scripts/trace.ts', ...args], { input: stdin ?? '', encoding: 'utf8', maxBuffer: 1 << 28 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function file(name: string, content: unknown): string {
  const p = join(dir, name);
  writeFileSync(p, typeof content === 'string' ? content : JSON.stringify(content));
  return p;
}

const scenario = {
  sim: 'hash-ring',
  params: { vnodes: 40 },
  seed: 11,
  ops: [
    { op: 'addNode', node: 'cache-a' },
    { op: 'addNode', node: 'cache-b', weight: 2 },
    { op: 'addKeys', count: 50 },
    { op: 'lookup', key: 'user:42' },
    { op: 'removeNode', node: 'cache-a' },
  ],
};

describe('trace CLI', () => {
  it('prints one NDJSON line per frame with i and op, identical on every run and to the in-process run', () => {
    const f = file('ring.json', scenario);
    const a = trace([f]);
    const b = trace([f]);
    expect(a.code).toBe(0);
    expect(a.err).toBe('');
    expect(a.out).toBe(b.out);
    const lines = a.out.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines[0]).toMatchObject({ i: 0, op: null });
    expect(Object.keys(lines[0]).slice(0, 4)).toEqual(['i', 'op', 'caption', 'state']);
    expect(lines.map((l) => l.i)).toEqual(lines.map((_, k) => k));
    expect(new Set(lines.map((l) => l.op))).toEqual(new Set([null, 0, 1, 2, 3, 4]));
    const v = decodePermalink(trace(['--link', f]).out.trim(), findSim);
    expect(v.ok).toBe(true);
    if (!v.ok) return;
    const inProcess = runAll(findSim('hash-ring')!, v.scenario).map((fr) => JSON.stringify(fr)).join('\n') + '\n';
    expect(a.out).toBe(inProcess);
  });
  it('reads stdin with - and accepts a permalink URL', () => {
    const viaStdin = trace(['-'], JSON.stringify(scenario));
    expect(viaStdin.code).toBe(0);
    const link = trace(['--link', '-'], JSON.stringify(scenario));
    expect(link.code).toBe(0);
    expect(link.out).toMatch(/^#\/hash-ring\?s=\S+\n$/);
    const viaUrl = trace([`https://example.org/playground/${link.out.trim()}`]);
    expect(viaUrl.code).toBe(0);
    expect(viaUrl.out).toBe(viaStdin.out);
  });
  it('invalid input: exit 2, nothing on stdout, every problem named on stderr', () => {
    const bad = trace([file('bad.json', { sim: 'hash-ring', params: { vnodes: 'x', hash: 'sha1' }, ops: [{ op: 'addNode' }, { op: 'fly' }] })]);
    expect(bad.code).toBe(2);
    expect(bad.out).toBe('');
    expect(bad.err).toContain('params.vnodes: must be an integer from');
    expect(bad.err).toContain('params.hash: must be one of');
    expect(bad.err).toContain('ops[0].node');
    expect(bad.err).toContain('ops[1].op');
    const notJson = trace([file('nojson.json', '{"sim": ')]);
    expect(notJson.code).toBe(2);
    expect(notJson.err).toMatch(/not valid JSON/);
    const missing = trace([join(dir, 'missing.json')]);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/no such file/);
    const unknown = trace(['-'], '{"sim":"warp"}');
    expect(unknown).toMatchObject({ code: 2, out: '' });
    expect(unknown.err).toMatch(/sim: unknown simulation "warp"/);
    const noArgs = trace([]);
    expect(noArgs.code).toBe(2);
    expect(noArgs.err).toMatch(/usage/);
  });
});
