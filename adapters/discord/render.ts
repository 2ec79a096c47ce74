/**
 * RichMessage → Discord message payload (one embed). Owns Discord's embed limits
 * (title 256, description 4096, 25 fields of 256/1024, footer 2048, 6000 in total):
 * text is truncated, never rejected. All feed text is escaped (escape.ts).
 */
import { inlineLinkUrl, TOPIC_DATABASES, TOPIC_IMMIGRATION } from '../../src/domain/index.ts';
import type { RichMessage, RichText, RichTone, TextSpan } from '../../src/domain/index.ts';
import { ELLIPSIS, defusePlain, escapeDiscordText, safeUrl, truncate, truncateLines } from './escape.ts';

export const LIMITS = {
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  total: 6000,
  content: 2000,
} as const;

/** Embed colours by tone. */
export const TONE_COLORS: Record<RichTone, number> = {
  priority: 0xd7263d,
  immigration: 0xe07a1f,
  databases: 0x2d7dd2,
  neutral: 0x99aab5,
  error: 0xed4245,
  success: 0x57f287,
};

export interface DiscordEmbed {
  title?: string;
  url?: string;
  description?: string;
  color: number;
  fields?: Array<{ name: string; value: string; inline: boolean }>;
  footer?: { text: string };
}

interface DiscordButton {
  type: 2;
  /** 1 primary, 2 secondary, 4 danger. */
  style: 1 | 2 | 4;
  label: string;
  custom_id: string;
}

export interface DiscordMessagePayload {
  content?: string;
  embeds: DiscordEmbed[];
  allowed_mentions: { parse: [] };
  components?: Array<{ type: 1; components: DiscordButton[] }>;
}

/** Button custom ids: `pw:<action>:<item id>` (≤ 100 characters). */
export const CUSTOM_ID_PREFIX = 'pw:';

/** The action and value of one of our buttons' custom ids; undefined for anything else. */
export function parseButtonId(customId: string): { action: string; value: string } | undefined {
  const m = /^pw:([a-z-]+):(.+)$/.exec(customId);
  return m ? { action: m[1]!, value: m[2]! } : undefined;
}

function components(msg: RichMessage): DiscordMessagePayload['components'] {
  const buttons: DiscordButton[] = [];
  for (const a of (msg.actions ?? []).slice(0, 25)) {
    const customId = `${CUSTOM_ID_PREFIX}${a.id}:${a.value}`;
    if (customId.length > 100) continue;
    buttons.push({
      type: 2,
      style: a.style === 'primary' ? 1 : a.style === 'danger' ? 4 : 2,
      label: truncate(a.label, 80),
      custom_id: customId,
    });
  }
  const rows: NonNullable<DiscordMessagePayload['components']> = [];
  for (let i = 0; i < buttons.length; i += 5) rows.push({ type: 1, components: buttons.slice(i, i + 5) });
  return rows.length ? rows : undefined;
}

/**
 * Render one span: escaped text, emphasis as markdown, an http(s) link as a masked link
 * (`links: false` renders the label alone, for a description that would not fit otherwise).
 */
