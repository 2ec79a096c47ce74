/**
 * The compiled matchers: one for the base watchlist (defaults + the operator's file) and one
 * per workspace that added terms from chat. Compiled once per change, then reused.
 */
import type { ChannelConfigStore, Item, Matcher, MatchResult } from '../domain/index.ts';
import { compileWatchlist, mergeWatchlists, type Watchlist } from '../matching/index.ts';

export interface MatcherSet {
  base(): Matcher;
  forWorkspace(workspaceId: string): Promise<Matcher>;
  /** Base match, or the first workspace match when only a workspace's additions fire. */
  matchAny(item: Item): Promise<MatchResult | null>;
  invalidate(workspaceId?: string): void;
  watchlist(): Watchlist;
}

export function createMatcherSet(baseWatchlist: Watchlist, store: Pick<ChannelConfigStore, 'listWatchAdditions'>): MatcherSet {
  const base = compileWatchlist(baseWatchlist);
  const perWorkspace = new Map<string, Matcher>();
  let workspacesWithAdditions: Set<string> | undefined;

  async function workspaces(): Promise<Set<string>> {
    if (!workspacesWithAdditions) {
      workspacesWithAdditions = new Set((await store.listWatchAdditions()).map((w) => w.workspaceId));
    }
    return workspacesWithAdditions;
  }

  async function forWorkspace(workspaceId: string): Promise<Matcher> {
    if (!(await workspaces()).has(workspaceId)) return base;
    let m = perWorkspace.get(workspaceId);
    if (!m) {
      const additions = await store.listWatchAdditions(workspaceId);
      m = compileWatchlist(mergeWatchlists(baseWatchlist, undefined, additions));
      perWorkspace.set(workspaceId, m);
    }
    return m;
  }

  return {
    base: () => base,
    forWorkspace,
    watchlist: () => baseWatchlist,
    async matchAny(item) {
      const hit = base.match(item);
      if (hit) return hit;
      for (const ws of await workspaces()) {
        const m = await forWorkspace(ws);
        const r = m.match(item);
        if (r) return r;
      }
      return null;
    },
    invalidate(workspaceId) {
      workspacesWithAdditions = undefined;
      if (workspaceId) perWorkspace.delete(workspaceId);
      else perWorkspace.clear();
    },
  };
}
