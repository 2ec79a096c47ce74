#!/usr/bin/env node
// Entry point for `npx policywatch …` and `npm start`: runs the TypeScript sources via tsx.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/entry.ts');
