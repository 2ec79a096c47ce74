/**
 * Contract between the Discord adapter and the command core: every shape of typed /policy
 * options, flattened by the adapter, is understood by the core's parser (no usage error).
 */
import { describe, expect, it } from 'vitest';
import { toCommandText, type SubcommandCall } from '../../adapters/discord/command-text.ts';
import { setup, textOf } from '../commands/harness.ts';

const call = (subcommand: string, options: Record<string, string> = {}, group?: string): SubcommandCall => ({ group, subcommand, options });

describe('Discord options → core grammar', () => {
  it.each<[string, SubcommandCall]>([
    [
      'search with every filter',
      call('search', { words: '"license plate"', state: 'ct', kind: 'bill', since: '30d', topic: 'state-databases' }),
    ],
    [
      'subscribe with several states and kinds',
      call('subscribe', { topics: 'immigration-enforcement state-databases', states: 'ct, ny', kinds: 'bill notice' }),
    ],
    ['watch add phrase to a topic', call('add', { term: 'license plate reader', topic: 'state-databases' }, 'watch')],
    ['watch add exclusion phrase', call('add', { term: '-parking ticket' }, 'watch')],
    ['digest schedule with a zone', call('schedule', { day: 'monday', time: '09:00', tz: 'America/New_York' }, 'digest')],
    ['digest schedule without a zone', call('schedule', { day: 'friday', time: '16:30' }, 'digest')],
    ['show', call('show', { identifier: 'CT HB 5001' })],
    ['watch list', call('list', {}, 'watch')],
    ['digest preview', call('preview', {}, 'digest')],
    ['subscribe add a state', call('subscribe', { action: 'add', states: 'ny' })],
    ['unsubscribe one kind', call('unsubscribe', { kinds: 'notice' })],
    ['settings remove a topic', call('settings', { action: 'remove', topics: 'immigration-enforcement' })],
    ['search with filters only, priority and page', call('search', { since: '30d', priority: 'yes', page: '1' })],
    ['search news', call('search', { kind: 'news' })],
    ['watch list one topic, page 2', call('list', { topic: 'immigration-enforcement', page: '2' }, 'watch')],
    ['help for a command', call('help', { command: 'search' })],
  ])('%s', async (_label, input) => {
    const t = await setup();
    const where = { platform: 'discord' as const, workspaceId: 'G1', channelId: 'C9' };
    await t.manager('subscribe', where);
    const reply = await t.manager(toCommandText(input), where);
    if (reply.type === 'error') throw new Error(`core rejected "${toCommandText(input)}": ${textOf(reply)}`);
    expect(reply.type).not.toBe('error');
  });
});

describe('Discord help speaks Discord', () => {
  it('shows typed options, never the Slack text syntax the options cannot express', async () => {
    const t = await setup();
    const where = { platform: 'discord' as const, workspaceId: 'G1', channelId: 'C9' };
    for (const text of ['help', 'help search', 'help subscribe', 'help watch', 'help digest']) {
      const help = textOf(await t.run(text, where));
      expect(help).not.toMatch(/state:CT,NY|page:N|<words|\[state:XX|kind:bill\|/);
      expect(help).toMatch(/\/policy \w+/);
    }
    expect(textOf(await t.run('help search', where))).toContain('/policy search [words:…] [state:…] [kind:…]');
    expect(textOf(await t.run('help search'))).toContain('/policy search [words or "phrase"] [state:XX]');
  });
});
