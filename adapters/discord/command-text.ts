import { COMMANDS, type OptionSpec } from '../../src/domain/command-table.ts';

/**
 * Flatten a `/policy` subcommand and its typed options back into the core's text grammar
 * (README.md), e.g. search + { words: '"license plate"', state: 'ct', kind: 'bill' }
 * → 'search "license plate" state:CT kind:bill'. Pure: the interaction layer passes the
 * subcommand group, subcommand and string option values.
 */

export interface SubcommandCall {
  group?: string | null;
  subcommand: string;
  options: Readonly<Record<string, string | undefined>>;
}

/** One line of user text: control characters and newlines become spaces. */
function clean(value: string | undefined): string {
  return (value ?? '')
    .replace(/\p{Cc}+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A single grammar token: no whitespace inside. */
function token(value: string | undefined): string {
  return clean(value).replace(/\s+/g, '');
}

/** Several tokens typed into one option, separated by spaces or commas. */
function tokens(value: string | undefined): string[] {
  return clean(value)
    .split(/[\s,]+/)
    .filter(Boolean);
}

/** Wrap a multi-word term in quotes unless the user already quoted it. */
function term(value: string | undefined): string {
  const t = clean(value);
  if (!/\s/.test(t) || t.includes('"')) return t;
  const exclude = t.startsWith('-') ? '-' : '';
  return `${exclude}"${t.slice(exclude.length)}"`;
}

function join(parts: Array<string | undefined | false>): string {
  return parts.filter((p): p is string => Boolean(p)).join(' ');
}

function flatten(o: OptionSpec, value: string | undefined): Array<string | undefined> {
  if (value === undefined || !clean(value)) return [];
  const f = o.flatten;
  if (f === 'text') return [clean(value)];
  if (f === 'term') return [term(value)];
  if (f === 'token') return [token(value)];
  if (f === 'lower') return [token(value).toLowerCase()];
  if (f === 'tokens') return tokens(value);
  const values = f.multi ? tokens(value) : [token(value)];
  return values.map((v) => `${f.filter}:${f.upper ? v.toUpperCase() : f.lower ? v.toLowerCase() : v}`);
}

/** The `/policy` text for one interaction, in the core's grammar (options in the table's order). */
export function toCommandText(call: SubcommandCall): string {
  const command = COMMANDS.find((c) => c.name === (call.group ?? call.subcommand));
  if (!command) return call.subcommand;
  const sub = call.group ? command.subcommands?.find((s) => s.name === call.subcommand) : undefined;
  if (call.group && !sub) return `${call.group} ${call.subcommand}`;
  const opts = sub ? sub.options : (command.options ?? []);
  return join([command.name, sub?.name, ...opts.flatMap((o) => flatten(o, call.options[o.name]))]);
}

/** The key used in PERSONAL_SUBCOMMANDS: 'watch list', 'search'. */
export function subcommandKey(call: Pick<SubcommandCall, 'group' | 'subcommand'>): string {
  return call.group ? `${call.group} ${call.subcommand}` : call.subcommand;
}
