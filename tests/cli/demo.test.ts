import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { childEntry } from '../helpers/child-entry.ts';

// The CLI as bin/policywatch.js runs it (src/cli/entry.ts), bundled once (tests/helpers/child-entry.ts);
// tests/cli/run.test.ts starts the bin itself, through tsx.
const BIN = await childEntry(fileURLToPath(new URL('../../src/cli/entry.ts', import.meta.url)));

describe('policywatch demo (offline, bundled sample feeds)', () => {
  it('alerts the on-topic sample items, none of the off-topic ones, then prints a digest', () => {
    const run = spawnSync(process.execPath, [BIN, 'demo'], { env: { PATH: process.env.PATH }, encoding: 'utf8', timeout: 60_000 });
    expect(run.status).toBe(0);
    const headlines = run.stdout.split('\n').filter((l) => l.startsWith('● '));
    const expected = [
      'SB 214 - CalGang',
      'HB 5001 - An Act Concerning the Trust Act',
      'Connecticut COLLECT criminal justice information system',
      'LICENSE PLATE READER DATA AND DMV RECORDS',
      '287(g) Program',
      'Privacy Act of 1974; System of Records',
    ];
    for (const e of expected)
      expect(
        headlines.filter((h) => h.includes(e)),
        e,
      ).toHaveLength(1);
    expect(headlines).toHaveLength(expected.length);
    for (const offTopic of [
      'Ice Fishing',
      'SNOW AND ICE REMOVAL',
      'Ice Machine',
      'Drawbridge',
      'Snow and Ice Removal Reimbursement',
      'Broadband',
    ]) {
      expect(headlines.join('\n')).not.toContain(offTopic);
    }
    expect(run.stdout).toContain('Weekly policy digest');
    expect(run.stdout).toMatch(/12 items fetched from 5 sources; 6 matched/);
  });
});
