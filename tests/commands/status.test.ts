import { describe, expect, it } from 'vitest';
import { setup, textOf } from './harness.ts';

describe('/policy status', () => {
  it('reports a channel the platform marked broken, with what to do, until it is re-subscribed', async () => {
    const t = await setup();
    await t.manager('subscribe');
    const sub = (await t.store.listSubscriptions())[0]!;
    await t.store.upsertSubscription({ ...sub, broken: { reason: 'channel_not_found', since: '2026-11-19T08:00:00.000Z' } });

    const status = textOf(await t.run('status'));
    expect(status).toContain('Broken channels: slack C1 (channel_not_found since 2026-11-19)');
    expect(status).toContain('re-invite the bot there and run /policy subscribe again');

    await t.manager('subscribe');
    expect(textOf(await t.run('status'))).not.toContain('Broken channels');
  });
});
