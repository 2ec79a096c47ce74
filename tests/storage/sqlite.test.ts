import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { recordItems } from '../../src/pipeline/item-changes.ts';
import { StoreLockedError } from '../../storage/lock.ts';
import { openLowdbStore } from '../../storage/lowdb.ts';
import { openConfiguredStore } from '../../storage/open.ts';
import { openSqliteStore, type SqliteStore } from '../../storage/sqlite/store.ts';
import { makeDelivery, makeItem, makeMatch, makeSubscription } from '../helpers/items.ts';
import { tempDir } from './helpers.ts';
import { childEntry } from '../helpers/child-entry.ts';

const now = new Date('2026-11-20T12:00:00Z');
const WRITER = await childEntry(fileURLToPath(new URL('../fixtures/storage/sqlite-writer.ts', import.meta.url)));
const open: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
});
async function openStore(dir: string, readOnly = false): Promise<SqliteStore> {
  const s = await openSqliteStore(dir, { readOnly });
  open.push(s);
  return s;
}

describe('embedded SQLite store', () => {
  it('reloads items, subscriptions and the outbox after close: items in SQLite, the operator state in state.json', async () => {
    const dir = tempDir();
    const store = await openSqliteStore(dir);
    const item = makeItem();
    const sub = makeSubscription();
    await recordItems(store, [{ item, match: makeMatch() }], now);
    await store.upsertSubscription(sub);
    await store.enqueueDeliveries([makeDelivery(item, sub)]);
    await store.putWorkspaceSettings({ workspaceId: 'T1', secondOpinion: false });
    await store.close();
    expect(readdirSync(dir).sort()).toEqual(['policywatch.sqlite', 'state.json']);
    expect(JSON.parse(readFileSync(join(dir, 'state.json'), 'utf8')).subscriptions).toHaveLength(1);

    const again = await openStore(dir);
    expect((await again.getItem(item.id))?.title).toBe(item.title);
    expect(await again.listSubscriptions()).toHaveLength(1);
    expect(await again.dueDeliveries(now)).toHaveLength(1);
    expect((await again.getWorkspaceSettings('T1')).secondOpinion).toBe(false);
  });

  it('refuses a second writer, and lets a read-only process see what the writer committed', async () => {
    const dir = tempDir();
    const daemon = await openStore(dir);
    const err = await openSqliteStore(dir).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreLockedError);
    const item = makeItem();
    await recordItems(daemon, [{ item, match: makeMatch() }], now);
    const reader = await openStore(dir, true);
    expect((await reader.getItem(item.id))?.id).toBe(item.id);
    await expect(recordItems(reader, [{ item: makeItem({ native: 'x' }), match: makeMatch() }], now)).rejects.toThrow(/readonly/i);
    expect(await daemon.countItems()).toBe(1);
  });

  it('opens cleanly after kill -9 in the middle of writes, with every committed batch whole', async () => {
    const dir = tempDir();
    const child = spawn(process.execPath, [WRITER, dir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (c: Buffer) => {
        out += c.toString();
        if (/BATCH 5\n/.test(out)) resolve();
      });
      child.on('exit', () => reject(new Error(`writer exited: ${err}`)));
    });
    child.kill('SIGKILL'); // mid-way through a later batch
    await exited;
    const committed = Math.max(...[...out.matchAll(/BATCH (\d+)/g)].map((m) => Number(m[1])));
    expect(existsSync(join(dir, 'policywatch.lock'))).toBe(true); // the dead writer's lock, taken over below

    const store = await openStore(dir);
    expect(store.db.pragma('integrity_check', { simple: true })).toBe('ok');
    const n = await store.countItems();
    expect(n % 200).toBe(0); // no half batch
    expect(n / 200).toBeGreaterThanOrEqual(committed);
    expect((await store.deliveryCounts()).pending).toBe(n / 200);
    expect(await store.listSubscriptions()).toHaveLength(1);
  }, 120_000);
});

describe('first start on a data directory of the earlier engine', () => {
  it('imports items, seen-ids and the outbox once, keeps state.json, and moves the old files aside', async () => {
    const dir = tempDir();
    const old = await openLowdbStore(dir);
    const sub = makeSubscription();
    const kept = makeItem({ native: 'kept' });
    const sent = makeItem({ native: 'sent' });
    await old.upsertSubscription(sub);
    await recordItems(
      old,
      [
        { item: kept, match: makeMatch() },
        { item: sent, match: makeMatch() },
        { item: makeItem({ native: 'no' }), match: null },
      ],
      now,
    );
    await old.enqueueDeliveries([makeDelivery(kept, sub, { key: 'pending-key' }), makeDelivery(sent, sub, { key: 'sent-key' })]);
    await old.updateDelivery('sent-key', { status: 'sent', sentAt: now.toISOString(), messageRef: 'ts-1' });
    await old.close();

    const opened = await openConfiguredStore({ DATA_DIR: dir });
    open.push(opened.store);
    const { store } = opened;
    expect(opened.warnings.join()).toMatch(/imported the earlier embedded engine's data \(2 item\(s\), 1 queued/);
    expect(await store.countItems()).toBe(2);
    expect((await store.getItem(kept.id))?.title).toBe(kept.title);
    expect((await store.knownItems([makeItem({ native: 'no' }).id])).get(makeItem({ native: 'no' }).id)?.stored).toBe(false);
    expect(await store.deliveryCounts()).toEqual({ pending: 1, sent: 1, failed: 0 });
    expect(await store.threadRefFor(sent.id, sub.channel)).toBe('ts-1');
    expect(await store.listSubscriptions()).toEqual([sub]);
    expect((await opened.search!.search({ text: kept.title.split(' ')[0]!, now })).total).toBeGreaterThan(0);
    const files = readdirSync(dir);
    expect(files.filter((f) => /^(items|outbox)\.(json|log)$|\.jsonl$/.test(f))).toEqual([]);
    const aside = files.find((f) => f.startsWith('lowdb-engine-'))!;
    expect(readdirSync(join(dir, aside))).toContain('items.json');
    await store.close();
    open.pop();

    const second = await openConfiguredStore({ DATA_DIR: dir });
    open.push(second.store);
    expect(second.warnings).toEqual([]);
    expect(await second.store.countItems()).toBe(2);
  });
});
