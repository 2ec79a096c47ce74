/**
 * Splits a long digest into several messages that each fit every platform's limits
 * (Slack: 50 blocks, 3000 characters per section; Discord: 4096 per description, 6000 in
 * total), breaking only between lines so that no item is ever cut.
 */
import type { RichMessage, RichSection, RichText } from '../domain/index.ts';

export interface DigestBudget {
  /** Section lines per message. */
  maxLines: number;
  /** Estimated characters per message, links included. */
  maxChars: number;
  /** Characters of one section inside one message (a Slack section block holds 3000). */
  maxSectionChars: number;
}

export const DEFAULT_BUDGET: DigestBudget = { maxLines: 40, maxChars: 3500, maxSectionChars: 2800 };

/**
 * Worst-case rendered size of some text: Slack turns `& < >` into entities (up to 5 characters),
 * Discord puts a backslash before markdown characters.
 */
function escapedChars(text: string): number {
  let n = text.length;
  for (const ch of text) {
    if (ch === '&' || ch === '<' || ch === '>') n += 4;
    else if ('*_~`|\\[]()#-@:'.includes(ch)) n += 1;
  }
  return n;
}

/** Rendered size of a line: escaped text, link markup around each URL, emphasis marks, its newline. */
export function lineChars(line: RichText): number {
  return line.reduce((n, s) => n + escapedChars(s.text) + (s.url ? escapedChars(s.url) + 8 : 0) + (s.emphasis ? 2 : 0), 0) + 1;
}

function headerChars(msg: Pick<RichMessage, 'title' | 'context' | 'badges' | 'body' | 'fallbackText'>): number {
  const ctx = (msg.context ?? []).reduce((n, c) => n + c.length + 1, 0);
  const badges = (msg.badges ?? []).reduce((n, b) => n + b.length + 2, 0);
  const body = (msg.body ?? []).reduce((n, l) => n + lineChars(l), 0) + 8;
  // Titles gain ' (12/12)' when split; the fallback text travels with the message too.
  return msg.title.length + 8 + ctx + badges + body + msg.fallbackText.length;
}

/**
 * Pack `sections` into messages: the first carries `head` (title, context, body), every one
 * repeats the title with a part number, the last carries the footer. A section that does not fit
 * continues in the next message under '<heading> (continued)'.
 */
export function paginate(head: RichMessage, sections: RichSection[], budget: DigestBudget = DEFAULT_BUDGET): RichMessage[] {
  const footerChars = (head.footer?.length ?? 0) + 1;
  const pages: Array<{ sections: RichSection[]; lines: number; chars: number }> = [];
  const firstChars = headerChars(head) + footerChars;
  const restChars = head.title.length + 8 + head.fallbackText.length + 16 + footerChars;
  let page = { sections: [] as RichSection[], lines: 0, chars: firstChars };
  pages.push(page);

  for (const section of sections) {
    let current: RichSection | null = null;
    let currentChars = 0;
    section.lines.forEach((line, index) => {
      const size = lineChars(line);
      const headingSize = current ? 0 : (section.heading?.length ?? 0) + 14;
      const fitsPage = page.lines + 1 <= budget.maxLines && page.chars + size + headingSize <= budget.maxChars;
      const fitsSection = current === null || currentChars + size <= budget.maxSectionChars;
      if ((!fitsPage && page.lines > 0) || !fitsSection) {
        page = { sections: [], lines: 0, chars: restChars };
        pages.push(page);
        current = null;
      }
      if (current === null) {
        const heading = section.heading && index > 0 ? `${section.heading} (continued)` : section.heading;
        current = { ...(heading ? { heading } : {}), lines: [] };
        page.sections.push(current);
        page.chars += (heading?.length ?? 0) + 1;
        currentChars = 0;
      }
      current.lines.push(line);
      currentChars += size;
      page.lines += 1;
      page.chars += size;
    });
  }

  const total = pages.length;
  return pages.map((p, i) => {
    const part = total > 1 ? ` (${i + 1}/${total})` : '';
    const last = i === total - 1;
    const msg: RichMessage = {
      type: head.type,
      title: `${head.title}${part}`,
      sections: p.sections,
      fallbackText: i === 0 ? `${head.fallbackText}${part}` : `${head.title}${part}`,
    };
    if (head.tone) msg.tone = head.tone;
    if (head.ephemeral) msg.ephemeral = head.ephemeral;
    if (i === 0) {
      if (head.url) msg.url = head.url;
      if (head.context) msg.context = head.context;
      if (head.badges) msg.badges = head.badges;
      if (head.body) msg.body = head.body;
    }
    if (last && head.footer) msg.footer = head.footer;
    if (p.sections.length === 0) delete msg.sections;
    return msg;
  });
}