export function renderSpan(span: TextSpan, links = true): string {
  const url = links ? safeUrl(inlineLinkUrl(span.url)) : undefined;
  let inner: string;
  if (span.emphasis === 'code') {
    // Nothing can be escaped inside inline code; swap backticks for a look-alike.
    const code = span.text.replace(/`/g, 'ˋ').replace(/\n/g, ' ');
    inner = code.trim() ? `\`${code}\`` : code;
  } else {
    const escaped = escapeDiscordText(span.text, Boolean(url));
    const marker = span.emphasis === 'hit' || span.emphasis === 'bold' ? '**' : span.emphasis === 'italic' ? '*' : '';
    const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(escaped);
    const [lead, core, trail] = [m?.[1] ?? '', m?.[2] ?? '', m?.[3] ?? ''];
    inner = marker && core ? `${lead}${marker}${core}${marker}${trail}` : escaped;
  }
  return url && inner.trim() ? `[${inner}](${url})` : inner;
}

function renderRichText(line: RichText, links = true): string {
  return line.map((s) => renderSpan(s, links)).join('');
}

function colorFor(msg: RichMessage): number {
  if (msg.priority) return TONE_COLORS.priority;
  if (msg.tone) return TONE_COLORS[msg.tone];
  if (msg.type === 'error') return TONE_COLORS.error;
  const badges = msg.badges ?? [];
  if (badges.includes(TOPIC_IMMIGRATION) && badges.includes(TOPIC_DATABASES)) return TONE_COLORS.priority;
  if (badges.includes(TOPIC_IMMIGRATION)) return TONE_COLORS.immigration;
  if (badges.includes(TOPIC_DATABASES)) return TONE_COLORS.databases;
  return TONE_COLORS.neutral;
}

function describe(msg: RichMessage, links = true): string {
  const blocks: string[] = [];
  if (msg.context?.length) blocks.push(msg.context.map((c) => escapeDiscordText(c)).join('\n'));
  const tags = [...(msg.priority ? ['⚑ **Priority**'] : []), ...(msg.badges ?? []).map((b) => `\`${b.replace(/`/g, 'ˋ')}\``)];
  if (tags.length) blocks.push(tags.join(' · '));
  if (msg.body?.length) blocks.push(msg.body.map((l) => renderRichText(l, links)).join('\n'));
  for (const section of msg.sections ?? []) {
    const lines = section.lines.map((l) => renderRichText(l, links));
    if (section.heading) lines.unshift(`**${escapeDiscordText(section.heading)}**`);
    if (lines.length) blocks.push(lines.join('\n'));
  }
  return blocks.join('\n\n');
}

/** Render a RichMessage as a Discord message payload. Never throws on long or hostile text. */
export function renderDiscordMessage(msg: RichMessage): DiscordMessagePayload {
  const title = truncate(escapeDiscordText(msg.title.replace(/\s+/g, ' ').trim()), LIMITS.title);
  const footer = msg.footer ? truncate(defusePlain(msg.footer), LIMITS.footer) : '';
  const allFields = (msg.fields ?? []).slice(0, LIMITS.fields).map((f) => {
    const value = truncate(escapeDiscordText(f.value), LIMITS.fieldValue) || '\u200b';
    return { name: truncate(escapeDiscordText(f.label), LIMITS.fieldName) || '\u200b', value, inline: value.length <= 40 };
  });
  // Links cost characters: when the text would be cut, show it without them rather than lose entries.
  let description = describe(msg);
  if (description.length > LIMITS.description - 200) description = describe(msg, false);

  // Share the 6000 total: title and footer first, then fields (keeping room for up to
  // 1024 characters of description), then the description gets what is left.
  let used = title.length + footer.length;
  const reserve = Math.min(description.length, 1024);
  const fields: typeof allFields = [];
  for (const f of allFields) {
    const cost = f.name.length + f.value.length;
    if (used + cost > LIMITS.total - reserve) break;
    fields.push(f);
    used += cost;
  }
  const descBudget = Math.min(LIMITS.description, LIMITS.total - used);
  const desc = descBudget > ELLIPSIS.length ? truncateLines(description, descBudget) : '';

  const embed: DiscordEmbed = { color: colorFor(msg) };
  if (title) embed.title = title;
  const url = safeUrl(msg.url);
  if (url && title) embed.url = url;
  if (desc) embed.description = desc;
  if (fields.length) embed.fields = fields;
  if (footer) embed.footer = { text: footer };

  const payload: DiscordMessagePayload = { embeds: [embed], allowed_mentions: { parse: [] } };
  const rows = components(msg);
  if (rows) payload.components = rows;
  if (!title && !desc && !fields.length) {
    payload.content = truncate(escapeDiscordText(msg.fallbackText), LIMITS.content) || ELLIPSIS;
    payload.embeds = [];
  }
  return payload;
}
