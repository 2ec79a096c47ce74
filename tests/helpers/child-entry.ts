/**
 * Child processes for the tests that kill, stop or crash a real process (kill -9, SIGTERM, three
 * instances). Starting a child through tsx costs about 2.5 s of CPU (the loader hooks, then
 * ~200 TypeScript modules one by one); the same code bundled by esbuild starts in about half
 * that, which decides whether `npm test` fits its minute on two cores.
 *
 * `childEntry(entry)` bundles our own TypeScript (packages stay external and load from
 * node_modules as in production) into node_modules/.cache/policywatch-tests/ and returns the
 * file to run with `node <file> …`. Each test worker bundles an entry once; the file is written
 * under a temporary name and renamed, so workers building the same entry never see half a file.
 * `import.meta.url` keeps meaning the original source file, so code that finds files next to
 * itself (SQL migrations, samples) behaves exactly as when run from source.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';

const OUT_DIR = resolve('node_modules/.cache/policywatch-tests');
const built = new Map<string, Promise<string>>();

/** Rewrites `import.meta.url` in each of our modules to that module's own source URL. */
const sourceUrls: Plugin = {
  name: 'source-import-meta-url',
  setup(b) {
    b.onLoad({ filter: /\.(ts|mts|js|mjs)$/ }, (args) => {
      if (args.path.includes('/node_modules/')) return undefined;
      const text = readFileSync(args.path, 'utf8');
      if (!text.includes('import.meta.url')) return undefined;
      const loader = /\.m?ts$/.test(args.path) ? 'ts' : 'js';
      return { contents: text.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)), loader };
    });
  },
};

async function bundle(entry: string): Promise<string> {
  mkdirSync(OUT_DIR, { recursive: true });
  const tag = createHash('sha256').update(entry).digest('hex').slice(0, 8);
  const out = resolve(OUT_DIR, `${basename(entry).replace(/\.[mc]?[jt]s$/, '')}-${tag}.mjs`);
  const tmp = `${out}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outfile: tmp,
    logLevel: 'error',
    plugins: [sourceUrls],
  });
  renameSync(tmp, out);
  return out;
}

/** The bundled form of a TypeScript entry point (path relative to the repository root). */
export function childEntry(entry: string): Promise<string> {
  const path = resolve(entry);
  let p = built.get(path);
  if (!p) {
    p = bundle(path);
    built.set(path, p);
  }
  return p;
}
