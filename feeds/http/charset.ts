/**
 * Body decoding in the order RELIABILITY.md §6 gives: BOM → Content-Type charset →
 * `<?xml encoding="…"?>` → UTF-8. iconv-lite covers windows-1252, ISO-8859-1, UTF-16….
 */
import iconv from 'iconv-lite';

function fromBom(buf: Buffer): { encoding: string; skip: number } | undefined {
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  return undefined;
}

export function charsetFromContentType(contentType: string | undefined): string | undefined {
  if (!contentType) return undefined;
  for (const part of contentType.split(';').slice(1)) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim().toLowerCase() !== 'charset') continue;
    const value = part.slice(eq + 1).trim().replace(/^["']|["']$/g, '');
    if (value) return value.toLowerCase();
  }
  return undefined;
}

/** The encoding named in an XML declaration at the very start of the document. */
export function charsetFromXmlDeclaration(buf: Buffer): string | undefined {
  const head = buf.subarray(0, 256).toString('latin1');
  if (!head.startsWith('<?xml')) return undefined;
  const end = head.indexOf('?>');
  const decl = end > 0 ? head.slice(0, end) : head;
  const m = /encoding\s*=\s*["']([A-Za-z0-9._-]{1,40})["']/.exec(decl);
  return m?.[1]?.toLowerCase();
}

export function decodeBody(buf: Buffer, contentType?: string): { text: string; encoding: string } {
  const bom = fromBom(buf);
  if (bom) return { text: iconv.decode(buf.subarray(bom.skip), bom.encoding), encoding: bom.encoding };
  for (const candidate of [charsetFromContentType(contentType), charsetFromXmlDeclaration(buf)]) {
    if (candidate && iconv.encodingExists(candidate)) return { text: iconv.decode(buf, candidate), encoding: candidate };
  }
  return { text: iconv.decode(buf, 'utf-8'), encoding: 'utf-8' };
}
