/** Charset decoding over real HTTP: BOM → Content-Type charset → XML declaration → UTF-8. */
import iconv from 'iconv-lite';
import { afterEach, describe, expect, it } from 'vitest';
import { createSafeHttp, decodeBody } from '../../../feeds/http/index.ts';
import { startFixtureServer, type FixtureServer } from '../../helpers/fixture-server.ts';

let server: FixtureServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function fetchBody(body: Buffer, contentType?: string): Promise<string> {
  server = await startFixtureServer({ '/f': { headers: contentType ? { 'Content-Type': contentType } : {}, body } });
  const res = await createSafeHttp({ allowPrivateHosts: ['127.0.0.1'] }).request(`${server.url}/f`);
  if (res.status !== 'ok') throw new Error(`fetch failed: ${JSON.stringify(res)}`);
  return res.body;
}

// “Smart quotes” and an em dash are 0x93 0x94 0x97 in windows-1252; é is 0xE9 in both 8-bit charsets.
const TITLE = '\u201cSecure Communities\u201d \u2014 ICE access to state databases';

describe('decoding response bodies', () => {
  it('uses the Content-Type charset (windows-1252)', async () => {
    const text = await fetchBody(iconv.encode(`<title>${TITLE}</title>`, 'windows-1252'), 'application/rss+xml; charset=windows-1252');
    expect(text).toBe(`<title>${TITLE}</title>`);
  });

  it('uses the Content-Type charset (ISO-8859-1, quoted)', async () => {
    const text = await fetchBody(
      iconv.encode('<title>Coop\u00e9ration polici\u00e8re</title>', 'latin1'),
      'text/xml; charset="ISO-8859-1"',
    );
    expect(text).toBe('<title>Coop\u00e9ration polici\u00e8re</title>');
  });

  it('falls back to the XML declaration when the header names no charset', async () => {
    const xml = `<?xml version="1.0" encoding="windows-1252"?><rss><title>${TITLE}</title></rss>`;
    expect(await fetchBody(iconv.encode(xml, 'windows-1252'), 'application/xml')).toBe(xml);
  });

  it('lets a UTF-8 BOM win over a wrong Content-Type charset, and strips it', async () => {
    const body = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`<title>${TITLE}</title>`, 'utf8')]);
    expect(await fetchBody(body, 'text/xml; charset=iso-8859-1')).toBe(`<title>${TITLE}</title>`);
  });

  it('decodes a UTF-16LE document by its BOM', async () => {
    const body = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('<rss>\u00e9</rss>', 'utf-16le')]);
    expect(await fetchBody(body)).toBe('<rss>\u00e9</rss>');
  });

  it('defaults to UTF-8, and ignores an unknown charset name', async () => {
    expect(await fetchBody(Buffer.from(TITLE, 'utf8'))).toBe(TITLE);
    expect(await fetchBody(Buffer.from(TITLE, 'utf8'), 'text/xml; charset=x-no-such-charset')).toBe(TITLE);
  });
});

describe('decodeBody: BOM → byte pattern → Content-Type → XML declaration → sniff', () => {
  const doc = '<?xml version="1.0"?><rss><title>Caf\u00e9 \u201cquotes\u201d</title></rss>';

  it.each(['utf-16le', 'utf-16be', 'utf-32le', 'utf-32be'])('reads %s without a BOM from its byte pattern', (encoding) => {
    expect(decodeBody(iconv.encode(doc, encoding), 'application/xml')).toEqual({ text: doc, encoding });
  });

  it('reads UTF-32 by its BOM', () => {
    const body = Buffer.concat([Buffer.from([0xff, 0xfe, 0x00, 0x00]), iconv.encode(doc, 'utf-32le')]);
    expect(decodeBody(body)).toEqual({ text: doc, encoding: 'utf-32le' });
  });

  it('sniffs windows-1252 when nothing is declared and the bytes are not UTF-8', () => {
    const xml = '<rss><title>Caf\u00e9 \u201csmart\u201d</title></rss>';
    expect(decodeBody(iconv.encode(xml, 'windows-1252'), 'application/xml')).toEqual({ text: xml, encoding: 'windows-1252' });
  });

  it('passes over a declared UTF-8 that the bytes are not', () => {
    const xml = '<?xml version="1.0" encoding="utf-8"?><rss><title>Caf\u00e9</title></rss>';
    expect(decodeBody(iconv.encode(xml, 'windows-1252'), 'text/xml; charset=utf-8').text).toBe(xml);
  });

  it('reads valid UTF-8 under a Latin-1 label as UTF-8, and ISO-8859-1 bytes as windows-1252', () => {
    const xml = '<?xml version="1.0" encoding="iso-8859-1"?><rss><title>Caf\u00e9</title></rss>';
    expect(decodeBody(Buffer.from(xml, 'utf8')).text).toBe(xml);
    const latin = '<?xml version="1.0" encoding="iso-8859-1"?><rss><title>\u201cCaf\u00e9\u201d</title></rss>';
    expect(decodeBody(iconv.encode(latin, 'windows-1252'))).toEqual({ text: latin, encoding: 'windows-1252' });
  });

  it('ignores a UTF-16 declaration on an 8-bit document', () => {
    const xml = '<?xml version="1.0" encoding="utf-16"?><rss><title>plain</title></rss>';
    expect(decodeBody(Buffer.from(xml, 'utf8')).text).toBe(xml);
  });
});
