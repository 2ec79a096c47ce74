import { storedMatchOnly, type AuditEntry, type CommandRequest, type RichMessage, type StoredItem } from '../domain/index.ts';
import type { CommandDeps } from './deps.ts';
import type { Token } from './tokens.ts';

export interface Ctx {
  deps: CommandDeps;
  req: CommandRequest;
  /** Tokens after the command name. */
  args: Token[];
  now: Date;
  /** Topic ids known to this workspace (base watchlist + its additions). */
  topics: string[];
}

export type Run = (ctx: Ctx) => Promise<RichMessage>;

/**
 * The items as the asking workspace sees them: each with that workspace's own match (its
 * terms, never another workspace's), and without the items that are not for it.
 */
export async function visibleItems(ctx: Ctx, items: StoredItem[]): Promise<StoredItem[]> {
  const matchFor = ctx.deps.matchFor ?? storedMatchOnly;
  const out: StoredItem[] = [];
  for (const item of items) {
    const match = await matchFor(ctx.req.workspaceId, item);
    if (match) out.push(match === item.match ? item : { ...item, match });
  }
  return out;
}

/** Record a configuration change (who, when, what) and persist it. */
/** What recording a change needs: who asked, when, and the store. */
export type AuditCtx = Pick<Ctx, 'req' | 'now'> & { deps: { store: Pick<CommandDeps['store'], 'appendAudit' | 'flush'> } };

export async function audit(ctx: AuditCtx, action: string, detail: string): Promise<void> {
  const entry: AuditEntry = {
    at: ctx.now.toISOString(),
    platform: ctx.req.platform,
    workspaceId: ctx.req.workspaceId,
    channelId: ctx.req.channelId,
    userId: ctx.req.userName ? `${ctx.req.userId} (${ctx.req.userName})` : ctx.req.userId,
    action,
    detail,
  };
  await ctx.deps.store.appendAudit(entry);
  await ctx.deps.store.flush();
}
