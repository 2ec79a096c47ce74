/**
 * `policywatch labels export`: triage marks become JSON Lines in the labelled-real format, with
 * the same fields and vocabulary as that corpus, one line per decided item, nothing about who
 * marked it; and the rules that turn marks into labels.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/index.ts';
import type { TriageLabel, TriageLabelKind } from '../../src/domain/index.ts';
import { cutSummary, decideLabels } from '../../src/triage/export.ts';
import { openSqliteStore } from '../../storage/sqlite/store.ts';
import { captureIO } from '../helpers/cli-io.ts';
import { BOTH, record } from '../digest/helpers.ts';

const SOURCES = new Set(['federal-register', 'bills', 'contracts', 'local', 'news', 'privacy']);
const TOPICS = new Set(['immigration-enforcement', 'state-databases']);
const FIELDS = new Set([
  'id',
  'source',
  'title',
  'summary',
  'agency',
  'office',
  'contractor',
  'identifier',
  'jurisdiction',
  'date',
  'doc',
  'citation',
  'labels',
]);

const mark = (userId: string, label: TriageLabelKind, at: string, over: Partial<TriageLabel> = {}): TriageLabel => ({
  workspaceId: 'T1',
  itemId: 'i1',
  label,
  platform: 'slack',
  channelId: 'C1',
  userId,
  userName: `name-${userId}`,
  at,
  title: 'Bill',
  topics: BOTH,
  terms: ['COLLECT'],
  ...over,
});

describe('decideLabels', () => {
  it('counts each person once (their latest mark), majority wins, a tie goes to the latest mark', () => {
    expect(decideLabels([mark('U1', 'relevant', '1'), mark('U2', 'not-relevant', '2'), mark('U3', 'not-relevant', '3')])).toEqual([]);
    expect(decideLabels([mark('U1', 'not-relevant', '1'), mark('U1', 'relevant', '2')])).toEqual(BOTH);
    expect(decideLabels([mark('U1', 'relevant', '1'), mark('U2', 'not-relevant', '2')])).toEqual([]);
    expect(decideLabels([mark('U2', 'not-relevant', '1'), mark('U1', 'relevant', '2')])).toEqual(BOTH);
  });

  it('takes the default topics the alert showed; reviewed-only or custom-topic-only marks decide nothing', () => {
    expect(decideLabels([mark('U1', 'relevant', '1', { topics: ['state-databases', 'courthouse-arrests'] })])).toEqual(['state-databases']);
    expect(decideLabels([mark('U1', 'relevant', '1', { topics: ['courthouse-arrests'] })])).toBeUndefined();
    expect(decideLabels([mark('U1', 'reviewed', '1')])).toBeUndefined();
  });

  it('cuts a summary at a sentence, else a word, within 600 characters', () => {
    const sentences = `${'word '.repeat(80).trim()}. ${'more '.repeat(100)}`;
    expect(cutSummary(sentences)).toBe(`${'word '.repeat(80).trim()}.`);
    const words = 'abcdefghi '.repeat(70);
    expect(cutSummary(words).length).toBeLessThanOrEqual(600);
    expect(cutSummary(words).endsWith('abcdefghi')).toBe(true);
  });
});

describe('policywatch labels export', () => {
  let dir: string;
  let env: NodeJS.ProcessEnv;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pw-labels-cli-'));
    env = { DATA_DIR: dir, POLICYWATCH_CONFIG: join(dir, 'absent.yml'), LOG_LEVEL: 'silent' };
    const store = await openSqliteStore(dir);
    const at = '2026-11-20T12:00:00.000Z';
    const bill = await record(
      store,
      { native: 'ct-hb-5001', title: 'Trust Act and COLLECT access', jurisdiction: 'CT', identifier: 'HB 5001', topics: BOTH },
      at,
    );
    const award = await record(
      store,
      {
        native: 'award-1',
        title: 'Snow and ice removal, Hartford field office',
        jurisdiction: 'US',
        kind: 'contract',
        identifier: '70CDCR25P0001',
      },
      at,
    );
    const reviewed = await record(
      store,
      { native: 'only-reviewed', title: 'A notice someone only reviewed', jurisdiction: 'US', kind: 'notice' },
      at,
    );
    await store.putLabel(mark('U1', 'relevant', '2026-11-21T00:00:00.000Z', { itemId: bill.id }));
    await store.putLabel(mark('U2', 'relevant', '2026-11-21T00:01:00.000Z', { itemId: bill.id }));
    await store.putLabel(mark('U1', 'not-relevant', '2026-11-21T00:02:00.000Z', { itemId: award.id, topics: ['immigration-enforcement'] }));
    await store.putLabel(mark('U1', 'reviewed', '2026-11-21T00:03:00.000Z', { itemId: reviewed.id }));
    await store.putLabel(mark('U9', 'relevant', '2026-11-21T00:04:00.000Z', { itemId: award.id, workspaceId: 'T2' }));
    await store.close();
  });

  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes one line per decided item of the workspace, in the labelled-real format, with no person or workspace in it', async () => {
    const out = join(dir, 'labels.jsonl');
    const c = captureIO(env, new PassThrough());
    expect(await main(['labels', 'export', '--workspace', 'T1', '--out', out], c.io)).toBe(0);
    expect(c.err(), c.err()).toContain('2 labelled item(s) of workspace T1 from 4 mark(s) on 3 item(s) written to');
    const text = readFileSync(out, 'utf8');
    const lines = text
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => [l.title, l.source, l.labels])).toEqual([
      ['Trust Act and COLLECT access', 'bills', BOTH],
      ['Snow and ice removal, Hartford field office', 'contracts', []],
    ]);
    for (const l of lines) {
      for (const key of Object.keys(l)) expect(FIELDS.has(key)).toBe(true);
      expect(l.id).toMatch(new RegExp(`^${String(l.source)}-[0-9a-f]{10}$`));
      expect(SOURCES.has(String(l.source))).toBe(true);
      expect((l.labels as string[]).every((t) => TOPICS.has(t))).toBe(true);
      expect(typeof l.doc).toBe('string');
      expect(String(l.citation)).toMatch(/^https:\/\//);
      expect(String(l.summary).length).toBeLessThanOrEqual(600);
    }
    expect(text).not.toMatch(/U1|U2|name-|T1|T2/);
  });

  it('without --workspace takes every workspace (a split vote goes to the latest mark); without --out writes to stdout', async () => {
    const c = captureIO(env, new PassThrough());
    expect(await main(['labels', 'export'], c.io)).toBe(0);
    const lines = c
      .out()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { title: string; labels: string[] });
    expect(lines.find((l) => l.title.startsWith('Snow'))!.labels).toEqual(['immigration-enforcement', 'state-databases']);
  });

  it('refuses a missing or unknown action with a usage error', async () => {
    const c = captureIO(env, new PassThrough());
    expect(await main(['labels'], c.io)).toBe(2);
    expect(await main(['labels', 'import'], c.io)).toBe(2);
  });
});
