/** `watch add|remove|list`: this workspace's extra terms, phrases and exclusions per topic. */
import { createHash } from 'node:crypto';
import { richTextToPlain, type RichSection, type RichText, type WatchAddition } from '../domain/index.ts';
import { mergeWatchlists, TOPIC_ID, validateRule } from '../matching/index.ts';
import { audit, type Ctx } from './context.ts';
import type { CommandDeps } from './deps.ts';
import { resolveTopic } from './filters.ts';
import { SLASH, spec } from '../domain/command-table.ts';
import { changed, personName, problem, reply } from './replies.ts';
import { closest } from './suggest.ts';
import type { Token } from './tokens.ts';

const PREFERRED_DEFAULT_TOPIC = 'state-databases';

interface Parsed {
  rule: string;
  mode: 'include' | 'exclude';
  topic?: string;
  /** `topic:new-id` named a topic this workspace does not have yet (add only). */
  newTopic?: boolean;
}

function parseTerm(ctx: Ctx, tokens: Token[], allowNewTopic = false): Parsed | { error: string } {
  const toks = [...tokens];
  let topic: string | undefined;
  let newTopic = false;
  const filterAt = toks.findIndex((t) => !t.raw.startsWith('"') && /^topic:/i.test(t.text));
  if (filterAt >= 0) {
    const value = toks[filterAt]!.text.slice(6);
    topic = resolveTopic(value, ctx.topics);
    if (!topic && allowNewTopic && TOPIC_ID.test(value.toLowerCase())) {
      topic = value.toLowerCase();
      newTopic = true;
    }
    if (!topic) {
      const hint = allowNewTopic ? ' A new topic id uses lower-case letters, digits and dashes, e.g. topic:courthouse-arrests.' : '';
      return { error: `"${value}" isn't a topic. Topics: ${ctx.topics.join(', ')}.${hint}` };
    }
    toks.splice(filterAt, 1);
  } else if (toks.length >= 2 && !toks.at(-1)!.quoted) {
    topic = resolveTopic(toks.at(-1)!.text, ctx.topics);
    if (topic) toks.pop();
  }
  let mode: Parsed['mode'] = 'include';
  if (toks[0] && /^(exclude|except)$/i.test(toks[0].text) && toks.length > 1) {
    mode = 'exclude';
    toks.shift();
  }
  if (toks[0]?.raw.startsWith('-')) {
    mode = 'exclude';
    const first = toks[0];
    const raw = first.raw.slice(1);
    if (raw) toks[0] = { ...first, raw, text: first.text.slice(1) };
    else toks.shift();
  }
  const rule = toks
    .map((t) => t.raw)
    .join(' ')
    .trim();
  if (!rule) return { error: 'Which term? Put a word, or a "phrase in quotes", after the action.' };
  return { rule, mode, ...(topic ? { topic } : {}), ...(newTopic ? { newTopic } : {}) };
}

function additionId(workspaceId: string, p: { topic: string; mode: Parsed['mode']; rule: string }): string {
  return `w-${createHash('sha256').update([workspaceId, p.topic, p.mode, p.rule.toLowerCase()].join('\u0000')).digest('hex').slice(0, 12)}`;
}

/**
 * Adds one term or exclusion to a topic of the asking workspace (audited as watch.add; the
 * workspace's matcher is recompiled). 'exists'/'default': it was already an added or a default rule.
 */
export type WatchRuleCtx = Pick<Ctx, 'req' | 'now'> & { deps: Pick<CommandDeps, 'store' | 'watchlist' | 'onWatchlistChanged'> };

export async function addWatchRule(
  ctx: WatchRuleCtx,
  p: { rule: string; mode: 'include' | 'exclude'; topic: string },
  action = 'watch.add',
): Promise<'added' | 'exists' | 'default'> {
  const ws = ctx.req.workspaceId;
  const id = additionId(ws, p);
  if ((await ctx.deps.store.listWatchAdditions(ws)).some((a) => a.id === id)) return 'exists';
  const base = ctx.deps.watchlist().topics.find((t) => t.id === p.topic);
  const baseRules = p.mode === 'exclude' ? base?.exclude : base?.include;
  if (baseRules?.some((r) => r.toLowerCase() === p.rule.toLowerCase())) return 'default';
  const addition: WatchAddition = {
    id,
    workspaceId: ws,
    topic: p.topic,
    rule: p.rule,
    mode: p.mode,
    addedBy: ctx.req.userId,
    ...(ctx.req.userName ? { addedByName: ctx.req.userName } : {}),
    addedAt: ctx.now.toISOString(),
  };
  await ctx.deps.store.addWatchAddition(addition);
  await audit(ctx, action, `${p.topic} ${p.mode} ${p.rule}`);
  ctx.deps.onWatchlistChanged?.(ws);
  return 'added';
}

