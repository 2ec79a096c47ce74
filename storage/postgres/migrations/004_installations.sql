-- Installation records (Slack OAuth installs): sealed by the application (AES-256-GCM under
-- INSTALLATION_KEY) before they get here; the database never holds a token in the clear.
CREATE TABLE installations (
  platform text NOT NULL,
  key text NOT NULL,
  sealed text NOT NULL,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (platform, key)
);
