/**
 * `policywatch slack:manifest [--http-url URL]`: prints slack/manifest.yml to paste into
 * "Create New App → From an app manifest". With --http-url it prints the HTTP-mode variant
 * (Socket Mode off, the slash command pointed at URL/slack/events).
 */
import { readFile } from 'node:fs/promises';
import { parseDocument } from 'yaml';
import { parseCliArgs } from '../args.ts';
import { UsageError, write, type CliCommand } from '../command.ts';

const SLACK_MANIFEST_PATH = new URL('../../../slack/manifest.yml', import.meta.url);

/** The manifest text, switched to HTTP mode when `httpUrl` (the app's public https base) is given. */
function slackManifest(source: string, httpUrl?: string): string {
  if (!httpUrl) return source;
  let base: URL;
  try {
    base = new URL(httpUrl);
  } catch {
    throw new UsageError(`--http-url must be a full URL such as https://alerts.example.org (got "${httpUrl}")`);
  }
  if (base.protocol !== 'https:') throw new UsageError('--http-url must start with https:// (Slack only sends requests over TLS)');
  const requestUrl = `${base.origin}${base.pathname.replace(/\/+$/, '')}/slack/events`;
  const doc = parseDocument(source);
  doc.setIn(['settings', 'socket_mode_enabled'], false);
  doc.setIn(['features', 'slash_commands', 0, 'url'], requestUrl);
  doc.setIn(['settings', 'interactivity', 'request_url'], requestUrl);
  return doc.toString();
}

export const slackManifestCommand: CliCommand = {
  name: 'slack:manifest',
  summary: 'Print the Slack app manifest (paste it into api.slack.com/apps → From an app manifest)',
  usage: 'policywatch slack:manifest [--http-url https://your.host]',
  async run(argv, io) {
    const { values } = parseCliArgs(argv, { 'http-url': { type: 'string' } });
    const source = await readFile(SLACK_MANIFEST_PATH, 'utf8');
    write(io.stdout, slackManifest(source, values['http-url']));
    return 0;
  },
};
