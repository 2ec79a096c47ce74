/** `policywatch discord:register`: reads the env, registers against DISCORD_API_URL (a fake on 127.0.0.1), explains failures. */
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { discordRegisterCommand } from '../../../src/cli/subcommands/discord-register.ts';
import type { CliIO } from '../../../src/cli/command.ts';
import { UsageError } from '../../../src/cli/command.ts';
import { buildCommandDefinitions } from '../../../adapters/discord/index.ts';
import { startFixtureServer, type FixtureServer } from '../../helpers/fixture-server.ts';

const APP_ID = '1234567890123456789';
const GUILD_ID = '1100000000000000001';

function io(env: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  stdout.on('data', (c) => out.push(String(c)));
  stderr.on('data', (c) => err.push(String(c)));
  const cli: CliIO = { stdin: new PassThrough(), stdout, stderr, env };
  return { cli, out: () => out.join(''), err: () => err.join('') };
}

describe('discord:register', () => {
  let api: FixtureServer;
  beforeEach(async () => {
    api = await startFixtureServer();
  });
  afterEach(async () => {
    await api.close();
  });

  const env = () => ({ DISCORD_TOKEN: 'fake-bot-token', DISCORD_APPLICATION_ID: APP_ID, DISCORD_API_URL: `${api.url}/api` });

  it('registers in one guild with --guild', async () => {
    api.route(`PUT /api/v10/applications/${APP_ID}/guilds/${GUILD_ID}/commands`, (req) => ({
      status: 200,
      headers: { 'content-type': 'application/json' },
      body: req.body,
    }));
    const t = io(env());
    expect(await discordRegisterCommand.run(['--guild', GUILD_ID], t.cli)).toBe(0);
    expect(t.out()).toContain(`Registered /policy in server ${GUILD_ID}`);
    expect(JSON.parse(api.requests[0]!.body)).toEqual(buildCommandDefinitions());
  });

  it('registers globally without --guild', async () => {
    api.route(`PUT /api/v10/applications/${APP_ID}/commands`, (req) => ({
      status: 200,
      headers: { 'content-type': 'application/json' },
      body: req.body,
    }));
    const t = io(env());
    expect(await discordRegisterCommand.run([], t.cli)).toBe(0);
    expect(t.out()).toContain('globally');
  });

  it('explains a rejected token', async () => {
    api.route(`PUT /api/v10/applications/${APP_ID}/commands`, {
      status: 401,
      headers: { 'content-type': 'application/json' },
      body: '{"message":"401: Unauthorized","code":0}',
    });
    const t = io(env());
    expect(await discordRegisterCommand.run([], t.cli)).toBe(1);
    expect(t.err()).toContain('Discord rejected DISCORD_TOKEN');
    expect(t.err()).not.toContain('fake-bot-token');
  });

  it('says what to set when the token is missing', async () => {
    const t = io({});
    expect(await discordRegisterCommand.run([], t.cli)).toBe(1);
    expect(t.err()).toContain('DISCORD_TOKEN and DISCORD_APPLICATION_ID must be set');
    expect(api.requests).toHaveLength(0);
  });

  it('reports a missing application id through the env check', async () => {
    const t = io({ DISCORD_TOKEN: 'fake-bot-token' });
    expect(await discordRegisterCommand.run([], t.cli)).toBe(1);
    expect(t.err()).toContain('DISCORD_APPLICATION_ID: required when DISCORD_TOKEN is set');
  });

  it('rejects a malformed guild id as a usage error', async () => {
    await expect(discordRegisterCommand.run(['--guild', 'my-server'], io(env()).cli)).rejects.toBeInstanceOf(UsageError);
  });
});
