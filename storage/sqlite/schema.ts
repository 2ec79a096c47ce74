/**
 * The SQLite schema of the embedded store (items, seen-ids, outbox, full-text index, chain keys
 * and deadlines: chains.ts) and its version history. A new data directory gets SCHEMA (the current version) and records
 * SCHEMA_VERSION in the meta table (state.json carries the same number). A directory written
 * by an older version is brought up to date at open, one step at a time (UPGRADES), in one
 * transaction; one written by a newer version is refused. To change the schema: change SCHEMA,
 * add the step from the previous version as UPGRADES[new version], bump SCHEMA_VERSION, and
 * commit a data directory of the previous version under tests/fixtures/data-dirs/ (see
 * storage/README.md, "Schema versions").
 */
import type Database from 'better-sqlite3';

export const SCHEMA_VERSION = 2;

/** UPGRADES[n]: the SQL that turns a version n-1 directory into version n. */
const UPGRADES: Record<number, string> = {
  // 2: the item JSON moves out of `items` into `item_bodies`, so the rows that searches and
  // filters rank and scan hold only the narrow columns; an index on kind and jurisdiction
  // counts a filter-only search (kind:bill state:IL) without reading every row.
  2: `
CREATE TABLE item_bodies (seq INTEGER PRIMARY KEY, body TEXT NOT NULL);
INSERT INTO item_bodies (seq, body) SELECT seq, body FROM items ORDER BY seq;
ALTER TABLE items DROP COLUMN body;
CREATE INDEX items_kind ON items (kind, jurisdiction);
`,
};

/** The current schema, as a new data directory gets it. */
const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS items (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  version TEXT NOT NULL,
  kind TEXT NOT NULL,
  jurisdiction TEXT NOT NULL,
  topics TEXT NOT NULL,
  priority INTEGER NOT NULL,
  workspaces TEXT,
  last_seen_at INTEGER NOT NULL,
  latest_change_at INTEGER NOT NULL,
  activity_at INTEGER NOT NULL
);
-- The item as JSON, by items.seq: kept apart so that the items rows stay narrow.
CREATE TABLE IF NOT EXISTS item_bodies (seq INTEGER PRIMARY KEY, body TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS items_latest ON items (latest_change_at DESC, seq);
CREATE INDEX IF NOT EXISTS items_last_seen ON items (last_seen_at);
CREATE INDEX IF NOT EXISTS items_activity ON items (activity_at DESC, seq);
CREATE INDEX IF NOT EXISTS items_kind ON items (kind, jurisdiction);
CREATE TABLE IF NOT EXISTS item_keys (key TEXT NOT NULL, seq INTEGER NOT NULL, PRIMARY KEY (key, seq)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS item_keys_seq ON item_keys (seq);
CREATE VIRTUAL TABLE IF NOT EXISTS items_fts USING fts5(identifier, title, agency, summary,
  content = '', contentless_delete = 1, tokenize = 'porter unicode61 remove_diacritics 2');
CREATE TABLE IF NOT EXISTS item_chain_keys (key TEXT NOT NULL, seq INTEGER NOT NULL, PRIMARY KEY (key, seq)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS item_chain_keys_seq ON item_chain_keys (seq);
CREATE TABLE IF NOT EXISTS item_deadlines (seq INTEGER NOT NULL, closes_at INTEGER NOT NULL, PRIMARY KEY (seq, closes_at)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS item_deadlines_closes_at ON item_deadlines (closes_at);
CREATE TABLE IF NOT EXISTS seen_items (id TEXT PRIMARY KEY, version TEXT NOT NULL, seen_at INTEGER NOT NULL) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS seen_items_seen_at ON seen_items (seen_at);
CREATE TABLE IF NOT EXISTS deliveries (
  seq INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  status TEXT NOT NULL,
  type TEXT NOT NULL,
  item_id TEXT NOT NULL,
  subscription_id TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  next_attempt_at INTEGER NOT NULL,
  body TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS deliveries_due ON deliveries (status, next_attempt_at);
CREATE INDEX IF NOT EXISTS deliveries_item ON deliveries (item_id);
CREATE TABLE IF NOT EXISTS sent_keys (key TEXT PRIMARY KEY, sent_at INTEGER NOT NULL) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS sent_keys_sent_at ON sent_keys (sent_at);
CREATE TABLE IF NOT EXISTS threads (
  item_id TEXT NOT NULL,
  subscription_id TEXT NOT NULL,
  message_ref TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (item_id, subscription_id)
) WITHOUT ROWID;
`;

class SchemaVersionError extends Error {
  readonly code = 'SCHEMA_VERSION';
  constructor(file: string, found: number, readOnly: boolean) {
    super(
      found > SCHEMA_VERSION
        ? `${file} was written by a newer policywatch (schema version ${found}; this one knows up to ${SCHEMA_VERSION}). ` +
            'Run that version, or restore a backup taken before it ran.'
        : `${file} has schema version ${found} and this policywatch needs ${SCHEMA_VERSION}: ` +
            (readOnly ? 'start the daemon once to upgrade it, then try again.' : `no upgrade step from version ${found} is known.`),
    );
    this.name = 'SchemaVersionError';
  }
}

function versionOf(db: Database.Database): number | undefined {
  const hasMeta = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").get();
  if (!hasMeta) return undefined;
  const row = db.prepare("SELECT value FROM meta WHERE key = 'schema'").get() as { value: string } | undefined;
  return row ? Number(row.value) : undefined;
}

/**
 * Refuses a database written by a newer version (and, read-only, an older one, which it
 * cannot upgrade), before anything touches the file. `file` names it in errors.
 */
export function checkSchemaVersion(db: Database.Database, file: string): void {
  const found = versionOf(db);
  if (found === undefined || found === SCHEMA_VERSION) return;
  if (db.readonly || found > SCHEMA_VERSION || found < 1) throw new SchemaVersionError(file, found, db.readonly);
}

/** Creates the schema in a new database, or upgrades an older one step by step, in one transaction. */
export function prepareSchema(db: Database.Database, file: string): void {
  const found = versionOf(db);
  if (found === SCHEMA_VERSION || db.readonly) return;
  checkSchemaVersion(db, file);
  db.transaction(() => {
    if (found === undefined) db.exec(SCHEMA);
    else
      for (let v = found + 1; v <= SCHEMA_VERSION; v++) {
        const step = UPGRADES[v];
        if (step === undefined) throw new SchemaVersionError(file, found, false);
        db.exec(step);
      }
    db.prepare("INSERT INTO meta (key, value) VALUES ('schema', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(
      String(SCHEMA_VERSION),
    );
  })();
}
