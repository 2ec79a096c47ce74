/**
 * Buttons on alerts: Relevant, Not relevant, Mark reviewed, Follow/Unfollow, Mute term…. A mark
 * stores the person's label for the item in their workspace; Follow makes the channel hear every
 * later change of a bill or contract. Each press is audited and answers with the alert as it
 * should now read (who marked it, whether the channel follows it), which the adapter puts in
 * place of the original message. Mute term… is a two-step flow for managers (mute.ts).
 */
import {
  TRIAGE_LABELS,
  type ItemFollow,
  type MatchResult,
  type RichMessage,
  type StoredItem,
  type TriageHandler,
  type TriageLabel,
  type TriageLabelKind,
  type TriageRequest,
  type TriageResult,
} from '../domain/index.ts';
import { alertActions, alertMessage, FOLLOWABLE_KINDS } from '../pipeline/alert-message.ts';
import { runMute } from './mute.ts';
import { auditPress, GONE, visibleItem, type TriageDeps } from './triage-item.ts';

export type { TriageDeps } from './triage-item.ts';

const WORDS: Record<TriageLabelKind, string> = { relevant: 'Relevant', 'not-relevant': 'Not relevant', reviewed: 'Reviewed' };

/** 'Relevant: ana, bo · Reviewed: cy' for the workspace's current labels of an item. */
function triageLine(labels: TriageLabel[]): string | undefined {
  const parts: string[] = [];
  for (const kind of TRIAGE_LABELS) {
    const names = [...new Set(labels.filter((l) => l.label === kind).map((l) => l.userName?.trim() || 'someone'))];
    if (names.length) parts.push(`${WORDS[kind]}: ${names.join(', ')}`);
  }
  return parts.length ? parts.join(' · ') : undefined;
}

/** The alert for `item` with this workspace's marks on it, and the channel's follow when it has one. */
function markedAlert(item: StoredItem, labels: TriageLabel[], follow?: ItemFollow, match: MatchResult = item.match): RichMessage {
  const msg = alertMessage(item, match, 'alert');
  msg.actions = alertActions(item, Boolean(follow));
  const line = triageLine(labels);
  const context = [...(msg.context ?? [])];
  if (line) context.push(`✓ ${line}`);
  if (follow) context.push(`Followed here by ${follow.userName?.trim() || 'someone'}: every change is posted in the thread`);
  msg.context = context;
  return msg;
}

const sameChannel = (f: ItemFollow, req: TriageRequest) =>
  f.channel.platform === req.platform && f.channel.workspaceId === req.workspaceId && f.channel.channelId === req.channelId;

/** The alert as it now reads in the channel pressed in. */
async function currentAlert(deps: TriageDeps, req: TriageRequest, item: StoredItem, match: MatchResult): Promise<TriageResult> {
  const labels = (await deps.store.listLabels(req.workspaceId)).filter((l) => l.itemId === item.id);
  const follow = (await deps.store.listFollows([item.id])).find((f) => sameChannel(f, req));
  return { ok: true, message: markedAlert(item, labels, follow, match) };
}

async function mark(deps: TriageDeps, req: TriageRequest, label: TriageLabelKind): Promise<TriageResult> {
  const seen = await visibleItem(deps, req, req.itemId);
  if (!seen) return { ok: false, note: GONE };
  const { item, match } = seen;
  await deps.store.putLabel({
    workspaceId: req.workspaceId,
    itemId: item.id,
    label,
    platform: req.platform,
    channelId: req.channelId,
    userId: req.userId,
    ...(req.userName ? { userName: req.userName } : {}),
    at: deps.clock.now().toISOString(),
    title: item.title,
    topics: [...match.topics],
    terms: [...match.terms],
  });
  await auditPress(deps, req, `triage.${label}`, `${item.id} ${item.identifier ?? ''}`.trim());
  await deps.store.flush();
  return currentAlert(deps, req, item, match);
}

async function follow(deps: TriageDeps, req: TriageRequest, on: boolean): Promise<TriageResult> {
  const seen = await visibleItem(deps, req, req.itemId);
  if (!seen) return { ok: false, note: GONE };
  const { item, match } = seen;
  if (!FOLLOWABLE_KINDS.includes(item.kind))
    return { ok: false, note: `Only bills and contracts can be followed; this is a ${item.kind}.` };
  const channel = { platform: req.platform, workspaceId: req.workspaceId, channelId: req.channelId };
  if (on) {
    await deps.store.putFollow({
      channel,
      itemId: item.id,
      userId: req.userId,
      ...(req.userName ? { userName: req.userName } : {}),
      at: deps.clock.now().toISOString(),
    });
  } else {
    await deps.store.removeFollow(channel, item.id);
  }
  await auditPress(deps, req, on ? 'triage.follow' : 'triage.unfollow', `${item.id} ${item.identifier ?? ''}`.trim());
  await deps.store.flush();
  return currentAlert(deps, req, item, match);
}

export function createTriageHandler(deps: TriageDeps): TriageHandler {
  return async (req: TriageRequest) => {
    if ((TRIAGE_LABELS as readonly string[]).includes(req.action)) return mark(deps, req, req.action as TriageLabelKind);
    if (req.action === 'follow' || req.action === 'unfollow') return follow(deps, req, req.action === 'follow');
    if (req.action === 'mute' || req.action === 'mute-term' || req.action === 'mute-cancel') return runMute(deps, req);
    return { ok: false, note: 'That button is not one policywatch knows; nothing was recorded.' };
  };
}
