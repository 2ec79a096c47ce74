/**
 * The `/policy` command table: names, usage lines, examples, typed options, who may run
 * what. Everything platform-shaped is built from it: the help text, the manager check
 * (`managerOnly`), and the Discord option tree (adapters/discord/commands.ts), so the
 * platforms cannot drift from the core grammar.
 */
import { ITEM_KINDS } from './types.ts';

export const SLASH = '/policy';

/**
 * One typed option (a Discord option; on Slack the same thing is typed in the text grammar).
 * `flatten` says how a typed value goes back into the grammar: as free text, a single token,
 * a quoted term, several words, or a `key:value` filter (one per value when `multi`).
 */
export interface OptionSpec {
  name: string;
  /** ≤ 100 characters (Discord). */
  description: string;
  flatten: 'text' | 'term' | 'token' | 'tokens' | 'lower' | { filter: string; upper?: boolean; lower?: boolean; multi?: boolean };
  required?: boolean;
  choices?: readonly string[];
  autocomplete?: boolean;
  minLength?: number;
  maxLength?: number;
  integer?: { min: number; max: number };
}

/** A subcommand under `watch` or `digest`. */
interface ActionSpec {
  name: string;
  summary: string;
  /** Only managers may run it. */
  manager: boolean;
  /** The answer is only for the person who asked. */
  personal: boolean;
  options: OptionSpec[];
}

export interface CommandSpec {
  name: string;
  /** The usage line in the text grammar (Slack, the CLI). */
  usage: string;
  summary: string;
  examples: string[];
  /** Examples that a Discord user can type with its options. */
  discordExamples?: string[];
  /** Action names, for `watch` and `digest`. */
  actions?: string[];
  /** Typed subcommands (a Discord subcommand group). */
  subcommands?: ActionSpec[];
  /** Typed options of the command itself. */
  options?: OptionSpec[];
  /** Only managers may run it at all. */
  manager?: boolean;
  /** Only managers may run it when the first word is one of these. */
  managerWhen?: string[];
  /** What a manager-only use changes (for the refusal). */
  changes?: string;
  personal?: boolean;
}

const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
const topicOption = (required = false): OptionSpec => ({
  name: 'topic',
  description: 'Topic id, e.g. state-databases',
  flatten: { filter: 'topic' },
  autocomplete: true,
  maxLength: 100,
  required,
});
const changeOptions = (verb: string): OptionSpec[] => [
  { name: 'action', description: `add or remove one thing (default: set what is given)`, flatten: 'token', choices: ['add', 'remove'] },
  { name: 'topics', description: `Topic ids separated by spaces${verb}`, flatten: 'tokens', autocomplete: true, maxLength: 200 },
  {
    name: 'states',
    description: 'State codes separated by spaces, e.g. CT NY US',
    flatten: { filter: 'state', upper: true, multi: true },
    autocomplete: true,
    maxLength: 200,
  },
  {
    name: 'kinds',
    description: `Kinds separated by spaces: ${ITEM_KINDS.join(' ')}`,
    flatten: { filter: 'kind', lower: true, multi: true },
    maxLength: 100,
  },
];

