-- policywatch schema 1: items, seen-ids, outbox, source state, channel configuration, audit.
CREATE TABLE items (
  id text PRIMARY KEY,
  seq bigserial NOT NULL,
  version text NOT NULL,
  kind text NOT NULL,
  jurisdiction text NOT NULL,
  topics text[] NOT NULL,
  priority boolean NOT NULL,
  last_seen_at timestamptz NOT NULL,
  latest_change_at timestamptz NOT NULL,
  activity_at timestamptz NOT NULL,
  identifier_keys text[] NOT NULL,
  -- the identifier as written and its comparable keys ('HB 5001 HB5001'): the A-weight text
  identifier_text text NOT NULL,
  body jsonb NOT NULL,
  search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', identifier_text), 'A') ||
    setweight(to_tsvector('english', coalesce(body->>'title', '')), 'B') ||
    setweight(to_tsvector('english', coalesce(body->>'agency', '')), 'C') ||
    setweight(to_tsvector('english', left(coalesce(body->>'summary', ''), 4000)), 'D')
  ) STORED
);
CREATE INDEX items_search ON items USING gin (search);
CREATE INDEX items_identifier_keys ON items USING gin (identifier_keys);
CREATE INDEX items_latest ON items (latest_change_at DESC, seq);
CREATE INDEX items_last_seen ON items (last_seen_at);

CREATE TABLE seen_items (
  id text PRIMARY KEY,
  version text NOT NULL,
  seen_at timestamptz NOT NULL
);
CREATE INDEX seen_items_seen_at ON seen_items (seen_at);

CREATE TABLE deliveries (
  key text PRIMARY KEY,
  seq bigserial NOT NULL,
  status text NOT NULL,
  type text NOT NULL,
  item_id text NOT NULL,
  subscription_id text NOT NULL,
  created_at timestamptz NOT NULL,
  next_attempt_at timestamptz NOT NULL,
  body jsonb NOT NULL
);
CREATE INDEX deliveries_due ON deliveries (next_attempt_at) WHERE status = 'pending';
CREATE INDEX deliveries_item ON deliveries (item_id);

CREATE TABLE sent_keys (
  key text PRIMARY KEY,
  sent_at timestamptz NOT NULL
);
CREATE INDEX sent_keys_sent_at ON sent_keys (sent_at);

CREATE TABLE threads (
  item_id text NOT NULL,
  subscription_id text NOT NULL,
  message_ref text NOT NULL DEFAULT '',
  PRIMARY KEY (item_id, subscription_id)
);

CREATE TABLE source_states (
  source_id text PRIMARY KEY,
  state jsonb NOT NULL
);

CREATE TABLE subscriptions (
  id text PRIMARY KEY,
  seq bigserial NOT NULL,
  platform text NOT NULL,
  workspace_id text NOT NULL,
  channel_id text NOT NULL,
  body jsonb NOT NULL,
  UNIQUE (platform, workspace_id, channel_id)
);

CREATE TABLE watch_additions (
  id text PRIMARY KEY,
  seq bigserial NOT NULL,
  workspace_id text NOT NULL,
  body jsonb NOT NULL
);
CREATE INDEX watch_additions_workspace ON watch_additions (workspace_id);

CREATE TABLE digest_markers (
  subscription_id text PRIMARY KEY,
  period_key text NOT NULL
);

CREATE TABLE audit (
  seq bigserial PRIMARY KEY,
  body jsonb NOT NULL
);
