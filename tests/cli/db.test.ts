import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/index.ts';
import type { ItemFollow, TriageLabel } from '../../src/domain/index.ts';
import { recordItems } from '../../src/pipeline/item-changes.ts';
import { openPostgresStore } from '../../storage/postgres/store.ts';
import { openSqliteStore } from '../../storage/sqlite/store.ts';
import { captureIO } from '../helpers/cli-io.ts';
import { makeDelivery, makeItem, makeMatch, makeSubscription } from '../helpers/items.ts';
import { testDatabaseUrl, testSchema } from '../helpers/postgres.ts';
import { tempDir } from '../storage/helpers.ts';

const now = new Date('2026-11-20T12:00:00Z');

/** DATABASE_URL pointing at a schema of its own. */
async function schemaUrl(): Promise<{ url: string; schema: string }> {
  const schema = await testSchema('cli');
  const u = new URL(testDatabaseUrl());
  u.searchParams.set('options', `-c search_path=${schema}`);
  return { url: u.toString(), schema };
}

describe('policywatch db', () => {
  it('migrate applies the migrations once, then reports the database up to date', async () => {
    const { url } = await schemaUrl();
    const first = captureIO({ DATABASE_URL: url });
    expect(await main(['db', 'migrate'], first.io)).toBe(0);
    expect(first.out()).toMatch(/applied migration\(s\) 1/);
    const again = captureIO({ DATABASE_URL: url });
    expect(await main(['db', 'migrate'], again.io)).toBe(0);
    expect(again.out()).toContain('the database is up to date');
  });

  it('import copies an embedded data directory (SQLite + state.json) into PostgreSQL: items, seen-ids, outbox, threads, state, labels, follows and workspace settings, and can run twice', async () => {
    const dir = tempDir();
    const src = await openSqliteStore(dir);
    const item = makeItem();
    const noise = makeItem({ native: 'noise', title: 'Ice storm preparedness' });
    await recordItems(
      src,
      [
        { item, match: makeMatch() },
        { item: noise, match: null },
      ],
      now,
    );
    const sub = makeSubscription();
    await src.upsertSubscription(sub);
    const other = makeItem({ native: 'other' });
    const sent = makeDelivery(item, sub);
    const pending = makeDelivery(other, sub);
    await src.enqueueDeliveries([sent, pending]);
    await src.updateDelivery(sent.key, { status: 'sent', sentAt: now.toISOString(), messageRef: 'ts-1' });
    await src.putSourceState({ sourceId: 'ct-bills', consecutiveFailures: 0, itemsSeen: 2, etag: 'W/"9"' });
    await src.addWatchAddition({
      id: 'w1',
      workspaceId: 'T1',
      topic: 'state-databases',
      rule: 'Flock',
      mode: 'include',
      addedBy: 'U1',
      addedAt: now.toISOString(),
    });
    await src.setDigestMarker(sub.id, '2026-W47');
    await src.appendAudit({
      at: now.toISOString(),
      platform: 'slack',
      workspaceId: 'T1',
      channelId: 'C1',
      userId: 'U1',
      action: 'subscribe',
      detail: '',
    });
    const label: TriageLabel = {
      workspaceId: 'T1',
      itemId: item.id,
      label: 'relevant',
      platform: 'slack',
      channelId: 'C1',
      userId: 'U1',
      at: now.toISOString(),
      title: item.title,
      topics: ['state-databases'],
      terms: ['Flock'],
    };
    await src.putLabel(label);
    const follow: ItemFollow = { channel: sub.channel, itemId: item.id, userId: 'U1', at: now.toISOString() };
    await src.putFollow(follow);
    await src.putWorkspaceSettings({ workspaceId: 'T1', secondOpinion: false });
    await src.close();

    const { url, schema } = await schemaUrl();
    for (let run = 0; run < 2; run++) {
      const t = captureIO({ DATABASE_URL: url });
      expect(await main(['db', 'import', dir], t.io)).toBe(0);
      expect(t.out()).toContain('imported 1 item(s), 1 seen-id(s), 1 queued deliver(ies), 1 sent key(s)');
      expect(t.out()).toContain('1 triage label(s), 1 follow(s), 1 workspace setting(s)');
    }
    const pg = await openPostgresStore({ connectionString: testDatabaseUrl(), schema });
    try {
      expect((await pg.getItem(item.id))?.title).toBe(item.title);
      expect((await pg.knownItems([noise.id])).get(noise.id)).toMatchObject({ stored: false, version: noise.version });
      expect((await pg.dueDeliveries(now)).map((d) => d.key)).toEqual([pending.key]);
      expect(await pg.enqueueDeliveries([sent])).toEqual([]);
      expect(await pg.threadRefFor(item.id, sub.channel)).toBe('ts-1');
      expect(await pg.getSourceState('ct-bills')).toMatchObject({ etag: 'W/"9"', itemsSeen: 2 });
      expect(await pg.listSubscriptions()).toEqual([sub]);
      expect((await pg.listWatchAdditions('T1')).map((w) => w.id)).toEqual(['w1']);
      expect(await pg.getDigestMarker(sub.id)).toBe('2026-W47');
      expect((await pg.listAudit(10)).map((a) => a.action)).toEqual(['subscribe']);
      expect(await pg.listLabels('T1')).toEqual([label]);
      expect(await pg.listFollows([item.id])).toEqual([follow]);
      expect(await pg.getWorkspaceSettings('T1')).toEqual({ workspaceId: 'T1', secondOpinion: false });
    } finally {
      await pg.close();
    }
  });

  it('says what is missing: an action, a directory, or DATABASE_URL', async () => {
    const none = captureIO({});
    expect(await main(['db'], none.io)).toBe(2);
    const noDir = captureIO({});
    expect(await main(['db', 'import'], noDir.io)).toBe(2);
    const noUrl = captureIO({});
    expect(await main(['db', 'migrate'], noUrl.io)).toBe(1);
    expect(noUrl.err()).toContain('DATABASE_URL is not set');
  });

  it('reports a database it cannot reach clearly, without the password', async () => {
    const t = captureIO({ DATABASE_URL: 'postgres://pw:s3cret@127.0.0.1:1/none' });
    expect(await main(['db', 'migrate'], t.io)).toBe(1);
    expect(t.err()).toContain('cannot use the PostgreSQL database at 127.0.0.1:1/none');
    expect(t.err()).not.toContain('s3cret');
  });
});
