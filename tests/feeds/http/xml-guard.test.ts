/** rejectHostileXml refuses entity declarations and DTD internal subsets before any parser runs. */
import { describe, expect, it } from 'vitest';
import { rejectHostileXml } from '../../../feeds/http/xml-guard.ts';

describe('rejectHostileXml', () => {
  it('refuses a billion-laughs document', () => {
    const doc = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><rss>&lol2;</rss>';
    expect(rejectHostileXml(doc)).toMatchObject({ ok: false });
  });

  it('refuses an external entity even without a visible subset bracket first', () => {
    expect(rejectHostileXml('<!entity xxe SYSTEM "file:///etc/passwd">')).toMatchObject({ ok: false });
  });

  it('refuses any internal subset, even an empty one', () => {
    const res = rejectHostileXml('<!DOCTYPE rss [ ]><rss/>');
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.message).toMatch(/internal subset/);
  });

  it('accepts ordinary feeds, a public DOCTYPE without a subset, and the word ENTITY in text', () => {
    expect(rejectHostileXml('<rss version="2.0"><channel><title>ENTITY resolution</title></channel></rss>')).toEqual({ ok: true });
    expect(
      rejectHostileXml(
        '<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd"><rss/>',
      ),
    ).toEqual({ ok: true });
  });

  it('stays linear on pathological input', () => {
    const doc = '<!DOCTYPE'.repeat(200_000);
    expect(rejectHostileXml(doc)).toEqual({ ok: true });
  });
});
