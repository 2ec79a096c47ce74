/**
 * Every data directory committed under tests/fixtures/data-dirs/ (v<N>: written by schema
 * version N, see make.ts there) opens with the current code, upgraded to SCHEMA_VERSION,
 * and reads back everything it held; it stays writable afterwards. The expectations are
 * literal values, so a change in today's helpers cannot hide a change in what is read.
 */
import Database from 'better-sqlite3';
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { StoredItem } from '../../src/domain/index.ts';
import { recordItems } from '../../src/pipeline/item-changes.ts';
import { SCHEMA_VERSION } from '../../storage/sqlite/schema.ts';
import { createSqliteSearchIndex } from '../../storage/sqlite/search.ts';
import type { SqliteStore } from '../../storage/sqlite/store.ts';
import { makeItem, makeMatch } from '../helpers/items.ts';
import { openStore, tempDir } from './helpers.ts';

const FIXTURES = fileURLToPath(new URL('../fixtures/data-dirs/', import.meta.url));
const CHANNEL = { platform: 'slack', workspaceId: 'T1', channelId: 'C1' } as const;
const BILL = '56ddd9ca779f4ae0';
const CONTRACT = '1bbe49155a2925b7';

/** What each committed version's directory holds, read through today's store. */
const EXPECTED: Record<string, (store: SqliteStore) => Promise<void>> = {
  v1: async (store) => {
    expect(await store.countItems()).toBe(2);
    const bill = await store.getItem(BILL);
    expect(bill).toMatchObject({ identifier: 'HB 5001', jurisdiction: 'CT', kind: 'bill', lastSeenAt: '2026-11-05T12:00:00.000Z' });
    expect(bill?.history.map((h) => h.status)).toEqual(['Referred to Joint Committee on Judiciary', 'Passed House']);
    expect(bill?.match.topics).toEqual(['immigration-enforcement', 'state-databases']);
    expect((await store.getItem(CONTRACT))?.lastSeenAt).toBe('2026-11-08T12:00:00.000Z');
    expect((await store.listItems({ kinds: ['contract'] })).map((i) => i.id)).toEqual([CONTRACT]);
    expect((await store.knownItems(['276fe298e6d9aada'])).get('276fe298e6d9aada')).toEqual({
      stored: false,
      version: '3c8a632495f5',
      lastSeenAt: '2026-11-01T12:00:00.000Z',
    });

    expect(await store.deliveryCounts()).toEqual({ pending: 1, sent: 1, failed: 0 });
    expect((await store.dueDeliveries(new Date('2026-11-20T00:00:00Z'))).map((d) => d.key)).toEqual([
      `${CONTRACT}@222def0cc045>slack:T1:C1`,
    ]);
    expect(await store.threadRefFor(BILL, CHANNEL)).toBe('1764590400.000100');
    expect(await store.hasAlerted(CONTRACT, 'slack:T1:C1')).toBe(true);

    const search = createSqliteSearchIndex(store);
    const found = await search.search({ text: 'license plate', now: new Date('2026-11-20T00:00:00Z') });
    expect(found.hits.map((h) => h.item.id)).toEqual([CONTRACT]);
    expect((await search.findByIdentifier('CT HB 5001')).map((i) => i.id)).toEqual([BILL]);
    // The chain-key rows behind related-item links (chains.ts).
    expect(store.db.prepare('SELECT key FROM item_chain_keys ORDER BY key').all()).toEqual([
      { key: 'bill:CT:HB5001' },
      { key: 'id:70CDCR26P00000077' },
    ]);

    expect(await store.getSourceState('ct-bills')).toMatchObject({ etag: 'W/"42"', itemsSeen: 3 });
    expect((await store.listSubscriptions()).map((s) => s.id)).toEqual(['slack:T1:C1']);
    expect((await store.listWatchAdditions('T1')).map((w) => w.rule)).toEqual(['Flock']);
    expect(await store.getDigestMarker('slack:T1:C1')).toBe('2026-W46');
    expect((await store.listAudit(5)).map((a) => a.action)).toEqual(['watch add']);
    expect((await store.listLabels('T1')).map((l) => [l.itemId, l.label])).toEqual([[BILL, 'relevant']]);
    expect((await store.listFollows([BILL])).map((f) => f.channel)).toEqual([CHANNEL]);
    expect(await store.getWorkspaceSettings('T1')).toEqual({ workspaceId: 'T1', secondOpinion: false });
  },
};

const committed = readdirSync(FIXTURES).filter((f) => /^v\d+$/.test(f));

