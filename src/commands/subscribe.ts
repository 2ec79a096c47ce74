/** `subscribe`, `unsubscribe`, `settings`: this channel's subscription. */
import { DEFAULT_TOPICS, ITEM_KINDS, type ChannelRef, type DigestSchedule, type StoredItem, type Subscription } from '../domain/index.ts';
import { describeSchedule, parseDigestSchedule } from '../digest/schedule.ts';
import { describeBurst, describeReminders, runChannelSetting } from './channel-settings.ts';
import { audit, visibleItems, type Ctx } from './context.ts';
import { parseFilters, resolveTopic } from './filters.ts';
import { SLASH } from '../domain/command-table.ts';
import { modelSettingLine, runModelSetting } from './model-setting.ts';
import { changed, itemDate, kindLine, list, personName, problem, reply, shortTitle } from './replies.ts';
import type { Token } from './tokens.ts';

export function channelOf(ctx: Ctx): ChannelRef {
  return { platform: ctx.req.platform, workspaceId: ctx.req.workspaceId, channelId: ctx.req.channelId };
}

export function subscriptionId(ch: ChannelRef): string {
  return `${ch.platform}:${ch.workspaceId}:${ch.channelId}`;
}

export function defaultDigest(tz: string): DigestSchedule {
  const parsed = parseDigestSchedule('mon', '09:00', undefined, tz);
  return parsed.ok ? parsed.schedule : { day: 1, time: '09:00', tz: 'UTC' };
}

function describeSubscription(sub: Pick<Subscription, 'topics' | 'jurisdictions' | 'kinds' | 'digest'>): string[] {
  return [
    `Topics: ${list(sub.topics, 'every topic')}`,
    `States: ${list(sub.jurisdictions, 'all (federal and every state)')}`,
    `Kinds: ${list(sub.kinds, 'all kinds')}`,
    `Weekly digest: ${sub.digest ? describeSchedule(sub.digest) : 'off'}`,
  ];
}

interface Parsed {
  topics: string[];
  everyTopic: boolean;
  states: string[];
  kinds: Subscription['kinds'];
}

function parseSelection(ctx: Ctx, tokens: Token[], command: string): Parsed | { error: string } {
  const parsed = parseFilters(tokens, ['state', 'kind', 'topic'], { topics: ctx.topics, now: ctx.now, command });
  if (!parsed.ok) return { error: parsed.error };
  const topics = [...parsed.filters.topics];
  let everyTopic = false;
  for (const w of parsed.words) {
    if (/^(all|every|everything)$/i.test(w.text)) {
      everyTopic = true;
      continue;
    }
    const t = resolveTopic(w.text, ctx.topics);
    if (!t) return { error: `"${w.text}" isn't a topic. Topics: ${ctx.topics.join(', ')} (or "all").` };
    if (!topics.includes(t)) topics.push(t);
  }
  return { topics, everyTopic, states: parsed.filters.states, kinds: parsed.filters.kinds };
}

function newSubscription(ctx: Ctx, existing: Subscription | undefined): Subscription {
  const channel = channelOf(ctx);
  return (
    existing ?? {
      id: subscriptionId(channel),
      channel,
      topics: [...DEFAULT_TOPICS],
      jurisdictions: [],
      kinds: [],
      digest: defaultDigest(ctx.deps.defaultTz),
      createdAt: ctx.now.toISOString(),
      createdBy: ctx.req.userId,
      ...(ctx.req.userName ? { createdByName: ctx.req.userName } : {}),
    }
  );
}

/** 'Topics: a, b → a' lines for each part of the subscription that changed. */
function differences(before: Subscription | undefined, after: Subscription): string[] {
  const rows: Array<[string, string[], string[], string]> = [
    ['Topics', before?.topics ?? [], after.topics, 'every topic'],
    ['States', before?.jurisdictions ?? [], after.jurisdictions, 'all'],
    ['Kinds', before?.kinds ?? [], after.kinds, 'all kinds'],
  ];
  const out: string[] = [];
  for (const [label, was, now, all] of rows) {
    if (before && was.join(',') === now.join(',')) continue;
    out.push(before ? `${label}: ${list(was, all)} → ${list(now, all)}` : `${label}: ${list(now, all)}`);
  }
  return out;
}

