/** Renders the core's RichMessage as readable plain text for a terminal or a log file. */
import type { RichMessage, RichText } from '../../src/domain/index.ts';

// eslint-disable-next-line no-control-regex -- stripping control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

/** Feed text may carry terminal escape sequences; never let them reach the terminal. */
function sanitizeForTerminal(text: string): string {
  return text.replace(CONTROL, '');
}

function spans(line: RichText): string {
  return line
    .map((s) => {
      const t = sanitizeForTerminal(s.text);
      if (s.emphasis === 'hit') return `[${t}]`;
      if (s.emphasis === 'bold') return t;
      if (s.emphasis === 'code') return `\`${t}\``;
      return s.url && /^https?:\/\//i.test(s.url) && s.url !== s.text ? `${t} <${sanitizeForTerminal(s.url)}>` : t;
    })
    .join('');
}

export function renderConsoleMessage(msg: RichMessage): string {
  const out: string[] = [];
  const marker = msg.priority ? '★ PRIORITY ' : '';
  const prefix = msg.type === 'update' ? '↻ UPDATE ' : msg.type === 'alert' ? '● ' : '';
  out.push(`${prefix}${marker}${sanitizeForTerminal(msg.title)}`);
  if (msg.url && /^https?:\/\//i.test(msg.url)) out.push(`  ${sanitizeForTerminal(msg.url)}`);
  for (const c of msg.context ?? []) out.push(`  ${sanitizeForTerminal(c)}`);
  if (msg.badges?.length) out.push(`  topics: ${msg.badges.map(sanitizeForTerminal).join(', ')}`);
  for (const f of msg.fields ?? []) out.push(`  ${sanitizeForTerminal(f.label)}: ${sanitizeForTerminal(f.value)}`);
  for (const p of msg.body ?? []) out.push(`  ${spans(p)}`);
  for (const s of msg.sections ?? []) {
    out.push('');
    if (s.heading) out.push(`  ${sanitizeForTerminal(s.heading)}`);
    for (const l of s.lines) out.push(`    ${spans(l)}`);
  }
  if (msg.footer) out.push('', `  ${sanitizeForTerminal(msg.footer)}`);
  return out.join('\n');
}
