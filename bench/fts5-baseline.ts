/**
 * The search baseline a skeptic would pick: SQLite FTS5 (better-sqlite3) over the same stored
 * items, with bm25 column weights matching ours (identifier ×6, title ×3, agency ×1.2,
 * summary ×1), the porter stemmer, and the same filters (state, kind, topic, since) as plain
 * columns. Words combine with AND, quoted phrases stay phrases; when nothing has every word the
 * query is run again with OR, as ours does.
 *
 * What it does not do that ours does: typo tolerance (edit distance 1), the recency and
 * priority boosts, identifier forms ("hb5001" = "HB 5001"). The bench therefore reports how
 * far the two agree (overlap of the first page) instead of claiming equal rankings.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { StoredItem } from '../src/domain/index.ts';
import type { SearchQuery } from '../src/search/index.ts';

export interface Fts5Baseline {
  /** Ids of the first page, best first. */
  search(q: SearchQuery): string[];
  /** How many items pass a query's filters (for queries without words). */
  count(q: SearchQuery): number;
  /** Opens the same file again in a fresh connection: time to the first answer of a cold start. */
  reopen(): Fts5Baseline;
  fileBytes(): number;
  close(): void;
  cleanup(): void;
}

const activity = (s: StoredItem) => Date.parse(s.lastSeenAt);

/** FTS5 query text: phrases kept, other words as quoted terms (no operator injection), joined by `op`. */
function ftsQuery(text: string, op: 'AND' | 'OR'): string {
  const parts: string[] = [];
  const re = /"([^"]+)"|(\S+)/g;
  for (const m of text.matchAll(re)) {
    const words = (m[1] ?? m[2]!).match(/[\p{L}\p{N}]+/gu) ?? [];
    if (!words.length) continue;
    parts.push(m[1] ? `"${words.join(' ')}"` : words.map((w) => `"${w}"`).join(' AND '));
  }
  return parts.join(` ${op} `);
}

function open(file: string, dir: string | undefined): Fts5Baseline {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  const filters = (q: SearchQuery, op: 'AND' | 'OR'): { where: string[]; args: unknown[]; match: string } => {
    const where: string[] = [];
    const args: unknown[] = [];
    const match = ftsQuery(q.text, op);
    if (match) {
      where.push('docs MATCH ?');
      args.push(match);
    }
    if (q.jurisdictions?.length) {
      where.push(`i.jurisdiction IN (${q.jurisdictions.map(() => '?').join(',')})`);
      args.push(...q.jurisdictions);
    }
    if (q.kinds?.length) {
      where.push(`i.kind IN (${q.kinds.map(() => '?').join(',')})`);
      args.push(...q.kinds);
    }
    for (const t of q.topics ?? []) {
      where.push(`instr(i.topics, ?) > 0`);
      args.push(`|${t}|`);
    }
    if (q.since) {
      where.push('i.activity >= ?');
      args.push(q.since.getTime());
    }
    return { where, args, match };
  };
  const page = (q: SearchQuery, op: 'AND' | 'OR'): string[] => {
    const { where, args, match } = filters(q, op);
    const order = match ? 'bm25(docs, 6.0, 3.0, 1.2, 1.0)' : 'i.activity DESC';
    const sql = `SELECT i.id FROM docs JOIN items i ON i.rowid = docs.rowid ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY ${order} LIMIT ? OFFSET ?`;
    return (db.prepare(sql).all(...args, q.limit ?? 5, q.offset ?? 0) as Array<{ id: string }>).map((r) => r.id);
  };
  return {
    search(q) {
      const hits = page(q, 'AND');
      return hits.length || !q.text.trim() ? hits : page(q, 'OR');
    },
    count(q) {
      const { where, args } = filters(q, 'AND');
      const sql = `SELECT count(*) AS n FROM docs JOIN items i ON i.rowid = docs.rowid ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`;
      return (db.prepare(sql).get(...args) as { n: number }).n;
    },
    reopen() {
      db.close();
      return open(file, dir);
    },
    fileBytes: () =>
      (db.prepare('SELECT page_count * page_size AS b FROM pragma_page_count(), pragma_page_size()').get() as { b: number }).b,
    close: () => db.close(),
    cleanup: () => {
      if (db.open) db.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Writes the FTS5 baseline of `pages` of items into `file` (one transaction a page). */
export function writeFts5(file: string, pages: Iterable<StoredItem[]>): void {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.exec(`CREATE TABLE items (rowid INTEGER PRIMARY KEY, id TEXT UNIQUE, jurisdiction TEXT, kind TEXT, topics TEXT, activity INTEGER);
    CREATE INDEX items_activity ON items(activity);
    CREATE VIRTUAL TABLE docs USING fts5(identifier, title, agency, summary, tokenize = 'porter unicode61 remove_diacritics 2');`);
  const addItem = db.prepare('INSERT INTO items (rowid, id, jurisdiction, kind, topics, activity) VALUES (?, ?, ?, ?, ?, ?)');
  const addDoc = db.prepare('INSERT INTO docs (rowid, identifier, title, agency, summary) VALUES (?, ?, ?, ?, ?)');
  let k = 0;
  const addPage = db.transaction((items: StoredItem[]) => {
    for (const s of items) {
      k++;
      addItem.run(k, s.id, s.jurisdiction ?? null, s.kind, `|${s.match.topics.join('|')}|`, activity(s));
      addDoc.run(k, s.identifier ?? '', s.title, s.agency ?? '', s.summary ?? '');
    }
  });
  for (const page of pages) addPage(page);
  db.close();
}

/** Builds the FTS5 file for `items` in a temporary directory (removed by cleanup()). */
export function buildFts5(items: StoredItem[]): Fts5Baseline {
  const dir = mkdtempSync(join(tmpdir(), 'pw-bench-fts5-'));
  const file = join(dir, 'search.sqlite');
  writeFts5(file, [items]);
  return open(file, dir);
}

/** Opens an FTS5 baseline file kept elsewhere (a cache): cleanup() closes it and removes nothing. */
export function openFts5(file: string): Fts5Baseline {
  return open(file, undefined);
}

/** Share of our first page that the baseline's first page also holds (1 when both are empty). */
export function pageOverlap(ours: string[], theirs: string[]): number {
  if (!ours.length && !theirs.length) return 1;
  const t = new Set(theirs);
  return ours.filter((id) => t.has(id)).length / Math.max(ours.length, theirs.length);
}
