-- Triage labels (Relevant / Not relevant / Reviewed) per workspace: one row per person, item
-- and group (relevance or review); a newer label of the same group replaces the older one.
CREATE TABLE triage_labels (
  seq bigserial PRIMARY KEY,
  workspace_id text NOT NULL,
  item_id text NOT NULL,
  user_id text NOT NULL,
  label_group text NOT NULL,
  body jsonb NOT NULL,
  UNIQUE (workspace_id, item_id, user_id, label_group)
);
CREATE INDEX triage_labels_workspace ON triage_labels (workspace_id, seq);
