/** `show <identifier or id>`: one item with its status history, topics, matched terms and links. */
import { inlineLinkUrl, possibleLine, type RichSection, type RichText, type StoredItem } from '../domain/index.ts';
import { looksLikeInternalId } from '../search/identifiers.ts';
import { visibleItems, type Ctx } from './context.ts';
import { SLASH } from '../domain/command-table.ts';
import { itemDate, kindLine, problem, reply, shortTitle, topicsLine } from './replies.ts';

/** The snippet with the matched terms marked as hits. */
function snippetLine(item: StoredItem): RichText {
  const { snippet, highlights } = item.match;
  const out: RichText = [];
  let at = 0;
  for (const [start, end] of [...highlights].sort((a, b) => a[0] - b[0])) {
    if (start < at || end > snippet.length) continue;
    if (start > at) out.push({ text: snippet.slice(at, start) });
    out.push({ text: snippet.slice(start, end), emphasis: 'hit' });
    at = end;
  }
  if (at < snippet.length) out.push({ text: snippet.slice(at) });
  return out;
}

function history(item: StoredItem): RichText[] {
  let prevTitle: string | undefined;
  return item.history.map((h) => {
    const parts = [h.seenAt.slice(0, 10), h.status ?? 'no status given'];
    if (prevTitle !== undefined && h.title !== prevTitle) parts.push(`title now: ${h.title}`);
    prevTitle = h.title;
    return [{ text: parts.join(' — ') }];
  });
}

/** The notice chain: each linked record with its kind, number and link. */
function chainLines(related: StoredItem[]): RichText[] {
  return related.map((r) => [{ text: `${kindLine(r)} — ` }, { text: r.title, url: r.url }, { text: ` (${r.sourceId})` }]);
}

function itemCard(item: StoredItem, related: StoredItem[] = []): ReturnType<typeof reply> {
  const sections: RichSection[] = [
    { heading: 'Status history', lines: history(item) },
    ...(related.length ? [{ heading: 'Notice chain', lines: chainLines(related) }] : []),
    {
      heading: 'Why it matched',
      lines: [
        ...(item.match.topics.length || !item.match.possible?.length ? [[{ text: `Terms: ${item.match.terms.join(', ') || '—'}` }]] : []),
        // The learned second opinion: labelled, with the features that drove it; never priority.
        ...(item.match.possible ?? []).map((p) => [{ text: `Possibly relevant: ${possibleLine(p)}` }]),
        ...(item.match.snippet ? [snippetLine(item)] : []),
      ],
    },
    {
      heading: 'Links',
      lines: [
        inlineLinkUrl(item.url)
          ? [{ text: 'Open the record at its source', url: item.url }]
          : [{ text: 'The record’s link is too long to show here; open the title link, or find it at the source.' }],
      ],
    },
  ];
  const fields = [
    ...(item.status ? [{ label: 'Status', value: item.status }] : []),
    ...(item.agency ? [{ label: 'Agency', value: item.agency }] : []),
    ...(item.office ? [{ label: 'Office', value: item.office }] : []),
    ...(item.contractor ? [{ label: 'Contractor', value: item.contractor }] : []),
    ...(item.place ? [{ label: 'Place of performance', value: item.place }] : []),
    { label: 'Topics', value: topicsLine(item) },
    { label: 'First seen', value: item.firstSeenAt.slice(0, 10) },
  ];
  const chain = related.length ? `Notice chain: ${related.map((r) => `${kindLine(r)} — ${r.title}`).join('; ')}` : undefined;
  const fallback = [
    item.title,
    kindLine(item),
    item.status,
    `Topics: ${topicsLine(item)}`,
    `Terms: ${item.match.terms.join(', ')}`,
    chain,
    item.url,
  ]
    .filter(Boolean)
    .join('\n');
  return reply(item.title, {
    url: item.url,
    context: [kindLine(item), itemDate(item)],
    badges: [...item.match.topics, ...(item.match.possible ?? []).map((p) => `possibly relevant: ${p.topic}`)],
    priority: item.match.priority,
    tone: item.match.priority ? 'priority' : 'neutral',
    fields,
    sections,
    fallbackText: fallback,
  });
}

export async function runShow(ctx: Ctx) {
  const typed = ctx.args
    .map((a) => a.text)
    .join(' ')
    .trim();
  if (!typed) return problem('Which item? Give a bill number, a contract or document number, or an id from a search result.', 'show');
  let found = await visibleItems(ctx, await ctx.deps.search.findByIdentifier(typed));
  if (found.length === 0 && looksLikeInternalId(typed)) {
    const stored = await ctx.deps.store.getItem(typed.toLowerCase());
    if (stored) found = await visibleItems(ctx, [stored]);
  }
  if (found.length === 0) {
    const msg = `I have nothing stored as "${typed}". Check the number, add the state (e.g. CT HB 5001), or try ${SLASH} search ${typed}. Only items that matched a watched topic are stored.`;
    return reply('Not found', { body: [[{ text: msg }]], fallbackText: msg });
  }
  if (found.length > 1) {
    const lines: RichText[] = found
      .slice(0, 10)
      .map((i) => [
        { text: `${kindLine(i)} · ${itemDate(i)} — ` },
        { text: shortTitle(i.title), url: i.url },
        { text: ` — ${SLASH} show ${i.id}`, emphasis: 'code' },
      ]);
    const msg = `"${typed}" matches ${found.length} items. Add the state (e.g. CT ${typed}) or use an id:`;
    return reply(`Which one? ${found.length} items match "${typed}"`, {
      body: [[{ text: msg }]],
      sections: [{ lines }],
      fallbackText: [msg, ...found.slice(0, 10).map((i) => `• ${kindLine(i)} — ${i.title} — ${SLASH} show ${i.id}`)].join('\n'),
    });
  }
  const fresh = await ctx.deps.store.getItem(found[0]!.id);
  const [item] = fresh ? await visibleItems(ctx, [fresh]) : [found[0]!];
  const shown = item ?? found[0]!;
  // Linked records this workspace may see, read fresh from the store.
  const links = ctx.deps.chains?.related(shown) ?? [];
  const stored = await Promise.all(links.map((l) => ctx.deps.store.getItem(l.id)));
  const related = await visibleItems(
    ctx,
    stored.filter((s): s is StoredItem => !!s),
  );
  return itemCard(shown, related);
}
