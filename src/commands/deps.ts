import type {
  AuditLog,
  ChannelConfigStore,
  Clock,
  Flushable,
  FollowStore,
  ItemStore,
  OutboxStore,
  SourceStatusRow,
  Subscription,
  TriageStore,
  WorkspaceMatcher,
} from '../domain/index.ts';
import type { RichMessage } from '../domain/index.ts';
import type { Watchlist } from '../matching/index.ts';
import type { SearchIndex } from '../search/index.ts';
import type { ChainIndex } from '../chains/index.ts';

/** What `digest preview` and `digest now` need from the digest runner. */
interface DigestPort {
  preview(sub: Subscription, now: Date): Promise<RichMessage[]>;
  sendNow(sub: Subscription): Promise<{ sent: number }>;
}

interface RuntimeInfo {
  version: string;
  startedAt: Date;
  lastPollAt?: Date;
}

export interface CommandDeps {
  store: ChannelConfigStore &
    TriageStore &
    FollowStore &
    AuditLog &
    Flushable &
    Pick<ItemStore, 'getItem' | 'countItems'> &
    Pick<OutboxStore, 'deliveryCounts'>;
  clock: Clock;
  search: SearchIndex;
  /** The base watchlist: defaults + the operator's configured file. */
  watchlist: () => Watchlist;
  digest: DigestPort;
  /** The same rows as `policywatch sources`. */
  sources: () => Promise<SourceStatusRow[]>;
  runtime: () => RuntimeInfo;
  /** Time zone for new digest schedules (the operator's TZ). */
  defaultTz: string;
  /**
   * How the asking workspace sees a stored item (its own match, or null: not for it). Without
   * it, items kept only for some workspaces' own terms are shown to those workspaces alone.
   */
  matchFor?: WorkspaceMatcher;
  /** Called after a workspace's watch additions change (to recompile its matcher). */
  onWatchlistChanged?: (workspaceId: string) => void;
  /** Notice chains: records sharing an identifier with an item (shown by `show`). */
  chains?: Pick<ChainIndex, 'related'>;
  /** Where unexpected failures are logged (the user sees a short reference). */
  log?: { error(obj: object, msg: string): void };
}
