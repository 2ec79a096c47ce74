import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/env.ts';
import { loadConfigFile, mergeSources } from '../../src/config/file.ts';
import type { SourceConfig } from '../../src/domain/index.ts';

function file(text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'pw-cfg-')), 'policywatch.yml');
  writeFileSync(path, text);
  return path;
}

const catalog: SourceConfig[] = [
  {
    id: 'federal-register-dhs',
    type: 'federal-register',
    name: 'Federal Register',
    enabled: true,
    intervalMinutes: 60,
    params: { agencies: ['homeland-security-department'] },
  },
];

describe('config file', () => {
  it('means "defaults" when the file does not exist', () => {
    const cfg = loadConfigFile('/nonexistent/policywatch.yml');
    expect(cfg.exists).toBe(false);
    expect(mergeSources(catalog, cfg)).toEqual(catalog);
  });

  it('overrides catalog sources by id and adds new feeds', () => {
    const cfg = loadConfigFile(
      file(`sources:
  - id: federal-register-dhs
    enabled: false
  - id: tx-house-filed
    type: rss
    name: Texas House bills filed today
    intervalMinutes: 120
    params: { url: "https://capitol.texas.gov/MyTLO/RSS/RSS.aspx?Type=todaysfiledhouse", jurisdiction: TX, kind: bill }
watchlist:
  topics:
    - id: state-databases
      label: State databases
      include: ['"Flock Safety"']
      exclude: []
`),
    );
    const merged = mergeSources(catalog, cfg);
    expect(merged[0]).toMatchObject({ id: 'federal-register-dhs', enabled: false, params: { agencies: ['homeland-security-department'] } });
    expect(merged[1]).toMatchObject({
      id: 'tx-house-filed',
      type: 'rss',
      intervalMinutes: 120,
      params: { jurisdiction: 'TX', kind: 'bill' },
    });
    expect(cfg.watchlist).toMatchObject({ topics: [{ id: 'state-databases' }] });
  });

  it('names the file and the entry for every problem', () => {
    expect(() => loadConfigFile(file('sources: [ {id: Bad Id} ]'))).toThrow(/policywatch\.yml: sources\.0\.id: ids are lower-case/);
    expect(() => loadConfigFile(file('colour: blue'))).toThrow(ConfigError);
    expect(() => loadConfigFile(file('sources: [\n  - id: x\n    type: rss\n  bad'))).toThrow(/not valid YAML/);
    const noInterval = loadConfigFile(
      file('sources:\n  - id: new-feed\n    type: rss\n    params: { url: "https://example.org/feed.xml" }\n'),
    );
    expect(mergeSources(catalog, noInterval, 45).at(-1)).toMatchObject({ id: 'new-feed', intervalMinutes: 45, enabled: true });
    const missing = loadConfigFile(file('sources:\n  - id: new-feed\n    type: rss\n'));
    expect(() => mergeSources(catalog, missing)).toThrow(/sources\.new-feed: a new source needs "type" and "params"/);
  });
});
