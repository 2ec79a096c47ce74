#!/usr/bin/env node
// `npm run conformance`: scores the RSS/Atom path against the shared feed corpus when it sits
// beside the project (../shared/feed-corpus/score.mts); outside `npm test`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const scorer = join(root, '..', 'shared', 'feed-corpus', 'score.mts');
if (!existsSync(scorer)) {
  console.log(`conformance: no feed corpus at ${scorer} (it is kept outside the repository, in ../shared/feed-corpus); nothing to score.`);
  process.exit(0);
}
const tsx = join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const run = spawnSync(process.execPath, [tsx, scorer, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
process.exit(run.status ?? 1);
