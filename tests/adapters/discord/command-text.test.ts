/** Typed /policy options flattened back into the core's text grammar (README.md, Commands). */
import { describe, expect, it } from 'vitest';
import { toCommandText, type SubcommandCall } from '../../../adapters/discord/command-text.ts';
import { autocompleteChoices } from '../../../adapters/discord/autocomplete.ts';

const call = (subcommand: string, options: Record<string, string> = {}, group?: string): SubcommandCall => ({ group, subcommand, options });

describe('toCommandText', () => {
  it.each<[string, SubcommandCall, string]>([
    ['help', call('help'), 'help'],
    [
      'search with every filter',
      call('search', { words: '"license plate"', state: 'ct', kind: 'bill', since: '30d', topic: 'state-databases' }),
      'search "license plate" state:CT kind:bill since:30d topic:state-databases',
    ],
    ['search, words only', call('search', { words: '  gang   database ' }), 'search gang database'],
    ['search, newlines in words', call('search', { words: 'dmv\nrecords' }), 'search dmv records'],
    ['show', call('show', { identifier: 'HB 5001' }), 'show HB 5001'],
    ['subscribe, everything', call('subscribe'), 'subscribe'],
    [
      'subscribe, filters',
      call('subscribe', { topics: 'immigration-enforcement state-databases', states: 'ct, ny', kinds: 'bill notice' }),
      'subscribe immigration-enforcement state-databases state:CT state:NY kind:bill kind:notice',
    ],
    ['unsubscribe', call('unsubscribe'), 'unsubscribe'],
    ['settings', call('settings'), 'settings'],
    ['settings model:off', call('settings', { model: 'off' }), 'settings model:off'],
    [
      'watch add phrase',
      call('add', { term: 'license plate reader', topic: 'state-databases' }, 'watch'),
      'watch add "license plate reader" topic:state-databases',
    ],
    ['watch add exclusion phrase', call('add', { term: '-parking ticket' }, 'watch'), 'watch add -"parking ticket"'],
    ['watch add quoted', call('add', { term: '"fusion center"' }, 'watch'), 'watch add "fusion center"'],
    ['watch remove word', call('remove', { term: 'CLETS' }, 'watch'), 'watch remove CLETS'],
    ['watch list', call('list', {}, 'watch'), 'watch list'],
    ['digest preview', call('preview', {}, 'digest'), 'digest preview'],
    ['digest now', call('now', {}, 'digest'), 'digest now'],
    [
      'digest schedule',
      call('schedule', { day: 'monday', time: '09:00', tz: 'America/New_York' }, 'digest'),
      'digest schedule monday 09:00 America/New_York',
    ],
    ['digest schedule, no tz', call('schedule', { day: 'friday', time: '16:30' }, 'digest'), 'digest schedule friday 16:30'],
    ['digest off', call('off', {}, 'digest'), 'digest off'],
    ['sources', call('sources'), 'sources'],
    ['status', call('status'), 'status'],
  ])('%s', (_name, input, expected) => {
    expect(toCommandText(input)).toBe(expected);
  });
});

describe('autocompleteChoices', () => {
  it('completes topics, keeping a custom one as typed', () => {
    expect(autocompleteChoices('topic', 'state')).toEqual([{ name: 'state-databases', value: 'state-databases' }]);
    expect(autocompleteChoices('topic', 'courts')).toEqual([{ name: 'courts', value: 'courts' }]);
  });

  it('completes the last word of a multi-value option', () => {
    expect(autocompleteChoices('states', 'CT n')).toEqual(
      ['NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC', 'ND', 'IN', 'MN', 'TN'].map((s) => ({ name: `CT ${s}`, value: `CT ${s}` })),
    );
  });

  it('offers real IANA time zones only, at most 25', () => {
    const zones = autocompleteChoices('tz', 'america/');
    expect(zones).toHaveLength(25);
    expect(autocompleteChoices('tz', 'new_york')).toEqual([{ name: 'America/New_York', value: 'America/New_York' }]);
  });

  it('has nothing for other options', () => {
    expect(autocompleteChoices('words', 'x')).toEqual([]);
  });
});

describe('one command table drives the Discord options, the help and the permissions', () => {
  it('every typed option flattens into text the core accepts, with subscribe add/remove and search priority/page', () => {
    expect(toCommandText(call('subscribe', { action: 'add', states: 'ny' }))).toBe('subscribe add state:NY');
    expect(toCommandText(call('unsubscribe', { kinds: 'news' }))).toBe('unsubscribe kind:news');
    expect(toCommandText(call('settings', { action: 'remove', topics: 'state-databases' }))).toBe('settings remove state-databases');
    expect(toCommandText(call('search', { priority: 'yes', page: '2' }))).toBe('search priority:yes page:2');
    expect(toCommandText(call('list', { topic: 'state-databases', page: '2' }, 'watch'))).toBe('watch list state-databases page:2');
    expect(toCommandText(call('help', { command: 'search' }))).toBe('help search');
  });
});
