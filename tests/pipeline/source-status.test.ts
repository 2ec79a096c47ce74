import { describe, expect, it } from 'vitest';
import type { SourceConfig, SourceConnector } from '../../src/domain/index.ts';
import { formatSourceTable, sourceStatusRows } from '../../src/pipeline/source-status.ts';
import { createMemoryStore } from '../../storage/memory.ts';

const connector = (type: string, requiredSecret?: string): SourceConnector => ({
  type,
  description: type,
  requiredSecret,
  fetch: async () => ({ status: 'ok', items: [] }),
});
const connectors = [connector('rss'), connector('sam-opportunities', 'SAM_API_KEY')];
const connectorFor = (t: string) => connectors.find((c) => c.type === t);
const src = (id: string, type: string, enabled = true): SourceConfig => ({ id, type, name: id, enabled, intervalMinutes: 60, params: {} });

describe('source status (policywatch sources, /policy sources)', () => {
  it('says why each source is off, and shows health and quota for the ones that run', async () => {
    const store = createMemoryStore();
    await store.putSourceState({
      sourceId: 'sam-opps',
      consecutiveFailures: 2,
      itemsSeen: 40,
      lastSuccessAt: '2026-11-19T09:00:00.000Z',
      lastErrorAt: '2026-11-20T09:00:00.000Z',
      lastError: 'quota: the daily budget of 10 requests is spent; resets 2026-11-21 00:00 UTC',
      nextPollAt: '2026-11-21T00:00:00.000Z',
      quota: { used: 10, limit: 10, period: 'day', resetAt: '2026-11-21T00:00:00.000Z' },
    });
    const sources = [src('ct-bills', 'rss'), src('tx-bills', 'rss', false), src('sam-opps', 'sam-opportunities'), src('mystery', 'gopher')];

    const withoutKey = await sourceStatusRows(sources, store, { connectorFor, secrets: {} });
    expect(withoutKey.map((r) => [r.id, r.enabled, r.disabledReason])).toEqual([
      ['ct-bills', true, undefined],
      ['tx-bills', false, 'disabled in the config file'],
      ['sam-opps', false, 'needs SAM_API_KEY (not set)'],
      ['mystery', false, 'unknown source type "gopher"'],
    ]);

    const rows = await sourceStatusRows(sources, store, { connectorFor, secrets: { SAM_API_KEY: 'k' } });
    const table = formatSourceTable(rows);
    const [header, , ...lines] = table.split('\n');
    expect(header).toMatch(/^id\s+type\s+enabled\s+last success\s+last error\s+fails\s+items\s+next poll\s+quota$/);
    const sam = lines.find((l) => l.startsWith('sam-opps'))!;
    expect(sam).toContain('2026-11-19 09:00');
    expect(sam).toContain('quota: the daily budget of 10 requests is spent');
    expect(sam).toContain('10/10 per day, 0 left');
    expect(sam).toMatch(/\s2\s+40\s/);
  });
});
