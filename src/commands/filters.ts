/**
 * key:value filters shared by `search` and `subscribe`: state:, kind:, topic:, since:, page:.
 * Each bad value answers with the filter's name and what it accepts.
 */
import { isJurisdictionCode, ITEM_KINDS, JURISDICTION_CODES, stateName, type ItemKind } from '../domain/index.ts';
import { closest } from './suggest.ts';
import type { Token } from './tokens.ts';

export type FilterKey = 'state' | 'kind' | 'topic' | 'since' | 'page' | 'priority';
const ALIASES: Record<string, FilterKey> = {
  state: 'state',
  states: 'state',
  jurisdiction: 'state',
  juris: 'state',
  kind: 'kind',
  kinds: 'kind',
  type: 'kind',
  topic: 'topic',
  topics: 'topic',
  since: 'since',
  page: 'page',
  priority: 'priority',
};

export interface Filters {
  states: string[];
  kinds: ItemKind[];
  topics: string[];
  since?: Date;
  /** `priority:yes` only priority items, `priority:no` only the others. */
  priority?: boolean;
  /** The `since:` value as typed, for the 'more' footer. */
  sinceText?: string;
  page?: number;
}

export type FilterParse = { ok: true; words: Token[]; filters: Filters } | { ok: false; error: string };

/** Jurisdiction names typed in place of a code, squashed ('newyork', 'districtofcolumbia'). */
const CODE_OF_NAME: Record<string, string> = {
  ...Object.fromEntries(
    JURISDICTION_CODES.flatMap((code) => {
      const name = stateName(code);
      return name ? [[squashName(name), code]] : [];
    }),
  ),
  federal: 'US',
  us: 'US',
  usa: 'US',
  fed: 'US',
};

function squashName(name: string): string {
  return name.toLowerCase().replace(/[^a-z]/g, '');
}

const FILTER_HELP: Record<FilterKey, string> = {
  state: 'a two-letter state code such as CT or NY, US for federal, or several separated by commas (state:CT,NY)',
  kind: `one of ${ITEM_KINDS.join(', ')} (several: kind:bill,rule)`,
  topic: 'a topic id',
  since: 'a number of days, weeks, months or years (7d, 2w, 6m, 1y) or a date (2025-01-31)',
  page: 'a page number such as page:2',
  priority: 'yes (only items that match both default topics) or no',
};

const YES = new Set(['yes', 'y', 'true', 'only', '1', 'on']);
const NO = new Set(['no', 'n', 'false', '0', 'off']);

function splitValues(v: string): string[] {
  return v
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);
}

function parseState(v: string): string | undefined {
  const up = v.toUpperCase();
  if (isJurisdictionCode(up)) return up;
  return CODE_OF_NAME[squashName(v)];
}

function parseKind(v: string): ItemKind | undefined {
  const kinds = ITEM_KINDS as readonly string[];
  const lower = v.toLowerCase();
  const k = kinds.includes(lower) ? lower : lower.replace(/s$/, '');
  return kinds.includes(k) ? (k as ItemKind) : undefined;
}

/** A topic id from what was typed: exact, a unique prefix, or a unique word of the id ('databases'). */
export function resolveTopic(v: string, known: string[]): string | undefined {
  const s = v.toLowerCase();
  if (known.includes(s)) return s;
  const hits = known.filter((t) => t.startsWith(s) || t.split('-').includes(s));
  return hits.length === 1 ? hits[0] : undefined;
}

function parseSince(v: string, now: Date): Date | undefined {
  const rel = /^(\d{1,4})\s*(h|d|w|m|y)$/i.exec(v.trim());
  if (rel) {
    const n = Number(rel[1]);
    const days = { h: 1 / 24, d: 1, w: 7, m: 30, y: 365 }[rel[2]!.toLowerCase() as 'h' | 'd' | 'w' | 'm' | 'y'];
    return n > 0 ? new Date(now.getTime() - n * days * 86_400_000) : undefined;
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) {
    const d = new Date(`${v}T00:00:00Z`);
    return Number.isNaN(d.getTime()) ? undefined : d;
  }
  return undefined;
}

function bad(key: FilterKey, value: string, topics: string[]): string {
  const allowed = key === 'topic' ? `one of ${topics.join(', ')}` : FILTER_HELP[key];
  return `"${key}:${value}" isn't a filter value I understand. ${key}: takes ${allowed}.`;
}

/**
 * Separates filters from words. `allowed` filters are parsed; a known filter that this
 * command does not take, an unknown key close to a known one, or a bad value is an error.
 */
export function parseFilters(tokens: Token[], allowed: FilterKey[], ctx: { topics: string[]; now: Date; command: string }): FilterParse {
  const words: Token[] = [];
  const f: Filters = { states: [], kinds: [], topics: [] };
  for (const tok of tokens) {
    const m = /^([A-Za-z]+):(.*)$/s.exec(tok.text);
    const rawKey = m?.[1]?.toLowerCase();
    const key = rawKey ? ALIASES[rawKey] : undefined;
    if (!m || !rawKey || tok.raw.startsWith('"')) {
      words.push(tok);
      continue;
    }
    if (!key) {
      const near = closest(rawKey, Object.keys(ALIASES), 2);
      if (near && !m[2]!.startsWith('//')) {
        return {
          ok: false,
          error: `"${rawKey}:" isn't a filter. Did you mean ${ALIASES[near]}:? Filters here: ${allowed.map((k) => `${k}:`).join(' ')}`,
        };
      }
      words.push(tok);
      continue;
    }
    if (!allowed.includes(key)) {
      return {
        ok: false,
        error: `\`${ctx.command}\` doesn't take a ${key}: filter.${allowed.length ? ` It takes: ${allowed.map((k) => `${k}:`).join(' ')}` : ''}`,
      };
    }
    const value = m[2]!.trim();
    if (!value)
      return {
        ok: false,
        error: `${key}: needs a value. ${key}: takes ${key === 'topic' ? `one of ${ctx.topics.join(', ')}` : FILTER_HELP[key]}.`,
      };
    if (key === 'state') {
      for (const v of splitValues(value)) {
        const code = parseState(v);
        if (!code) return { ok: false, error: bad(key, v, ctx.topics) };
        if (!f.states.includes(code)) f.states.push(code);
      }
    } else if (key === 'kind') {
      for (const v of splitValues(value)) {
        const kind = parseKind(v);
        if (!kind) return { ok: false, error: bad(key, v, ctx.topics) };
        if (!f.kinds.includes(kind)) f.kinds.push(kind);
      }
    } else if (key === 'topic') {
      for (const v of splitValues(value)) {
        const topic = resolveTopic(v, ctx.topics);
        if (!topic) return { ok: false, error: bad(key, v, ctx.topics) };
        if (!f.topics.includes(topic)) f.topics.push(topic);
      }
    } else if (key === 'since') {
      const d = parseSince(value, ctx.now);
      if (!d) return { ok: false, error: bad(key, value, ctx.topics) };
      f.since = d;
      f.sinceText = value;
    } else if (key === 'priority') {
      const v = value.toLowerCase();
      if (!YES.has(v) && !NO.has(v)) return { ok: false, error: bad(key, value, ctx.topics) };
      f.priority = YES.has(v);
    } else {
      const n = /^\d{1,4}$/.test(value) ? Number(value) : NaN;
      if (!(n >= 1)) return { ok: false, error: bad(key, value, ctx.topics) };
      f.page = n;
    }
  }
  return { ok: true, words, filters: f };
}
