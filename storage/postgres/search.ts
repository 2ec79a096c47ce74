/**
 * `/policy search` and `/policy show` over the PostgreSQL store, with the grammar and ranking
 * intent of the in-memory index (src/search): every word must match (prefix for words of 4+
 * letters), falling back to any word when none has them all; "quoted phrases" must appear as
 * written; filters by jurisdiction, kind, topic and since. Score: a weighted ts_rank
 * (identifier > title > agency > summary, in the ratios of FIELD_BOOST) × the same recency and
 * priority boost. Not carried over: typo tolerance (the in-memory index forgives one or two
 * edits; PostgreSQL would need pg_trgm). Nothing is held in memory: the GIN index is the index.
 */
import type { StoredItem } from '../../src/domain/index.ts';
import { FIELD_BOOST } from '../../src/search/rank.ts';
import { runTerms } from '../../src/search/text.ts';
import type { SearchIndex, SearchQuery, SearchResult } from '../../src/search/types.ts';
import { sqlSearchIndex } from '../sql-search.ts';
import type { PostgresStore } from './store.ts';

/** ts_rank weights in {D, C, B, A} order: summary, agency, title, identifier. */
const WEIGHTS = [FIELD_BOOST.summary, FIELD_BOOST.agency, FIELD_BOOST.title, FIELD_BOOST.identifier].map((w) => w / FIELD_BOOST.identifier);

/** The boost of src/search/rank.ts `boostFor`, in SQL (`$now` is the reference instant). */
const BOOST = (now: string) =>
  `((1 + 0.5 / (1 + greatest(0, extract(epoch FROM (${now} - activity_at)) / 86400) / 30)) * (CASE WHEN priority THEN 1.3 ELSE 1 END))`;

function tsTerm(t: string): string {
  return t.length >= 4 && /^\p{L}+$/u.test(t) ? `${t}:*` : t;
}

export function createPostgresSearchIndex(store: PostgresStore): SearchIndex {
  const { pool } = store;

  async function page(q: SearchQuery, words: string[], phrases: string[], all: boolean): Promise<SearchResult> {
    // The phrases' words rank too (each phrase is also required as written, below).
    const qTerms = [...words, ...runTerms(phrases.join(' '))];
    const args: unknown[] = [];
    const arg = (v: unknown) => `$${args.push(v)}`;
    const now = arg(q.now ?? new Date());
    const where: string[] = [];
    if (q.jurisdictions?.length) {
      // A state takes in its cities and counties ('Seattle, WA' is in state:WA), as subscriptions do.
      const states = arg(q.jurisdictions.map((j) => j.toUpperCase()));
      where.push(`(upper(jurisdiction) = ANY(${states}) OR substring(jurisdiction from ',\\s*([A-Z]{2})$') = ANY(${states}))`);
    }
    if (q.kinds?.length) where.push(`kind = ANY(${arg(q.kinds)})`);
    if (q.topics?.length) where.push(`topics && ${arg(q.topics)}::text[]`);
    if (q.since) where.push(`activity_at >= ${arg(q.since)}`);
    if (q.priority !== undefined) where.push(`priority = ${arg(q.priority)}`);
    // An item kept only for some workspaces' own terms is shown to those workspaces only.
    if (q.workspace !== undefined) where.push(`(body->'match'->'workspaces' IS NULL OR body->'match'->'workspaces' ? ${arg(q.workspace)})`);
    for (const p of phrases) where.push(`search @@ phraseto_tsquery('english', ${arg(p)})`);
    let score = BOOST(now);
    let order = 'activity_at DESC, seq';
    if (qTerms.length) {
      const query = `to_tsquery('english', ${arg([...new Set(qTerms)].map(tsTerm).join(all ? ' & ' : ' | '))})`;
      where.push(`search @@ ${query}`);
      score = `ts_rank(${arg(WEIGHTS)}::float4[], search, ${query}) * ${score}`;
      order = 'score DESC, activity_at DESC, seq';
    }
    const limit = Math.max(1, q.limit ?? 5);
    const offset = Math.max(0, q.offset ?? 0);
    const { rows } = await pool.query<{ body: StoredItem; last_seen_at: Date; score: number; total: string }>(
      `SELECT body, last_seen_at, ${score} AS score, count(*) OVER () AS total FROM items
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY ${order} LIMIT ${arg(limit)} OFFSET ${arg(offset)}`,
      args,
    );
    const total = rows.length ? Number(rows[0]!.total) : 0;
    const hits = rows.map((r) => ({ item: { ...r.body, lastSeenAt: r.last_seen_at.toISOString() }, score: Number(r.score) }));
    return { hits, total };
  }

  return sqlSearchIndex({
    page,
    byIdentifierKey: async (key, jurisdiction) => {
      const { rows } = await pool.query<{ body: StoredItem; last_seen_at: Date }>(
        `SELECT body, last_seen_at FROM items WHERE identifier_keys @> ARRAY[$1]::text[]
         AND ($2::text IS NULL OR upper(jurisdiction) = $2) ORDER BY activity_at DESC, seq`,
        [key, jurisdiction ?? null],
      );
      return rows.map((r) => ({ ...r.body, lastSeenAt: r.last_seen_at.toISOString() }));
    },
    getItem: (id) => store.getItem(id),
    countItems: () => store.countItems(),
  });
}
