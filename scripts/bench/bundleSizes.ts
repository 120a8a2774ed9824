/** Gzip sizes of the initial bundle and of each simulation's chunks, from the build manifest. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BundleResult } from './browserTypes';
import { kB } from './stats';

interface ManifestChunk {
  file: string;
  name?: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
  assets?: string[];
}

export function bundleSizes(outDir: string, sims: string[]): BundleResult {
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const clean = (p: string) => p.replace(/^\.?\//, '');
  const gz = (file: string) => gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length;
  const read = (file: string) => readFileSync(join(outDir, file), 'utf8');

  // What index.html loads up front: the entry script, modulepreloads, stylesheets.
  const attr = (tag: string, name: string) => new RegExp(`${name}="([^"]+)"`).exec(tag)?.[1];
  const tags = html.match(/<(script|link)\b[^>]*>/g) ?? [];
  const initialJs = new Set<string>();
  const initialCss = new Set<string>();
  for (const t of tags) {
    if (t.startsWith('<script') && /type="module"/.test(t) && attr(t, 'src')) initialJs.add(clean(attr(t, 'src')!));
    if (t.startsWith('<link') && /rel="modulepreload"/.test(t) && attr(t, 'href')) initialJs.add(clean(attr(t, 'href')!));
    if (t.startsWith('<link') && /rel="stylesheet"/.test(t) && attr(t, 'href')) initialCss.add(clean(attr(t, 'href')!));
  }
  // Static imports of the entry are loaded up front too (modulepreload or not).
  const closure = (key: string, seen = new Set<string>()): Set<string> => {
    if (seen.has(key) || !manifest[key]) return seen;
    seen.add(key);
    for (const k of manifest[key].imports ?? []) closure(k, seen);
    return seen;
  };
  const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry)!;
  const initialKeys = closure(entryKey);
  for (const k of initialKeys) {
    initialJs.add(manifest[k].file);
    for (const c of manifest[k].css ?? []) initialCss.add(c);
  }

  // Which shared chunk is which library: names for d3 modules, content for @xyflow/react.
  const libOf = (key: string): string | null => {
    const c = manifest[key];
    if (!c || c.src) return null;
    if (read(c.file).includes('react-flow__')) return '@xyflow/react';
    if (c.name && /^d3/.test(c.name)) return c.name;
    return null;
  };
  const graphLibsInInitial = new Set<string>();
  for (const k of initialKeys) {
    const lib = libOf(k);
    if (lib) graphLibsInInitial.add(lib);
  }
  for (const f of initialJs) if (read(f).includes('react-flow__')) graphLibsInInitial.add('@xyflow/react');

  const worker = (manifest[entryKey].assets ?? []).find((a) => /worker/.test(a));
  const simsOut = sims.map((sim) => {
    const key = `src/sims/${sim}/ui.tsx`;
    const own = [...closure(key)].filter((k) => !initialKeys.has(k));
    const js = own.map((k) => manifest[k].file);
    const css = own.flatMap((k) => manifest[k].css ?? []).filter((c) => !initialCss.has(c));
    const files = [...js, ...css].map((file) => ({ file, gzipBytes: gz(file) }));
    return {
      sim,
      jsGzipKB: kB(js.reduce((a, f) => a + gz(f), 0)),
      cssGzipKB: kB(css.reduce((a, f) => a + gz(f), 0)),
      files,
      libraries: own.map(libOf).filter((x): x is string => x !== null),
    };
  });
  return {
    initialFiles: [...initialJs, ...initialCss].map((file) => ({ file, gzipBytes: gz(file) })),
    initialJsGzipKB: kB([...initialJs].reduce((a, f) => a + gz(f), 0)),
    initialCssGzipKB: kB([...initialCss].reduce((a, f) => a + gz(f), 0)),
    workerGzipKB: worker ? kB(gz(worker)) : 0,
    graphLibsInInitial: [...graphLibsInInitial],
    sims: simsOut,
  };
}

