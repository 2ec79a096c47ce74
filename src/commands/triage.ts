/**
 * Buttons on alerts: Relevant, Not relevant, Mark reviewed. A press stores the person's label
 * for the item in their workspace, is audited, and answers with the alert as it should now read
 * (who marked it), which the adapter puts in place of the original message.
 */
import { TRIAGE_LABELS, type RichMessage, type StoredItem, type TriageHandler, type TriageLabel, type TriageLabelKind, type TriageRequest } from '../domain/index.ts';
import { alertMessage } from '../pipeline/alert-message.ts';
import type { CommandDeps } from './deps.ts';

const WORDS: Record<TriageLabelKind, string> = { relevant: 'Relevant', 'not-relevant': 'Not relevant', reviewed: 'Reviewed' };

/** 'Relevant: ana, bo · Reviewed: cy' for the workspace's current labels of an item. */
export function triageLine(labels: TriageLabel[]): string | undefined {
  const parts: string[] = [];
  for (const kind of TRIAGE_LABELS) {
    const names = [...new Set(labels.filter((l) => l.label === kind).map((l) => l.userName?.trim() || 'someone'))];
    if (names.length) parts.push(`${WORDS[kind]}: ${names.join(', ')}`);
  }
  return parts.length ? parts.join(' · ') : undefined;
}

/** The alert for `item` with this workspace's marks on it. */
export function markedAlert(item: StoredItem, labels: TriageLabel[]): RichMessage {
  const msg = alertMessage(item, item.match, 'alert');
  const line = triageLine(labels);
  if (line) msg.context = [...(msg.context ?? []), `✓ ${line}`];
  return msg;
}

export function createTriageHandler(deps: Pick<CommandDeps, 'store' | 'clock' | 'log'>): TriageHandler {
  return async (req: TriageRequest) => {
    const label = (TRIAGE_LABELS as readonly string[]).includes(req.action) ? (req.action as TriageLabelKind) : undefined;
    if (!label) return { ok: false, note: 'That button is not one policywatch knows; nothing was recorded.' };
    const item = await deps.store.getItem(req.itemId);
    if (!item) return { ok: false, note: 'This item is no longer stored (it may be older than the retention window); nothing was recorded.' };
    const now = deps.clock.now().toISOString();
    await deps.store.putLabel({
      workspaceId: req.workspaceId, itemId: item.id, label, platform: req.platform, channelId: req.channelId,
      userId: req.userId, ...(req.userName ? { userName: req.userName } : {}), at: now,
      title: item.title, topics: [...item.match.topics], terms: [...item.match.terms],
    });
    await deps.store.appendAudit({
      at: now, platform: req.platform, workspaceId: req.workspaceId, channelId: req.channelId,
      userId: req.userName ? `${req.userId} (${req.userName})` : req.userId, action: `triage.${label}`, detail: `${item.id} ${item.identifier ?? ''}`.trim(),
    });
    await deps.store.flush();
    const labels = (await deps.store.listLabels(req.workspaceId)).filter((l) => l.itemId === item.id);
    return { ok: true, message: markedAlert(item, labels) };
  };
}
