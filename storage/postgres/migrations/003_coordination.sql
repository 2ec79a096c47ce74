-- Several instances on one database (src/hosting/coordinator.ts): source leases with the start
-- of each source's last poll, claims on outbox rows, and one claim per digest and period.
CREATE TABLE source_leases (
  source_id text PRIMARY KEY,
  -- the instance polling the source now; NULL once released
  holder text,
  expires_at timestamptz NOT NULL,
  -- when the last poll of the source started, by any instance
  poll_started_at timestamptz NOT NULL
);
CREATE INDEX source_leases_holder ON source_leases (holder) WHERE holder IS NOT NULL;

ALTER TABLE deliveries ADD COLUMN claimed_by text, ADD COLUMN claim_expires_at timestamptz;
CREATE INDEX deliveries_claimed_by ON deliveries (claimed_by) WHERE claimed_by IS NOT NULL;

CREATE TABLE digest_claims (
  subscription_id text NOT NULL,
  period_key text NOT NULL,
  holder text NOT NULL,
  expires_at timestamptz NOT NULL,
  PRIMARY KEY (subscription_id, period_key)
);
CREATE INDEX digest_claims_holder ON digest_claims (holder);
