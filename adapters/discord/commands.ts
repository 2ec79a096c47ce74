/**
 * The `/policy` application command: one command, subcommands (and two subcommand groups,
 * `watch` and `digest`) with typed options. `buildCommandDefinitions()` is the exact JSON
 * that `policywatch discord:register` PUTs to Discord.
 *
 * Trade-off (see README.md): `default_member_permissions` applies to the whole command,
 * not to a subcommand, so hiding manager subcommands would hide `search` too. `/policy`
 * stays open to everyone (`default_member_permissions: null`); the core refuses manager
 * subcommands unless the member has Manage Channels or Manage Server.
 */
import { ApplicationCommandOptionType as T, ApplicationCommandType, ApplicationIntegrationType, InteractionContextType } from 'discord.js';

export const COMMAND_NAME = 'policy';

import { ITEM_KINDS } from '../../src/domain/index.ts';

export const KIND_CHOICES = ITEM_KINDS;
export const DAY_CHOICES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

type Option = Record<string, unknown>;

const str = (name: string, description: string, extra: Option = {}): Option => ({ type: T.String, name, description, required: false, ...extra });
const sub = (name: string, description: string, options: Option[] = []): Option => ({ type: T.Subcommand, name, description, options });
const group = (name: string, description: string, options: Option[]): Option => ({ type: T.SubcommandGroup, name, description, options });
const choices = (values: readonly string[]) => values.map((v) => ({ name: v, value: v }));

const topicOpt = (name = 'topic', description = 'Topic id, e.g. state-databases') => str(name, description, { autocomplete: true, max_length: 100 });

export function buildCommandDefinitions(): object[] {
  return [
    {
      type: ApplicationCommandType.ChatInput,
      name: COMMAND_NAME,
      description: 'Watch police/state database sharing with immigration enforcement',
      default_member_permissions: null,
      contexts: [InteractionContextType.Guild],
      integration_types: [ApplicationIntegrationType.GuildInstall],
      nsfw: false,
      options: [
        sub('help', 'How to use /policy, with examples'),
        sub('search', 'Search stored bills, contracts, notices and rules', [
          str('words', 'Words to look for; "quote a phrase" (optional: filters alone list the newest)', { max_length: 200 }),
          str('state', 'Two-letter state code, or US for federal', { autocomplete: true, max_length: 2 }),
          str('kind', 'Only this kind of record', { choices: choices(KIND_CHOICES) }),
          str('since', 'How far back, e.g. 7d, 30d, 365d', { max_length: 10 }),
          topicOpt(),
          str('priority', 'Only priority items (yes) or only the others (no)', { choices: choices(['yes', 'no']) }),
          { type: T.Integer, name: 'page', description: 'Page of results', required: false, min_value: 1, max_value: 9999 },
        ]),
        sub('show', 'One item: status history, topics, matched terms, links', [
          str('identifier', 'Identifier (HB 5001, a PIID, an FR document number) or item id', { required: true, max_length: 200 }),
        ]),
        sub('subscribe', 'Send alerts to this channel (managers)', [
          topicOpt('topics', 'Topic ids separated by spaces (default: all)'),
          str('states', 'State codes separated by spaces, e.g. CT NY US (default: all)', { autocomplete: true, max_length: 200 }),
          str('kinds', `Kinds separated by spaces: ${ITEM_KINDS.join(' ')} (default: all)`, { max_length: 100 }),
        ]),
        sub('unsubscribe', 'Stop alerts in this channel (managers)'),
        sub('settings', "This channel's subscription"),
        group('watch', "This server's extra watch terms", [
          sub('add', 'Add a term or phrase to a topic (managers)', [
            str('term', 'A term or phrase; start with - to exclude', { required: true, max_length: 200 }),
            topicOpt(),
          ]),
          sub('remove', 'Remove a term you added (managers)', [
            str('term', 'The term or phrase to remove', { required: true, max_length: 200 }),
            topicOpt(),
          ]),
          sub('list', "List this server's extra terms and exclusions"),
        ]),
        group('digest', 'Weekly digest for this channel', [
          sub('preview', 'Show what the next digest would contain'),
          sub('now', 'Post the digest to this channel now (managers)'),
          sub('schedule', 'Set the weekly digest day and time (managers)', [
            str('day', 'Day of the week', { required: true, choices: choices(DAY_CHOICES) }),
            str('time', '24-hour time, HH:MM', { required: true, min_length: 4, max_length: 5 }),
            str('tz', 'Time zone, e.g. America/New_York', { autocomplete: true, max_length: 64 }),
          ]),
          sub('off', 'Turn the weekly digest off (managers)'),
        ]),
        sub('sources', 'Each source: enabled, last success, last error, next poll'),
        sub('status', 'Version, uptime, last poll, deliveries pending'),
      ],
    },
  ];
}

/** Subcommands whose reply only the asker needs (deferred ephemeral). Key: 'group sub' or 'sub'. */
export const PERSONAL_SUBCOMMANDS: ReadonlySet<string> = new Set([
  'help',
  'search',
  'show',
  'settings',
  'watch list',
  'digest preview',
  'sources',
  'status',
]);
