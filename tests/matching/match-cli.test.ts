import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { matchCommand } from '../../src/cli/subcommands/match.ts';
import { childEntry } from '../helpers/child-entry.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/watchlists/${name}`, import.meta.url));

/** The CLI process as bin/policywatch.js runs it (src/cli/entry.ts), bundled once (tests/helpers/child-entry.ts). */
const CLI = await childEntry(fileURLToPath(new URL('../../src/cli/entry.ts', import.meta.url)));

/** Runs the real CLI (`policywatch match …`) in its own process with `input` on stdin. */
function runMatch(
  args: string[],
  input: string,
  env: Record<string, string> = {},
): Promise<{ code: number | null; lines: unknown[]; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, 'match', ...args], {
      cwd: root,
      env: { ...process.env, POLICYWATCH_CONFIG: fixture('does-not-exist.yml'), LOG_LEVEL: 'silent', ...env },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({
        code,
        lines: out
          .split('\n')
          .filter(Boolean)
          .map((l) => JSON.parse(l) as unknown),
        stderr: err,
      }),
    );
    child.stdin.end(input);
  });
}

describe('policywatch match (CLI contract)', () => {
  it('writes one JSON line per input line, in order, with errors in place of malformed lines', async () => {
    const input = [
      JSON.stringify({ id: 'a', title: 'Prohibits ICE from accessing DMV records', summary: 'Requires a judicial warrant.' }),
      '{"id": "broken", "title": ',
      JSON.stringify({ id: 2, title: 'Ice storm relief for towns' }),
      JSON.stringify({ id: 'c', summary: 'no title' }),
      '',
      JSON.stringify({
        id: 'd',
        title: 'JOFOC - detention services',
        agency: 'U.S. Immigration and Customs Enforcement',
        identifier: '70CDCR25R00000012',
      }),
    ].join('\n');
    const { code, lines } = await runMatch([], `${input}\n`);
    expect(code).toBe(0);
    expect(lines).toHaveLength(5);
    expect(lines[0]).toEqual({
      id: 'a',
      topics: ['immigration-enforcement', 'state-databases'],
      priority: true,
      terms: ['ICE', 'DMV records'],
      snippet: 'Prohibits ICE from accessing DMV records — Requires a judicial warrant.',
    });
    expect(lines[1]).toMatchObject({ id: null, line: 2 });
    expect((lines[1] as { error: string }).error).toMatch(/^not valid JSON/);
    expect(lines[2]).toEqual({ id: 2, topics: [], priority: false, terms: [], snippet: '' });
    expect(lines[3]).toEqual({ id: null, error: 'missing "title" (string)', line: 4 });
    expect(lines[4]).toMatchObject({
      id: 'd',
      topics: ['immigration-enforcement'],
      priority: false,
      terms: ['JOFOC', 'detention services', 'Immigration and Customs Enforcement', '70CDCR25R00000012'],
    });
  });

  it('merges the watchlist: key of POLICYWATCH_CONFIG with the defaults', async () => {
    const input = [
      '{"id":1,"title":"City opens a Real Time Crime Center"}',
      '{"id":2,"title":"Employers must use E-Verify"}',
      '{"id":3,"title":"ICE detainers"}',
    ].join('\n');
    const { lines } = await runMatch([], input, { POLICYWATCH_CONFIG: fixture('policywatch.yml') });
    expect(lines.map((l) => (l as { topics: string[] }).topics)).toEqual([
      ['state-databases'],
      ['immigration-enforcement', 'worksite'],
      ['immigration-enforcement'],
    ]);
  });
});

/** The same command in-process, for the option paths (no second process start needed). */
async function runInProcess(args: string[], input: string) {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  stderr.on('data', (d: Buffer) => (err += d.toString()));
  stdin.end(input);
  const code = await matchCommand.run(args, { stdin, stdout, stderr, env: { POLICYWATCH_CONFIG: fixture('does-not-exist.yml') } });
  return {
    code,
    lines: out
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as unknown),
    stderr: err,
  };
}

describe('match command options', () => {
  it('uses only the --watchlist file when given', async () => {
    const { code, lines } = await runInProcess(
      ['--watchlist', fixture('custom.yml')],
      '{"id":1,"title":"Courthouse arrests by ICE agents"}\n{"id":2,"title":"ICE detainers"}\n',
    );
    expect(code).toBe(0);
    expect(lines).toEqual([
      { id: 1, topics: ['courts'], priority: false, terms: ['Courthouse arrests'], snippet: 'Courthouse arrests by ICE agents' },
      { id: 2, topics: [], priority: false, terms: [], snippet: '' },
    ]);
  });

  it('exits 1 with a message naming the file when the watchlist is invalid, before reading stdin', async () => {
    const { code, stderr, lines } = await runInProcess(['--watchlist', fixture('bad-rule.yml')], '{"id":1,"title":"x"}\n');
    expect(code).toBe(1);
    expect(lines).toEqual([]);
    expect(stderr).toMatch(/bad-rule\.yml: topic state-databases: include\[0\] "license plate": two terms side by side/);
  });

  it('rejects unknown options as a usage error', async () => {
    await expect(runInProcess(['--nope'], '')).rejects.toThrow(/Unknown option '--nope'/);
  });
});
