/**
 * Sending a digest: each part through the channel's adapter, in order; the first part that
 * fails stops the rest and is reported for the operator.
 */
import { describe, expect, it } from 'vitest';
import { digestSender } from '../../src/digest/send.ts';
import type { ChannelRef, ChatAdapter, DeliveryResult, Platform, RichMessage } from '../../src/domain/index.ts';
import { makeSubscription } from '../helpers/items.ts';

const part = (title: string): RichMessage => ({ type: 'digest', title, fallbackText: title });

/** A chat platform that records what it was given and answers from a script. */
function platform(answers: DeliveryResult[]) {
  const posted: Array<{ channel: ChannelRef; title: string }> = [];
  const adapter: ChatAdapter = {
    platform: 'slack',
    start: async () => undefined,
    stop: async () => undefined,
    deliver: async (channel, message) => {
      posted.push({ channel, title: message.title });
      return answers.shift() ?? { ok: true, messageRef: `m${posted.length}` };
    },
  };
  return { adapter, posted };
}

describe('digestSender', () => {
  const sub = makeSubscription();

  it('posts every part to the subscribed channel, in order', async () => {
    const { adapter, posted } = platform([]);
    const warnings: string[] = [];
    const send = digestSender(new Map<Platform, ChatAdapter>([['slack', adapter]]), { warn: (m: string) => warnings.push(m) });
    expect(await send(sub, [part('Week of 23 Nov (1/2)'), part('Week of 23 Nov (2/2)')])).toBe(true);
    expect(posted).toEqual([
      { channel: sub.channel, title: 'Week of 23 Nov (1/2)' },
      { channel: sub.channel, title: 'Week of 23 Nov (2/2)' },
    ]);
    expect(warnings).toEqual([]);
  });

  it('stops at the first part the platform refuses and says why', async () => {
    const { adapter, posted } = platform([{ ok: false, error: 'channel_not_found', retryable: false }]);
    const warnings: string[] = [];
    const send = digestSender(new Map<Platform, ChatAdapter>([['slack', adapter]]), { warn: (m: string) => warnings.push(m) });
    expect(await send(sub, [part('one'), part('two')])).toBe(false);
    expect(posted.map((p) => p.title)).toEqual(['one']);
    expect(warnings).toEqual(['digest for slack/C1 not sent: channel_not_found']);
  });

  it('sends nothing for a platform this instance has no adapter for', async () => {
    const send = digestSender(new Map(), { warn: () => undefined });
    expect(await send(makeSubscription({ channel: { platform: 'discord', workspaceId: 'G1', channelId: 'C9' } }), [part('x')])).toBe(false);
  });
});
