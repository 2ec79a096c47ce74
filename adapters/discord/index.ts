/** Discord adapter (discord.js v14): the public surface the composition root and CLI use. */
export { createDiscordAdapter, INVALID_TOKEN_LOG } from './adapter.ts';
export { renderDiscordMessage } from './render.ts';
export { buildCommandDefinitions } from './commands.ts';
export { registerCommands } from './register.ts';
