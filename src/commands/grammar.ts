/** The `/policy` command table: names, usage lines, examples, who may run them. */
export const SLASH = '/policy';

export interface CommandSpec {
  name: string;
  usage: string;
  summary: string;
  examples: string[];
  /** Subcommands, for `watch` and `digest`. */
  actions?: string[];
}

export const COMMANDS: CommandSpec[] = [
  { name: 'help', usage: `${SLASH} help [command]`, summary: 'How to use these commands', examples: [`${SLASH} help search`] },
  {
    name: 'search',
    usage: `${SLASH} search <words or "phrase"> [state:XX] [kind:bill|contract|notice|rule|news] [topic:…] [since:30d] [page:N]`,
    summary: 'Find stored bills, contracts, notices and rules',
    examples: [`${SLASH} search CLETS since:30d`, `${SLASH} search "license plate" state:CT kind:bill`],
  },
  {
    name: 'show',
    usage: `${SLASH} show <identifier or id>`,
    summary: 'One item: status history, topics, matched terms, links',
    examples: [`${SLASH} show CT HB 5001`, `${SLASH} show 2025-01234`],
  },
  {
    name: 'subscribe',
    usage: `${SLASH} subscribe [topic…] [state:XX…] [kind:…]`,
    summary: 'Send this channel alerts (managers)',
    examples: [`${SLASH} subscribe`, `${SLASH} subscribe state-databases state:CT`, `${SLASH} subscribe kind:bill state:CT,NY`],
  },
  { name: 'unsubscribe', usage: `${SLASH} unsubscribe`, summary: 'Stop alerts in this channel (managers)', examples: [`${SLASH} unsubscribe`] },
  { name: 'settings', usage: `${SLASH} settings`, summary: "This channel's alerts and digest", examples: [`${SLASH} settings`] },
  {
    name: 'watch',
    usage: `${SLASH} watch add|remove <term or "phrase"> [topic] · ${SLASH} watch add -<term> [topic] (exclusion) · ${SLASH} watch list`,
    summary: "This workspace's extra terms and exclusions (list: anyone; add/remove: managers)",
    examples: [`${SLASH} watch add CLETS state-databases`, `${SLASH} watch add -"gang injunction" state-databases`, `${SLASH} watch list`],
    actions: ['add', 'remove', 'list'],
  },
  {
    name: 'digest',
    usage: `${SLASH} digest preview|now|schedule <day> <HH:MM> [time zone]|off`,
    summary: 'The weekly digest (preview: anyone; the rest: managers)',
    examples: [`${SLASH} digest preview`, `${SLASH} digest schedule mon 09:00 America/New_York`, `${SLASH} digest off`],
    actions: ['preview', 'now', 'schedule', 'off'],
  },
  { name: 'sources', usage: `${SLASH} sources`, summary: 'Each source: running?, last success, last error, next poll', examples: [`${SLASH} sources`] },
  { name: 'status', usage: `${SLASH} status`, summary: 'Version, uptime, last poll, deliveries waiting, recent changes', examples: [`${SLASH} status`] },
];

export const COMMAND_NAMES = COMMANDS.map((c) => c.name);

export function spec(name: string): CommandSpec {
  return COMMANDS.find((c) => c.name === name)!;
}
