/** `search <words> [filters]`: ranked stored items, five a page, with a 'more' cursor. */
import type { RichSection, RichText } from '../domain/index.ts';
import { visibleItems, type Ctx } from './context.ts';
import { parseFilters, type Filters } from './filters.ts';
import { SLASH } from '../domain/command-table.ts';
import { itemDate, kindLine, problem, reply, shortTitle, topicsLine } from './replies.ts';

const PAGE_SIZE = 5;

function describe(words: string, f: Filters): string {
  const parts = [
    words && `"${words}"`,
    f.states.length && `in ${f.states.join(', ')}`,
    f.kinds.length && f.kinds.join('/'),
    f.topics.length && `topic ${f.topics.join(', ')}`,
    f.priority !== undefined && (f.priority ? 'priority only' : 'not priority'),
    f.sinceText && `since ${f.sinceText}`,
  ].filter(Boolean);
  return parts.join(' · ');
}

/** The command line that shows the next page. */
function moreCommand(wordsRaw: string, f: Filters, page: number): string {
  const parts = [`${SLASH} search`, wordsRaw];
  if (f.states.length) parts.push(`state:${f.states.join(',')}`);
  if (f.kinds.length) parts.push(`kind:${f.kinds.join(',')}`);
  if (f.topics.length) parts.push(`topic:${f.topics.join(',')}`);
  if (f.sinceText) parts.push(`since:${f.sinceText}`);
  if (f.priority !== undefined) parts.push(`priority:${f.priority ? 'yes' : 'no'}`);
  parts.push(`page:${page}`);
  return parts.filter(Boolean).join(' ');
}

export async function runSearch(ctx: Ctx) {
  const parsed = parseFilters(ctx.args, ['state', 'kind', 'topic', 'since', 'page', 'priority'], {
    topics: ctx.topics,
    now: ctx.now,
    command: 'search',
  });
  if (!parsed.ok) return problem(parsed.error, 'search');
  const { words, filters } = parsed;
  const wordsRaw = words.map((w) => w.raw).join(' ');
  const hasFilter =
    filters.states.length + filters.kinds.length + filters.topics.length > 0 ||
    filters.since !== undefined ||
    filters.priority !== undefined;
  // No words and no filter: the newest stored items.
  const page = filters.page ?? 1;
  const result = await ctx.deps.search.search({
    text: wordsRaw,
    jurisdictions: filters.states,
    kinds: filters.kinds,
    topics: filters.topics,
    since: filters.since,
    ...(filters.priority !== undefined ? { priority: filters.priority } : {}),
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
    now: ctx.now,
    workspace: ctx.req.workspaceId,
  });
  const seen = new Map(
    (
      await visibleItems(
        ctx,
        result.hits.map((h) => h.item),
      )
    ).map((i) => [i.id, i]),
  );
  result.hits = result.hits.flatMap((h) => {
    const item = seen.get(h.item.id);
    return item ? [{ ...h, item }] : [];
  });
  const what = describe(words.map((w) => w.text).join(' '), filters) || 'everything stored, newest first';
  if (result.total === 0) {
    const tips = ['Try fewer or shorter words'];
    if (hasFilter) tips.push('drop a filter');
    if (!filters.since) tips.push('check the spelling');
    else tips.push('widen since: (e.g. since:1y)');
    const msg = `Nothing stored matches ${what}. ${tips.join(', ')}. Only items that matched a watched topic are stored.`;
    return reply('No results', { body: [[{ text: msg }]], fallbackText: msg });
  }
  if (result.hits.length === 0) {
    const pages = Math.ceil(result.total / PAGE_SIZE);
    const msg =
      pages === 1
        ? `There is only 1 page of results for ${what}. Try page:1.`
        : `There are only ${pages} pages of results for ${what}. Try page:${pages}.`;
    return reply('No more results', { body: [[{ text: msg }]], fallbackText: msg });
  }
  const first = (page - 1) * PAGE_SIZE + 1;
  const last = first + result.hits.length - 1;
  const sections: RichSection[] = result.hits.map((h) => {
    const titleLine: RichText = [{ text: shortTitle(h.item.title), url: h.item.url, emphasis: 'bold' }];
    return {
      lines: [titleLine, [{ text: `${kindLine(h.item)} · ${itemDate(h.item)}` }], [{ text: topicsLine(h.item), emphasis: 'italic' }]],
    };
  });
  const more = last < result.total ? `More: ${moreCommand(wordsRaw, filters, page + 1)}` : undefined;
  const context = [`${first}–${last} of ${result.total} · ${what}`];
  if (result.relaxed) context.push('No item has every word; showing items with some of them.');
  const fallback = [
    `Search: ${what} (${first}–${last} of ${result.total})`,
    ...result.hits.map((h) => `• ${shortTitle(h.item.title)} — ${kindLine(h.item)} · ${itemDate(h.item)}`),
    more,
  ]
    .filter(Boolean)
    .join('\n');
  return reply(`Search: ${what}`, { context, sections, footer: more, fallbackText: fallback });
}
