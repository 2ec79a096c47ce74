import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { recordItems } from '../../src/pipeline/item-changes.ts';
import { StoreCorruptError } from '../../storage/errors.ts';
import { StoreLockedError } from '../../storage/lock.ts';
import { openSqliteStore } from '../../storage/sqlite/store.ts';
import { makeDelivery, makeItem, makeMatch, makeSubscription } from '../helpers/items.ts';
import { openStore, tempDir } from './helpers.ts';
import { childEntry } from '../helpers/child-entry.ts';

const now = new Date('2026-11-20T12:00:00Z');
const WRITER = await childEntry(fileURLToPath(new URL('../fixtures/storage/sqlite-writer.ts', import.meta.url)));

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

  it('keeps one body per stored item in item_bodies: replaced with a new version, dropped with a pruned item', async () => {
    const store = await openStore(tempDir());
    const old = makeItem({ native: 'old' });
    const kept = makeItem({ native: 'kept' });
    await recordItems(store, [{ item: old, match: makeMatch() }], new Date('2026-01-02T00:00:00Z'));
    await recordItems(store, [{ item: kept, match: makeMatch() }], now);
    await recordItems(store, [{ item: { ...kept, version: 'v2', status: 'Passed House' }, match: makeMatch() }], now);
    expect((await store.getItem(kept.id))?.status).toBe('Passed House');
    const bodies = () => store.db.prepare('SELECT i.id FROM item_bodies b JOIN items i ON i.seq = b.seq ORDER BY i.id').all();
    expect(bodies()).toHaveLength(2);
    expect((await store.prune(now, 90)).removedItemIds).toEqual([old.id]);
    expect(bodies()).toEqual([{ id: kept.id }]);
    expect(store.db.prepare('SELECT count(*) AS n FROM item_bodies').get()).toEqual({ n: 1 });
  });

  it('refuses a second writer, and lets a read-only process see what the writer committed', async () => {
    const dir = tempDir();
    const daemon = await openStore(dir);
    const err = await openSqliteStore(dir).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreLockedError);
    const item = makeItem();
    await recordItems(daemon, [{ item, match: makeMatch() }], now);
    const reader = await openStore(dir, { readOnly: true });
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

describe('state.json, the lock and read-only opens', () => {
  it('refuses to start on a damaged state.json, keeps a copy and changes nothing', async () => {
    const dir = tempDir();
    const store = await openSqliteStore(dir);
    await store.upsertSubscription(makeSubscription());
    await store.close();
    const stateFile = join(dir, 'state.json');
    const half = readFileSync(stateFile, 'utf8').slice(0, 20); // a half-written file
    writeFileSync(stateFile, half);

    const err = await openSqliteStore(dir).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreCorruptError);
    expect((err as Error).message).toMatch(/state\.json is damaged.*Nothing was changed or reset/);
    expect(readFileSync(stateFile, 'utf8')).toBe(half);
    expect(readdirSync(dir).some((f) => f.startsWith('state.json.corrupt-'))).toBe(true);
    expect(existsSync(join(dir, 'policywatch.lock'))).toBe(false); // released: the next start may try again
  });

  it('takes over a lock left by a process that died', async () => {
    const dir = tempDir();
    const child = spawn(process.execPath, ['-e', '']);
    const deadPid = await new Promise<number>((resolve) => child.on('exit', () => resolve(child.pid!)));
    writeFileSync(join(dir, 'policywatch.lock'), String(deadPid));
    const store = await openStore(dir);
    expect(readFileSync(join(dir, 'policywatch.lock'), 'utf8')).toBe(String(process.pid));
    expect(await store.countItems()).toBe(0);
  });

  it('a read-only open sees the state the daemon flushed and never writes state.json', async () => {
    const dir = tempDir();
    const daemon = await openStore(dir);
    await daemon.upsertSubscription(makeSubscription());
    await daemon.flush();
    const reader = await openStore(dir, { readOnly: true });
    expect(await reader.listSubscriptions()).toHaveLength(1);
    await reader.upsertSubscription(makeSubscription({ id: 'x', channel: { platform: 'slack', workspaceId: 'T9', channelId: 'C9' } }));
    await reader.flush();
    expect(JSON.parse(readFileSync(join(dir, 'state.json'), 'utf8')).subscriptions).toHaveLength(1);
  });

  it('keeps the latest sighting of an item seen again, across a restart', async () => {
    const dir = tempDir();
    const store = await openSqliteStore(dir);
    const item = makeItem();
    await recordItems(store, [{ item, match: makeMatch() }], now);
    const later = new Date('2026-11-25T08:00:00Z');
    await recordItems(store, [{ item, match: makeMatch() }], later);
    await store.close();
    const again = await openStore(dir);
    expect((await again.getItem(item.id))?.lastSeenAt).toBe(later.toISOString());
    expect((await again.knownItems([item.id])).get(item.id)).toMatchObject({ stored: true, lastSeenAt: later.toISOString() });
  });
});
