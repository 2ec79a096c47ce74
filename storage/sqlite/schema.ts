/**
 * The SQLite schema of the embedded store (items, seen-ids, outbox, full-text index, chain keys
 * and deadlines: chains.ts). Applied
 * with IF NOT EXISTS at every open; a later change adds statements here guarded the same way
 * and bumps SCHEMA_VERSION (kept in the meta table).
 */
export const SCHEMA_VERSION = 1;

export const SCHEMA = `
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
  activity_at INTEGER NOT NULL,
  body TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS items_latest ON items (latest_change_at DESC, seq);
CREATE INDEX IF NOT EXISTS items_last_seen ON items (last_seen_at);
CREATE INDEX IF NOT EXISTS items_activity ON items (activity_at DESC, seq);
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
