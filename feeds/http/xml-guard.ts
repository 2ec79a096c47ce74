/**
 * Refuse hostile XML before any parser sees it: an internal DTD subset (`<!DOCTYPE x [ … ]>`)
 * or any `<!ENTITY` declaration (billion laughs, external entities). Linear scans only.
 */
export type XmlGuardResult = { ok: true } | { ok: false; message: string };

export function rejectHostileXml(text: string): XmlGuardResult {
  if (/<!ENTITY/i.test(text)) {
    return { ok: false, message: 'document declares XML entities (<!ENTITY); refused to parse' };
  }
  const doctype = /<!DOCTYPE/gi;
  let m: RegExpExecArray | null;
  while ((m = doctype.exec(text)) !== null) {
    // An internal subset starts with '[' before the doctype's closing '>'.
    let i = m.index + 9;
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x5b /* [ */) return { ok: false, message: 'document has a DOCTYPE internal subset; refused to parse' };
      if (c === 0x3e /* > */) break;
    }
    doctype.lastIndex = Math.max(doctype.lastIndex, i);
  }
  return { ok: true };
}
