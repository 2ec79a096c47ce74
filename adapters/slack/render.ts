/**
 * RichMessage → Slack Block Kit. Every piece of raw text is escaped here; mrkdwn text goes
 * out with `verbatim: true` so Slack never auto-links channel names or URLs inside feed text.
 * Block Kit limits are met by shortening with an ellipsis, never by failing.
 */
import { inlineLinkUrl, type RichMessage, type RichText, type TextSpan } from '../../src/domain/index.ts';
import { escapeSlackEntities, escapeSlackText, safeLinkTarget, truncateMrkdwn, truncatePlain } from './escape.ts';

export const LIMITS = {
  blocks: 50,
  sectionText: 3000,
  headerText: 150,
  fieldText: 2000,
  fieldsPerSection: 10,
  contextElements: 10,
  /** Slack rejects messages whose blocks total about 13.2k characters (msg_blocks_too_long). */
  totalText: 12_000,
  fallbackText: 3000,
  titleLink: 500,
} as const;

type SlackTextObject = { type: 'mrkdwn'; text: string; verbatim: true } | { type: 'plain_text'; text: string; emoji: boolean };
export type SlackBlock =
  | { type: 'header'; text: { type: 'plain_text'; text: string; emoji: boolean } }
  | { type: 'section'; text?: SlackTextObject; fields?: SlackTextObject[] }
  | { type: 'context'; elements: SlackTextObject[] }
  | { type: 'divider' }
  | { type: 'actions'; block_id: string; elements: SlackButton[] };

interface SlackButton {
  type: 'button';
  action_id: string;
  text: { type: 'plain_text'; text: string; emoji: boolean };
  value: string;
  style?: 'primary' | 'danger';
  confirm?: {
    title: { type: 'plain_text'; text: string };
    text: { type: 'plain_text'; text: string };
    confirm: { type: 'plain_text'; text: string };
    deny: { type: 'plain_text'; text: string };
    style?: 'danger';
  };
}

/** Button action ids start with this, so the adapter routes only its own presses. */
export const ACTION_PREFIX = 'pw:';
/** A second button with the same action (action ids must be unique in a message) ends in `#<n>`. */
export const ACTION_REPEAT = '#';

export interface SlackRendered {
  /** Notification/fallback text (escaped). */
  text: string;
  blocks: SlackBlock[];
}

const SHORTENED_NOTE = '_(shortened to fit Slack: open the link for the full text)_';
const SHORTENED_NO_LINK = '_(shortened to fit Slack)_';
const PRIORITY_MARKER = ':rotating_light: *Priority*';

const mrkdwn = (text: string): SlackTextObject => ({ type: 'mrkdwn', text, verbatim: true });
const section = (text: string): SlackBlock => ({ type: 'section', text: mrkdwn(truncateMrkdwn(text, LIMITS.sectionText)) });

export function renderSlackMessage(msg: RichMessage): SlackRendered {
  const blocks: SlackBlock[] = [...titleBlocks(msg), ...metaBlocks(msg), ...fieldBlocks(msg), ...bodyBlocks(msg), ...sectionBlocks(msg)];
  if (msg.footer) blocks.push({ type: 'context', elements: [mrkdwn(truncateMrkdwn(escapeSlackText(msg.footer), LIMITS.sectionText))] });
  const fallback = msg.fallbackText.trim() || msg.title;
  const fitted = fitLimits(blocks, safeLinkTarget(msg.url) ? SHORTENED_NOTE : SHORTENED_NO_LINK, msg.actions?.length ? 1 : 0);
  const actions = actionBlock(msg);
  return { text: escapeSlackText(truncatePlain(fallback, LIMITS.fallbackText)), blocks: actions ? [...fitted, actions] : fitted };
}

const plainText = (text: string, max: number) => ({ type: 'plain_text' as const, text: truncatePlain(text, max) });

/**
 * The message's buttons (≤ 25 elements, text ≤ 75, value ≤ 2000, action_id ≤ 255 and unique;
 * a confirm dialog's title ≤ 100, text ≤ 300, buttons ≤ 30).
 */
function actionBlock(msg: RichMessage): SlackBlock | undefined {
  const seen = new Map<string, number>();
  const elements: SlackButton[] = (msg.actions ?? []).slice(0, 25).map((a) => {
    const n = seen.get(a.id) ?? 0;
    seen.set(a.id, n + 1);
    return {
      type: 'button',
      action_id: `${ACTION_PREFIX}${a.id.slice(0, 200)}${n ? `${ACTION_REPEAT}${n}` : ''}`,
      text: { type: 'plain_text', text: truncatePlain(a.label, 75), emoji: true },
      value: a.value.slice(0, 2000),
      ...(a.style ? { style: a.style } : {}),
      ...(a.confirm
        ? {
            confirm: {
              title: plainText(a.confirm.title, 100),
              text: plainText(a.confirm.text, 300),
              confirm: plainText(a.confirm.confirm, 30),
              deny: plainText(a.confirm.deny, 30),
              ...(a.style === 'danger' ? { style: 'danger' as const } : {}),
            },
          }
        : {}),
    };
  });
  return elements.length ? { type: 'actions', block_id: 'pw-triage', elements } : undefined;
}

/** One line of spans as mrkdwn: `hit`/`bold` → *bold*, links only for http(s). */
function renderRichText(line: RichText): string {
  return line.map(renderSpan).join('');
}

