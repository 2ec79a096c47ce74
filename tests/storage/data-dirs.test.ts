/**
 * Every data directory committed under tests/fixtures/data-dirs/ (v<N>: written by schema
 * version N, see make.ts there) opens with the current code, upgraded to SCHEMA_VERSION,
 * and reads back everything it held; it stays writable afterwards. The expectations are
 * literal values, so a change in today's helpers cannot hide a change in what is read.
 */
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
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
    const reader = await openStore(dir, { readOnly: true });
    if (version === `v${SCHEMA_VERSION}`) await EXPECTED[version]!(reader);
    await reader.close();

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
