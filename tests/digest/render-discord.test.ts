import { describe, expect, it } from 'vitest';
import { LIMITS, renderDiscordMessage } from '../../adapters/discord/render.ts';
import { buildDigest } from '../../src/digest/build.ts';
import type { SourceStatusRow } from '../../src/domain/index.ts';
import { createMemoryStore } from '../../storage/memory.ts';
import { busyWeek, makeSub } from './helpers.ts';

const NOW = new Date('2026-11-30T14:00:00Z');
const FAILING: SourceStatusRow[] = [
  { id: 'sam', name: 'SAM.gov opportunities', type: 'sam-opportunities', enabled: true, consecutiveFailures: 5, itemsSeen: 0 },
];

describe('digest through the Discord renderer', () => {
  it('every part fits one embed untruncated, and every item arrives once', async () => {
    const store = createMemoryStore();
    const ids = await busyWeek(store);
    const msgs = await buildDigest({ store, sub: makeSub(), now: NOW, sources: FAILING, maxPerSection: 100 });
    expect(msgs.length).toBeGreaterThan(1);
    const payloads = msgs.map(renderDiscordMessage);
    for (const p of payloads) {
      expect(p.embeds).toHaveLength(1);
      const e = p.embeds[0]!;
      expect(e.description!.length).toBeLessThanOrEqual(LIMITS.description);
      expect((e.title ?? '').length + (e.description ?? '').length + (e.footer?.text.length ?? 0)).toBeLessThanOrEqual(LIMITS.total);
      // Nothing cut: no line ends in the truncation ellipsis.
      expect(e.description!.split('\n').some((l) => l.endsWith('…'))).toBe(false);
      expect(p.allowed_mentions).toEqual({ parse: [] });
    }
    const all = payloads.map((p) => p.embeds[0]!.description).join('\n');
    for (const id of ids) expect(all.split(`\`${id}\``).length - 1).toBe(1);
    // Feed text cannot form a masked link or ping.
    expect(all).not.toContain('[ICE](http://evil.example)');
    expect(all).not.toMatch(/(^|[^\u200b])@everyone/);
    expect(all).toContain('**Federal**');
    expect(payloads.at(-1)!.embeds[0]!.footer?.text).toContain('SAM.gov opportunities (no successful fetch yet)');
    expect(payloads.slice(0, -1).every((p) => p.embeds[0]!.footer === undefined)).toBe(true);
    expect(payloads[0]!.embeds[0]!.title).toBe(`Weekly policy digest: Nov 23 – Nov 30, 2026 (1/${msgs.length})`);
  });

  it('an empty week is one short embed', async () => {
    const msgs = await buildDigest({ store: createMemoryStore(), sub: makeSub(), now: NOW, sources: [] });
    expect(msgs).toHaveLength(1);
    const p = renderDiscordMessage(msgs[0]!);
    expect(p.embeds[0]!.description).toContain('No new or changed items in the last 7 days');
  });
});
