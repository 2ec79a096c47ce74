import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { WatchAddition } from '../../src/domain/index.ts';
import {
  compileWatchlist,
  defaultWatchlist,
  loadWatchlistFile,
  mergeWatchlists,
  parseWatchlist,
  validateRule,
} from '../../src/matching/index.ts';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/watchlists/${name}`, import.meta.url));

describe('parseWatchlist', () => {
  it('accepts topics that only add rules, defaulting label, include and exclude', () => {
    const r = parseWatchlist({ topics: [{ id: 'state-databases', include: ['"real time crime center"'] }] });
    expect(r).toEqual({
      ok: true,
      watchlist: { topics: [{ id: 'state-databases', label: 'state-databases', include: ['"real time crime center"'], exclude: [] }] },
    });
  });

  it.each([
    [null, 'the watchlist must be a mapping'],
    [{}, 'needs a "topics" list'],
    [{ topics: [{ id: 'Bad Id' }] }, 'topics[0].id must be lower-case letters'],
    [{ topics: [{ id: 'a' }, { id: 'a' }] }, 'topics[1].id "a" appears twice'],
    [{ topics: [{ id: 'a', include: 'ICE' }] }, 'topic a: include must be a list of rules'],
    [{ topics: [{ id: 'a', exclude: [{}] }] }, 'topic a: exclude[0] must be text'],
    [
      { topics: [{ id: 'a', include: ['ICE', 'ice and snow'] }] },
      'topic a: include[1] "ice and snow": write the operator in capitals (AND)',
    ],
  ])('rejects %j', (data, message) => {
    const r = parseWatchlist(data);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(message);
  });
});

describe('defaultWatchlist', () => {
  it('has no rule the compiler would drop (too long, too many terms, bad syntax)', () => {
    const bad = defaultWatchlist().topics.flatMap((t) =>
      [...t.include, ...t.exclude].flatMap((rule) => {
        const v = validateRule(rule);
        return v.ok ? [] : [`${t.id}: ${v.error}: ${rule.slice(0, 80)}`];
      }),
    );
    expect(bad).toEqual([]);
  });
});

describe('loadWatchlistFile', () => {
  it('reads YAML and JSON', () => {
    expect(loadWatchlistFile(fixture('custom.yml')).topics.map((t) => t.id)).toEqual(['courts']);
    expect(loadWatchlistFile(fixture('custom.json')).topics[0]!.include).toEqual(['="ICE Air"', '"removal flight*"']);
  });

  it('reads the watchlist: key of a config file', () => {
    expect(loadWatchlistFile(fixture('policywatch.yml')).topics.map((t) => t.id)).toEqual([
      'state-databases',
      'immigration-enforcement',
      'worksite',
    ]);
  });

  it('throws errors that name the file and the problem', () => {
    expect(() => loadWatchlistFile(fixture('missing.yml'))).toThrow(/watchlist file .*missing\.yml: not found/);
    expect(() => loadWatchlistFile(fixture('bad-rule.yml'))).toThrow(
      /bad-rule\.yml: topic state-databases: include\[0\] "license plate": two terms side by side.*\(at character 9\)/,
    );
  });
});

describe('mergeWatchlists', () => {
  const addition = (p: Partial<WatchAddition>): WatchAddition => ({
    id: 'w1',
    workspaceId: 'T1',
    topic: 'state-databases',
    rule: '"real time crime center"',
    mode: 'include',
    addedBy: 'U1',
    addedAt: '2025-01-01T00:00:00Z',
    ...p,
  });

  it('adds configured rules to default topics by id and appends new topics', () => {
    const merged = mergeWatchlists(defaultWatchlist(), loadWatchlistFile(fixture('policywatch.yml')));
    expect(merged.topics.map((t) => t.id)).toEqual(['immigration-enforcement', 'state-databases', 'worksite']);
    expect(merged.topics[1]!.label).toBe('State & local databases');
    expect(merged.topics[1]!.include).toContain('"Real Time Crime Center"');
    expect(merged.topics[2]!.label).toBe('Worksite enforcement');
  });

  it('merges chat additions: terms, exclusions and custom topics, without touching the base', () => {
    const base = defaultWatchlist();
    const merged = mergeWatchlists(base, undefined, [
      addition({}),
      addition({ id: 'w2', topic: 'immigration-enforcement', rule: '"ICE Air" NEAR/3 compressor*', mode: 'exclude' }),
      addition({ id: 'w3', topic: 'farmworker-visas', rule: '"H-2A"' }),
      addition({ id: 'w4', rule: '"real time crime center"' }),
    ]);
    expect(merged.topics[1]!.include.filter((r) => r === '"real time crime center"')).toHaveLength(1);
    expect(base.topics[1]!.include).not.toContain('"real time crime center"');
    expect(merged.topics[0]!.exclude).toContain('"ICE Air" NEAR/3 compressor*');
    expect(merged.topics[2]).toEqual({ id: 'farmworker-visas', label: 'farmworker-visas', include: ['"H-2A"'], exclude: [] });

    const m = compileWatchlist(merged);
    expect(m.topicIds).toEqual(['immigration-enforcement', 'state-databases', 'farmworker-visas']);
    expect(m.match({ title: 'City opens a Real Time Crime Center' })?.topics).toEqual(['state-databases']);
    expect(m.match({ title: 'Growers file H-2A petitions early' })?.topics).toEqual(['farmworker-visas']);
    expect(m.match({ title: 'ICE Air compressors for the courthouse' })).toBeNull();
    expect(compileWatchlist(base).match({ title: 'ICE Air compressors for the courthouse' })).not.toBeNull();
  });
});