async function add(ctx: Ctx, tokens: Token[]) {
  const p = parseTerm(ctx, tokens, true);
  if ('error' in p) return problem(p.error, 'watch');
  if (p.newTopic && p.mode === 'exclude')
    return problem(
      `The topic ${p.topic} doesn't exist yet: start it with a term to include, e.g. ${SLASH} watch add "courthouse arrest" topic:${p.topic}`,
      'watch',
    );
  const valid = validateRule(p.rule);
  if (!valid.ok)
    return problem(`I can't use ${p.rule}: ${valid.error}. Example: ${SLASH} watch add "license plate reader" state-databases`, 'watch');
  const defaulted = !p.topic;
  const topic = p.topic ?? (ctx.topics.includes(PREFERRED_DEFAULT_TOPIC) ? PREFERRED_DEFAULT_TOPIC : ctx.topics[0]!);
  const { newTopic } = p;
  const word = p.mode === 'exclude' ? 'exclusion' : 'term';
  const added = await addWatchRule(ctx, { rule: p.rule, mode: p.mode, topic });
  if (added !== 'added')
    return reply('Already watched', {
      body: [[{ text: `${p.rule} is already ${added === 'default' ? 'a default' : 'an added'} ${word} of ${topic}.` }]],
    });
  const lines = [
    p.mode === 'exclude'
      ? `Items that mention ${p.rule} will no longer match ${topic} in this workspace.`
      : `New items that mention ${p.rule} will match ${topic} in this workspace.`,
  ];
  if (defaulted) lines.push(`No topic was given, so it went to ${topic}. To choose, end with a topic: ${ctx.topics.join(', ')}.`);
  if (newTopic) {
    lines.push(
      `${topic} is a new topic for this workspace. A channel gets its alerts with ${SLASH} subscribe add ${topic} (its other topics, states and kinds stay as they are).`,
    );
    return changed(`Created topic ${topic} with term ${p.rule}`, lines);
  }
  return changed(`Added ${word} to ${topic}: ${p.rule}`, lines);
}

async function remove(ctx: Ctx, tokens: Token[]) {
  const p = parseTerm(ctx, tokens);
  if ('error' in p) return problem(p.error, 'watch');
  const ws = ctx.req.workspaceId;
  const same = (await ctx.deps.store.listWatchAdditions(ws)).filter(
    (a) => ruleKey(a.rule) === ruleKey(p.rule) && a.mode === p.mode && (!p.topic || a.topic === p.topic),
  );
  if (same.length === 0) {
    const isDefault = ctx.deps
      .watchlist()
      .topics.some((t) => (p.topic ? t.id === p.topic : true) && [...t.include, ...t.exclude].some((r) => ruleKey(r) === ruleKey(p.rule)));
    const msg = isDefault
      ? `${p.rule} is a default term; defaults can't be removed from chat. To stop it matching here, add an exclusion: ${SLASH} watch add -${p.rule}${p.topic ? ` ${p.topic}` : ''}`
      : `${p.rule} isn't among this workspace's added terms${p.topic ? ` for ${p.topic}` : ''}. See them with ${SLASH} watch list.`;
    return reply('Nothing removed', { body: [[{ text: msg }]], fallbackText: msg });
  }
  if (same.length > 1) {
    const msg = `${p.rule} was added to ${same.map((a) => a.topic).join(' and ')}. Say which: ${SLASH} watch remove ${p.rule} ${same[0]!.topic}`;
    return reply('Which topic?', { body: [[{ text: msg }]], fallbackText: msg });
  }
  const a = same[0]!;
  await ctx.deps.store.removeWatchAddition(a.id);
  await audit(ctx, 'watch.remove', `${a.topic} ${a.mode} ${a.rule}`);
  ctx.deps.onWatchlistChanged?.(ws);
  return changed(`Removed ${a.mode === 'exclude' ? 'exclusion' : 'term'} from ${a.topic}: ${a.rule}`, [
    `Added by ${who(a)} on ${a.addedAt.slice(0, 10)}.`,
  ]);
}

/** Rules per page of `watch list <topic>`; the overview shows the first few of each topic. */
const PAGE_RULES = 25;
const OVERVIEW_RULES = 8;
const RULE_CHARS = 90;

/**
 * A rule as people read it: no `=` case markers, operators in words, long rules shortened.
 * `=ICE NOT ("A" OR "B")` → `ICE, not with "A" or "B"`.
 */
