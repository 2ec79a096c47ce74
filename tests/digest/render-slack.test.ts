import { describe, expect, it } from 'vitest';
import { LIMITS, renderSlackMessage, type SlackBlock } from '../../adapters/slack/render.ts';
import { buildDigest } from '../../src/digest/build.ts';
import type { SourceStatusRow } from '../../src/domain/index.ts';
import { createMemoryStore } from '../../storage/memory.ts';
import { busyWeek, makeSub } from './helpers.ts';

const NOW = new Date('2026-11-30T14:00:00Z');
const FAILING: SourceStatusRow[] = [
  {
    id: 'fr',
    name: 'Federal Register',
    type: 'federal-register',
    enabled: true,
    consecutiveFailures: 5,
    itemsSeen: 0,
    lastSuccessAt: '2026-11-25T00:00:00Z',
  },
];

function blockText(b: SlackBlock): string {
  if (b.type === 'header') return b.text.text;
  if (b.type === 'section') return [b.text?.text ?? '', ...(b.fields ?? []).map((f) => f.text)].join('\n');
  if (b.type === 'context') return b.elements.map((e) => e.text).join('\n');
  return '';
}

describe('digest through the Slack renderer', () => {
  it('every part fits Block Kit without Slack shortening anything, and every item arrives once', async () => {
    const store = createMemoryStore();
    const ids = await busyWeek(store);
    const msgs = await buildDigest({ store, sub: makeSub(), now: NOW, sources: FAILING, maxPerSection: 100 });
    expect(msgs.length).toBeGreaterThan(1);
    const rendered = msgs.map(renderSlackMessage);
    for (const r of rendered) {
      expect(r.blocks.length).toBeLessThanOrEqual(LIMITS.blocks);
      const texts = r.blocks.map(blockText);
      for (const b of r.blocks) if (b.type === 'section' && b.text) expect(b.text.text.length).toBeLessThanOrEqual(LIMITS.sectionText);
      expect(texts.join('').length).toBeLessThanOrEqual(LIMITS.totalText);
      expect(texts.join('\n')).not.toMatch(/shortened to fit Slack/);
      expect(r.text.length).toBeGreaterThan(0);
    }
    const all = rendered.flatMap((r) => r.blocks.map(blockText)).join('\n');
    for (const id of ids) expect(all.split(`\`${id}\``).length - 1).toBe(1);
    // Feed text cannot ping the channel or a user.
    expect(all).not.toContain('<!channel>');
    expect(all).not.toContain('<@U123>');
    expect(all).toContain('&lt;!channel&gt;');
    // Title header, linked item titles, the footer on the last part only.
    expect(rendered[0]!.blocks[0]).toMatchObject({
      type: 'header',
      text: { text: `Weekly policy digest: Nov 23 – Nov 30, 2026 (1/${msgs.length})` },
    });
    expect(all).toContain('<https://example.org/items/p0|Priority: state DMV photos shared with ICE &lt;!channel&gt; &amp; ∗all∗ (0)>');
    const footers = rendered.map((r) => r.blocks.map(blockText).join('\n').includes('Failing for more than a day: Federal Register'));
    expect(footers).toEqual(rendered.map((_, i) => i === rendered.length - 1));
  });

  it('an empty week is one short message', async () => {
    const [msg, ...rest] = await buildDigest({ store: createMemoryStore(), sub: makeSub(), now: NOW, sources: [] });
    expect(rest).toHaveLength(0);
    const r = renderSlackMessage(msg!);
    expect(r.blocks.map(blockText).join('\n')).toContain('No new or changed items in the last 7 days');
    expect(r.blocks.length).toBeLessThanOrEqual(4);
  });
});
