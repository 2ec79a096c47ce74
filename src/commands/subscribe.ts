/** `subscribe`, `unsubscribe`, `settings`: this channel's subscription. */
import { DEFAULT_TOPICS, type ChannelRef, type DigestSchedule, type Subscription } from '../domain/index.ts';
import { describeSchedule, parseDigestSchedule } from '../digest/schedule.ts';
import { audit, type Ctx } from './context.ts';
import { parseFilters, resolveTopic } from './filters.ts';
import { SLASH } from './grammar.ts';
import { changed, list, problem, reply } from './replies.ts';

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

export function describeSubscription(sub: Pick<Subscription, 'topics' | 'jurisdictions' | 'kinds' | 'digest'>): string[] {
  return [
    `Topics: ${list(sub.topics, 'every topic')}`,
    `States: ${list(sub.jurisdictions, 'all (federal and every state)')}`,
    `Kinds: ${list(sub.kinds, 'all kinds')}`,
    `Weekly digest: ${sub.digest ? describeSchedule(sub.digest) : 'off'}`,
  ];
}

export async function runSubscribe(ctx: Ctx) {
  const parsed = parseFilters(ctx.args, ['state', 'kind', 'topic'], { topics: ctx.topics, now: ctx.now, command: 'subscribe' });
  if (!parsed.ok) return problem(parsed.error, 'subscribe');
  const topics = [...parsed.filters.topics];
  let everyTopic = false;
  for (const w of parsed.words) {
    if (/^(all|every|everything)$/i.test(w.text)) {
      everyTopic = true;
      continue;
    }
    const t = resolveTopic(w.text, ctx.topics);
    if (!t) return problem(`"${w.text}" isn't a topic. Topics: ${ctx.topics.join(', ')} (or "all").`, 'subscribe');
    if (!topics.includes(t)) topics.push(t);
  }
  const channel = channelOf(ctx);
  const existing = await ctx.deps.store.getSubscription(channel);
  const sub: Subscription = {
    id: existing?.id ?? subscriptionId(channel),
    channel,
    topics: everyTopic ? [] : topics.length ? topics : [...DEFAULT_TOPICS],
    jurisdictions: parsed.filters.states,
    kinds: parsed.filters.kinds,
    digest: existing ? existing.digest : defaultDigest(ctx.deps.defaultTz),
    createdAt: existing?.createdAt ?? ctx.now.toISOString(),
    createdBy: existing?.createdBy ?? ctx.req.userId,
  };
  await ctx.deps.store.upsertSubscription(sub);
  const lines = describeSubscription(sub);
  await audit(ctx, existing ? 'subscription.update' : 'subscribe', lines.join('; '));
  return changed(existing ? 'Updated this channel’s alerts' : 'This channel is now subscribed', [
    ...lines,
    `Change it with ${SLASH} subscribe …, stop with ${SLASH} unsubscribe.`,
  ]);
}

export async function runUnsubscribe(ctx: Ctx) {
  if (ctx.args.length > 0) return problem('unsubscribe takes nothing after it: it stops all alerts in this channel.', 'unsubscribe');
  const existing = await ctx.deps.store.getSubscription(channelOf(ctx));
  if (!existing) return reply('Nothing to stop', { body: [[{ text: `This channel isn't subscribed. ${SLASH} subscribe starts alerts.` }]] });
  await ctx.deps.store.removeSubscription(existing.id);
  await audit(ctx, 'unsubscribe', describeSubscription(existing).join('; '));
  return changed('This channel is unsubscribed', [
    'No more alerts or weekly digest here.',
    `A manager can start again with ${SLASH} subscribe.`,
  ]);
}

export async function runSettings(ctx: Ctx) {
  const sub = await ctx.deps.store.getSubscription(channelOf(ctx));
  const additions = await ctx.deps.store.listWatchAdditions(ctx.req.workspaceId);
  const extra = `This workspace has ${additions.length} extra watch term${additions.length === 1 ? '' : 's'} (${SLASH} watch list).`;
  if (!sub) {
    const msg = `This channel isn't subscribed. A manager can run ${SLASH} subscribe (both default topics, every state, every kind).`;
    return reply('Channel settings', { body: [[{ text: msg }], [{ text: extra }]], fallbackText: `${msg}\n${extra}` });
  }
  const lines = describeSubscription(sub);
  if (sub.broken) lines.push(`⚠ Delivery stopped since ${sub.broken.since.slice(0, 10)}: ${sub.broken.reason}. Re-invite the bot to this channel, then run ${SLASH} subscribe again.`);
  lines.push(`Set up by ${sub.createdBy} on ${sub.createdAt.slice(0, 10)}.`, extra);
  return reply('Channel settings', {
    fields: [
      { label: 'Topics', value: list(sub.topics, 'every topic') },
      { label: 'States', value: list(sub.jurisdictions, 'all') },
      { label: 'Kinds', value: list(sub.kinds, 'all') },
      { label: 'Weekly digest', value: sub.digest ? describeSchedule(sub.digest) : 'off' },
    ],
    body: lines.slice(4).map((l) => [{ text: l }]),
    fallbackText: lines.join('\n'),
  });
}
