/**
 * The weekly digest as RichMessages: a header with counts per topic against the previous
 * week, then every priority item (never capped: one compact line each), then the other items
 * by jurisdiction (federal first, then states A→Z). Inside each section items are ranked
 * (`rankEntries`): an open deadline within two weeks first (comment period closing, hearing,
 * response date; soonest first), then by importance, then newest. The jurisdiction sections are capped with
 * 'and K more — /policy search since:7d …' (a command that works as typed), and a footer
 * naming sources that have been failing for more than a day. Long digests span several
 * messages; nothing is dropped. When the workspace kept marking one term's items Not relevant
 * this week, a last message suggests muting it (src/triage/noisy-terms.ts).
 */
import {
  inlineLinkUrl,
  jurisdictionLabel,
  stateOfJurisdiction,
  UNKNOWN_JURISDICTION,
  type ChainLink,
  type ItemStore,
  type RichMessage,
  type RichSection,
  type RichText,
  type SourceStatusRow,
  type StoredItem,
  type Subscription,
  type TextSpan,
  type TriageStore,
  type WorkspaceMatcher,
} from '../domain/index.ts';
import { noisyTerms, noisyTermsMessage } from '../triage/noisy-terms.ts';
import { muteCommand } from '../triage/mute-rule.ts';
import { collectDigest, type DigestData, type DigestEntry } from './collect.ts';
import { closesAt, DAY_MS, deadlineLabel, formatDeadline } from '../deadlines/dates.ts';
import { compareJurisdictions, jurisdictionHeading } from './jurisdictions.ts';
import { DEFAULT_BUDGET, paginate, type DigestBudget } from './paginate.ts';
import { describeSchedule } from './schedule.ts';

const DEFAULT_MAX_PER_SECTION = 10;
const MAX_TITLE_CHARS = 180;
/** Priority lines are shorter when there are many, so the section stays readable. */
const COMPACT_TITLE_CHARS = 100;
const COMPACT_AFTER = 10;

export interface BuildDigestOptions {
  /** With listLabels, the digest suggests muting terms the workspace kept marking Not relevant. */
  store: Pick<ItemStore, 'listItems'> & Partial<Pick<TriageStore, 'listLabels'>>;
  sub: Subscription;
  now: Date;
  sources: SourceStatusRow[];
  maxPerSection?: number;
  days?: number;
  budget?: DigestBudget;
  /** How the subscription's workspace sees each item (default: the stored base match). */
  matchFor?: WorkspaceMatcher;
  /** Notice chains: stored records sharing an identifier with an item. */
  related?: (item: StoredItem) => ChainLink[];
}

export async function buildDigest(opts: BuildDigestOptions): Promise<RichMessage[]> {
  const data = await collectDigest(opts);
  const messages = renderDigest(data, opts.maxPerSection, opts.budget);
  // A term this workspace kept marking Not relevant this week: a suggestion to mute it.
  const labels = opts.store.listLabels ? await opts.store.listLabels(opts.sub.channel.workspaceId) : [];
  const since = new Date(opts.now.getTime() - 7 * 86_400_000);
  const note = noisyTermsMessage(noisyTerms(labels, since), (t) => muteCommand(t.term, t.topics));
  return note ? [...messages, note] : messages;
}

/** The time zone a digest's dates are shown in. */
function digestTimeZone(sub: Subscription): string {
  return sub.digest?.tz ?? 'UTC';
}

