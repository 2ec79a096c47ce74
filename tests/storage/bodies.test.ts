import { appendFileSync, cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StoredItem } from '../../src/domain/index.ts';
import { makeItem, makeMatch } from '../helpers/items.ts';
import { crashCopy, openStore, size, tempDir } from './helpers.ts';
import { recordItems } from '../../src/pipeline/item-changes.ts';

const now = new Date('2026-11-20T12:00:00Z');
const later = new Date('2026-11-21T12:00:00Z');
const items = (n: number, prefix = 'i') =>
  Array.from({ length: n }, (_, i) =>
    makeItem({ native: `${prefix}${i}`, identifier: `HB ${5000 + i}`, summary: `Summary ${prefix}${i} `.repeat(20) }),
  );
const bodiesFiles = (dir: string) => readdirSync(dir).filter((f) => /^items-\d+\.jsonl/.test(f));

describe('item bodies on disk, metadata in memory', () => {
  it('keeps item bodies in items-0.jsonl and only metadata in items.json', async () => {
    const dir = tempDir();
    const store = await openStore(dir);
    const batch = items(3);
    await recordItems(
      store,
      batch.map((item) => ({ item, match: makeMatch() })),
      now,
    );
    await store.compact();
    const lines = readFileSync(join(dir, 'items-0.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as StoredItem);
    expect(lines.map((l) => l.id)).toEqual(batch.map((i) => i.id));
    expect(lines[0]!.summary).toBe(batch[0]!.summary);
    const snapshot = readFileSync(join(dir, 'items.json'), 'utf8');
    expect(snapshot).not.toContain('Summary i0');
    expect(Object.keys(JSON.parse(snapshot).items)).toEqual(batch.map((i) => i.id));
  });

  it('reads back the same items after a restart, with the latest sighting', async () => {
    const dir = tempDir();
    const store = await openStore(dir);
    const [a, b] = items(2);
    await recordItems(
      store,
      [a!, b!].map((item) => ({ item, match: makeMatch() })),
      now,
    );
    await store.flush();
    await recordItems(store, [{ item: a!, match: makeMatch() }], later); // seen again the next day
    await store.flush();
    const before = await store.listItems();
    expect((await store.getItem(a!.id))?.lastSeenAt).toBe(later.toISOString());

    const again = await openStore(crashCopy(dir));
    expect(await again.listItems()).toEqual(before);
    expect(await again.getItem(b!.id)).toEqual(before.find((i) => i.id === b!.id));
    expect(await again.getItems([b!.id, 'nope', a!.id])).toEqual([
      before.find((i) => i.id === b!.id),
      undefined,
      before.find((i) => i.id === a!.id),
    ]);
  });

  it('cuts a torn last body at open (a crash mid-append) and keeps every flushed item', async () => {
    const dir = tempDir();
    const store = await openStore(dir);
    const batch = items(2);
    await recordItems(
      store,
      batch.map((item) => ({ item, match: makeMatch() })),
      now,
    );
    await store.flush();
    const crashed = crashCopy(dir);
    const file = join(crashed, 'items-0.jsonl');
    const good = size(file);
    const torn = '{"id":"x","title":"cut sh';
    appendFileSync(file, torn);

    const reader = await openStore(crashed, { readOnly: true });
    expect(reader.warnings.some((w) => w.includes('items-0.jsonl'))).toBe(true);
    expect(size(file)).toBe(good + torn.length); // read-only: never writes
    expect(await reader.countItems()).toBe(2);
    await reader.close();

    const reopened = await openStore(crashed);
    expect(reopened.warnings.some((w) => w.includes('items-0.jsonl'))).toBe(true);
    expect(size(file)).toBe(good);
    expect((await reopened.listItems()).map((i) => i.id).sort()).toEqual(batch.map((i) => i.id).sort());
  });

  it('rewrites the live bodies into the next file when dead bytes dominate, and loses nothing', async () => {
    const dir = tempDir();
    const store = await openStore(dir, { compactMinBytes: 1000 });
    const batch = items(5);
    await recordItems(
      store,
      batch.map((item) => ({ item, match: makeMatch() })),
      now,
    );
    await store.flush();
    for (let v = 1; v <= 4; v++) {
      // New versions: each appends new bodies; the old ones become dead bytes.
      await recordItems(
        store,
        batch.map((item) => ({ item: { ...item, version: `v${v}`, title: `${item.title} (v${v})` }, match: makeMatch() })),
        later,
      );
      await store.flush();
    }
    await store.compact();
    expect(bodiesFiles(dir)).toHaveLength(1);
    expect(bodiesFiles(dir)[0]).not.toBe('items-0.jsonl');
    const live = readFileSync(join(dir, bodiesFiles(dir)[0]!), 'utf8')
      .trim()
      .split('\n');
    expect(live).toHaveLength(5);
    expect((await store.listItems()).map((i) => i.title).sort()).toEqual(batch.map((i) => `${i.title} (v4)`).sort());

    const again = await openStore(crashCopy(dir));
    expect((await again.listItems()).map((i) => i.history.length)).toEqual([5, 5, 5, 5, 5]);

    // The .bak copy follows the new bodies file, so restoring it still finds every item.
    const restored = crashCopy(dir);
    cpSync(join(restored, 'items.json.bak'), join(restored, 'items.json'));
    const fromBak = await openStore(restored, { readOnly: true });
    expect((await fromBak.listItems()).map((i) => i.title).sort()).toEqual(batch.map((i) => `${i.title} (v4)`).sort());
  });

  it('skips a journal the snapshot already folded in (a crash between writing the snapshot and emptying the journal)', async () => {
    const dir = tempDir();
    const first = await openStore(dir);
    const batch = items(4);
    await recordItems(
      first,
      batch.map((item) => ({ item, match: makeMatch() })),
      now,
    );
    await first.flush();
    const staleJournal = readFileSync(join(dir, 'items.log'), 'utf8'); // offsets into items-0.jsonl
    expect(staleJournal).not.toBe('');
    await first.close();
    const store = await openStore(dir, { compactMinBytes: 1000 });
    for (let v = 1; v <= 3; v++) {
      await recordItems(
        store,
        batch.map((item) => ({ item: { ...item, version: `v${v}` }, match: makeMatch() })),
        later,
      );
      await store.flush();
    }
    await store.compact();
    expect(bodiesFiles(dir)[0]).not.toBe('items-0.jsonl');
    const crashed = crashCopy(dir);
    writeFileSync(join(crashed, 'items.log'), staleJournal);

    const again = await openStore(crashed);
    expect(again.warnings.some((w) => w.includes('already folded'))).toBe(true);
    expect((await again.listItems()).map((i) => i.version)).toEqual(['v3', 'v3', 'v3', 'v3']);
  });

  it('moves whole items of a schema-2 items.json into the bodies file at open', async () => {
    const dir = tempDir();
    const [a, b] = items(2);
    const at = now.toISOString();
    const whole = (i: typeof a): StoredItem => ({
      ...i!,
      firstSeenAt: at,
      lastSeenAt: at,
      match: makeMatch(),
      history: [{ version: i!.version, title: i!.title, seenAt: at }],
    });
    writeFileSync(join(dir, 'items.json'), JSON.stringify({ schemaVersion: 2, items: { [a!.id]: whole(a), [b!.id]: whole(b) }, seen: {} }));

    const reader = await openStore(dir, { readOnly: true });
    expect(await reader.getItem(a!.id)).toEqual(whole(a));
    await reader.close();
    expect(existsSync(join(dir, 'items-0.jsonl'))).toBe(false); // read-only: unchanged

    const store = await openStore(dir);
    expect(await store.getItem(b!.id)).toEqual(whole(b));
    expect(readFileSync(join(dir, 'items.json'), 'utf8')).not.toContain(a!.title);
    expect(readFileSync(join(dir, 'items-0.jsonl'), 'utf8')).toContain(a!.title);
    const again = await openStore(crashCopy(dir));
    expect(await again.listItems()).toEqual(await store.listItems());
  });
});
