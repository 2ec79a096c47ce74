/**
 * The default chat adapter: prints alerts to a stream (stdout). It has no slash command
 * transport; the CLI offers the same look-ups (`policywatch search`, `sources`).
 */
import type { ChannelRef, ChatAdapter, DeliveryResult, RichMessage } from '../../src/domain/index.ts';
import { renderConsoleMessage } from './render.ts';

export const CONSOLE_CHANNEL: ChannelRef = { platform: 'console', workspaceId: 'local', channelId: 'console' };

export interface ConsoleAdapterOptions {
  out?: NodeJS.WritableStream;
}

export function createConsoleAdapter(opts: ConsoleAdapterOptions = {}): ChatAdapter {
  const out = opts.out ?? process.stdout;
  let counter = 0;
  return {
    platform: 'console',
    async start() {},
    async stop() {},
    async deliver(channel: ChannelRef, message: RichMessage, o?: { threadRef?: string }): Promise<DeliveryResult> {
      const ref = `console-${Date.now()}-${++counter}`;
      const thread = o?.threadRef ? `  (follow-up to ${o.threadRef})\n` : '';
      const ok = out.write(`\n${renderConsoleMessage(message)}\n${thread}`);
      void ok;
      void channel;
      return { ok: true, messageRef: ref };
    },
  };
}
