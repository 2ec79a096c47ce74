import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { openLowdbStore, StoreCorruptError, type LowdbStore } from '../../storage/lowdb.ts';
import { StoreLockedError } from '../../storage/lock.ts';
import { makeDelivery, makeItem, makeMatch, makeSubscription } from '../helpers/items.ts';
import { recordItems } from '../../src/pipeline/item-changes.ts';

const now = new Date('2026-11-20T12:00:00Z');
const open: LowdbStore[] = [];
afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
});

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'pw-store-'));
}

async function openStore(dir: string, readOnly = false): Promise<LowdbStore> {
  const s = await openLowdbStore(dir, { readOnly });
  open.push(s);
  return s;
}

describe('lowdb store', () => {
  it('reloads items, subscriptions and the outbox from disk after close', async () => {
    const dir = tempDir();
    const store = await openLowdbStore(dir);
    const item = makeItem();
    const sub = makeSubscription();
    await recordItems(store, [{ item, match: makeMatch() }], now);
    await store.upsertSubscription(sub);
    await store.enqueueDeliveries([makeDelivery(item, sub)]);
    await store.close();

    const again = await openStore(dir);
    expect((await again.getItem(item.id))?.title).toBe(item.title);
    expect(await again.listSubscriptions()).toHaveLength(1);
    expect(await again.dueDeliveries(now)).toHaveLength(1);
  });

  it('writes nothing until flush, then appends the changed item to items.log, and folds it into items.json at close', async () => {
    const dir = tempDir();
    const store = await openLowdbStore(dir);
    const item = makeItem();
    await recordItems(store, [{ item, match: makeMatch() }], now);
    expect(existsSync(join(dir, 'items.json'))).toBe(false);
    expect(existsSync(join(dir, 'items.log'))).toBe(false);
    await store.flush();
    const lines = readFileSync(join(dir, 'items.log'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toEqual([{ c: 'items', k: item.id, v: expect.objectContaining({ id: item.id, title: item.title }) }]);
    await store.close();
    const onDisk = JSON.parse(readFileSync(join(dir, 'items.json'), 'utf8'));
    expect(Object.keys(onDisk.items)).toEqual([item.id]);
    expect(readFileSync(join(dir, 'items.log'), 'utf8')).toBe('');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses to start on a damaged file, keeps a copy and changes nothing', async () => {
    const dir = tempDir();
    const store = await openLowdbStore(dir);
    await store.upsertSubscription(makeSubscription());
    await store.close();
    const stateFile = join(dir, 'state.json');
    const good = readFileSync(stateFile, 'utf8');
    writeFileSync(stateFile, good.slice(0, Math.floor(good.length / 2))); // half-written

    const err = await openLowdbStore(dir).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreCorruptError);
    expect((err as Error).message).toMatch(/state\.json is damaged.*Nothing was changed or reset/);
    expect((err as Error).message).toContain(`cp ${stateFile}.bak ${stateFile}`);
    expect(readFileSync(stateFile, 'utf8')).toBe(good.slice(0, Math.floor(good.length / 2)));
    expect(readdirSync(dir).some((f) => f.startsWith('state.json.corrupt-'))).toBe(true);
    expect(JSON.parse(readFileSync(`${stateFile}.bak`, 'utf8')).subscriptions).toHaveLength(1);
    expect(existsSync(join(dir, 'policywatch.lock'))).toBe(false);
  });

  it('refuses a second process on the same data directory with a clear error', async () => {
    const dir = tempDir();
    await openStore(dir);
    const err = await openLowdbStore(dir).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreLockedError);
    expect((err as Error).message).toContain(`pid ${process.pid}`);
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

  it('opens read-only alongside a running daemon and never writes', async () => {
    const dir = tempDir();
    const daemon = await openStore(dir);
    await daemon.upsertSubscription(makeSubscription());
    await daemon.flush();
    const reader = await openStore(dir, true);
    expect(await reader.listSubscriptions()).toHaveLength(1);
    await reader.upsertSubscription(makeSubscription({ id: 'x', channel: { platform: 'slack', workspaceId: 'T9', channelId: 'C9' } }));
    await reader.flush();
    expect(JSON.parse(readFileSync(join(dir, 'state.json'), 'utf8')).subscriptions).toHaveLength(1);
  });
});
