-- Items a channel follows (the Follow button on bill and contract alerts): one row per channel
-- and item; every later change of a followed item is posted in its thread in that channel.
CREATE TABLE item_follows (
  seq bigserial PRIMARY KEY,
  platform text NOT NULL,
  workspace_id text NOT NULL,
  channel_id text NOT NULL,
  item_id text NOT NULL,
  body jsonb NOT NULL,
  UNIQUE (platform, workspace_id, channel_id, item_id)
);
CREATE INDEX item_follows_item ON item_follows (item_id);
