import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    // A PostgreSQL for the store tests: DATABASE_URL, or one started from an npm package; and
    // the bundles of the child processes, built once for the run (tests/helpers/child-entry.ts).
    globalSetup: ['tests/setup/postgres.ts', 'tests/setup/children.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    // Worker threads that keep their module cache between test files: each module is
    // transformed and loaded once per worker instead of once per file (measured: 67 s of CPU
    // for the suite without the two kill -9 files, against about 186 s with isolated forks).
    // Test files therefore must not rely on a fresh module state: state lives in what a test
    // creates (stores, servers, clocks), never in module globals.
    pool: 'threads',
    isolate: false,
    // Half the time of the slow files is waiting on child processes and sockets, so more
    // workers than cores keeps both cores busy (default on 2 cores would be one worker).
    maxWorkers: 4,
    experimental: { fsModuleCache: true },
    // In CI a JSON report is written too, so .ci/run can print a plain 'N passed, N failed' line.
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: process.env.CI ? { json: 'coverage/vitest-results.json' } : undefined,
  },
});
