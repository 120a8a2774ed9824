/** Build the app for the bench and serve it with vite preview on a free port. */
import { execSync, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

export function build(outDir: string, log: (s: string) => void): void {
  log(`Building the app (vite build --manifest → ${outDir})…`);
  execSync('npx vite build --manifest --logLevel warn', { env: { ...process.env, VITE_OUT_DIR: outDir }, stdio: ['ignore', 'ignore', 'inherit'] });
}

/** True when nothing listens on 127.0.0.1:port. */
function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}

export async function preview(outDir: string, wanted: number, log: (s: string) => void): Promise<{ url: string; stop: () => void }> {
  // Another server on the port would be measured instead of this build: take the next free port.
  let port = wanted;
  while (!(await portFree(port))) {
    if (port - wanted > 50) throw new Error(`no free port from ${wanted} to ${port}`);
    port++;
  }
  if (port !== wanted) log(`Port ${wanted} is taken by another process; serving on ${port}.`);
  const child: ChildProcess = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    env: { ...process.env, VITE_OUT_DIR: outDir },
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const stop = () => {
    // Our own preview server and its children (its process group), by id.
    try {
      if (child.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  };
  const url = `http://127.0.0.1:${port}/`;
  const expected = readFileSync(join(outDir, 'index.html'), 'utf8');
  for (let i = 0; i < 150; i++) {
    if (child.exitCode !== null) throw new Error(`vite preview exited (${child.exitCode}): ${stderr.trim()}`);
    try {
      const res = await fetch(url);
      // Make sure it is our build that answers.
      if (res.ok && (await res.text()) === expected) return { url, stop };
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new Error(`vite preview did not serve ${outDir} on ${url}: ${stderr.trim()}`);
}

