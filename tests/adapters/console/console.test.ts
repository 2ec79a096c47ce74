import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createConsoleAdapter, CONSOLE_CHANNEL } from '../../../adapters/console/adapter.ts';
import { renderConsoleMessage } from '../../../adapters/console/render.ts';
import type { RichMessage } from '../../../src/domain/index.ts';
import { alertMessage } from '../../../src/pipeline/alert-message.ts';
import { makeItem, makeMatch } from '../../helpers/items.ts';

const stored = {
  ...makeItem(),
  firstSeenAt: '2026-11-20T12:00:00.000Z',
  lastSeenAt: '2026-11-20T12:00:00.000Z',
  match: makeMatch(),
  history: [],
};

describe('console adapter', () => {
  it('prints an alert readably: title, link, kind · jurisdiction · identifier, topics, matched terms, highlighted snippet', () => {
    const text = renderConsoleMessage(alertMessage(stored, makeMatch(), 'alert'));
    expect(text.split('\n')).toEqual([
      '● ★ PRIORITY An Act Concerning the Sharing of COLLECT Data with Immigration Authorities',
      '  https://www.cga.ct.gov/asp/cgabillstatus/cgabillstatus.asp?selBillType=Bill&bill_num=HB05001',
      '  bill · CT · HB 5001',
      '  2026-11-20',
      '  topics: immigration-enforcement, state-databases',
      '  Matched: COLLECT, immigration',
      '  Status: Referred to Joint Committee on Judiciary',
      '  Source: test-source',
      '  Sharing of [COLLECT] Data with [Immigration] Authorities',
    ]);
  });

  it('strips terminal control sequences from feed text', () => {
    const msg: RichMessage = { type: 'alert', title: 'Bill \u001b[2J\u001b]0;pwned\u0007 title', fallbackText: '' };
    expect(renderConsoleMessage(msg)).toBe('● Bill [2J]0;pwned title');
  });

  it('delivers to its stream and returns a message reference', async () => {
    const out = new PassThrough();
    let printed = '';
    out.on('data', (c: Buffer) => (printed += c.toString()));
    const adapter = createConsoleAdapter({ out });
    const result = await adapter.deliver(CONSOLE_CHANNEL, alertMessage(stored, makeMatch(), 'update'), { threadRef: 'console-1' });
    expect(result).toMatchObject({ ok: true, messageRef: expect.stringMatching(/^console-/) });
    expect(printed).toContain('↻ UPDATE ★ PRIORITY An Act Concerning');
    expect(printed).toContain('(follow-up to console-1)');
  });
});