function renderSpan(span: TextSpan): string {
  const [, lead = '', core = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(span.text) ?? [];
  if (!core) return span.text;
  let out = span.emphasis === 'code' ? `\`${escapeSlackEntities(core).replace(/`/g, "'")}\`` : escapeSlackText(core);
  // Over-long URLs are left unlinked rather than cut: a cut link would swallow its label.
  const link = safeLinkTarget(inlineLinkUrl(span.url));
  if (link) out = `<${link}|${out}>`;
  if (span.emphasis === 'hit' || span.emphasis === 'bold') out = `*${out}*`;
  else if (span.emphasis === 'italic') out = `_${out}_`;
  return `${lead}${out}${trail}`;
}

function titleBlocks(msg: RichMessage): SlackBlock[] {
  const title = (msg.tone === 'error' ? '⚠️ ' : '') + (msg.title.trim() || 'policywatch');
  const link = safeLinkTarget(msg.url);
  const label = escapeSlackText(truncatePlain(title, LIMITS.titleLink));
  // A title link must fit one section whole; a longer URL is dropped, the title always stays.
  if (link && link.length + label.length + 6 <= LIMITS.sectionText) return [section(`*<${link}|${label}>*`)];
  if (title.length > LIMITS.headerText) return [section(`*${escapeSlackText(truncatePlain(title, LIMITS.titleLink))}*`)];
  return [{ type: 'header', text: { type: 'plain_text', text: truncatePlain(title, LIMITS.headerText), emoji: true } }];
}

function metaBlocks(msg: RichMessage): SlackBlock[] {
  const blocks: SlackBlock[] = [];
  const context = (msg.context ?? []).map((c) => c.trim()).filter(Boolean);
  if (context.length)
    blocks.push({ type: 'context', elements: [mrkdwn(truncateMrkdwn(escapeSlackText(context.join(' · ')), LIMITS.sectionText))] });
  const marks: string[] = [];
  if (msg.priority) marks.push(PRIORITY_MARKER);
  const badges = (msg.badges ?? []).map((b) => b.replace(/`/g, '').trim()).filter(Boolean);
  if (badges.length) marks.push(badges.map((b) => `\`${escapeSlackEntities(b)}\``).join(' '));
  if (marks.length) blocks.push({ type: 'context', elements: [mrkdwn(truncateMrkdwn(marks.join('  ·  '), LIMITS.sectionText))] });
  return blocks;
}

function fieldBlocks(msg: RichMessage): SlackBlock[] {
  const fields = (msg.fields ?? []).map((f) =>
    mrkdwn(truncateMrkdwn(`*${escapeSlackText(f.label)}*\n${escapeSlackText(f.value)}`, LIMITS.fieldText)),
  );
  const blocks: SlackBlock[] = [];
  for (let i = 0; i < fields.length; i += LIMITS.fieldsPerSection)
    blocks.push({ type: 'section', fields: fields.slice(i, i + LIMITS.fieldsPerSection) });
  return blocks;
}

function bodyBlocks(msg: RichMessage): SlackBlock[] {
  return chunkLines((msg.body ?? []).map(renderRichText), '\n\n').map(section);
}

function sectionBlocks(msg: RichMessage): SlackBlock[] {
  const blocks: SlackBlock[] = [];
  for (const s of msg.sections ?? []) {
    const lines = s.lines.map(renderRichText);
    if (s.heading) lines.unshift(`*${escapeSlackText(s.heading)}*`);
    if (lines.length) blocks.push(...chunkLines(lines, '\n').map(section));
  }
  return blocks;
}

/** Join lines into texts of at most one section each, breaking between lines; a single over-long line is cut later. */
function chunkLines(lines: string[], sep: string): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const line of lines.filter((l) => l.trim())) {
    if (current && current.length + sep.length + line.length > LIMITS.sectionText) {
      chunks.push(current);
      current = line;
    } else {
      current = current ? `${current}${sep}${line}` : line;
    }
  }
  if (current) chunks.push(current);
  return chunks;
}

function blockTextLength(block: SlackBlock): number {
  switch (block.type) {
    case 'header':
      return block.text.text.length;
    case 'section':
      return (block.text?.text.length ?? 0) + (block.fields ?? []).reduce((n, f) => n + f.text.length, 0);
    case 'context':
      return block.elements.reduce((n, e) => n + e.text.length, 0);
    default:
      return 0;
  }
}

/** ≤ 50 blocks and ≤ ~12k characters in total: later blocks are shortened or dropped, with a note. */
function fitLimits(blocks: SlackBlock[], note: string, reserved = 0): SlackBlock[] {
  const maxBlocks = LIMITS.blocks - reserved;
  const budget = LIMITS.totalText - note.length;
  const out: SlackBlock[] = [];
  let used = 0;
  for (const [i, block] of blocks.entries()) {
    const len = blockTextLength(block);
    const roomForBlocks = out.length < maxBlocks - 1 || (i === blocks.length - 1 && out.length < maxBlocks);
    if (roomForBlocks && used + len <= budget) {
      out.push(block);
      used += len;
      continue;
    }
    const remaining = budget - used;
    if (out.length < maxBlocks - 2 && block.type === 'section' && block.text && !block.fields && remaining > 200) {
      out.push({ type: 'section', text: mrkdwn(truncateMrkdwn(block.text.text, remaining)) });
    }
    out.push({ type: 'context', elements: [mrkdwn(note)] });
    break;
  }
  return out;
}
