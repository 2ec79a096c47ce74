/**
 * `policywatch sources test <id>`: fetch one source once, as a poll would, and say which items
 * it would produce and which of them the watchlist matches. Nothing is stored: the fetch
 * starts from a fresh state (no validators, no cursor) so the page or API answers in full.
 */
import type { FetchOutcome, Item, MatchResult, SourceConfig } from '../domain/index.ts';
import type { PollerDeps } from './poller.ts';

export type SourceTestResult =
  | { ok: true; source: SourceConfig; items: Array<{ item: Item; match: MatchResult | null }>; note?: string }
  | { ok: false; source?: SourceConfig; message: string };

export async function testSource(
  sourceId: string,
  sources: SourceConfig[],
  deps: Pick<PollerDeps, 'connectorFor' | 'secrets' | 'http' | 'clock' | 'log' | 'matchers'>,
): Promise<SourceTestResult> {
  const source = sources.find((s) => s.id === sourceId);
  if (!source) return { ok: false, message: `no source "${sourceId}"; \`policywatch sources\` lists them` };
  const connector = deps.connectorFor(source.type);
  if (!connector) return { ok: false, source, message: `unknown source type "${source.type}"` };
  if (connector.requiredSecret && !deps.secrets[connector.requiredSecret]) {
    return { ok: false, source, message: `needs ${connector.requiredSecret} (not set)` };
  }
  let outcome: FetchOutcome;
  try {
    outcome = await connector.fetch({
      source,
      state: { sourceId, consecutiveFailures: 0, itemsSeen: 0 },
      http: deps.http,
      now: deps.clock.now(),
      secrets: deps.secrets,
      log: deps.log.child({ source: sourceId }),
    });
  } catch (err) {
    return { ok: false, source, message: `connector error: ${(err as Error).message}` };
  }
  if (outcome.status === 'failed') return { ok: false, source, message: `${outcome.reason}: ${outcome.message}` };
  if (outcome.status === 'not-modified') return { ok: true, source, items: [], note: 'the server answered 304 Not Modified' };
  const items = [];
  for (const item of outcome.items) items.push({ item, match: await deps.matchers.matchAny(item) });
  return { ok: true, source, items };
}

/** The result as terminal text: one block per item. */
export function formatSourceTest(r: SourceTestResult): string {
  if (!r.ok) return `source ${r.source?.id ?? ''}${r.source ? ` (${r.source.type})` : ''}: ${r.message}`.trim();
  const lines = [
    `source ${r.source.id} (${r.source.type}${r.source.enabled ? '' : ', disabled'}): ${r.items.length} item(s)${r.note ? ` — ${r.note}` : ''}`,
  ];
  const matched = r.items.filter((i) => i.match).length;
  for (const { item, match } of r.items) {
    lines.push('');
    lines.push(`${match ? '●' : '○'} ${item.title}`);
    lines.push(`  ${item.url}`);
    const facts = [item.kind, item.jurisdiction, item.identifier, item.status, item.publishedAt?.slice(0, 10)].filter(Boolean);
    lines.push(`  ${facts.join(' · ')}`);
    if (item.summary) lines.push(`  ${item.summary.length > 160 ? `${item.summary.slice(0, 159)}…` : item.summary}`);
    if (item.refs?.length) lines.push(`  cites: ${item.refs.join(', ')}`);
    lines.push(
      match ? `  matches: ${match.topics.join(', ')} (${match.terms.slice(0, 6).join(', ')})` : '  no watchlist match (would not alert)',
    );
  }
  lines.push('', `${matched} of ${r.items.length} would match the watchlist. Nothing was stored.`);
  return lines.join('\n');
}
