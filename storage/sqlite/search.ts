/**
 * `/policy search` and `/policy show` over the embedded SQLite store (FTS5), with the grammar
 * and ranking intent of the in-memory index (src/search) and of the PostgreSQL search: every
 * word must match (prefix for words of 4+ letters), falling back to any word when none has
 * them all; "quoted phrases" must appear as written; filters by jurisdiction, kind, topic,
 * since, priority and workspace (a state takes in its cities and counties: 'Seattle, WA' is in
 * state:WA; an item kept only for some workspaces' own terms is shown to those only). Score: bm25 with the field weights of FIELD_BOOST × the same recency and
 * priority boost. Not carried over: typo tolerance. Nothing is held in memory.
 */
import { stateOfJurisdiction, type StoredItem } from '../../src/domain/index.ts';
import { FIELD_BOOST } from '../../src/search/rank.ts';
import { runTerms } from '../../src/search/text.ts';
import type { SearchIndex, SearchQuery, SearchResult } from '../../src/search/types.ts';
import { sqlSearchIndex } from '../sql-search.ts';
import type { SqliteStore } from './store.ts';

const WEIGHTS = [FIELD_BOOST.identifier, FIELD_BOOST.title, FIELD_BOOST.agency, FIELD_BOOST.summary].join(', ');

/** src/search/rank.ts `boostFor` in SQL (`?` is the reference instant in ms). */
const BOOST = '((1 + 0.5 / (1 + max(0, (? - i.activity_at) / 86400000.0) / 30)) * (CASE WHEN i.priority THEN 1.3 ELSE 1 END))';

/** An FTS5 string literal: the term in double quotes (a quote doubled), never an operator. */
const quote = (t: string) => `"${t.replace(/"/g, '""')}"`;
const ftsTerm = (t: string) => (t.length >= 4 && /^\p{L}+$/u.test(t) ? `${quote(t)}*` : quote(t));

interface Row {
  body: string;
  last_seen_at: number;
  score: number;
}

function itemOf(r: { body: string; last_seen_at: number }): StoredItem {
  const item = JSON.parse(r.body) as StoredItem;
  item.lastSeenAt = new Date(r.last_seen_at).toISOString();
  return item;
}

const hitOf = (r: Row) => ({ item: itemOf(r), score: Number(r.score) });

