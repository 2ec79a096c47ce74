export { createCommandHandler, managerOnly } from './handler.ts';
export type { CommandDeps, DigestPort, RuntimeInfo } from './deps.ts';
export { COMMANDS, COMMAND_NAMES, SLASH, type CommandSpec } from '../domain/command-table.ts';
export { tokenizeCommand, type Token } from './tokens.ts';
export { parseFilters, type Filters, type FilterKey } from './filters.ts';
export { itemCard } from './show.ts';
export { subscriptionId } from './subscribe.ts';