function readableRule(rule: string): string {
  const text = rule
    .replace(/(^|[\s(])=(?=["\w])/g, '$1')
    .replace(/\s+NEAR\/(\d+)\s+/g, ' within $1 words of ')
    .replace(/\s+AND NOT\s+|\s+NOT\s+/g, ', not with ')
    .replace(/^NOT\s+/, 'not ')
    .replace(/\s+AND\s+/g, ' and ')
    .replace(/\s+OR\s+/g, ' or ')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > RULE_CHARS ? `${text.slice(0, RULE_CHARS - 1).trimEnd()}…` : text;
}

/** The rule without `=` markers and quotes, lower-cased: how `watch remove` compares what was typed. */
function ruleKey(rule: string): string {
  return rule
    .replace(/(^|[\s(])=(?=["\w])/g, '$1')
    .replace(/["“”]/g, '')
    .trim()
    .toLowerCase();
}

function who(a: WatchAddition): string {
  return personName(a.addedByName, a.addedBy);
}

function additionLine(a: WatchAddition): RichText {
  return [
    { text: `${a.mode === 'exclude' ? 'Excluded here' : 'Added here'}: ${readableRule(a.rule)} (by ${who(a)}, ${a.addedAt.slice(0, 10)})` },
  ];
}

async function listTerms(ctx: Ctx, tokens: Token[]) {
  const base = ctx.deps.watchlist();
  const additions = await ctx.deps.store.listWatchAdditions(ctx.req.workspaceId);
  const merged = mergeWatchlists(base, undefined, additions);
  const ids = merged.topics.map((t) => t.id);
  for (const a of additions) if (!ids.includes(a.topic)) ids.push(a.topic);
  let page = 1;
  let topicId: string | undefined;
  for (const t of tokens) {
    const m = /^page:(\d{1,4})$/i.exec(t.text);
    if (m) page = Math.max(1, Number(m[1]));
    else {
      topicId = resolveTopic(t.text.replace(/^topic:/i, ''), ids);
      if (!topicId) return problem(`"${t.text}" isn't a topic. Topics: ${ids.join(', ')}.`, 'watch');
    }
  }
  const labelOf = (id: string) => merged.topics.find((t) => t.id === id)?.label ?? id;
  const defaultsOf = (id: string) => {
    const def = base.topics.find((b) => b.id === id);
    return [...(def?.include ?? []).map((r) => `+ ${readableRule(r)}`), ...(def?.exclude ?? []).map((r) => `− ${readableRule(r)}`)];
  };

  if (!topicId) {
    // Overview: every topic (custom ones included), what this workspace added, a few defaults each.
    const sections: RichSection[] = ids.map((id) => {
      const mine = additions.filter((a) => a.topic === id);
      const defaults = defaultsOf(id);
      const lines: RichText[] = mine.length ? mine.map(additionLine) : [[{ text: 'Added here: none' }]];
      if (defaults.length) {
        lines.push([
          {
            text: `Default terms (${defaults.length}): ${defaults
              .slice(0, OVERVIEW_RULES)
              .map((d) => d.slice(2))
              .join(' · ')}${defaults.length > OVERVIEW_RULES ? ' …' : ''}`,
          },
        ]);
        if (defaults.length > OVERVIEW_RULES)
          lines.push([{ text: 'All of them: ' }, { text: `${SLASH} watch list ${id}`, emphasis: 'code' }]);
      }
      return { heading: `${labelOf(id)} (${id})`, lines };
    });
    const fallback = sections.map((s) => [s.heading, ...s.lines.map(richTextToPlain)].join('\n')).join('\n\n');
    return reply('Watched terms in this workspace', {
      sections,
      footer: `Add: ${SLASH} watch add <term> [topic] · exclude: ${SLASH} watch add -<term> [topic]`,
      fallbackText: fallback,
    });
  }

  // One topic, paged: this workspace's additions first, then the defaults (+ include, − exclude).
  const rows: RichText[] = [
    ...additions.filter((a) => a.topic === topicId).map(additionLine),
    ...defaultsOf(topicId).map((d) => [{ text: d }]),
  ];
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_RULES));
  if (page > pages)
    return problem(
      pages === 1
        ? `${topicId} has only 1 page of terms: ${SLASH} watch list ${topicId}`
        : `${topicId} has ${pages} pages of terms; try page:${pages}.`,
      'watch',
    );
  const shown = rows.slice((page - 1) * PAGE_RULES, page * PAGE_RULES);
  const more = page < pages ? `More: ${SLASH} watch list ${topicId} page:${page + 1}` : undefined;
  return reply(`Watched terms: ${labelOf(topicId)} (${topicId})`, {
    context: [`${(page - 1) * PAGE_RULES + 1}–${(page - 1) * PAGE_RULES + shown.length} of ${rows.length} · + matches, − excludes`],
    sections: [{ lines: shown.length ? shown : [[{ text: 'No terms yet.' }]] }],
    ...(more ? { footer: more } : {}),
    fallbackText: [`${labelOf(topicId)} (${topicId})`, ...shown.map(richTextToPlain), more].filter(Boolean).join('\n'),
  });
}

const WATCH_ACTIONS = spec('watch').actions!;

export async function runWatch(ctx: Ctx) {
  const action = ctx.args[0]?.text.toLowerCase();
  const rest = ctx.args.slice(1);
  if (action === 'add') return add(ctx, rest);
  if (action === 'remove' || action === 'rm' || action === 'delete') return remove(ctx, rest);
  if (action === 'list' || action === undefined) return listTerms(ctx, rest);
  const near = closest(action, WATCH_ACTIONS);
  return problem(
    `"watch ${action}" isn't an action.${near ? ` Did you mean watch ${near}?` : ''} Actions: ${WATCH_ACTIONS.join(', ')}.`,
    'watch',
  );
}
