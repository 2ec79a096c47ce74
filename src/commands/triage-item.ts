/** The item a button was pressed on, as the pressing workspace sees it, and the audit of a press. */
import { storedMatchOnly, type AuditEntry, type MatchResult, type StoredItem, type TriageRequest } from '../domain/index.ts';
import type { CommandDeps } from './deps.ts';

export type TriageDeps = Pick<CommandDeps, 'store' | 'clock' | 'log' | 'watchlist' | 'matchFor' | 'onWatchlistChanged'>;

/** The item pressed on, as this workspace sees it; undefined when it is gone or not for this workspace. */
export async function visibleItem(
  deps: TriageDeps,
  req: TriageRequest,
  itemId: string,
): Promise<{ item: StoredItem; match: MatchResult } | undefined> {
  const item = await deps.store.getItem(itemId);
  if (!item) return undefined;
  // A followed item that stopped matching is still the channel's (its stored match, if visible here).
  const match = (await (deps.matchFor ?? storedMatchOnly)(req.workspaceId, item)) ?? (await storedMatchOnly(req.workspaceId, item));
  return match ? { item, match } : undefined;
}

export const GONE = 'This item is no longer stored (it may be older than the retention window); nothing was recorded.';

export async function auditPress(deps: TriageDeps, req: TriageRequest, action: string, detail: string): Promise<void> {
  const entry: AuditEntry = {
    at: deps.clock.now().toISOString(),
    platform: req.platform,
    workspaceId: req.workspaceId,
    channelId: req.channelId,
    userId: req.userName ? `${req.userId} (${req.userName})` : req.userId,
    action,
    detail,
  };
  await deps.store.appendAudit(entry);
}
