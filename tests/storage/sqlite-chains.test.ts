/**
 * The chain and open-deadline indexes kept in the SQLite file (storage/sqlite/chains.ts):
 * rows written with every stored item and dropped with it, answered by SQL without anything
 * read at open; a data file from before the tables is filled once in the background.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { StoredItem } from '../../src/domain/index.ts';
import { createSqliteIndexes } from '../../storage/sqlite/chains.ts';
import { openSqliteStore, type SqliteStore } from '../../storage/sqlite/store.ts';
import { makeItem, makeMatch } from '../helpers/items.ts';
import { tempDir } from './helpers.ts';

const now = new Date('2026-11-20T12:00:00Z');
const open: SqliteStore[] = [];
afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
});
async function openStore(dir: string): Promise<SqliteStore> {
  const s = await openSqliteStore(dir);
  open.push(s);
  return s;
}

const stored = (over: Parameters<typeof makeItem>[0], seenAt = '2026-11-20T00:00:00.000Z'): StoredItem => ({
  ...makeItem(over),
  firstSeenAt: seenAt,
  lastSeenAt: seenAt,
  match: makeMatch({ topics: ['state-databases'] }),
  history: [],
  changeSeq: 1,
});

const ja = stored({ native: 'ja', kind: 'notice', jurisdiction: 'US', identifier: '70CMSD26R00000012', title: 'J&A for COLLECT access' });
const award = stored({
  native: 'aw',
  kind: 'contract',
  jurisdiction: 'US',
  identifier: '70CMSD26P00000031',
  title: 'Award under solicitation 70CMSD26R00000012',
});
const other = stored({ native: 'ot', kind: 'contract', jurisdiction: 'US', identifier: '70CMSD26P00000099', title: 'Unrelated award' });
const withDeadline = (native: string, at: string) =>
  stored({ native, kind: 'rule', jurisdiction: 'US', title: `Rule ${native}`, deadlines: [{ kind: 'comment', at }] });

const save = (store: SqliteStore, items: StoredItem[], at = now) =>
  store.saveItems({ created: items, changed: [], touched: [], seen: [], unseen: [] }, at);

describe('SQLite chain and deadline indexes', () => {
  it('links items sharing a chain key, follows changes of an item and forgets pruned items', async () => {
    const store = await openStore(tempDir());
    const { chains } = createSqliteIndexes(store);
    await chains.ready;
    await save(store, [ja, award, other]);
    expect(chains.related(award).map((l) => l.id)).toEqual([ja.id]);
    expect(chains.related(ja).map((l) => l.identifier)).toEqual(['70CMSD26P00000031']);
    expect(chains.related(other)).toEqual([]);
    // An item not stored yet (a new record) is linked the same way.
    const modification = stored({ native: 'mod', kind: 'contract', jurisdiction: 'US', identifier: '70CMSD26R00000012', title: 'Mod' });
    expect(chains.related(modification).map((l) => l.id)).toEqual([award.id, ja.id]);

    // The award no longer cites the solicitation: its old key goes with its old version.
    await save(store, [{ ...award, title: 'Award', version: 'v2' }]);
    expect(chains.related(ja)).toEqual([]);
    await store.prune(new Date('2027-06-01T00:00:00Z'), 30);
    expect(chains.related(modification)).toEqual([]);
  });

  it('answers which open deadlines close within a number of days', async () => {
    const store = await openStore(tempDir());
    const { deadlines } = createSqliteIndexes(store);
    const [soon, later, passed] = [
      withDeadline('soon', '2026-11-22'),
      withDeadline('later', '2026-12-30'),
      withDeadline('passed', '2026-11-01'),
    ];
    await save(store, [soon, later, passed, stored({ native: 'none', kind: 'rule', jurisdiction: 'US', title: 'No deadline' })]);
    expect(deadlines.closingWithin(now, 3)).toEqual([soon.id]);
    expect(deadlines.closingWithin(now, 45)).toEqual([soon.id, later.id]);
    expect(deadlines.size()).toBe(3);
  });

  it('fills the rows of a data file written before the tables existed, in the background', async () => {
    const dir = tempDir();
    const first = await openStore(dir);
    await save(first, [ja, award, withDeadline('soon', '2026-11-22')]);
    // As an older version left it: no chain rows, no mark.
    first.db.exec(`DELETE FROM item_chain_keys; DELETE FROM item_deadlines; DELETE FROM meta WHERE key LIKE 'chain_rows%'`);
    await first.close();
    open.splice(0);

    const store = await openStore(dir);
    const { chains, deadlines } = createSqliteIndexes(store);
    await chains.ready;
    expect(chains.related(award).map((l) => l.id)).toEqual([ja.id]);
    expect(deadlines.closingWithin(now, 3)).toHaveLength(1);
    expect(store.meta('chain_rows_complete')).toBe('1');
  });
});
