/** Discord adapter (discord.js v14): the public surface the composition root and CLI use. */
export { createDiscordAdapter, INVALID_TOKEN_LOG, type DiscordAdapterOptions } from './adapter.ts';
export { renderDiscordMessage, type DiscordMessagePayload, type DiscordEmbed } from './render.ts';
export { buildCommandDefinitions, COMMAND_NAME } from './commands.ts';
export { registerCommands, commandsRoute, type RegisterOptions } from './register.ts';
export { toCommandText } from './command-text.ts';
