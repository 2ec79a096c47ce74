/**
 * Makes real-world XML acceptable to a strict parser in one linear pass, without touching
 * CDATA sections or comments:
 *  - bare '&' (AT&T) becomes '&amp;'; HTML named entities (&nbsp;) become numeric references;
 *  - Atom <published>/<updated> are renamed so rss-parser never calls Date on them (an invalid
 *    date would throw RangeError for the whole feed); we parse those dates ourselves.
 */
import { namedEntity } from '../../src/text/index.ts';

const XML_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);
export const RENAMED_DATES = { published: 'pw-published', updated: 'pw-updated' } as const;

function entityAt(xml: string, i: number): string {
  // i points at '&'. Returns the replacement for the reference that starts here.
  const m = /^&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});/.exec(xml.slice(i, i + 40));
  if (!m) return '&amp;';
  const ref = m[1]!;
  if (ref.startsWith('#') || XML_ENTITIES.has(ref)) return m[0];
  const chars = namedEntity(ref);
  if (chars === undefined) return `&amp;${ref};`;
  let out = '';
  for (const ch of chars) out += `&#${ch.codePointAt(0)};`;
  return out;
}

/**
 * What prepareXml must look at, leftmost first: a CDATA section or comment (skipped whole), a
 * <published>/<updated> tag (renamed), and an '&' that does not already start a reference XML
 * knows (numeric, or one of the five XML names; those stay as written).
 */
const INTERESTING =
  /<!\[CDATA\[|<!--|<(\/?)(published|updated)(?=[>/ \t\n\r])|&(?!#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|(?:amp|lt|gt|quot|apos);)/g;

export function prepareXml(xml: string): string {
  const parts: string[] = [];
  let copyFrom = 0;
  const find = INTERESTING;
  find.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = find.exec(xml)) !== null) {
    const i = m.index;
    const token = m[0];
    if (token === '<![CDATA[' || token === '<!--') {
      const end = xml.indexOf(token === '<!--' ? '-->' : ']]>', i + token.length);
      if (end < 0) break;
      find.lastIndex = end + 3;
    } else if (m[2] !== undefined) {
      parts.push(xml.slice(copyFrom, i), `<${m[1]}${RENAMED_DATES[m[2] as keyof typeof RENAMED_DATES]}`);
      copyFrom = i + token.length;
    } else {
      const replacement = entityAt(xml, i);
      parts.push(xml.slice(copyFrom, i), replacement);
      // Skip the original reference (or the bare '&').
      const ref = replacement === '&amp;' ? undefined : /^&[#A-Za-z0-9]{1,33};/.exec(xml.slice(i, i + 40));
      copyFrom = i + (ref ? ref[0].length : 1);
      find.lastIndex = copyFrom;
    }
  }
  if (copyFrom === 0) return xml;
  parts.push(xml.slice(copyFrom));
  return parts.join('');
}
