/** slack/manifest.yml and `policywatch slack:manifest`. */
import { readFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { UsageError } from '../../../src/cli/command.ts';
import { slackManifestCommand } from '../../../src/cli/subcommands/slack-manifest.ts';

const manifestText = readFileSync(new URL('../../../slack/manifest.yml', import.meta.url), 'utf8');

/** Runs the command as src/cli/index.ts does (it turns a UsageError into exit code 2). */
async function cli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c) => (out += String(c)));
  stderr.on('data', (c) => (err += String(c)));
  const [, ...rest] = argv;
  try {
    const code = await slackManifestCommand.run(rest, { stdin: new PassThrough(), stdout, stderr, env: {} });
    return { code, out, err };
  } catch (e) {
    if (e instanceof UsageError) return { code: 2, out, err: e.message };
    throw e;
  }
}

describe('slack/manifest.yml', () => {
  const manifest = parse(manifestText);

  it('asks for exactly the bot scopes the adapter uses', () => {
    expect(manifest.oauth_config.scopes.bot).toEqual([
      'commands',
      'chat:write',
      'chat:write.public',
      'users:read',
      'channels:history',
      'groups:history',
    ]);
    expect(manifest.oauth_config.scopes.user).toBeUndefined();
  });

  it('declares /policy with raw text (no escaping) and Socket Mode on', () => {
    expect(manifest.features.slash_commands).toEqual([expect.objectContaining({ command: '/policy', should_escape: false })]);
    expect(manifest.features.slash_commands[0].description.length).toBeLessThanOrEqual(100);
    expect(manifest.settings.socket_mode_enabled).toBe(true);
    expect(manifest.features.bot_user.display_name).toBe('policywatch');
    expect(manifest.display_information.description.length).toBeLessThanOrEqual(140);
    expect(manifest.display_information.long_description.length).toBeGreaterThanOrEqual(175);
  });
});

describe('policywatch slack:manifest', () => {
  it('is named slack:manifest', () => {
    expect(slackManifestCommand.name).toBe('slack:manifest');
  });

  it('prints the manifest file', async () => {
    const { code, out } = await cli(['slack:manifest']);
    expect(code).toBe(0);
    expect(out).toBe(manifestText.endsWith('\n') ? manifestText : `${manifestText}\n`);
  });

  it('prints the HTTP-mode variant for --http-url', async () => {
    const { code, out } = await cli(['slack:manifest', '--http-url', 'https://alerts.example.org/']);
    expect(code).toBe(0);
    const manifest = parse(out);
    expect(manifest.settings.socket_mode_enabled).toBe(false);
    expect(manifest.features.slash_commands[0].url).toBe('https://alerts.example.org/slack/events');
    expect(manifest.oauth_config.scopes.bot).toEqual([
      'commands',
      'chat:write',
      'chat:write.public',
      'users:read',
      'channels:history',
      'groups:history',
    ]);
  });

  it.each([
    ['http://alerts.example.org', /https:\/\//],
    ['not-a-url', /full URL/],
  ])('rejects --http-url %s as a usage error', async (url, message) => {
    const { code, err } = await cli(['slack:manifest', '--http-url', url]);
    expect(code).toBe(2);
    expect(err).toMatch(message);
  });

  it('rejects unknown options', async () => {
    expect((await cli(['slack:manifest', '--bogus'])).code).toBe(2);
  });
});
