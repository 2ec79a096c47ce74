/**
 * The compiled matchers: one for the base watchlist (defaults + the operator's file) and one
 * per workspace that added terms from chat. Compiled once per change, then reused. With a
 * learned second opinion, every matcher adds its "possibly relevant" topics, except for a
 * workspace that turned it off (`/policy settings model:off`).
 */
import { type ChannelConfigStore, type Item, type Matcher, type MatchResult, type StoredItem } from '../domain/index.ts';
import { compileWatchlist, mergeWatchlists, type Watchlist } from '../matching/index.ts';
import { withoutModel, withSecondOpinion, type SecondOpinionModel } from '../matching/learned/index.ts';

export interface MatcherSet {
  base(): Matcher;
  forWorkspace(workspaceId: string): Promise<Matcher>;
  /**
   * What the store keeps: the base match; or, when only some workspaces' own terms fire, a
   * placeholder naming those workspaces (their topics, no terms or snippet); or null.
   */
  matchAny(item: Item): Promise<MatchResult | null>;
  /** How one workspace sees a stored item: its own match, or null when the item is not for it. */
  view(workspaceId: string, item: StoredItem): Promise<MatchResult | null>;
  invalidate(workspaceId?: string): void;
  watchlist(): Watchlist;
}

export interface MatcherSetOptions {
  /** The learned second opinion; without it, matching is rules only. */
  model?: SecondOpinionModel;
}

export function createMatcherSet(
  baseWatchlist: Watchlist,
  store: Pick<ChannelConfigStore, 'listWatchAdditions' | 'getWorkspaceSettings' | 'listWorkspaceSettings'>,
  opts: MatcherSetOptions = {},
): MatcherSet {
  const rulesBase = compileWatchlist(baseWatchlist);
  const withModel = (m: Matcher) => (opts.model ? withSecondOpinion(m, opts.model) : m);
  const base = withModel(rulesBase);
  const perWorkspace = new Map<string, Matcher>();
  /** Workspaces with terms of their own or the second opinion off: those need their own matcher. */
  let workspacesOfTheirOwn: Set<string> | undefined;

  async function workspaces(): Promise<Set<string>> {
    if (!workspacesOfTheirOwn) {
      const modelOff = (await store.listWorkspaceSettings()).filter((s) => !s.secondOpinion).map((s) => s.workspaceId);
      workspacesOfTheirOwn = new Set([...(await store.listWatchAdditions()).map((w) => w.workspaceId), ...modelOff]);
    }
    return workspacesOfTheirOwn;
  }

  async function forWorkspace(workspaceId: string): Promise<Matcher> {
    if (!(await workspaces()).has(workspaceId)) return base;
    let m = perWorkspace.get(workspaceId);
    if (!m) {
      const terms = await store.listWatchAdditions(workspaceId);
      const rules = terms.length ? compileWatchlist(mergeWatchlists(baseWatchlist, undefined, terms)) : rulesBase;
      m = (await store.getWorkspaceSettings(workspaceId)).secondOpinion ? withModel(rules) : rules;
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
      const owners: string[] = [];
      const topics = new Set<string>();
      for (const ws of await workspaces()) {
        const r = withoutModel((await forWorkspace(ws)).match(item));
        if (!r) continue;
        owners.push(ws);
        for (const t of r.topics) topics.add(t);
      }
      if (!owners.length) return null;
      return { topics: [...topics], terms: [], snippet: '', highlights: [], priority: false, workspaces: owners };
    },
    async view(workspaceId, item) {
      if ((await workspaces()).has(workspaceId)) return (await forWorkspace(workspaceId)).match(item);
      return item.match.workspaces ? null : item.match;
    },
    invalidate(workspaceId) {
      workspacesOfTheirOwn = undefined;
      if (workspaceId) perWorkspace.delete(workspaceId);
      else perWorkspace.clear();
    },
  };
}
