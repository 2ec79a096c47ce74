/**
 * Document-level repairs before and after the XML parser:
 *  - `documentRoot` finds the root element (none: not a feed, answered at once);
 *  - `ensureChannel` gives an <rss> or RDF document without <channel> one, so its items are read;
 *  - `balanceTags` recovers ill-formed XML the way feed readers do: a close tag that matches no
 *    open element is dropped, one that matches an outer element closes the inner ones, and
 *    elements still open at the end (a truncated document) are closed. Used only after a strict
 *    parse has failed.
 * All passes are linear and skip comments, CDATA, processing instructions and the doctype.
 */

export interface RootElement {
  name: string;
  /** Index of '<' of the root start tag. */
  start: number;
  /** Index just after the root start tag's '>'. */
  end: number;
}

/** Index just after a markup declaration, comment, CDATA or processing instruction at `i` ('<'), or -1. */
function skipSpecial(xml: string, i: number): number {
  if (xml.startsWith('<!--', i)) {
    const end = xml.indexOf('-->', i + 4);
    return end < 0 ? xml.length : end + 3;
  }
  if (xml.startsWith('<![CDATA[', i)) {
    const end = xml.indexOf(']]>', i + 9);
    return end < 0 ? xml.length : end + 3;
  }
  if (xml.startsWith('<?', i)) {
    const end = xml.indexOf('?>', i + 2);
    return end < 0 ? xml.length : end + 2;
  }
  if (xml.startsWith('<!', i)) {
    const end = xml.indexOf('>', i + 2);
    return end < 0 ? xml.length : end + 1;
  }
  return -1;
}

export function documentRoot(xml: string): RootElement | undefined {
  let i = 0;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    if (lt < 0) return undefined;
    const skipped = skipSpecial(xml, lt);
    if (skipped >= 0) {
      i = skipped;
      continue;
    }
    const m = /^<([A-Za-z_][\w.:-]*)/.exec(xml.slice(lt, lt + 200));
    if (!m) {
      i = lt + 1;
      continue;
    }
    const gt = xml.indexOf('>', lt);
    return { name: m[1]!, start: lt, end: gt < 0 ? xml.length : gt + 1 };
  }
  return undefined;
}

/** RSS namespaces whose prefix can be dropped: the elements then read as the unprefixed ones. */
const RSS_NAMESPACES = [
  'http://purl.org/rss/1.0/',
  'http://backend.userland.com/rss2',
  'http://backend.userland.com/rss',
  'http://my.netscape.com/rdf/simple/0.9/',
];
const ATOM_NAMESPACES = ['http://www.w3.org/2005/Atom', 'http://purl.org/atom/ns#'];

/**
 * Feeds that put RSS elements under a prefix (<rss:item>, <r:rss>) read as unprefixed, and so
 * does a prefixed Atom root (<atom:feed>) with its elements. Other prefixes (atom:link inside
 * RSS, dc:, media:) are left alone.
 */
export function unprefixFeedElements(xml: string, root: RootElement): { xml: string; root: RootElement } {
  if (!xml.includes(':')) return { xml, root };
  const head = xml.slice(root.start, root.end);
  const prefixes: string[] = [];
  for (const m of head.matchAll(/xmlns:([A-Za-z_][\w.-]*)\s*=\s*["']([^"']*)["']/g)) {
    const ns = m[2]!;
    if (RSS_NAMESPACES.includes(ns) || (ATOM_NAMESPACES.includes(ns) && root.name === `${m[1]}:feed`)) prefixes.push(m[1]!);
  }
  if (!prefixes.length) return { xml, root };
  const re = new RegExp(`<(/?)(?:${prefixes.join('|')}):`, 'g');
  const out = xml.replace(re, '<$1');
  const newRoot = documentRoot(out);
  return newRoot ? { xml: out, root: newRoot } : { xml, root };
}

/**
 * An <rss> or <rdf:RDF> root without a <channel> gets one, so rss-parser finds the items; an
 * Atom feed whose entries are written <item> gets them as <entry>.
 */
export function ensureChannel(xml: string, root: RootElement): string {
  const local = root.name.slice(root.name.indexOf(':') + 1);
  if (local === 'feed') {
    if (/<entry[\s>/]/.test(xml) || !/<item[\s>/]/.test(xml)) return xml;
    return xml.replace(/<(\/?)item(?=[\s>/])/g, '<$1entry');
  }
  if (/<(?:[A-Za-z]+:)?channel[\s>/]/.test(xml)) return xml;
  if (local === 'rss') {
    const close = xml.lastIndexOf(`</${root.name}`);
    if (xml.slice(root.start, root.end).endsWith('/>')) return xml;
    const at = close > root.end ? close : xml.length;
    return `${xml.slice(0, root.end)}<channel>${xml.slice(root.end, at)}</channel>${xml.slice(at)}`;
  }
  if (local === 'RDF') return `${xml.slice(0, root.end)}<channel></channel>${xml.slice(root.end)}`;
  return xml;
}

export interface Balanced {
  xml: string;
  /** Elements still open at the end of the document (closed by the repair), outermost first. */
  closedAtEnd: string[];
}

/** Drops unmatched close tags and closes what is left open; see the module comment. */
export function balanceTags(xml: string): Balanced {
  const out: string[] = [];
  const stack: string[] = [];
  let copyFrom = 0;
  let i = xml.indexOf('<');
  let sawRoot = false;
  while (i >= 0) {
    const skipped = skipSpecial(xml, i);
    if (skipped >= 0) {
      i = xml.indexOf('<', skipped);
      continue;
    }
    const m = /^<(\/?)([A-Za-z_][\w.:-]*)/.exec(xml.slice(i, i + 200));
    if (!m) {
      // A '<' that starts no tag is text.
      out.push(xml.slice(copyFrom, i), '&lt;');
      copyFrom = i + 1;
      i = xml.indexOf('<', i + 1);
      continue;
    }
    const gt = xml.indexOf('>', i);
    if (gt < 0) {
      // A tag cut off by the end of the document.
      out.push(xml.slice(copyFrom, i));
      copyFrom = xml.length;
      break;
    }
    const name = m[2]!;
    if (m[1]) {
      const at = stack.lastIndexOf(name);
      if (at < 0) {
        out.push(xml.slice(copyFrom, i)); // drop the stray close tag
        copyFrom = gt + 1;
      } else {
        out.push(xml.slice(copyFrom, i));
        while (stack.length > at + 1) out.push(`</${stack.pop()}>`);
        stack.pop();
        out.push(xml.slice(i, gt + 1));
        copyFrom = gt + 1;
        if (!stack.length) {
          // The root is closed: anything after it but comments and whitespace is dropped.
          out.push(xml.slice(copyFrom).replace(/<(?!!--)[\s\S]*$/, ''));
          copyFrom = xml.length;
          break;
        }
      }
    } else if (xml.charCodeAt(gt - 1) !== 0x2f /* / */) {
      if (!stack.length && sawRoot) {
        out.push(xml.slice(copyFrom, i));
        copyFrom = xml.length;
        break;
      }
      stack.push(name);
      sawRoot = true;
    }
    i = xml.indexOf('<', gt + 1);
  }
  out.push(xml.slice(copyFrom));
  const closedAtEnd = [...stack];
  while (stack.length) out.push(`</${stack.pop()}>`);
  return { xml: out.join(''), closedAtEnd };
}