describe('data directories written by earlier schema versions', () => {
  it('has the first version, and an expectation for every committed directory', () => {
    expect(committed).toContain('v1');
    expect(Object.keys(EXPECTED).sort()).toEqual([...committed].sort());
  });

  it.each(committed)('%s opens with the current code and reads everything back', async (version) => {
    const dir = tempDir();
    cpSync(join(FIXTURES, version), dir, { recursive: true });
    if (version === `v${SCHEMA_VERSION}`) {
      const reader = await openStore(dir, { readOnly: true });
      await EXPECTED[version]!(reader);
      await reader.close();
    } else {
      // A read-only open (CLI look-ups) upgrades nothing: it asks for the daemon and leaves the file as it was.
      const before = readFileSync(join(dir, 'policywatch.sqlite'));
      await expect(openStore(dir, { readOnly: true })).rejects.toThrow(
        /has schema version \d+ and this policywatch needs \d+: start the daemon once/,
      );
      expect(readFileSync(join(dir, 'policywatch.sqlite')).equals(before)).toBe(true);
    }

    const store = await openStore(dir);
    expect(store.db.prepare("SELECT value FROM meta WHERE key = 'schema'").get()).toEqual({ value: String(SCHEMA_VERSION) });
    await EXPECTED[version]!(store);
    // Still a working directory: a new item is stored and found, state.json is rewritten at the current version.
    const fresh = makeItem({ native: 'after-upgrade', title: 'Fusion center data sharing agreement' });
    await recordItems(store, [{ item: fresh, match: makeMatch() }], new Date('2026-11-21T00:00:00Z'));
    await store.putSourceState({ sourceId: 'ct-bills', consecutiveFailures: 1, itemsSeen: 3 });
    await store.flush();
    expect(await store.countItems()).toBe(3);
    expect(JSON.parse(readFileSync(join(dir, 'state.json'), 'utf8')).schemaVersion).toBe(SCHEMA_VERSION);
  });

  it('upgrades v1 to 2: every item body moves to item_bodies unchanged, and items keeps only the narrow columns', async () => {
    const dir = tempDir();
    cpSync(join(FIXTURES, 'v1'), dir, { recursive: true });
    const file = join(dir, 'policywatch.sqlite');
    const v1 = new Database(file, { readonly: true });
    const rows = v1.prepare('SELECT seq, id, body, last_seen_at FROM items ORDER BY seq').all() as Array<{
      seq: number;
      id: string;
      body: string;
      last_seen_at: number;
    }>;
    v1.close();
    expect(rows.map((r) => r.id)).toEqual([BILL, CONTRACT]);
    const items = rows.map((r) => ({ ...(JSON.parse(r.body) as StoredItem), lastSeenAt: new Date(r.last_seen_at).toISOString() }));

    const store = await openStore(dir);
    const columns = (store.db.prepare('PRAGMA table_info(items)').all() as Array<{ name: string }>).map((c) => c.name);
    expect(columns).not.toContain('body');
    expect(store.db.prepare('SELECT seq, body FROM item_bodies ORDER BY seq').all()).toEqual(rows.map(({ seq, body }) => ({ seq, body })));
    expect(await store.getItems(rows.map((r) => r.id))).toEqual(items);
    expect([...store.itemPages(1)].flat()).toEqual(items);
    expect(await store.listItems()).toEqual(
      [...items].sort((a, b) => Date.parse(b.history.at(-1)!.seenAt) - Date.parse(a.history.at(-1)!.seenAt)),
    );
    expect(store.db.pragma('integrity_check')).toEqual([{ integrity_check: 'ok' }]);
  });

  it('gives an upgraded directory the same tables, columns and indexes as a new one', async () => {
    const shape = (db: Database.Database) =>
      (
        db.prepare("SELECT type, name, tbl_name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name").all() as Array<{
          type: string;
          name: string;
          tbl_name: string;
        }>
      ).map((t) => ({
        ...t,
        columns:
          t.type === 'table'
            ? db.prepare(`PRAGMA table_info(${JSON.stringify(t.name)})`).all()
            : t.type === 'index'
              ? db.prepare(`PRAGMA index_xinfo(${JSON.stringify(t.name)})`).all()
              : [],
      }));
    const dir = tempDir();
    cpSync(join(FIXTURES, 'v1'), dir, { recursive: true });
    const upgraded = await openStore(dir);
    const fresh = await openStore(tempDir());
    expect(shape(upgraded.db)).toEqual(shape(fresh.db));
    expect(shape(fresh.db).map((t) => t.name)).toContain('items_kind');
  });

  it('leaves a v1 file at version 1 when the upgrade fails part way, and upgrades it at the next start', async () => {
    const dir = tempDir();
    cpSync(join(FIXTURES, 'v1'), dir, { recursive: true });
    const file = join(dir, 'policywatch.sqlite');
    // A view on items.body makes step 2 fail at its last statement, after the bodies were copied.
    const db = new Database(file);
    db.exec("CREATE VIEW item_titles AS SELECT json_extract(body, '$.title') AS title FROM items");
    db.close();
    await expect(openStore(dir)).rejects.toThrow(/body/);
    const after = new Database(file);
    expect(after.prepare("SELECT value FROM meta WHERE key = 'schema'").get()).toEqual({ value: '1' });
    expect(after.prepare('SELECT count(body) AS n FROM items').get()).toEqual({ n: 2 });
    expect(after.prepare("SELECT name FROM sqlite_master WHERE name = 'item_bodies'").get()).toBeUndefined();
    after.exec('DROP VIEW item_titles');
    after.close();

    const store = await openStore(dir);
    expect(store.db.prepare("SELECT value FROM meta WHERE key = 'schema'").get()).toEqual({ value: String(SCHEMA_VERSION) });
    expect((await store.getItem(BILL))?.identifier).toBe('HB 5001');
  });

  it('refuses a directory written by a newer version, and changes nothing', async () => {
    const dir = tempDir();
    cpSync(join(FIXTURES, 'v1'), dir, { recursive: true });
    const store = await openStore(dir);
    store.db.prepare("UPDATE meta SET value = ? WHERE key = 'schema'").run(String(SCHEMA_VERSION + 1));
    await store.close();
    const before = readFileSync(join(dir, 'policywatch.sqlite'));
    await expect(openStore(dir)).rejects.toThrow(/written by a newer policywatch \(schema version \d+; this one knows up to \d+\)/);
    expect(readFileSync(join(dir, 'policywatch.sqlite')).equals(before)).toBe(true);
  });
});
