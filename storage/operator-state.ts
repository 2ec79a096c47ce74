/**
 * The small operator-facing state (source states, subscriptions, watch additions, digest
 * markers, audit, triage labels, follows, workspace settings) as plain data, with the rules every embedded store
 * applies to it. The in-memory twin keeps it in memory only; the SQLite store writes it to
 * state.json (sqlite/state.ts) on flush() when `changed` was set. PostgreSQL keeps the same
 * things in tables with the same rules (postgres/store.ts).
 */
import type {
  AuditEntry,
  ChannelRef,
  ItemFollow,
  SourceState,
  Subscription,
  TriageLabel,
  WatchAddition,
  WorkspaceSettings,
} from '../src/domain/index.ts';
import { defaultWorkspaceSettings } from '../src/domain/index.ts';

export interface StateData {
  sources: Record<string, SourceState>;
  subscriptions: Subscription[];
  watch: WatchAddition[];
  /** Subscription id → the period key of the last digest sent. */
  digestMarkers: Record<string, string>;
  audit: AuditEntry[];
  /** Triage labels from the buttons on alerts. */
  labels: TriageLabel[];
  /** Items channels follow (the Follow button). */
  follows: ItemFollow[];
  /** Settings of the workspaces that changed one, by workspace id. */
  workspaceSettings: Record<string, WorkspaceSettings>;
}

export function emptyState(): StateData {
  return { sources: {}, subscriptions: [], watch: [], digestMarkers: {}, audit: [], labels: [], follows: [], workspaceSettings: {} };
}

const AUDIT_LIMIT = 500;

export function sameChannel(a: ChannelRef, b: ChannelRef): boolean {
  return a.platform === b.platform && a.workspaceId === b.workspaceId && a.channelId === b.channelId;
}

/** The state ports over one `StateData`; `changed` says whether it differs from what was last written. */
export class OperatorState {
  protected changed = false;

  constructor(protected stateData: StateData = emptyState()) {}

  /** A copy of everything (for `policywatch db import`). */
  exportState(): StateData {
    return structuredClone(this.stateData);
  }

  private touch(): void {
    this.changed = true;
  }

  // ─── Sources ────────────────────────────────────────────────────────────────────
  async getSourceState(sourceId: string): Promise<SourceState> {
    return structuredClone(this.stateData.sources[sourceId] ?? { sourceId, consecutiveFailures: 0, itemsSeen: 0 });
  }

  async putSourceState(state: SourceState): Promise<void> {
    this.stateData.sources[state.sourceId] = structuredClone(state);
    this.touch();
  }

  async listSourceStates(): Promise<SourceState[]> {
    return Object.values(this.stateData.sources).map((s) => structuredClone(s));
  }

  // ─── Subscriptions ──────────────────────────────────────────────────────────────
  async listSubscriptions(): Promise<Subscription[]> {
    return this.stateData.subscriptions.map((s) => structuredClone(s));
  }

  async getSubscription(channel: ChannelRef): Promise<Subscription | undefined> {
    const found = this.stateData.subscriptions.find((s) => sameChannel(s.channel, channel));
    return found && structuredClone(found);
  }

  async upsertSubscription(sub: Subscription): Promise<void> {
    const i = this.stateData.subscriptions.findIndex((s) => s.id === sub.id || sameChannel(s.channel, sub.channel));
    if (i >= 0) this.stateData.subscriptions[i] = structuredClone(sub);
    else this.stateData.subscriptions.push(structuredClone(sub));
    this.touch();
  }

  async removeSubscription(id: string): Promise<boolean> {
    const before = this.stateData.subscriptions.length;
    this.stateData.subscriptions = this.stateData.subscriptions.filter((s) => s.id !== id);
    this.touch();
    return this.stateData.subscriptions.length < before;
  }

