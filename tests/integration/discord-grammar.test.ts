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
    ['search with every filter', call('search', { words: '"license plate"', state: 'ct', kind: 'bill', since: '30d', topic: 'state-databases' })],
    ['subscribe with several states and kinds', call('subscribe', { topics: 'immigration-enforcement state-databases', states: 'ct, ny', kinds: 'bill notice' })],
    ['watch add phrase to a topic', call('add', { term: 'license plate reader', topic: 'state-databases' }, 'watch')],
    ['watch add exclusion phrase', call('add', { term: '-parking ticket' }, 'watch')],
    ['digest schedule with a zone', call('schedule', { day: 'monday', time: '09:00', tz: 'America/New_York' }, 'digest')],
    ['digest schedule without a zone', call('schedule', { day: 'friday', time: '16:30' }, 'digest')],
    ['show', call('show', { identifier: 'CT HB 5001' })],
    ['watch list', call('list', {}, 'watch')],
    ['digest preview', call('preview', {}, 'digest')],
  ])('%s', async (_label, input) => {
    const t = await setup();
    const where = { platform: 'discord' as const, workspaceId: 'G1', channelId: 'C9' };
    await t.manager('subscribe', where);
    const reply = await t.manager(toCommandText(input), where);
    if (reply.type === 'error') throw new Error(`core rejected "${toCommandText(input)}": ${textOf(reply)}`);
    expect(reply.type).not.toBe('error');
  });
});
