import type { AuditEntry, CommandRequest, RichMessage } from '../domain/index.ts';
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

/** Record a configuration change (who, when, what) and persist it. */
export async function audit(ctx: Ctx, action: string, detail: string): Promise<void> {
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
