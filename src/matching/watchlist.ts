/** Watchlists: the shape, validation of operator files, and merging defaults + config + chat additions. */
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import type { WatchAddition } from '../domain/index.ts';
import { parseRule } from './rule-parser.ts';

interface TopicDefinition {
  id: string;
  label: string;
  include: string[];
  exclude: string[];
}
export interface Watchlist {
  topics: TopicDefinition[];
}

export const TOPIC_ID = /^[a-z0-9][a-z0-9-]{0,47}$/;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function ruleList(v: unknown, where: string): string[] | string {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) return `${where} must be a list of rules`;
  const out: string[] = [];
  for (const [i, r] of v.entries()) {
    if (typeof r !== 'string' && typeof r !== 'number') return `${where}[${i}] must be text, e.g. "license plate reader"`;
    const rule = String(r);
    const parsed = parseRule(rule);
    if (!parsed.ok) return `${where}[${i}] ${JSON.stringify(rule)}: ${parsed.error}`;
    out.push(rule);
  }
  return out;
}

/**
 * Validates a watchlist loaded from YAML/JSON: `{ topics: [{ id, label?, include?, exclude? }] }`.
 * A topic that names a default id adds to it when merged; a new id defines a custom topic.
 */
export function parseWatchlist(data: unknown): { ok: true; watchlist: Watchlist } | { ok: false; error: string } {
  if (!isObject(data)) return { ok: false, error: 'the watchlist must be a mapping with a "topics" list' };
  const topicsIn = data.topics;
  if (!Array.isArray(topicsIn)) return { ok: false, error: 'the watchlist needs a "topics" list' };
  const topics: TopicDefinition[] = [];
  const seen = new Set<string>();
  for (const [i, t] of topicsIn.entries()) {
    const where = `topics[${i}]`;
    if (!isObject(t)) return { ok: false, error: `${where} must be a mapping with id, include and exclude` };
    if (typeof t.id !== 'string' || !TOPIC_ID.test(t.id))
      return { ok: false, error: `${where}.id must be lower-case letters, digits and dashes (e.g. "state-databases")` };
    if (seen.has(t.id)) return { ok: false, error: `${where}.id "${t.id}" appears twice` };
    seen.add(t.id);
    if (t.label !== undefined && typeof t.label !== 'string') return { ok: false, error: `${where}.label must be text` };
    const include = ruleList(t.include, `topic ${t.id}: include`);
    if (typeof include === 'string') return { ok: false, error: include };
    const exclude = ruleList(t.exclude, `topic ${t.id}: exclude`);
    if (typeof exclude === 'string') return { ok: false, error: exclude };
    topics.push({ id: t.id, label: typeof t.label === 'string' && t.label.trim() ? t.label.trim() : t.id, include, exclude });
  }
  return { ok: true, watchlist: { topics } };
}

/** Reads a YAML or JSON watchlist file (a bare watchlist, or a config file with a `watchlist:` key). */
export function loadWatchlistFile(path: string): Watchlist {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new Error(`watchlist file ${path}: ${code === 'ENOENT' ? 'not found' : `cannot be read (${code ?? (err as Error).message})`}`);
  }
  let data: unknown;
  try {
    data = /\.json$/i.test(path) ? JSON.parse(raw) : parseYaml(raw);
  } catch (err) {
    throw new Error(
      `watchlist file ${path}: not valid ${/\.json$/i.test(path) ? 'JSON' : 'YAML'}: ${(err as Error).message.split('\n')[0]}`,
    );
  }
  if (isObject(data) && !('topics' in data) && 'watchlist' in data) data = data.watchlist;
  const parsed = parseWatchlist(data);
  if (!parsed.ok) throw new Error(`watchlist file ${path}: ${parsed.error}`);
  return parsed.watchlist;
}

function union(a: string[], b: string[]): string[] {
  return [...new Set([...a, ...b])];
}

/**
 * Defaults + configured file + a workspace's chat additions. Topics with a known id gain
 * the extra include/exclude rules; unknown ids become custom topics (after the defaults).
 */
export function mergeWatchlists(base: Watchlist, extra?: Watchlist, additions: WatchAddition[] = []): Watchlist {
  const topics = base.topics.map((t) => ({ ...t, include: [...t.include], exclude: [...t.exclude] }));
  const byId = new Map(topics.map((t) => [t.id, t]));
  const topicFor = (id: string, label?: string): TopicDefinition => {
    let t = byId.get(id);
    if (!t) {
      t = { id, label: label ?? id, include: [], exclude: [] };
      topics.push(t);
      byId.set(id, t);
    } else if (label && label !== id) t.label = label;
    return t;
  };
  for (const t of extra?.topics ?? []) {
    const into = topicFor(t.id, t.label);
    into.include = union(into.include, t.include);
    into.exclude = union(into.exclude, t.exclude);
  }
  for (const a of additions) {
    if (!TOPIC_ID.test(a.topic)) continue;
    const into = topicFor(a.topic);
    if (a.mode === 'exclude') into.exclude = union(into.exclude, [a.rule]);
    else into.include = union(into.include, [a.rule]);
  }
  return { topics };
}