  // ─── Watchlist additions ────────────────────────────────────────────────────────
  async listWatchAdditions(workspaceId?: string): Promise<WatchAddition[]> {
    return this.stateData.watch.filter((w) => !workspaceId || w.workspaceId === workspaceId).map((w) => ({ ...w }));
  }

  async addWatchAddition(addition: WatchAddition): Promise<void> {
    this.stateData.watch.push({ ...addition });
    this.touch();
  }

  async removeWatchAddition(id: string): Promise<boolean> {
    const before = this.stateData.watch.length;
    this.stateData.watch = this.stateData.watch.filter((w) => w.id !== id);
    this.touch();
    return this.stateData.watch.length < before;
  }

  // ─── Digest markers and audit ───────────────────────────────────────────────────
  async getDigestMarker(subscriptionId: string): Promise<string | undefined> {
    return this.stateData.digestMarkers[subscriptionId];
  }

  async setDigestMarker(subscriptionId: string, periodKey: string): Promise<void> {
    this.stateData.digestMarkers[subscriptionId] = periodKey;
    this.touch();
  }

  // ─── Workspace settings ─────────────────────────────────────────────────────────
  async getWorkspaceSettings(workspaceId: string): Promise<WorkspaceSettings> {
    const stored = Object.hasOwn(this.stateData.workspaceSettings, workspaceId) ? this.stateData.workspaceSettings[workspaceId] : undefined;
    return { ...defaultWorkspaceSettings(workspaceId), ...stored };
  }

  async listWorkspaceSettings(): Promise<WorkspaceSettings[]> {
    return Object.values(this.stateData.workspaceSettings).map((s) => ({ ...s }));
  }

  async putWorkspaceSettings(settings: WorkspaceSettings): Promise<void> {
    this.stateData.workspaceSettings[settings.workspaceId] = { ...settings };
    this.touch();
  }

  async appendAudit(entry: AuditEntry): Promise<void> {
    this.stateData.audit.push({ ...entry });
    if (this.stateData.audit.length > AUDIT_LIMIT) this.stateData.audit.splice(0, this.stateData.audit.length - AUDIT_LIMIT);
    this.touch();
  }

  async listAudit(limit: number): Promise<AuditEntry[]> {
    return this.stateData.audit.slice(-limit).reverse();
  }

  // ─── Triage labels ────────────────────────────────────────────────────────────────
  async putLabel(label: TriageLabel): Promise<void> {
    const group = (l: TriageLabel) => (l.label === 'reviewed' ? 'review' : 'relevance');
    this.stateData.labels = this.stateData.labels.filter(
      (l) => !(l.workspaceId === label.workspaceId && l.itemId === label.itemId && l.userId === label.userId && group(l) === group(label)),
    );
    this.stateData.labels.push(structuredClone(label));
    this.touch();
  }

  async listLabels(workspaceId?: string): Promise<TriageLabel[]> {
    return this.stateData.labels.filter((l) => workspaceId === undefined || l.workspaceId === workspaceId).map((l) => structuredClone(l));
  }

  // ─── Follows ──────────────────────────────────────────────────────────────────────
  async putFollow(follow: ItemFollow): Promise<void> {
    this.stateData.follows = this.stateData.follows.filter((f) => !(f.itemId === follow.itemId && sameChannel(f.channel, follow.channel)));
    this.stateData.follows.push(structuredClone(follow));
    this.touch();
  }

  async removeFollow(channel: ChannelRef, itemId: string): Promise<boolean> {
    const before = this.stateData.follows;
    this.stateData.follows = before.filter((f) => !(f.itemId === itemId && sameChannel(f.channel, channel)));
    if (this.stateData.follows.length === before.length) return false;
    this.touch();
    return true;
  }

  async listFollows(itemIds?: string[]): Promise<ItemFollow[]> {
    const wanted = itemIds ? new Set(itemIds) : undefined;
    return this.stateData.follows.filter((f) => !wanted || wanted.has(f.itemId)).map((f) => structuredClone(f));
  }
}
