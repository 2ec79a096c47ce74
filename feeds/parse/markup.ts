/**
 * Text constructs written as inline markup (Atom type="xhtml", Atom 0.3 mode="xml", or HTML
 * tags straight in an RSS title or description) become escaped text before the XML parser
 * sees them. The parser's object model keeps an element's own text apart from its child
 * elements, so "<b>This</b> is content." would come back out of order; as escaped text it
 * stays one string in document order, and the start tag is marked `pw-markup="1"` so the
 * entry mapper knows it is HTML.
 */

const TEXT_CONSTRUCTS = ['title', 'description', 'summary', 'content', 'subtitle', 'tagline'];
/** A `type` that says the element holds data, not text (FPDS puts its award XML in <content type="application/xml">). */
const DATA_TYPE = /\btype\s*=\s*["'](?!(?:text|html|xhtml|text\/plain|text\/html|application\/xhtml\+xml)["'])[^"']*["']/i;

function escapeMarkup(inner: string): string {
  let out = '';
  let i = 0;
  while (i < inner.length) {
    const cdata = inner.indexOf('<![CDATA[', i);
    const stop = cdata < 0 ? inner.length : cdata;
    out += inner.slice(i, stop).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    if (cdata < 0) break;
    const end = inner.indexOf(']]>', cdata + 9);
    const text = inner.slice(cdata + 9, end < 0 ? inner.length : end);
    out += text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    i = end < 0 ? inner.length : end + 3;
  }
  return out;
}

/** Escapes inline markup inside text constructs; `keep` names elements to leave as they are. */
export function escapeInlineMarkup(xml: string, keep: readonly string[] = []): string {
  const names = TEXT_CONSTRUCTS.filter((n) => !keep.includes(n));
  if (!names.length || !xml.includes('<')) return xml;
  // Start tags of text constructs, unprefixed or atom:-prefixed; CDATA and comments are
  // matched too so that a start tag inside them is skipped.
  const find = new RegExp(`<!\\[CDATA\\[|<!--|<((?:atom:)?(?:${names.join('|')}))(?=[\\s>/])`, 'g');
  const parts: string[] = [];
  let copyFrom = 0;
  let m: RegExpExecArray | null;
  while ((m = find.exec(xml)) !== null) {
    const i = m.index;
    if (!m[1]) {
      const end = m[0] === '<!--' ? xml.indexOf('-->', i + 4) : xml.indexOf(']]>', i + 9);
      if (end < 0) break;
      find.lastIndex = end + 3;
      continue;
    }
    const qname = m[1];
    const tagEnd = xml.indexOf('>', i);
    if (tagEnd < 0) break;
    const startTag = xml.slice(i, tagEnd + 1);
    if (startTag.endsWith('/>') || DATA_TYPE.test(startTag)) {
      find.lastIndex = tagEnd + 1;
      continue;
    }
    const close = `</${qname}>`;
    const closeAt = xml.indexOf(close, tagEnd + 1);
    if (closeAt < 0) {
      find.lastIndex = tagEnd + 1;
      continue;
    }
    const inner = xml.slice(tagEnd + 1, closeAt);
    // Only when the content holds an element (not just CDATA or a comment).
    if (inner.includes('<') && /<[A-Za-z]/.test(inner.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '').replace(/<!--[\s\S]*?-->/g, ''))) {
      parts.push(xml.slice(copyFrom, i), `${startTag.slice(0, -1)} pw-markup="1">`, escapeMarkup(inner.replace(/<!--[\s\S]*?-->/g, '')));
      copyFrom = closeAt;
    }
    find.lastIndex = closeAt + close.length;
  }
  if (!parts.length) return xml;
  parts.push(xml.slice(copyFrom));
  return parts.join('');
}
