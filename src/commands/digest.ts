/** `digest preview|now|schedule <day> <HH:MM> [tz]|off`. */
import type { RichMessage, RichSection, Subscription } from '../domain/index.ts';
import { describeSchedule, parseDigestSchedule } from '../digest/schedule.ts';
import { audit, type Ctx } from './context.ts';
import { SLASH, spec } from '../domain/command-table.ts';
import { changed, problem, reply } from './replies.ts';
import { channelOf, defaultDigest, subscriptionId } from './subscribe.ts';
import { closest } from './suggest.ts';

const DIGEST_ACTIONS = spec('digest').actions!;

const NOT_SUBSCRIBED = `This channel isn't subscribed yet, so it gets no digest. A manager can run ${SLASH} subscribe first.`;

/** Several digest messages (a long digest is split) folded into one ephemeral reply. */
function merge(messages: RichMessage[]): RichMessage {
  const [first, ...rest] = messages;
  if (!first) return reply('Digest preview', { body: [[{ text: 'The digest would be empty.' }]] });
  const sections: RichSection[] = [...(first.sections ?? [])];
  for (const m of rest) sections.push({ heading: m.title, lines: [...(m.body ?? []), ...(m.sections ?? []).flatMap((s) => s.lines)] });
  return {
    ...first,
    title: `Preview: ${first.title}`,
    sections,
    ephemeral: true,
    fallbackText: messages.map((m) => m.fallbackText).join('\n\n'),
  };
}

async function preview(ctx: Ctx) {
  const stored = await ctx.deps.store.getSubscription(channelOf(ctx));
  const channel = channelOf(ctx);
  const sub: Subscription = stored ?? {
    id: subscriptionId(channel),
    channel,
    topics: [],
    jurisdictions: [],
    kinds: [],
    digest: defaultDigest(ctx.deps.defaultTz),
    createdAt: ctx.now.toISOString(),
    createdBy: ctx.req.userId,
  };
  const msg = merge(await ctx.deps.digest.preview(sub, ctx.now));
  if (!stored) msg.context = [...(msg.context ?? []), 'This channel isn’t subscribed: the preview uses every topic, state and kind.'];
  return msg;
}

export async function runDigest(ctx: Ctx) {
  const action = ctx.args[0]?.text.toLowerCase();
  if (action === 'preview') return preview(ctx);
  if (action === undefined) {
    const sub = await ctx.deps.store.getSubscription(channelOf(ctx));
    const now = sub ? (sub.digest ? describeSchedule(sub.digest) : 'off') : 'off (not subscribed)';
    const msg = `Weekly digest here: ${now}.`;
    return reply('Weekly digest', { body: [[{ text: msg }], [{ text: `Usage: ${spec('digest').usage}` }]], fallbackText: msg });
  }
  if (!DIGEST_ACTIONS.includes(action)) {
    const near = closest(action, DIGEST_ACTIONS);
    return problem(
      `"digest ${action}" isn't an action.${near ? ` Did you mean digest ${near}?` : ''} Actions: ${DIGEST_ACTIONS.join(', ')}.`,
      'digest',
    );
  }
  const sub = await ctx.deps.store.getSubscription(channelOf(ctx));
  if (!sub) return problem(NOT_SUBSCRIBED);
  if (action === 'now') {
    const { sent } = await ctx.deps.digest.sendNow(sub);
    await audit(ctx, 'digest.now', `sent ${sent} message(s)`);
    return changed('Digest sent', [
      sent > 0 ? `Posted the digest in ${sent} message${sent === 1 ? '' : 's'}.` : 'Nothing new to put in a digest this week.',
    ]);
  }
  if (action === 'off') {
    await ctx.deps.store.upsertSubscription({ ...sub, digest: null });
    await audit(ctx, 'digest.off', sub.digest ? `was ${describeSchedule(sub.digest)}` : 'was already off');
    return changed('Weekly digest turned off', [`Alerts continue. Turn the digest back on with ${SLASH} digest schedule mon 09:00.`]);
  }
  const [day, time, tz, ...extra] = ctx.args.slice(1).map((a) => a.text);
  if (!day || !time || extra.length > 0)
    return problem('Give a day and a 24-hour time, and optionally a time zone, e.g. digest schedule mon 09:00 America/New_York.', 'digest');
  const parsed = parseDigestSchedule(day, time, tz, sub.digest?.tz ?? ctx.deps.defaultTz);
  if (!parsed.ok) return problem(parsed.error, 'digest');
  await ctx.deps.store.upsertSubscription({ ...sub, digest: parsed.schedule });
  await audit(ctx, 'digest.schedule', describeSchedule(parsed.schedule));
  return changed('Weekly digest scheduled', [`This channel gets the digest ${describeSchedule(parsed.schedule)}.`]);
}
