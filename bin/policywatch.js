#!/usr/bin/env node
// Entry point for `npx policywatch …` and `npm start`: runs the TypeScript sources via tsx.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/index.ts');
const code = await main(process.argv.slice(2));
if (typeof code === 'number') process.exitCode = code;