async function save(ctx: Ctx, existing: Subscription | undefined, next: Subscription) {
  // Subscribing again is how a channel marked broken (bot removed, archived) is revived.
  const { broken, ...sub } = next;
  const diff = differences(existing, sub);
  if (existing && diff.length === 0 && !broken) {
    return reply('Nothing changed', {
      body: [[{ text: 'This channel already gets exactly that.' }], ...describeSubscription(sub).map((l) => [{ text: l }])],
    });
  }
  await ctx.deps.store.upsertSubscription(sub);
  await audit(ctx, existing ? 'subscription.update' : 'subscribe', (existing && diff.length ? diff : describeSubscription(sub)).join('; '));
  const lines =
    existing && diff.length ? ['Changed:', ...diff, 'This channel now receives:', ...describeSubscription(sub)] : describeSubscription(sub);
  const msg = changed(existing ? 'Updated this channel’s alerts' : 'This channel is now subscribed', [
    ...lines,
    `Add or remove one thing with ${SLASH} subscribe add|remove <topic|state:XX|kind:K>; stop with ${SLASH} unsubscribe.`,
  ]);
  // So a new channel is not empty until the next matching record: the latest that already match.
  const latest = await latestMatching(ctx, sub);
  if (latest.length) {
    msg.sections = [
      {
        heading: `Latest ${latest.length} stored item${latest.length === 1 ? '' : 's'} that match`,
        lines: latest.map((i) => [
          { text: shortTitle(i.title, 150), url: i.url, emphasis: 'bold' as const },
          { text: ` — ${kindLine(i)} · ${itemDate(i)}` },
        ]),
      },
    ];
    msg.fallbackText += `\nLatest that match:\n${latest.map((i) => `• ${shortTitle(i.title, 150)} — ${kindLine(i)} · ${itemDate(i)}`).join('\n')}`;
  }
  return msg;
}

const ONBOARDING_ITEMS = 5;

/** The newest stored items this subscription would have been alerted about, as its workspace sees them. */
async function latestMatching(ctx: Ctx, sub: Subscription): Promise<StoredItem[]> {
  const result = await ctx.deps.search.search({
    text: '',
    jurisdictions: sub.jurisdictions,
    kinds: sub.kinds,
    topics: sub.topics,
    limit: ONBOARDING_ITEMS * 2,
    offset: 0,
    now: ctx.now,
    workspace: ctx.req.workspaceId,
  });
  const visible = await visibleItems(
    ctx,
    result.hits.map((h) => h.item),
  );
  return visible.filter((i) => !sub.topics.length || i.match.topics.some((t) => sub.topics.includes(t))).slice(0, ONBOARDING_ITEMS);
}

/** `subscribe add …` / `subscribe remove …` (also `settings add|remove`, `unsubscribe <x>`). */
async function modify(ctx: Ctx, mode: 'add' | 'remove', tokens: Token[], command: string) {
  const p = parseSelection(ctx, tokens, command);
  if ('error' in p) return problem(p.error, 'subscribe');
  if (p.everyTopic)
    return problem(
      `"all" can't be ${mode === 'add' ? 'added' : 'removed'}; use ${SLASH} subscribe all to follow every topic.`,
      'subscribe',
    );
  if (!p.topics.length && !p.states.length && !p.kinds.length) {
    return problem(`What should I ${mode}? A topic, state:XX or kind:K, e.g. ${SLASH} subscribe ${mode} state:NY`, 'subscribe');
  }
  const existing = await ctx.deps.store.getSubscription(channelOf(ctx));
  if (!existing && mode === 'remove')
    return reply('Nothing to remove', { body: [[{ text: `This channel isn't subscribed. ${SLASH} subscribe starts alerts.` }]] });
  const base = newSubscription(ctx, existing);
  // Empty means "all": adding to "all" changes nothing (a new subscription starts from the values given).
  const edit = <T extends string>(current: T[], values: T[], all: readonly T[]): T[] => {
    if (mode === 'add') return current.length === 0 ? (existing ? [] : [...values]) : [...new Set([...current, ...values])];
    return (current.length ? current : [...all]).filter((v) => !values.includes(v));
  };
  const sub: Subscription = {
    ...base,
    topics: p.topics.length ? edit(base.topics, p.topics, ctx.topics) : base.topics,
    jurisdictions: p.states.length ? edit(base.jurisdictions, p.states, []) : base.jurisdictions,
    kinds: p.kinds.length ? edit(base.kinds, p.kinds, ITEM_KINDS) : base.kinds,
  };
  if (mode === 'remove' && p.states.length && !base.jurisdictions.length) {
    return problem(
      `This channel gets every state, so there is no single state to remove. Choose the states it should get instead, e.g. ${SLASH} subscribe state:CT,NY`,
      'subscribe',
    );
  }
  if (sub.topics.length === 0 && p.topics.length && mode === 'remove')
    return problem(`That would leave no topic at all. To stop alerts, use ${SLASH} unsubscribe.`, 'subscribe');
  if (sub.kinds.length === 0 && p.kinds.length && mode === 'remove')
    return problem(`That would leave no kind at all. To stop alerts, use ${SLASH} unsubscribe.`, 'subscribe');
  return save(ctx, existing, sub);
}

