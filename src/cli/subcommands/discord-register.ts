/**
 * `policywatch discord:register [--guild ID]`: registers the `/policy` command with
 * Discord (one bulk PUT). With --guild it is registered in that server only and is usable
 * at once (good for testing); without, globally. Run it once after install and after an
 * upgrade that changes the command — never on every boot (Discord caps creations per day).
 */
import type * as DiscordRest from '@discordjs/rest';
import { parseCliArgs } from '../args.ts';
import { UsageError, write, type CliCommand } from '../command.ts';
import { readEnv } from '../runtime.ts';

type DiscordModule = typeof DiscordRest;

function explain(err: unknown, guild: string | undefined, { DiscordAPIError }: DiscordModule): string {
  if (err instanceof DiscordAPIError) {
    if (err.status === 401)
      return 'Discord rejected DISCORD_TOKEN (401). Reset it under Developer Portal → your app → Bot → Reset Token, and set DISCORD_TOKEN.';
    if (err.code === 50001 && guild) {
      return `Missing Access to guild ${guild}: invite the bot to that server with the "bot" and "applications.commands" scopes (Developer Portal → OAuth2 → URL Generator), then run this again.`;
    }
    if (err.code === 10002)
      return 'Unknown Application: DISCORD_APPLICATION_ID does not match the token (Developer Portal → your app → General Information → Application ID).';
    return `Discord refused the registration (${err.status} ${String(err.code)}: ${err.message}).`;
  }
  return `Could not reach Discord: ${err instanceof Error ? err.message : String(err)}. Check the network (or DISCORD_API_URL) and try again.`;
}

export const discordRegisterCommand: CliCommand = {
  name: 'discord:register',
  summary: 'Register the /policy command with Discord (--guild ID: one server, instant; otherwise global)',
  usage: 'policywatch discord:register [--guild ID]',
  async run(argv, io) {
    const { values } = parseCliArgs(argv, { guild: { type: 'string' } });
    const guild = values.guild?.trim();
    if (guild !== undefined && !/^\d{17,20}$/.test(guild)) {
      throw new UsageError(`--guild expects a server id (17–20 digits; Discord: right-click the server → Copy Server ID), got "${guild}"`);
    }
    const env = readEnv(io);
    if (!env) return 1;
    if (!env.DISCORD_TOKEN || !env.DISCORD_APPLICATION_ID) {
      write(
        io.stderr,
        'policywatch discord:register: DISCORD_TOKEN and DISCORD_APPLICATION_ID must be set (Discord Developer Portal → your app: Bot → Reset Token; General Information → Application ID).',
      );
      return 1;
    }
    // discord.js is loaded only by the command that needs it.
    const discord = await import('@discordjs/rest');
    const { registerCommands } = await import('../../../adapters/discord/index.ts');
    try {
      await registerCommands({
        token: env.DISCORD_TOKEN,
        applicationId: env.DISCORD_APPLICATION_ID,
        guildId: guild,
        apiUrl: env.DISCORD_API_URL,
      });
    } catch (err) {
      write(io.stderr, `policywatch discord:register: ${explain(err, guild, discord)}`);
      return 1;
    }
    write(
      io.stdout,
      guild
        ? `Registered /policy in server ${guild}; it is available there now.`
        : 'Registered /policy globally; Discord can take up to an hour to show it in every server.',
    );
    return 0;
  },
};
