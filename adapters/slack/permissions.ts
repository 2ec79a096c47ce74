/**
 * Who may change channel/workspace settings from Slack: workspace admins and owners (from
 * users.info) and anyone listed in SLACK_MANAGERS. Answers are cached briefly so a burst of
 * commands costs one lookup; a failed lookup means "not a manager" (and is not cached).
 */
import type { Log } from '../../src/domain/index.ts';

export interface UsersInfoClient {
  users: {
    info(args: {
      user: string;
      token?: string;
    }): Promise<{ ok?: boolean; user?: { is_admin?: boolean; is_owner?: boolean; is_primary_owner?: boolean } }>;
  };
}

export interface ManagerCheckOptions {
  client: UsersInfoClient;
  /** Multi-workspace installs: the token to ask a workspace about its members with. */
  tokenFor?: (teamId: string) => Promise<string | undefined>;
  /** Slack user ids (U…/W…) that are always managers. */
  managers?: string[];
  ttlMs?: number;
  now?: () => number;
  log: Log;
}

const MANAGER_CACHE_TTL_MS = 5 * 60 * 1000;

export type ManagerCheck = (teamId: string, userId: string) => Promise<boolean>;

/** Parse SLACK_MANAGERS: ids separated by commas or whitespace. */
export function parseManagers(value: string | undefined): string[] {
  return (value ?? '')
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function createManagerCheck(opts: ManagerCheckOptions): ManagerCheck {
  const managers = new Set(opts.managers ?? []);
  const ttl = opts.ttlMs ?? MANAGER_CACHE_TTL_MS;
  const now = opts.now ?? Date.now;
  const cache = new Map<string, { value: boolean; expires: number }>();

  return async (teamId, userId) => {
    if (managers.has(userId)) return true;
    const key = `${teamId}:${userId}`;
    const hit = cache.get(key);
    if (hit && hit.expires > now()) return hit.value;
    try {
      const token = opts.tokenFor ? await opts.tokenFor(teamId) : undefined;
      const res = await opts.client.users.info({ user: userId, ...(token ? { token } : {}) });
      const u = res.user ?? {};
      const value = Boolean(u.is_admin || u.is_owner || u.is_primary_owner);
      cache.set(key, { value, expires: now() + ttl });
      return value;
    } catch (err) {
      opts.log.warn(
        { userId, err: (err as Error).message },
        'slack: users.info failed; treating the user as not a manager (is the users:read scope granted?)',
      );
      return false;
    }
  };
}