export async function runSubscribe(ctx: Ctx) {
  const first = ctx.args[0]?.text.toLowerCase();
  if (first === 'add' || first === 'remove') return modify(ctx, first, ctx.args.slice(1), `subscribe ${first}`);
  const p = parseSelection(ctx, ctx.args, 'subscribe');
  if ('error' in p) return problem(p.error, 'subscribe');
  const existing = await ctx.deps.store.getSubscription(channelOf(ctx));
  const base = newSubscription(ctx, existing);
  // Each part given replaces that part only; a part not given is kept as it was.
  const sub: Subscription = {
    ...base,
    topics: p.everyTopic ? [] : p.topics.length ? p.topics : base.topics,
    jurisdictions: p.states.length ? p.states : base.jurisdictions,
    kinds: p.kinds.length ? p.kinds : base.kinds,
  };
  return save(ctx, existing, sub);
}

export async function runUnsubscribe(ctx: Ctx) {
  if (ctx.args.length > 0) {
    const first = ctx.args[0]!.text.toLowerCase();
    return modify(ctx, 'remove', first === 'remove' ? ctx.args.slice(1) : ctx.args, 'unsubscribe');
  }
  const existing = await ctx.deps.store.getSubscription(channelOf(ctx));
  if (!existing)
    return reply('Nothing to stop', { body: [[{ text: `This channel isn't subscribed. ${SLASH} subscribe starts alerts.` }]] });
  await ctx.deps.store.removeSubscription(existing.id);
  await audit(ctx, 'unsubscribe', describeSubscription(existing).join('; '));
  return changed('This channel is unsubscribed', [
    'No more alerts or weekly digest here.',
    `A manager can start again with ${SLASH} subscribe.`,
  ]);
}

export async function runSettings(ctx: Ctx) {
  const first = ctx.args[0]?.text.toLowerCase();
  if (first === 'add' || first === 'remove') return modify(ctx, first, ctx.args.slice(1), `settings ${first}`);
  if (first === 'reminders' || first === 'burst') return runChannelSetting(ctx, first, ctx.args[1]?.text);
  if (first?.startsWith('model:')) return runModelSetting(ctx);
  if (first)
    return problem(
      `settings shows this channel's alerts; to change them use settings add|remove <topic|state:XX|kind:K>, settings reminders <days|off>, settings burst <N|off>, or settings model:on|off.`,
      'settings',
    );
  const sub = await ctx.deps.store.getSubscription(channelOf(ctx));
  const additions = await ctx.deps.store.listWatchAdditions(ctx.req.workspaceId);
  const extra = `This workspace has ${additions.length} extra watch term${additions.length === 1 ? '' : 's'} (${SLASH} watch list).`;
  const model = modelSettingLine(!(await ctx.deps.store.getWorkspaceSettings(ctx.req.workspaceId)).secondOpinion);
  if (!sub) {
    const msg = `This channel isn't subscribed. A manager can run ${SLASH} subscribe (both default topics, every state, every kind).`;
    return reply('Channel settings', {
      body: [[{ text: msg }], [{ text: extra }], [{ text: model }]],
      fallbackText: `${msg}\n${extra}\n${model}`,
    });
  }
  const lines = describeSubscription(sub);
  if (sub.broken)
    lines.push(
      `⚠ Delivery stopped since ${sub.broken.since.slice(0, 10)}: ${sub.broken.reason}. Re-invite the bot to this channel, then run ${SLASH} subscribe again.`,
    );
  lines.push(`Set up by ${personName(sub.createdByName, sub.createdBy)} on ${sub.createdAt.slice(0, 10)}.`, extra, model);
  return reply('Channel settings', {
    fields: [
      { label: 'Topics', value: list(sub.topics, 'every topic') },
      { label: 'States', value: list(sub.jurisdictions, 'all') },
      { label: 'Kinds', value: list(sub.kinds, 'all') },
      { label: 'Weekly digest', value: sub.digest ? describeSchedule(sub.digest) : 'off' },
      { label: 'Deadline reminders', value: describeReminders(sub) },
      { label: 'Bursts', value: describeBurst(sub) },
    ],
    body: lines.slice(4).map((l) => [{ text: l }]),
    fallbackText: lines.join('\n'),
  });
}