export const COMMANDS: CommandSpec[] = [
  {
    name: 'help',
    usage: `${SLASH} help [command]`,
    summary: 'How to use these commands',
    examples: [`${SLASH} help search`],
    discordExamples: [`${SLASH} help command:search`],
    personal: true,
    options: [{ name: 'command', description: 'A command to explain, e.g. search', flatten: 'token', maxLength: 20 }],
  },
  {
    name: 'search',
    usage: `${SLASH} search [words or "phrase"] [state:XX] [kind:${ITEM_KINDS.join('|')}] [topic:…] [since:30d] [priority:yes] [page:N]`,
    summary: 'Find stored bills, contracts, notices and rules',
    examples: [
      `${SLASH} search CLETS since:30d`,
      `${SLASH} search "license plate" state:CT kind:bill`,
      `${SLASH} search since:7d priority:yes`,
    ],
    discordExamples: [
      `${SLASH} search words:CLETS since:30d`,
      `${SLASH} search words:"license plate" state:CT kind:bill`,
      `${SLASH} search since:7d priority:yes`,
    ],
    personal: true,
    options: [
      {
        name: 'words',
        description: 'Words to look for; "quote a phrase" (optional: filters alone list the newest)',
        flatten: 'text',
        maxLength: 200,
      },
      {
        name: 'state',
        description: 'Two-letter state code, or US for federal',
        flatten: { filter: 'state', upper: true },
        autocomplete: true,
        maxLength: 2,
      },
      { name: 'kind', description: 'Only this kind of record', flatten: { filter: 'kind', lower: true }, choices: ITEM_KINDS },
      { name: 'since', description: 'How far back, e.g. 7d, 30d, 365d', flatten: { filter: 'since', lower: true }, maxLength: 10 },
      topicOption(),
      {
        name: 'priority',
        description: 'Only priority items (yes) or only the others (no)',
        flatten: { filter: 'priority', lower: true },
        choices: ['yes', 'no'],
      },
      { name: 'page', description: 'Page of results', flatten: { filter: 'page' }, integer: { min: 1, max: 9999 } },
    ],
  },
  {
    name: 'show',
    usage: `${SLASH} show <identifier or id>`,
    summary: 'One item: status history, topics, matched terms, links',
    examples: [`${SLASH} show CT HB 5001`, `${SLASH} show 2025-01234`],
    discordExamples: [`${SLASH} show identifier:CT HB 5001`],
    personal: true,
    options: [
      {
        name: 'identifier',
        description: 'Identifier (HB 5001, a PIID, an FR document number) or item id',
        flatten: 'text',
        required: true,
        maxLength: 200,
      },
    ],
  },
  {
    name: 'subscribe',
    usage: `${SLASH} subscribe [add|remove] [topic…] [state:XX…] [kind:…]`,
    summary: 'Send this channel alerts (managers); add or remove one topic, state or kind',
    examples: [
      `${SLASH} subscribe`,
      `${SLASH} subscribe state-databases state:CT`,
      `${SLASH} subscribe add state:NY`,
      `${SLASH} subscribe remove kind:news`,
    ],
    discordExamples: [
      `${SLASH} subscribe`,
      `${SLASH} subscribe topics:state-databases states:CT`,
      `${SLASH} subscribe action:add states:NY`,
    ],
    manager: true,
    changes: "change this channel's alerts",
    options: changeOptions(' (default: both default topics)'),
  },
  {
    name: 'unsubscribe',
    usage: `${SLASH} unsubscribe [topic|state:XX|kind:K]`,
    summary: 'Stop alerts in this channel, or stop one topic, state or kind (managers)',
    examples: [`${SLASH} unsubscribe`, `${SLASH} unsubscribe state:NY`],
    discordExamples: [`${SLASH} unsubscribe`, `${SLASH} unsubscribe states:NY`],
    manager: true,
    changes: "change this channel's alerts",
    options: changeOptions('').slice(1),
  },
  {
    name: 'settings',
    usage: `${SLASH} settings [add|remove <topic|state:XX|kind:K>] · ${SLASH} settings reminders <days|off> · ${SLASH} settings burst <N|off> · ${SLASH} settings model:on|off`,
    summary: "This channel's alerts, digest, deadline reminders and bursts; the learned second opinion",
    examples: [
      `${SLASH} settings`,
      `${SLASH} settings add kind:notice`,
      `${SLASH} settings reminders 5`,
      `${SLASH} settings burst 10`,
      `${SLASH} settings model:off`,
    ],
    discordExamples: [
      `${SLASH} settings`,
      `${SLASH} settings action:add kinds:notice`,
      `${SLASH} settings action:reminders value:5`,
      `${SLASH} settings action:burst value:10`,
      `${SLASH} settings model:off`,
    ],
    managerWhen: ['add', 'remove', 'reminders', 'burst', 'model:on', 'model:off'],
    changes: "change this channel's alerts or this workspace's settings",
    personal: true,
    options: [
      {
        name: 'action',
        description: 'add or remove one thing; reminders or burst to set a number',
        flatten: 'token',
        choices: ['add', 'remove', 'reminders', 'burst'],
      },
      {
        name: 'value',
        description: 'For reminders: days before a deadline; for burst: alerts per poll; or off',
        flatten: 'token',
        maxLength: 3,
      },
      ...changeOptions('').slice(1),
      {
        name: 'model',
        description: '"Possibly relevant" alerts from the learned second opinion, for this workspace',
        flatten: { filter: 'model', lower: true },
        choices: ['on', 'off'],
      },
    ],
  },
  {
    name: 'watch',
    usage: `${SLASH} watch add|remove <term or "phrase"> [topic] · ${SLASH} watch add -<term> [topic] (exclusion) · ${SLASH} watch list [topic] [page:N]`,
    summary: "This workspace's extra terms and exclusions (list: anyone; add/remove: managers)",
    examples: [`${SLASH} watch add CLETS state-databases`, `${SLASH} watch add -"gang injunction" state-databases`, `${SLASH} watch list`],
    discordExamples: [
      `${SLASH} watch add term:CLETS topic:state-databases`,
      `${SLASH} watch add term:-gang injunction`,
      `${SLASH} watch list`,
    ],
    actions: ['add', 'remove', 'list'],
    managerWhen: ['add', 'remove', 'rm', 'delete'],
    changes: "change this workspace's watched terms",
    subcommands: [
      {
        name: 'add',
        summary: 'Add a term or phrase to a topic (managers)',
        manager: true,
        personal: false,
        options: [
          { name: 'term', description: 'A term or phrase; start with - to exclude', flatten: 'term', required: true, maxLength: 200 },
          topicOption(),
        ],
      },
      {
        name: 'remove',
        summary: 'Remove a term you added (managers)',
        manager: true,
        personal: false,
        options: [
          { name: 'term', description: 'The term or phrase to remove', flatten: 'term', required: true, maxLength: 200 },
          topicOption(),
        ],
      },
      {
        name: 'list',
        summary: "List this server's extra terms and exclusions",
        manager: false,
        personal: true,
        options: [
          { name: 'topic', description: 'One topic, all its terms', flatten: 'token', autocomplete: true, maxLength: 100 },
          { name: 'page', description: 'Page of terms', flatten: { filter: 'page' }, integer: { min: 1, max: 999 } },
        ],
      },
    ],
  },
  {
    name: 'digest',
    usage: `${SLASH} digest preview|now|schedule <day> <HH:MM> [time zone]|off`,
    summary: 'The weekly digest (preview: anyone; the rest: managers)',
    examples: [`${SLASH} digest preview`, `${SLASH} digest schedule mon 09:00 America/New_York`, `${SLASH} digest off`],
    discordExamples: [
      `${SLASH} digest preview`,
      `${SLASH} digest schedule day:monday time:09:00 tz:America/New_York`,
      `${SLASH} digest off`,
    ],
    actions: ['preview', 'now', 'schedule', 'off'],
    managerWhen: ['now', 'schedule', 'off'],
    changes: "change or send this channel's digest",
    subcommands: [
      { name: 'preview', summary: 'Show what the next digest would contain', manager: false, personal: true, options: [] },
      { name: 'now', summary: 'Post the digest to this channel now (managers)', manager: true, personal: false, options: [] },
      {
        name: 'schedule',
        summary: 'Set the weekly digest day and time (managers)',
        manager: true,
        personal: false,
        options: [
          { name: 'day', description: 'Day of the week', flatten: 'lower', required: true, choices: DAYS },
          { name: 'time', description: '24-hour time, HH:MM', flatten: 'token', required: true, minLength: 4, maxLength: 5 },
          { name: 'tz', description: 'Time zone, e.g. America/New_York', flatten: 'token', autocomplete: true, maxLength: 64 },
        ],
      },
      { name: 'off', summary: 'Turn the weekly digest off (managers)', manager: true, personal: false, options: [] },
    ],
  },
  {
    name: 'sources',
    usage: `${SLASH} sources`,
    summary: 'Each source: running?, last success, last error, next poll',
    examples: [`${SLASH} sources`],
    personal: true,
  },
  {
    name: 'status',
    usage: `${SLASH} status`,
    summary: 'Version, uptime, last poll, deliveries waiting, recent changes',
    examples: [`${SLASH} status`],
    personal: true,
  },
];

export const COMMAND_NAMES = COMMANDS.map((c) => c.name);

export function spec(name: string): CommandSpec {
  return COMMANDS.find((c) => c.name === name)!;
}

/** What a manager-only use would change, or undefined when anyone may run it (from the table). */
export function managerOnly(command: string, action: string | undefined): string | undefined {
  const c = COMMANDS.find((x) => x.name === command);
  if (!c) return undefined;
  if (c.manager || (action && c.managerWhen?.includes(action))) return c.changes ?? 'change settings';
  return undefined;
}

/** The usage line as a Discord user types it: `/policy search [words:…] [state:…]`. */
export function discordUsage(c: CommandSpec): string[] {
  const opts = (options: OptionSpec[]) => options.map((o) => (o.required ? `${o.name}:<…>` : `[${o.name}:…]`)).join(' ');
  if (c.subcommands) return c.subcommands.map((s) => `${SLASH} ${c.name} ${s.name}${s.options.length ? ` ${opts(s.options)}` : ''}`);
  return [`${SLASH} ${c.name}${c.options?.length ? ` ${opts(c.options)}` : ''}`];
}
