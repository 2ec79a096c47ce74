/**
 * Bolt's InstallationStore over the InstallationRecords port: one sealed record per workspace
 * (key 'T…') or per org for an org-wide install (key 'E…'). Also answers "which bot token
 * posts to this workspace", and forgets a workspace on app_uninstalled / tokens_revoked.
 */
import type { Installation, InstallationQuery, InstallationStore } from '@slack/bolt';
import type { InstallationRecords } from '../../src/domain/installations.ts';
import type { Sealer } from '../../src/domain/index.ts';

export interface SlackInstallations extends InstallationStore {
  /** The bot token for a workspace (or its org's install), if the app is installed there. */
  botTokenFor(teamId: string, enterpriseId?: string): Promise<string | undefined>;
  /** Forget a workspace's install (app_uninstalled, or its bot token revoked). */
  forget(teamId: string | undefined, enterpriseId?: string): Promise<boolean>;
}

class NotInstalledError extends Error {
  constructor(what: string) {
    super(`policywatch is not installed in ${what}`);
    this.name = 'NotInstalledError';
  }
}

function keyFor(q: { teamId?: string; enterpriseId?: string; isEnterpriseInstall?: boolean }): string | undefined {
  if (q.isEnterpriseInstall && q.enterpriseId) return q.enterpriseId;
  return q.teamId;
}

export interface SlackInstallationsOptions {
  records: InstallationRecords;
  sealer: Sealer;
  now?: () => Date;
}

export function createSlackInstallations(opts: SlackInstallationsOptions): SlackInstallations {
  const now = opts.now ?? (() => new Date());
  const context = (key: string) => `slack:${key}`;

  async function read(key: string | undefined): Promise<Installation | undefined> {
    if (!key) return undefined;
    const sealed = await opts.records.get('slack', key);
    if (!sealed) return undefined;
    return JSON.parse(opts.sealer.open(sealed, context(key))) as Installation;
  }

  return {
    async storeInstallation(installation) {
      const key = keyFor({
        teamId: installation.team?.id,
        enterpriseId: installation.enterprise?.id,
        isEnterpriseInstall: installation.isEnterpriseInstall,
      });
      if (!key) throw new Error('Slack sent an installation without a workspace or org id');
      await opts.records.put('slack', key, opts.sealer.seal(JSON.stringify(installation), context(key)), now());
    },

    async fetchInstallation(query: InstallationQuery<boolean>) {
      const found =
        (await read(keyFor(query))) ?? (query.enterpriseId && !query.isEnterpriseInstall ? await read(query.enterpriseId) : undefined);
      if (!found) throw new NotInstalledError(query.teamId ?? query.enterpriseId ?? 'an unknown workspace');
      return found;
    },

    async deleteInstallation(query: InstallationQuery<boolean>) {
      const key = keyFor(query);
      if (key) await opts.records.delete('slack', key);
    },

    async botTokenFor(teamId, enterpriseId) {
      const own = await read(teamId);
      if (own?.bot?.token) return own.bot.token;
      const org = enterpriseId ? await read(enterpriseId) : undefined;
      return org?.isEnterpriseInstall ? org.bot?.token : undefined;
    },

    async forget(teamId, enterpriseId) {
      const byTeam = teamId ? await opts.records.delete('slack', teamId) : false;
      if (byTeam) return true;
      const org = enterpriseId ? await read(enterpriseId) : undefined;
      return org?.isEnterpriseInstall && enterpriseId ? opts.records.delete('slack', enterpriseId) : false;
    },
  };
}
