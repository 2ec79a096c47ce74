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

function renameAt(xml: string, i: number): string | undefined {
  // i points at '<'. Renames <published …>, </published>, <updated …>, </updated>.
  const close = xml.charCodeAt(i + 1) === 0x2f;
  const start = close ? i + 2 : i + 1;
  for (const [name, renamed] of Object.entries(RENAMED_DATES)) {
    if (!xml.startsWith(name, start)) continue;
    const after = xml.charCodeAt(start + name.length);
    if (after === 0x3e || after === 0x2f || after === 0x20 || after === 0x09 || after === 0x0a || after === 0x0d) {
      return `${close ? '</' : '<'}${renamed}`;
    }
  }
  return undefined;
}

export function prepareXml(xml: string): string {
  const parts: string[] = [];
  let i = 0;
  let copyFrom = 0;
  while (i < xml.length) {
    const c = xml.charCodeAt(i);
    if (c === 0x3c /* < */) {
      if (xml.startsWith('<![CDATA[', i)) {
        const end = xml.indexOf(']]>', i + 9);
        i = end < 0 ? xml.length : end + 3;
        continue;
      }
      if (xml.startsWith('<!--', i)) {
        const end = xml.indexOf('-->', i + 4);
        i = end < 0 ? xml.length : end + 3;
        continue;
      }
      const renamed = renameAt(xml, i);
      if (renamed) {
        parts.push(xml.slice(copyFrom, i), renamed);
        const nameLength = renamed.length - (renamed.startsWith('</') ? 2 : 1) - 3; // minus 'pw-'
        i += (renamed.startsWith('</') ? 2 : 1) + nameLength;
        copyFrom = i;
        continue;
      }
    } else if (c === 0x26 /* & */) {
      const replacement = entityAt(xml, i);
      if (!xml.startsWith(replacement, i)) {
        parts.push(xml.slice(copyFrom, i), replacement);
        // Skip the original reference (or the bare '&').
        const m = /^&[#A-Za-z0-9]{1,33};/.exec(xml.slice(i, i + 40));
        i += replacement === '&amp;' || !m ? 1 : m[0].length;
        copyFrom = i;
        continue;
      }
    }
    i++;
  }
  if (copyFrom === 0) return xml;
  parts.push(xml.slice(copyFrom));
  return parts.join('');
}