function renderDigest(data: DigestData, maxPerSection = DEFAULT_MAX_PER_SECTION, budget: DigestBudget = DEFAULT_BUDGET): RichMessage[] {
  const tz = digestTimeZone(data.sub);
  const range = `${formatDay(data.since, tz)} – ${formatDay(data.now, tz, true)}`;
  const title = `${data.days === 7 ? 'Weekly policy digest' : `Policy digest (${data.days} days)`}: ${range}`;
  const footer = failingFooter(data, tz);
  const context = contextLines(data);
  const badges = data.topics.map((t) => t.topic);

  if (data.entries.length === 0) {
    const line = `No new or changed items in the last ${data.days} days for this channel's topics and filters.`;
    return [
      {
        type: 'digest',
        title,
        context,
        body: [[{ text: line }]],
        ...(footer ? { footer } : {}),
        tone: 'neutral',
        fallbackText: `${title}. ${line}`,
      },
    ];
  }

  const ranked = rankEntries(data.entries, data.now);
  const priority = ranked.filter((e) => e.item.match.priority);
  const newCount = data.entries.filter((e) => e.event === 'new').length;
  const summary = `${data.entries.length} new or changed item${data.entries.length === 1 ? '' : 's'} in the last ${data.days} days (${newCount} new, ${data.entries.length - newCount} updated${priority.length ? `, ${priority.length} priority` : ''}).`;
  const body: RichText[] = [
    [{ text: summary, emphasis: 'bold' }],
    ...data.topics.map((t) => [{ text: topicLine(t.topic, t.count, t.previous) }]),
  ];

  const sections: RichSection[] = [];
  const since = `since:${data.days}d`;
  if (priority.length) {
    const titleChars = priority.length > COMPACT_AFTER ? COMPACT_TITLE_CHARS : MAX_TITLE_CHARS;
    sections.push({ heading: '★ Priority (both topics)', lines: priority.map((e) => itemLine(e, tz, true, titleChars)) });
  }
  const byJurisdiction = new Map<string, DigestEntry[]>();
  for (const e of ranked) {
    if (e.item.match.priority) continue;
    const list = byJurisdiction.get(e.item.jurisdiction) ?? [];
    list.push(e);
    byJurisdiction.set(e.item.jurisdiction, list);
  }
  const kindFilter = `${data.sub.kinds.length ? ` kind:${data.sub.kinds.join(',')}` : ''}${data.sub.topics.length ? ` topic:${data.sub.topics.join(',')}` : ''}`;
  for (const code of [...byJurisdiction.keys()].sort(compareJurisdictions)) {
    const list = byJurisdiction.get(code) ?? [];
    // A city or county ('Seattle, WA') is found under its state.
    const stateFilter = code === UNKNOWN_JURISDICTION ? '' : ` state:${stateOfJurisdiction(code)}`;
    sections.push(
      capped(jurisdictionHeading(code), list, maxPerSection, `/policy search ${since}${stateFilter}${kindFilter} priority:no`, tz, false),
    );
  }

  const head: RichMessage = {
    type: 'digest',
    title,
    context,
    badges,
    body,
    ...(footer ? { footer } : {}),
    tone: priority.length ? 'priority' : 'neutral',
    fallbackText: `${title}. ${summary}`,
  };
  return paginate(head, sections, budget);
}

/** Deadlines closer than this rank an item first. */
const DEADLINE_HORIZON_DAYS = 14;

/** How much an entry matters: topics matched, then a new record over a change, then terms matched. */
function importance(e: DigestEntry): number {
  return e.item.match.topics.length * 100 + (e.event === 'new' ? 10 : 0) + Math.min(9, e.item.match.terms.length);
}

/**
 * Digest order inside a section: items with a deadline (comment period, hearing, response
 * date) within DEADLINE_HORIZON_DAYS first, soonest first; then by importance; then newest.
 */
export function rankEntries(entries: DigestEntry[], now: Date): DigestEntry[] {
  const horizon = now.getTime() + DEADLINE_HORIZON_DAYS * DAY_MS;
  const soon = (e: DigestEntry) => {
    const t = e.deadline ? closesAt(e.deadline) : NaN;
    return Number.isNaN(t) || t > horizon ? Infinity : t;
  };
  return entries
    .map((e, i) => ({ e, i, soon: soon(e), weight: importance(e) }))
    .sort((a, b) => (a.soon === b.soon ? 0 : a.soon < b.soon ? -1 : 1) || b.weight - a.weight || a.i - b.i)
    .map((r) => r.e);
}

