/**
 * Property tests for the one-escaper-per-platform functions: for any input, the escaped text
 * has no live mention, no link or masked link and no formatting marker the platform would
 * act on, and it still says everything the input said.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeDiscordText } from '../../adapters/discord/escape.ts';
import { escapeSlackText } from '../../adapters/slack/escape.ts';

const RUNS = { numRuns: 200 };

/** Untrusted text rich in what the escapers must defuse, mixed with arbitrary characters. */
const hostileText = fc
  .array(
    fc.oneof(
      fc.constantFrom('<@U123>', '<!channel>', '<!here>', '<#C1>', '<@', '<!', '@everyone', '@here', '@Everyone', '<http://evil|click>'),
      fc.constantFrom(
        '[label](https://evil.example)',
        '[',
        ']',
        '(',
        ')',
        '*',
        '**',
        '_',
        '__',
        '~~',
        '`',
        '```',
        '|',
        '||',
        '\\',
        '#',
        '> ',
        '>',
      ),
      fc.constantFrom(
        'https://x.gov/a_b#c',
        'http://',
        '://',
        '&',
        '&amp;',
        '&lt;',
        '\n',
        '\r\n',
        ' ',
        '- ',
        '+ ',
        '1. ',
        'snake_case',
        'a*b',
      ),
      fc.string({ maxLength: 5 }),
      fc.string({ unit: 'binary', maxLength: 3 }),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));
const anyText = fc.oneof(hostileText, fc.string({ unit: 'binary', maxLength: 80 }));

describe('escapeSlackText (mrkdwn)', () => {
  // Slack acts on mentions and links only inside <…> (<@U…>, <!here>, <url|label>); bare
  // "@here" text is inert because no message is sent with link_names.
  it('leaves no "<" or ">": no mention, special mention or link can form', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const out = escapeSlackText(s);
        expect(out).not.toMatch(/[<>]/);
        // Every "&" starts one of the three entities, so nothing decodes into "<".
        expect(out.replace(/&(?:amp|lt|gt);/g, '')).not.toContain('&');
      }),
      RUNS,
    );
  });

  it('leaves no formatting marker Slack would act on: no backtick, no * _ ~ at a word boundary', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const out = escapeSlackText(s);
        expect(out).not.toContain('`');
        expect(out).not.toMatch(/(?<![\p{L}\p{N}])[*_~]|[*_~](?![\p{L}\p{N}])/u);
      }),
      RUNS,
    );
  });

  it('loses no text: entities and look-alikes read back as the input', () => {
    const back: Record<string, string> = {
      '&amp;': '&',
      '&lt;': '<',
      '&gt;': '>',
      '\u2217': '*',
      '\u02cd': '_',
      '\u223c': '~',
      '\u02cb': '`',
    };
    fc.assert(
      fc.property(
        anyText.filter((s) => !/[\u2217\u02cd\u223c\u02cb]/.test(s)),
        (s) => {
          expect(escapeSlackText(s).replace(/&(?:amp|lt|gt);|[\u2217\u02cd\u223c\u02cb]/g, (m) => back[m]!)).toBe(s);
        },
      ),
      RUNS,
    );
  });
});

/** Discord markdown characters that format, link, quote or mention when not escaped. */
const MARKDOWN = new Set([...'\\*_~`|[]<>#']);
const isAsciiPunct = (c: string | undefined) => c !== undefined && /^[!-/:-@[-`{-~]$/.test(c);
/** A bare link as Discord auto-links it, stopping where markup could start. */
const BARE_LINK = /^https?:\/\/[^\s<>[\]()|`*~\\]+/;

/** Reads escaped Discord text: its plain (non-link) text, and every markdown character left unescaped. */
function readDiscord(out: string, links: boolean): { plain: string; live: string[] } {
  let plain = '';
  const live: string[] = [];
  for (let i = 0; i < out.length;) {
    const link = links ? BARE_LINK.exec(out.slice(i)) : null;
    if (link && (i === 0 || !/\w/.test(out[i - 1]!))) {
      i += link[0].length;
      plain += ' ';
      continue;
    }
    const c = out[i]!;
    if (c === '\\' && isAsciiPunct(out[i + 1])) {
      plain += out[i + 1];
      i += 2;
      continue;
    }
    if (MARKDOWN.has(c)) live.push(c);
    plain += c;
    i++;
  }
  return { plain, live };
}

describe('escapeDiscordText (markdown)', () => {
  it('leaves no unescaped markdown character outside bare links: no mention, masked link, code, quote or heading', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        expect(readDiscord(escapeDiscordText(s), true).live).toEqual([]);
      }),
      RUNS,
    );
  });

  it('leaves no @everyone or @here in its text', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        expect(readDiscord(escapeDiscordText(s), true).plain).not.toMatch(/@(everyone|here)/i);
      }),
      RUNS,
    );
  });

  it('starts no line with a list marker', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        for (const line of escapeDiscordText(s).split('\n')) expect(line).not.toMatch(/^ *(?:[-+]|\d+\.) /);
      }),
      RUNS,
    );
  });

  it('as a masked-link label: no link at all, and every markdown character escaped', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const out = escapeDiscordText(s, true);
        expect(out).not.toContain('://');
        const read = readDiscord(out, false);
        expect(read.live).toEqual([]);
        expect(read.plain).not.toMatch(/@(everyone|here)/i);
      }),
      RUNS,
    );
  });

  it('loses no text: removing the escapes gives back the input', () => {
    fc.assert(
      fc.property(
        anyText.filter((s) => !s.includes('\u200b')),
        (s) => {
          const unescaped = escapeDiscordText(s)
            .replace(/\\([!-/:-@[-`{-~])/g, '$1')
            .replace(/@\u200b/g, '@');
          expect(unescaped).toBe(s.replace(/\r\n?/g, '\n'));
        },
      ),
      RUNS,
    );
  });
});
