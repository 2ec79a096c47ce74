/**
 * The /policy command definition (exact JSON, snapshotted) and its registration: one bulk
 * PUT to the guild route (instant) or the global route, through the real REST client
 * against a fake Discord API on 127.0.0.1.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DiscordAPIError } from '@discordjs/rest';
import { buildCommandDefinitions, registerCommands } from '../../../adapters/discord/index.ts';
import { PERSONAL_SUBCOMMANDS } from '../../../adapters/discord/commands.ts';
import { APP_ID, GUILD_ID, apiError, bodyOf, calls, json, startFakeDiscord } from './fake-discord.ts';

interface Opt {
  type: number;
  name: string;
  description: string;
  required?: boolean;
  options?: Opt[];
  choices?: Array<{ name: string; value: string }>;
  autocomplete?: boolean;
}

describe('buildCommandDefinitions', () => {
  const [policy] = buildCommandDefinitions() as Array<Opt & { default_member_permissions: unknown; contexts: number[] }>;

  it('is one chat-input command, open to everyone, guild-only (exact JSON)', () => {
    expect(buildCommandDefinitions()).toMatchSnapshot();
    expect(buildCommandDefinitions()).toHaveLength(1);
    expect(policy).toMatchObject({ type: 1, name: 'policy', default_member_permissions: null, contexts: [0] });
  });

  it('has every subcommand of the core grammar', () => {
    const names = policy!.options!.map((o) => (o.type === 2 ? o.options!.map((s) => `${o.name} ${s.name}`) : [o.name])).flat();
    expect(names).toEqual([
      'help',
      'search',
      'show',
      'subscribe',
      'unsubscribe',
      'settings',
      'watch add',
      'watch remove',
      'watch list',
      'digest preview',
      'digest now',
      'digest schedule',
      'digest off',
      'sources',
      'status',
    ]);
    for (const personal of PERSONAL_SUBCOMMANDS) expect(names).toContain(personal);
  });

  it("meets Discord's naming and size rules (names 1–32 lowercase, descriptions ≤ 100, ≤ 25 options, required first)", () => {
    const walk = (opts: Opt[]) => {
      expect(opts.length).toBeLessThanOrEqual(25);
      let seenOptional = false;
      for (const o of opts) {
        expect(o.name).toMatch(/^[-_\p{Ll}\p{N}]{1,32}$/u);
        expect(o.description.length).toBeGreaterThan(0);
        expect(o.description.length).toBeLessThanOrEqual(100);
        if (o.type === 3) {
          if (o.required) expect(seenOptional).toBe(false);
          else seenOptional = true;
          expect(o.choices && o.autocomplete).toBeFalsy();
        }
        if (o.options) walk(o.options);
      }
    };
    walk(policy!.options!);
  });

  it('offers every kind the core knows as choices (news included), and search words are optional', () => {
    const search = policy!.options!.find((o) => o.name === 'search')!;
    expect(search.options!.find((o) => o.name === 'kind')!.choices!.map((c) => c.value)).toEqual([
      'bill',
      'contract',
      'notice',
      'rule',
      'news',
    ]);
    expect(search.options!.find((o) => o.name === 'words')!.required).toBe(false);
    expect(search.options!.find((o) => o.name === 'priority')!.choices!.map((c) => c.value)).toEqual(['yes', 'no']);
  });
});

describe('registerCommands', () => {
  let api: Awaited<ReturnType<typeof startFakeDiscord>>;
  beforeEach(async () => {
    api = await startFakeDiscord();
  });
  afterEach(async () => {
    await api.close();
  });

  it('PUTs the exact definitions to the guild route when a guild is given', async () => {
    api.route(`PUT /api/v10/applications/${APP_ID}/guilds/${GUILD_ID}/commands`, (req) => json(200, JSON.parse(req.body)));
    await registerCommands({ token: 'fake-bot-token', applicationId: APP_ID, guildId: GUILD_ID, apiUrl: api.api });
    expect(calls(api)).toEqual([`PUT /api/v10/applications/${APP_ID}/guilds/${GUILD_ID}/commands`]);
    expect(api.requests[0]?.headers.authorization).toBe('Bot fake-bot-token');
    expect(JSON.parse(api.requests[0]!.body)).toEqual(buildCommandDefinitions());
  });

  it('PUTs to the global route otherwise', async () => {
    api.route(`PUT /api/v10/applications/${APP_ID}/commands`, (req) => json(200, JSON.parse(req.body)));
    await registerCommands({ token: 'fake-bot-token', applicationId: APP_ID, apiUrl: api.api });
    expect(calls(api)).toEqual([`PUT /api/v10/applications/${APP_ID}/commands`]);
    expect(bodyOf(api.requests[0])).toEqual(buildCommandDefinitions());
  });

  it("rejects with Discord's error when the bot is not in the guild", async () => {
    api.route(`PUT /api/v10/applications/${APP_ID}/guilds/${GUILD_ID}/commands`, apiError(403, 50001, 'Missing Access'));
    const err = await registerCommands({ token: 't', applicationId: APP_ID, guildId: GUILD_ID, apiUrl: api.api }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DiscordAPIError);
    expect((err as DiscordAPIError).code).toBe(50001);
  });
});
