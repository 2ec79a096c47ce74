/**
 * Register `/policy` with Discord: one bulk PUT of buildCommandDefinitions() to the guild
 * route (instant; for testing) or the global route. Run it from the CLI, never on boot
 * (Discord caps command creation at 200 per day).
 */
import { REST } from '@discordjs/rest';
import { Routes } from 'discord-api-types/v10';
import { buildCommandDefinitions } from './commands.ts';
import { restOptions } from './deliver.ts';

export interface RegisterOptions {
  token: string;
  applicationId: string;
  /** Register in this guild only (instant); global otherwise (may take up to an hour). */
  guildId?: string;
  apiUrl?: string;
}

export function commandsRoute(applicationId: string, guildId?: string): `/${string}` {
  return guildId ? Routes.applicationGuildCommands(applicationId, guildId) : Routes.applicationCommands(applicationId);
}

/** Throws the REST client's error (DiscordAPIError with status/code) on failure. */
export async function registerCommands(opts: RegisterOptions): Promise<void> {
  const rest = new REST(restOptions(opts.apiUrl, { retries: 1 })).setToken(opts.token);
  await rest.put(commandsRoute(opts.applicationId, opts.guildId), { body: buildCommandDefinitions() });
}
