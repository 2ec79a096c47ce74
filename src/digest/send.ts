/**
 * How a digest reaches its channel: every part of it, in order, through the channel's chat
 * adapter. A part that fails stops the rest (the runner sends the whole digest again later)
 * and is reported where an operator sees it.
 */
import type { ChatAdapter, Platform, RichMessage, Subscription } from '../domain/index.ts';

export function digestSender(
  adapters: ReadonlyMap<Platform, ChatAdapter>,
  log: { warn(message: string): void },
): (sub: Subscription, messages: RichMessage[]) => Promise<boolean> {
  return async (sub, messages) => {
    const adapter = adapters.get(sub.channel.platform);
    if (!adapter) return false;
    for (const m of messages) {
      const r = await adapter.deliver(sub.channel, m);
      if (!r.ok) {
        log.warn(`digest for ${sub.channel.platform}/${sub.channel.channelId} not sent: ${r.error}`);
        return false;
      }
    }
    return true;
  };
}
