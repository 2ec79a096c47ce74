/**
 * `policywatch digest [--channel ID] [--since 7d]`: print a digest to the console from the
 * operator's data directory. Opens the store read-only, so it works while the daemon runs,
 * and never sends anything or touches the digest markers.
 */
import { renderConsoleMessage } from '../../../adapters/console/render.ts';
import { buildDigest } from '../../digest/build.ts';
import { DEFAULT_DIGEST } from '../../digest/schedule.ts';
import type { Subscription } from '../../domain/index.ts';
import type { CliCommand } from '../command.ts';
import { UsageError, write } from '../command.ts';
import { parseCliArgs } from '../args.ts';
import { withReadOnlyApp } from '../runtime.ts';

function parseSinceDays(raw: string | undefined): number {
  if (raw === undefined) return 7;
  const m = /^(\d{1,3})d$/.exec(raw.trim().toLowerCase());
  const days = m ? Number(m[1]) : NaN;
  if (!(days >= 1 && days <= 365)) throw new UsageError(`--since expects a number of days from 1d to 365d, e.g. --since 7d (got "${raw}")`);
  return days;
}

/** Every topic, state and kind: what the CLI shows when no channel is named. */
function everythingSubscription(tz: string, now: Date): Subscription {
  return {
    id: 'cli:digest',
    channel: { platform: 'console', workspaceId: 'local', channelId: 'console' },
    topics: [],
    jurisdictions: [],
    kinds: [],
    digest: DEFAULT_DIGEST(tz),
    createdAt: now.toISOString(),
    createdBy: 'cli',
  };
}

export const digestCommand: CliCommand = {
  name: 'digest',
  summary: "Print a weekly digest to the console (every item, or one channel's subscription) without sending it.",
  usage: 'policywatch digest [--channel ID] [--since 7d]',
  async run(argv, io) {
    const { values } = parseCliArgs(argv, { channel: { type: 'string' }, since: { type: 'string' } });
    const days = parseSinceDays(values.since);
    return withReadOnlyApp(
      io,
      async (app, env) => {
        const now = new Date();
        let sub = everythingSubscription(env.TZ, now);
        if (values.channel) {
          const subs = await app.store.listSubscriptions();
          const found = subs.find((s) => s.channel.channelId === values.channel || s.id === values.channel);
          if (!found) {
            const known = subs.map((s) => `${s.channel.channelId} (${s.channel.platform})`).join(', ');
            write(
              io.stderr,
              `policywatch digest: no subscribed channel "${values.channel}". ${known ? `Subscribed channels: ${known}.` : 'No channel is subscribed yet; run /policy subscribe in one.'}`,
            );
            return 1;
          }
          sub = found.digest ? found : { ...found, digest: DEFAULT_DIGEST(env.TZ) };
        }
        const messages = await buildDigest({
          store: app.store,
          sub,
          now,
          sources: await app.sourceRows(),
          days,
          matchFor: app.matchers.view,
        });
        write(io.stdout, messages.map(renderConsoleMessage).join('\n\n'));
        return 0;
      },
      { searchIndex: false },
    );
  },
};
