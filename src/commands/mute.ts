/**
 * Mute term… on an alert, for managers: the press answers the manager alone with the alert's
 * matched terms, one button each (and Cancel); pressing a term is the confirmation, after which
 * it becomes an exclusion of the alert's topics for the whole workspace — the same exclusions
 * `/policy watch add -<term>` makes — audited as triage.mute. Anyone else is refused.
 */
import { createHash } from 'node:crypto';
import type { RichAction, RichMessage, TriageRequest, TriageResult } from '../domain/index.ts';
import { muteRule } from '../triage/mute-rule.ts';
import { SLASH } from '../domain/command-table.ts';
import { reply, shortTitle } from './replies.ts';
import { GONE, visibleItem, type TriageDeps } from './triage-item.ts';
import { addWatchRule } from './watch.ts';

export { muteRule } from '../triage/mute-rule.ts';

/** At most this many terms are offered (Discord: with Cancel, two rows of buttons). */
const MAX_MUTE_TERMS = 8;

const MUTE_REFUSAL =
  'Only managers can mute a term: it changes what the whole workspace is alerted about. Ask a workspace admin, ' +
  `or someone allowed to run ${SLASH} watch, to mute it (or run ${SLASH} watch add -"term").`;

/** The terms a manager may mute, with their rules, in the order the alert lists them. */
function muteChoices(terms: string[]): Array<{ term: string; rule: string }> {
  const out: Array<{ term: string; rule: string }> = [];
  for (const term of terms) {
    const rule = muteRule(term);
    if (rule && !out.some((c) => c.rule.toLowerCase() === rule.toLowerCase())) out.push({ term, rule });
    if (out.length === MAX_MUTE_TERMS) break;
  }
  return out;
}

const termHash = (rule: string) => createHash('sha256').update(rule.toLowerCase()).digest('hex').slice(0, 6);

/** A term button's value: its place and a short hash (a term list that changed meanwhile is caught), then the item id. */
function muteValue(index: number, rule: string, itemId: string): string {
  return `${index}.${termHash(rule)}:${itemId}`;
}

function parseMuteValue(value: string): { index: number; hash: string; itemId: string } | undefined {
  const m = /^(\d{1,2})\.([0-9a-f]{6}):(.+)$/.exec(value);
  return m ? { index: Number(m[1]), hash: m[2]!, itemId: m[3]! } : undefined;
}

function chooser(itemId: string, title: string, topics: string[], choices: Array<{ term: string; rule: string }>): RichMessage {
  const where = topics.join(', ');
  const actions: RichAction[] = choices.map((c, i) => ({
    id: 'mute-term',
    label: `Mute “${shortTitle(c.term, 60)}”`,
    value: muteValue(i, c.rule, itemId),
    style: 'danger',
    confirm: {
      title: 'Mute this term?',
      text: shortTitle(`“${c.term}” will no longer match ${where} anywhere in this workspace.`, 290),
      confirm: 'Mute',
      deny: 'Cancel',
    },
  }));
  actions.push({ id: 'mute-cancel', label: 'Cancel', value: itemId });
  const text =
    `Matched in “${shortTitle(title, 150)}”. The term you press becomes an exclusion of ${where} for the whole workspace: ` +
    'an item whose only match was that term will no longer alert; items that also match other terms still do.';
  return reply('Mute a term in this workspace?', {
    body: [[{ text }]],
    sections: [{ heading: 'Matched terms', lines: choices.map((c) => [{ text: c.term }]) }],
    footer: `Undo later with ${SLASH} watch remove -<term>`,
    actions,
    fallbackText: `Mute a term in this workspace? Matched: ${choices.map((c) => c.term).join(', ')}`,
  });
}

export async function runMute(deps: TriageDeps, req: TriageRequest): Promise<TriageResult> {
  if (req.action === 'mute-cancel') return { ok: true, message: reply('Nothing muted', { body: [[{ text: 'No term was muted.' }]] }) };
  if (!req.isManager) return { ok: false, note: MUTE_REFUSAL };
  const pressed = req.action === 'mute-term' ? parseMuteValue(req.itemId) : { index: -1, hash: '', itemId: req.itemId };
  if (!pressed) return { ok: false, note: 'That button is not one policywatch knows; nothing was muted.' };
  const seen = await visibleItem(deps, req, pressed.itemId);
  if (!seen) return { ok: false, note: GONE };
  const { item, match } = seen;
  const choices = muteChoices(match.terms);
  if (req.action === 'mute') {
    if (!choices.length) return { ok: false, note: `This alert has no term that can be muted from here; use ${SLASH} watch add -"term".` };
    return { ok: true, as: 'ephemeral', message: chooser(item.id, item.title, match.topics, choices) };
  }
  const choice = choices[pressed.index];
  if (!choice || termHash(choice.rule) !== pressed.hash)
    return { ok: false, note: 'The terms of this alert changed since; press Mute term… again.' };
  const ctx = { deps, req: { ...req, text: '', isManager: true }, now: deps.clock.now() };
  const outcomes = [];
  for (const topic of match.topics) outcomes.push(await addWatchRule(ctx, { rule: choice.rule, mode: 'exclude', topic }, 'triage.mute'));
  const where = match.topics.join(', ');
  if (!outcomes.includes('added'))
    return {
      ok: true,
      message: reply('Already muted', { body: [[{ text: `“${choice.term}” was already excluded from ${where} here.` }]] }),
    };
  const undo = `${SLASH} watch remove -${choice.rule}${match.topics.length === 1 ? ` ${match.topics[0]}` : ' <topic>'}`;
  return {
    ok: true,
    message: reply(`Muted “${shortTitle(choice.term, 100)}” in this workspace`, {
      tone: 'success',
      body: [
        [{ text: `It is now an exclusion of ${where}: items whose only match was this term no longer alert here.` }],
        [{ text: 'Undo: ' }, { text: undo, emphasis: 'code' }],
      ],
    }),
  };
}
