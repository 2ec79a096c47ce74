/**
 * Flatten a `/policy` subcommand and its typed options back into the core's text grammar
 * (PRODUCT.md), e.g. search + { words: '"license plate"', state: 'ct', kind: 'bill' }
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
  return (value ?? '').replace(/\p{Cc}+/gu, ' ').replace(/\s+/g, ' ').trim();
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

const tagged = (name: string, value: string | undefined) => (value ? `${name}:${value}` : undefined);

/** The `/policy` text for one interaction, in the core's grammar. */
export function toCommandText(call: SubcommandCall): string {
  const o = call.options;
  if (call.group === 'watch') {
    if (call.subcommand === 'list') return 'watch list';
    return join(['watch', call.subcommand, term(o.term), token(o.topic)]);
  }
  if (call.group === 'digest') {
    if (call.subcommand === 'schedule') return join(['digest schedule', token(o.day).toLowerCase(), token(o.time), token(o.tz)]);
    return `digest ${call.subcommand}`;
  }
  switch (call.subcommand) {
    case 'search':
      return join([
        'search',
        clean(o.words),
        tagged('state', token(o.state).toUpperCase()),
        tagged('kind', token(o.kind).toLowerCase()),
        tagged('since', token(o.since).toLowerCase()),
        tagged('topic', token(o.topic)),
        tagged('priority', token(o.priority).toLowerCase()),
        tagged('page', token(o.page)),
      ]);
    case 'show':
      return join(['show', clean(o.identifier)]);
    case 'subscribe':
      return join([
        'subscribe',
        ...tokens(o.topics),
        ...tokens(o.states).map((s) => `state:${s.toUpperCase()}`),
        ...tokens(o.kinds).map((k) => `kind:${k.toLowerCase()}`),
      ]);
    default:
      return call.subcommand;
  }
}

/** The key used in PERSONAL_SUBCOMMANDS: 'watch list', 'search'. */
export function subcommandKey(call: Pick<SubcommandCall, 'group' | 'subcommand'>): string {
  return call.group ? `${call.group} ${call.subcommand}` : call.subcommand;
}