export function createSqliteSearchIndex(store: SqliteStore): SearchIndex {
  const { db } = store;
  // The state of a jurisdiction ('Seattle, WA' → 'WA'), as subscriptions and the in-memory index read it.
  db.function('state_of', { deterministic: true }, (j: unknown) => stateOfJurisdiction(String(j)));

  /**
   * The filters as SQL on items `i`. `kindIndex: false` keeps the planner off the kind index
   * (a unary +): a page of the newest walks items_activity and stops after the page, where
   * the kind index would sort every item of that kind first; a count is what the index is for.
   */
  function filters(q: SearchQuery, kindIndex = true): { where: string[]; args: unknown[] } {
    const where: string[] = [];
    const args: unknown[] = [];
    if (q.jurisdictions?.length) {
      const marks = q.jurisdictions.map(() => '?').join(',');
      const states = q.jurisdictions.map((j) => j.toUpperCase());
      // The function runs only on the few jurisdictions with a comma (cities and counties).
      where.push(`(upper(i.jurisdiction) IN (${marks}) OR (instr(i.jurisdiction, ',') > 0 AND state_of(i.jurisdiction) IN (${marks})))`);
      args.push(...states, ...states);
    }
    if (q.kinds?.length) {
      where.push(`${kindIndex ? '' : '+'}i.kind IN (${q.kinds.map(() => '?').join(',')})`);
      args.push(...q.kinds);
    }
    if (q.topics?.length) {
      where.push(`(${q.topics.map(() => 'instr(i.topics, ?) > 0').join(' OR ')})`);
      args.push(...q.topics.map((t) => `|${t}|`));
    }
    if (q.since) {
      where.push('i.activity_at >= ?');
      args.push(q.since.getTime());
    }
    if (q.priority !== undefined) {
      where.push('i.priority = ?');
      args.push(q.priority ? 1 : 0);
    }
    if (q.workspace !== undefined) {
      where.push('(i.workspaces IS NULL OR instr(i.workspaces, ?) > 0)');
      args.push(`|${q.workspace}|`);
    }
    return { where, args };
  }

  function page(q: SearchQuery, qTerms: string[], phrases: string[], all: boolean): SearchResult {
    const nowMs = (q.now ?? new Date()).getTime();
    const { where, args } = filters(q);
    const match = [
      ...phrases
        .map((p) => runTerms(p))
        .filter((t) => t.length)
        .map((t) => quote(t.join(' '))),
      ...(qTerms.length ? [`(${[...new Set(qTerms)].map(ftsTerm).join(all ? ' AND ' : ' OR ')})`] : []),
    ].join(' AND ');
    const limit = Math.max(1, q.limit ?? 5);
    const offset = Math.max(0, q.offset ?? 0);
    if (!match) {
      const newest = filters(q, false).where.join(' AND ') || '1';
      const rows = db
        .prepare(
          `SELECT b.body, i.last_seen_at, p.score FROM (
             SELECT i.seq, i.activity_at, ${BOOST} AS score FROM items i WHERE ${newest} ORDER BY i.activity_at DESC, i.seq LIMIT ? OFFSET ?
           ) p CROSS JOIN items i ON i.seq = p.seq CROSS JOIN item_bodies b ON b.seq = p.seq ORDER BY p.activity_at DESC, p.seq`,
        )
        .all(nowMs, ...args, limit, offset) as Row[];
      const total = rows.length || offset ? countOf(`SELECT count(*) AS n FROM items i WHERE ${where.join(' AND ') || '1'}`, args) : 0;
      return { hits: rows.map(hitOf), total };
    }
    const cond = ['items_fts MATCH ?', ...where].join(' AND ');
    const scored = `SELECT i.seq, i.activity_at, -bm25(items_fts, ${WEIGHTS}) * ${BOOST} AS score
      FROM items_fts JOIN items i ON i.seq = items_fts.rowid WHERE ${cond}`;
    const params = [nowMs, match, ...args, limit, offset];
    // Rank on the narrow columns; read the item bodies of the page only (CROSS JOIN: the page first).
    const pageOf = (from: string, total: string) =>
      `SELECT b.body, i.last_seen_at, p.score${total} FROM (${from} ORDER BY score DESC, activity_at DESC, seq LIMIT ? OFFSET ?) p
       CROSS JOIN items i ON i.seq = p.seq CROSS JOIN item_bodies b ON b.seq = p.seq ORDER BY p.score DESC, p.activity_at DESC, p.seq`;
    if (where.length) {
      // Filters need every match's items row, for the page and for the total alike: one pass
      // scores the matches that pass them, and both are taken from it.
      const rows = db
        .prepare(`WITH m AS MATERIALIZED (${scored}) ${pageOf('SELECT *, (SELECT count(*) FROM m) AS total FROM m', ', p.total')}`)
        .all(...params) as Array<Row & { total: number }>;
      const total =
        rows[0]?.total ??
        (offset
          ? countOf(`SELECT count(*) AS n FROM items_fts JOIN items i ON i.seq = items_fts.rowid WHERE ${cond}`, [match, ...args])
          : 0);
      return { hits: rows.map(hitOf), total };
    }
    const rows = db.prepare(pageOf(scored, '')).all(...params) as Row[];
    // Every FTS row has its items row (both are written and deleted together): without
    // filters the full-text index counts the matches alone, without reading items.
    const total = rows.length || offset ? countOf('SELECT count(*) AS n FROM items_fts WHERE items_fts MATCH ?', [match]) : 0;
    return { hits: rows.map(hitOf), total };
  }

  const countOf = (sql: string, params: unknown[]) => (db.prepare(sql).get(...params) as { n: number }).n;

  const byKey = db.prepare(
    `SELECT b.body, i.last_seen_at FROM item_keys k JOIN items i ON i.seq = k.seq JOIN item_bodies b ON b.seq = k.seq
     WHERE k.key = ? AND (? IS NULL OR upper(i.jurisdiction) = ?) ORDER BY i.activity_at DESC, i.seq`,
  );
  return sqlSearchIndex({
    page,
    byIdentifierKey: (key, jurisdiction) => {
      const j = jurisdiction ?? null;
      return (byKey.all(key, j, j) as Array<{ body: string; last_seen_at: number }>).map(itemOf);
    },
    getItem: (id) => store.getItem(id),
    countItems: () => store.countItems(),
  });
}
