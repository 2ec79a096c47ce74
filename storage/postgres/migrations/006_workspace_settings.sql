-- Settings a manager changes for a whole workspace from chat (`settings model:off`). A workspace
-- without a row has the defaults (defaultWorkspaceSettings in src/domain/workspace-settings.ts).
CREATE TABLE workspace_settings (
  workspace_id text PRIMARY KEY,
  second_opinion boolean NOT NULL DEFAULT true
);
