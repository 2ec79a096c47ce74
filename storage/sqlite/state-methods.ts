/**
 * The embedded store's operator-facing part: the Store methods for sources, subscriptions,
 * watch additions, digest markers, workspace settings, audit, triage labels and follows, all
 * answered by state.json (state.ts). `SqliteStore` (store.ts) adds items and the outbox.
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
} from '../../src/domain/index.ts';
import type { StatePart } from './state.ts';

export abstract class StateMethods {
  protected constructor(protected readonly state: StatePart) {}

  getSourceState(sourceId: string): Promise<SourceState> {
    return this.state.getSourceState(sourceId);
  }
  putSourceState(state: SourceState): Promise<void> {
    return this.state.putSourceState(state);
  }
  listSourceStates(): Promise<SourceState[]> {
    return this.state.listSourceStates();
  }
  listSubscriptions(): Promise<Subscription[]> {
    return this.state.listSubscriptions();
  }
  getSubscription(channel: ChannelRef): Promise<Subscription | undefined> {
    return this.state.getSubscription(channel);
  }
  upsertSubscription(sub: Subscription): Promise<void> {
    return this.state.upsertSubscription(sub);
  }
  removeSubscription(id: string): Promise<boolean> {
    return this.state.removeSubscription(id);
  }
  listWatchAdditions(workspaceId?: string): Promise<WatchAddition[]> {
    return this.state.listWatchAdditions(workspaceId);
  }
  addWatchAddition(addition: WatchAddition): Promise<void> {
    return this.state.addWatchAddition(addition);
  }
  removeWatchAddition(id: string): Promise<boolean> {
    return this.state.removeWatchAddition(id);
  }
  getDigestMarker(subscriptionId: string): Promise<string | undefined> {
    return this.state.getDigestMarker(subscriptionId);
  }
  setDigestMarker(subscriptionId: string, periodKey: string): Promise<void> {
    return this.state.setDigestMarker(subscriptionId, periodKey);
  }
  getWorkspaceSettings(workspaceId: string): Promise<WorkspaceSettings> {
    return this.state.getWorkspaceSettings(workspaceId);
  }
  listWorkspaceSettings(): Promise<WorkspaceSettings[]> {
    return this.state.listWorkspaceSettings();
  }
  putWorkspaceSettings(settings: WorkspaceSettings): Promise<void> {
    return this.state.putWorkspaceSettings(settings);
  }
  appendAudit(entry: AuditEntry): Promise<void> {
    return this.state.appendAudit(entry);
  }
  listAudit(limit: number): Promise<AuditEntry[]> {
    return this.state.listAudit(limit);
  }
  putLabel(label: TriageLabel): Promise<void> {
    return this.state.putLabel(label);
  }
  listLabels(workspaceId?: string): Promise<TriageLabel[]> {
    return this.state.listLabels(workspaceId);
  }
  putFollow(follow: ItemFollow): Promise<void> {
    return this.state.putFollow(follow);
  }
  removeFollow(channel: ChannelRef, itemId: string): Promise<boolean> {
    return this.state.removeFollow(channel, itemId);
  }
  listFollows(itemIds?: string[]): Promise<ItemFollow[]> {
    return this.state.listFollows(itemIds);
  }
}
