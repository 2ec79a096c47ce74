/** RichMessage builders shared by the commands. */
import type { RichMessage, RichText, StoredItem } from '../domain/index.ts';
import { plain } from '../domain/index.ts';
import { spec } from './grammar.ts';

export function reply(title: string, parts: Partial<RichMessage> = {}, ephemeral = true): RichMessage {
  return { type: 'reply', title, ephemeral, tone: 'neutral', fallbackText: parts.fallbackText ?? title, ...parts };
}

/** A change the whole channel should see. */
export function changed(title: string, lines: string[] = []): RichMessage {
  return {
    type: 'reply',
    title,
    ephemeral: false,
    tone: 'success',
    body: lines.map(plain),
    fallbackText: [title, ...lines].join('\n'),
  };
}

/** A problem, with what to do next and (optionally) the command's usage line. */
export function problem(message: string, command?: string): RichMessage {
  const usage = command ? spec(command).usage : undefined;
  const body: RichText[] = [plain(message)];
  if (usage) body.push([{ text: 'Usage: ' }, { text: usage, emphasis: 'code' }]);
  return {
    type: 'error',
    title: "That didn't work",
    tone: 'error',
    ephemeral: true,
    body,
    fallbackText: [message, usage && `Usage: ${usage}`].filter(Boolean).join('\n'),
  };
}

export function refusal(what: string): RichMessage {
  const message = `Only managers can ${what}. Ask a workspace admin or a channel manager to run it for you (or to give you manager rights).`;
  return { type: 'error', title: 'Managers only', tone: 'error', ephemeral: true, body: [plain(message)], fallbackText: message };
}

export { itemDate, kindLine } from '../domain/index.ts';

/** Titles in lists (search results, digest lines) are cut here so a list always keeps every entry. */
export const LIST_TITLE_CHARS = 200;

export function shortTitle(title: string, max = LIST_TITLE_CHARS): string {
  const t = title.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  let cut = t.slice(0, max - 1);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/** A person as replies show them: the name the platform gave, never a raw id when a name is known. */
export function personName(name: string | undefined, id: string | undefined): string {
  if (name?.trim()) return name.trim();
  const m = /^\S+ \((.+)\)$/.exec(id ?? '');
  if (m) return m[1]!;
  return 'a manager';
}

export function topicsLine(item: StoredItem): string {
  const possible = (item.match.possible ?? []).map((p) => `possibly relevant: ${p.topic}`);
  return `${item.match.priority ? '★ priority · ' : ''}${[...item.match.topics, ...possible].join(', ') || 'no topic'}`;
}

/** '3 hours ago', '2 days ago'. */
export function ago(from: Date | string | undefined, now: Date): string {
  if (!from) return 'never';
  const ms = now.getTime() - new Date(from).getTime();
  if (Number.isNaN(ms)) return 'unknown';
  if (ms < 0) {
    const ahead = ago(now, new Date(from));
    return ahead === 'just now' ? 'due now' : `in ${ahead.replace(/ ago$/, '')}`;
  }
  const min = Math.round(ms / 60_000);
  if (min < 1) return 'just now';
  if (min < 60) return `${min} min ago`;
  const h = Math.round(min / 60);
  if (h < 48) return `${h} h ago`;
  return `${Math.round(h / 24)} days ago`;
}

export function list(values: string[], all: string): string {
  return values.length ? values.join(', ') : all;
}
