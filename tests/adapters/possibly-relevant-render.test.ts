/**
 * A "possibly relevant" alert (the learned second opinion) reads as such on Slack and Discord:
 * the badge, the field with the features that drove it, no priority mark — through each
 * platform's one renderer and escaper, so feed words in the features cannot ping or break markup.
 */
import { describe, expect, it } from 'vitest';
import { renderDiscordMessage } from '../../adapters/discord/render.ts';
import { renderSlackMessage } from '../../adapters/slack/render.ts';
import type { MatchResult, StoredItem } from '../../src/domain/index.ts';
import { alertMessage } from '../../src/pipeline/alert-message.ts';
import { makeItem } from '../helpers/items.ts';

const item: StoredItem = {
  ...makeItem({ kind: 'contract', title: 'Guard services <!channel> @everyone', office: 'Detention Operations' }),
  firstSeenAt: '2026-11-20T00:00:00.000Z',
  lastSeenAt: '2026-11-20T00:00:00.000Z',
  history: [],
  match: { topics: [], terms: [], snippet: '', highlights: [], priority: false },
};
const match: MatchResult = {
  topics: [],
  terms: [],
  snippet: 'Guard services <!channel> @everyone',
  highlights: [],
  priority: false,
  possible: [{ topic: 'immigration-enforcement', score: 0.91, why: ['guard(+0.42)', 'office:detention(+0.31)', '<!here>(+0.10)'] }],
};

describe('possibly relevant alerts', () => {
  const msg = alertMessage(item, match, 'alert');

  it('Slack: badge and field say "possibly relevant", the features are escaped, nothing is priority', () => {
    const text = JSON.stringify(renderSlackMessage(msg));
    expect(text).toContain('possibly relevant: immigration-enforcement');
    expect(text).toContain('Possibly relevant');
    expect(text).toContain('guard(+0.42), office:detention(+0.31)');
    expect(text).not.toContain('<!here>');
    expect(text).not.toContain('<!channel>');
    expect(text).not.toMatch(/PRIORITY/i);
  });

  it('Discord: the same words in the embed, mentions defused, neutral colour', () => {
    const payload = renderDiscordMessage(msg);
    const text = JSON.stringify(payload);
    expect(text).toContain('possibly relevant: immigration-enforcement');
    expect(text).toContain('Possibly relevant');
    expect(text).toContain('office:detention(+0.31)');
    expect(text).not.toMatch(/@everyone(?!\u200b)/);
    expect(text).not.toMatch(/priority/i);
    expect(payload.allowed_mentions).toEqual({ parse: [] });
  });
});
