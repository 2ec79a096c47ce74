export { createCommandHandler } from './handler.ts';
export type { CommandDeps } from './deps.ts';
export { tokenizeCommand } from './tokens.ts';
export { parseFilters } from './filters.ts';
