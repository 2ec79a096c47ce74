/**
 * Body decoding, first answer wins: byte-order mark → the byte pattern of a UTF-16/UTF-32
 * document without one → Content-Type charset → `<?xml encoding="…"?>` → sniffing (valid
 * UTF-8 is UTF-8, anything else windows-1252). A declared UTF-8 that the bytes are not is
 * passed over, as are labels iconv-lite does not know. Latin-1 and ASCII labels decode as
 * windows-1252, their superset in practice (as browsers do). iconv-lite does the decoding.
 */
import iconv from 'iconv-lite';

function fromBom(buf: Buffer): { encoding: string; skip: number } | undefined {
  const [a, b, c, d] = [buf[0], buf[1], buf[2], buf[3]];
  if (a === 0x00 && b === 0x00 && c === 0xfe && d === 0xff) return { encoding: 'utf-32be', skip: 4 };
  if (a === 0xff && b === 0xfe && c === 0x00 && d === 0x00) return { encoding: 'utf-32le', skip: 4 };
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', skip: 2 };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  return undefined;
}

/** UTF-16/UTF-32 without a BOM, from how '<' (and '<?') is laid out in the first bytes. */
function fromBytePattern(buf: Buffer): string | undefined {
  if (buf.length < 4) return undefined;
  const [a, b, c, d] = [buf[0], buf[1], buf[2], buf[3]];
  if (a === 0x00 && b === 0x00 && c === 0x00 && d === 0x3c) return 'utf-32be';
  if (a === 0x3c && b === 0x00 && c === 0x00 && d === 0x00) return 'utf-32le';
  if (a === 0x00 && b === 0x3c && c === 0x00 && d !== 0x00) return 'utf-16be';
  if (a === 0x3c && b === 0x00 && c !== 0x00 && d === 0x00) return 'utf-16le';
  // Whitespace before the '<' in UTF-16.
  if (a === 0x00 && (b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09) && c === 0x00) return 'utf-16be';
  if ((a === 0x20 || a === 0x0a || a === 0x0d || a === 0x09) && b === 0x00 && d === 0x00) return 'utf-16le';
  return undefined;
}

function charsetFromContentType(contentType: string | undefined): string | undefined {
  if (!contentType) return undefined;
  for (const part of contentType.split(';').slice(1)) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim().toLowerCase() !== 'charset') continue;
    const value = part
      .slice(eq + 1)
      .trim()
      .replace(/^["']|["']$/g, '');
    if (value) return value.toLowerCase();
  }
  return undefined;
}

/** The encoding named in an XML declaration at the start of the document. */
function charsetFromXmlDeclaration(buf: Buffer): string | undefined {
  const head = buf.subarray(0, 512).toString('latin1').replace(/^\s+/, '');
  if (!head.startsWith('<?xml')) return undefined;
  const end = head.indexOf('?>');
  const decl = end > 0 ? head.slice(0, end) : head;
  const m = /encoding\s*=\s*["']([A-Za-z0-9._:-]{1,40})["']/.exec(decl);
  return m?.[1]?.toLowerCase();
}

const AS_WINDOWS_1252 = new Set([
  'iso-8859-1',
  'iso8859-1',
  'latin1',
  'latin-1',
  'l1',
  'us-ascii',
  'ascii',
  'iso_8859-1',
  'cp819',
  'ibm819',
  'x-cp1252',
  'cp1252',
]);
const UTF8 = new Set(['utf-8', 'utf8', 'unicode-1-1-utf-8']);

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
function isUtf8(buf: Buffer): boolean {
  try {
    strictUtf8.decode(buf);
    return true;
  } catch {
    return false;
  }
}

function hasNonAscii(buf: Buffer): boolean {
  for (const b of buf) if (b >= 0x80) return true;
  return false;
}

/** A usable encoding for a declared label and these bytes, or undefined to look further. */
function usable(label: string | undefined, buf: Buffer): string | undefined {
  if (!label) return undefined;
  // Valid multi-byte UTF-8 under a Latin-1 label is UTF-8 with a wrong label ("CafÃ©" otherwise).
  if (AS_WINDOWS_1252.has(label)) return hasNonAscii(buf) && isUtf8(buf) ? 'utf-8' : 'windows-1252';
  if (UTF8.has(label)) return isUtf8(buf) ? 'utf-8' : undefined;
  // A 16/32-bit label on a document whose bytes are 8-bit (no pattern matched) is wrong.
  if (/^(?:utf-?(?:16|32)|ucs-?[24]|unicode)/.test(label)) return undefined;
  return iconv.encodingExists(label) ? label : undefined;
}

export function decodeBody(buf: Buffer, contentType?: string): { text: string; encoding: string } {
  const bom = fromBom(buf);
  if (bom) return { text: iconv.decode(buf.subarray(bom.skip), bom.encoding), encoding: bom.encoding };
  const wide = fromBytePattern(buf);
  if (wide) return { text: iconv.decode(buf, wide), encoding: wide };
  const encoding =
    usable(charsetFromContentType(contentType), buf) ??
    usable(charsetFromXmlDeclaration(buf), buf) ??
    (isUtf8(buf) ? 'utf-8' : 'windows-1252');
  return { text: iconv.decode(buf, encoding), encoding };
}
