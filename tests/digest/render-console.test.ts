import { describe, expect, it } from 'vitest';
import { renderConsoleMessage } from '../../adapters/console/render.ts';
import { buildDigest } from '../../src/digest/build.ts';
import { createMemoryStore } from '../../storage/memory.ts';
import { busyWeek, makeSub } from './helpers.ts';

const NOW = new Date('2026-11-30T14:00:00Z');

describe('digest through the console renderer', () => {
  it('prints header, priority, federal and states in order, with the lookup hints', async () => {
    const store = createMemoryStore();
    await busyWeek(store);
    const msgs = await buildDigest({ store, sub: makeSub(), now: NOW, sources: [], maxPerSection: 5 });
    const text = msgs.map(renderConsoleMessage).join('\n');
    const order = [
      'Weekly policy digest: Nov 23 – Nov 30, 2026',
      '76 new or changed items',
      '★ Priority (both topics)',
      'Federal',
      'California (CA)',
      'Connecticut (CT)',
    ];
    const positions = order.map((s) => text.indexOf(s));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(text).toContain('and 35 more — `/policy search since:7d state:US priority:no`');
    expect(text).toContain('and 20 more — `/policy search since:7d state:CT priority:no`');
    expect(text).toContain('and 3 more — `/policy search since:7d state:CA priority:no`');
    expect(text).toContain(
      'Priority: state DMV photos shared with ICE <!channel> & *all* (0) <https://example.org/items/p0> · CT · `SB 900` · Public hearing · new Nov 29',
    );
  });

  it('prints a long digest as several parts that together hold every item once', async () => {
    const store = createMemoryStore();
    const ids = await busyWeek(store);
    const msgs = await buildDigest({ store, sub: makeSub(), now: NOW, sources: [], maxPerSection: 100 });
    expect(msgs.length).toBeGreaterThan(1);
    const text = msgs.map(renderConsoleMessage).join('\n');
    for (const id of ids) expect(text.split(`\`${id}\``).length - 1).toBe(1);
    expect(text).toContain(`(${msgs.length}/${msgs.length})`);
  });
});
