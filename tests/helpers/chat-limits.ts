/**
 * Each platform's documented message limits, checked on a rendered payload. Returns the list
 * of violations (empty when the payload is valid), so a failing test says which limit broke.
 *
 * Slack Block Kit: ≤ 50 blocks; section text ≤ 3000, ≤ 10 fields of ≤ 2000; header ≤ 150;
 * context ≤ 10 elements; actions ≤ 25 elements; button text ≤ 75, value ≤ 2000, url ≤ 3000,
 * action_id/block_id ≤ 255, action_id unique; confirm dialog title ≤ 100, text ≤ 300, buttons ≤ 30; the message text ≤ 40,000 (we keep our own 3000); all block text
 * together under ~13.2k (Slack answers msg_blocks_too_long beyond that; we keep 12,000).
 * Discord: content ≤ 2000; ≤ 10 embeds; embed title ≤ 256, description ≤ 4096, ≤ 25 fields
 * (name ≤ 256, value ≤ 1024), footer ≤ 2048, url ≤ 2048, 6000 characters over all embeds;
 * ≤ 5 action rows of ≤ 5 buttons, label ≤ 80, custom_id ≤ 100, link url ≤ 512.
 */
import type { SlackRendered } from '../../adapters/slack/render.ts';

type AnyBlock = Record<string, unknown> & { type: string };
type TextObj = { type: string; text: string };

export function slackViolations(r: SlackRendered | { text: string; blocks: object[] }): string[] {
  const v: string[] = [];
  const blocks = r.blocks as AnyBlock[];
  if (blocks.length > 50) v.push(`${blocks.length} blocks`);
  if (r.text.length > 40_000) v.push(`text ${r.text.length}`);
  let total = 0;
  for (const [i, b] of blocks.entries()) {
    const text = b.text as TextObj | undefined;
    if (b.block_id !== undefined && String(b.block_id).length > 255) v.push(`block ${i} block_id`);
    if (b.type === 'header') {
      if (!text || text.text.length > 150 || text.text.length === 0) v.push(`header ${i} ${text?.text.length}`);
      total += text?.text.length ?? 0;
    } else if (b.type === 'section') {
      const fields = (b.fields as TextObj[] | undefined) ?? [];
      if (!text && fields.length === 0) v.push(`section ${i} empty`);
      if (text && (text.text.length > 3000 || text.text.length === 0)) v.push(`section ${i} text ${text.text.length}`);
      if (fields.length > 10) v.push(`section ${i} ${fields.length} fields`);
      for (const f of fields) if (f.text.length > 2000) v.push(`section ${i} field ${f.text.length}`);
      total += (text?.text.length ?? 0) + fields.reduce((n, f) => n + f.text.length, 0);
    } else if (b.type === 'context') {
      const els = b.elements as TextObj[];
      if (els.length > 10 || els.length === 0) v.push(`context ${i} ${els.length} elements`);
      for (const e of els) if (e.text.length > 3000) v.push(`context ${i} element ${e.text.length}`);
      total += els.reduce((n, e) => n + e.text.length, 0);
    } else if (b.type === 'actions') {
      const els = b.elements as Array<Record<string, unknown>>;
      if (els.length > 25 || els.length === 0) v.push(`actions ${i} ${els.length} elements`);
      for (const e of els) {
        const t = e.text as TextObj | undefined;
        if (!t || t.text.length > 75) v.push(`button text ${t?.text.length}`);
        if (e.action_id !== undefined && String(e.action_id).length > 255) v.push('action_id');
        if (e.value !== undefined && String(e.value).length > 2000) v.push('button value');
        if (e.url !== undefined && String(e.url).length > 3000) v.push('button url');
        const c = e.confirm as Record<string, TextObj> | undefined;
        if (c) {
          if (!c.title || c.title.text.length > 100) v.push('confirm title');
          if (!c.text || c.text.text.length > 300) v.push('confirm text');
          if (!c.confirm || c.confirm.text.length > 30) v.push('confirm button');
          if (!c.deny || c.deny.text.length > 30) v.push('deny button');
        }
      }
      const ids = els.map((e) => e.action_id).filter((id) => id !== undefined);
      if (new Set(ids).size !== ids.length) v.push(`actions ${i} repeated action_id`);
    } else if (b.type !== 'divider') {
      v.push(`unknown block type ${b.type}`);
    }
  }
  if (total > 12_000) v.push(`total block text ${total}`);
  return v;
}

interface Embed {
  title?: string;
  url?: string;
  description?: string;
  fields?: Array<{ name: string; value: string }>;
  footer?: { text: string };
}

export function discordViolations(p: { content?: string; embeds?: Embed[]; components?: Array<{ components: object[] }> }): string[] {
  const v: string[] = [];
  if ((p.content?.length ?? 0) > 2000) v.push(`content ${p.content!.length}`);
  const embeds = p.embeds ?? [];
  if (embeds.length > 10) v.push(`${embeds.length} embeds`);
  let total = 0;
  for (const [i, e] of embeds.entries()) {
    if ((e.title?.length ?? 0) > 256) v.push(`embed ${i} title ${e.title!.length}`);
    if ((e.url?.length ?? 0) > 2048) v.push(`embed ${i} url ${e.url!.length}`);
    if (e.url && !/^https?:\/\//.test(e.url)) v.push(`embed ${i} url scheme`);
    if ((e.description?.length ?? 0) > 4096) v.push(`embed ${i} description ${e.description!.length}`);
    if ((e.fields?.length ?? 0) > 25) v.push(`embed ${i} ${e.fields!.length} fields`);
    for (const f of e.fields ?? []) {
      if (f.name.length > 256 || f.name.length === 0) v.push(`field name ${f.name.length}`);
      if (f.value.length > 1024 || f.value.length === 0) v.push(`field value ${f.value.length}`);
    }
    if ((e.footer?.text.length ?? 0) > 2048) v.push(`footer ${e.footer!.text.length}`);
    total +=
      (e.title?.length ?? 0) +
      (e.description?.length ?? 0) +
      (e.footer?.text.length ?? 0) +
      (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
  }
  if (total > 6000) v.push(`embeds total ${total}`);
  const rows = p.components ?? [];
  if (rows.length > 5) v.push(`${rows.length} action rows`);
  for (const row of rows) {
    if (row.components.length > 5 || row.components.length === 0) v.push(`row of ${row.components.length}`);
    for (const c of row.components as Array<Record<string, unknown>>) {
      if (String(c.label ?? '').length > 80) v.push('button label');
      if (c.custom_id !== undefined && String(c.custom_id).length > 100) v.push(`custom_id ${String(c.custom_id).length}`);
      if (c.url !== undefined && String(c.url).length > 512) v.push('link button url');
    }
  }
  return v;
}

/** Masked links `[label](url)` that are not closed: a link cut in the middle. */
export function brokenDiscordLinks(text: string): number {
  let broken = 0;
  for (const m of text.matchAll(/(?<!\\)\]\(/g)) {
    const rest = text.slice(m.index + 2);
    const close = rest.search(/[)\s]/);
    if (close < 0 || rest[close] !== ')') broken++;
  }
  return broken;
}