function capped(heading: string, entries: DigestEntry[], max: number, lookup: string, tz: string, withJurisdiction: boolean): RichSection {
  const limit = Math.max(1, Math.floor(max));
  const lines = entries.slice(0, limit).map((e) => itemLine(e, tz, withJurisdiction));
  const rest = entries.length - limit;
  if (rest > 0) lines.push([{ text: `and ${rest} more — ` }, { text: lookup, emphasis: 'code' }]);
  return { heading, lines };
}

/** title-link · [jurisdiction ·] identifier · status · new/updated date */
function itemLine(e: DigestEntry, tz: string, withJurisdiction = false, titleChars = MAX_TITLE_CHARS): RichText {
  const { item } = e;
  const flat = item.title.replace(/\s+/g, ' ').trim();
  const title = flat.length > titleChars ? `${flat.slice(0, titleChars - 1).trimEnd()}…` : flat;
  const link = inlineLinkUrl(item.url);
  const spans: TextSpan[] = [link ? { text: title, url: link } : { text: title }];
  const sep = (): TextSpan => ({ text: ' · ' });
  const jurisdiction = withJurisdiction ? jurisdictionLabel(item.jurisdiction) : undefined;
  if (jurisdiction) spans.push(sep(), { text: jurisdiction });
  if (item.identifier) spans.push(sep(), { text: item.identifier, emphasis: 'code' });
  if (item.status) spans.push(sep(), { text: item.status.length > 120 ? `${item.status.slice(0, 119)}…` : item.status });
  spans.push(sep(), { text: `${e.event} ${formatDay(new Date(e.at), tz)}` });
  if (e.related?.length) spans.push(sep(), { text: `related: ${e.related.join(', ')}` });
  if (e.deadline) {
    spans.push(sep(), { text: `⏰ ${deadlineLabel(e.deadline.kind).toLowerCase()} ${formatDeadline(e.deadline, tz)}`, emphasis: 'bold' });
    const link = inlineLinkUrl(e.deadline.actionUrl);
    if (link) spans.push({ text: ' · ' }, { text: 'Comment', url: link });
  }
  return spans;
}

function topicLine(topic: string, count: number, previous: number): string {
  const diff = count - previous;
  const change = diff === 0 ? 'same as the previous week' : `${diff > 0 ? '+' : '−'}${Math.abs(diff)} vs the previous week (${previous})`;
  return `${topic}: ${count} (${change})`;
}

function contextLines(data: DigestData): string[] {
  const out: string[] = [];
  const filters: string[] = [];
  if (data.sub.jurisdictions.length) filters.push(data.sub.jurisdictions.join(', '));
  if (data.sub.kinds.length) filters.push(data.sub.kinds.join(', '));
  if (filters.length) out.push(`Filters: ${filters.join(' · ')}`);
  if (data.sub.digest) out.push(`Sent ${describeSchedule(data.sub.digest)}`);
  return out;
}

function failingFooter(data: DigestData, tz: string): string | undefined {
  if (!data.failingSources.length) return undefined;
  const names = data.failingSources.map((s) =>
    s.lastSuccessAt ? `${s.name} (last success ${formatDay(new Date(s.lastSuccessAt), tz)})` : `${s.name} (no successful fetch yet)`,
  );
  return `⚠ Failing for more than a day: ${names.join(', ')}. Items from ${names.length === 1 ? 'it' : 'them'} may be missing; /policy sources has details.`;
}

const dayFormatters = new Map<string, Intl.DateTimeFormat>();

/** 'Nov 30' or 'Nov 30, 2026' in the digest's time zone. */
function formatDay(d: Date, tz: string, withYear = false): string {
  const key = `${tz}|${withYear}`;
  let f = dayFormatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: tz, month: 'short', day: 'numeric', ...(withYear ? { year: 'numeric' } : {}) });
    dayFormatters.set(key, f);
  }
  return f.format(d);
}
