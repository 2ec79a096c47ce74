import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { envSchema } from '../../src/config/env.ts';

const read = (p: string) => readFileSync(new URL(`../../${p}`, import.meta.url), 'utf8');

describe('configuration documentation', () => {
  const variables = Object.keys(envSchema.shape);

  it('.env.example lists every variable the code reads, and nothing else', () => {
    const listed = [...read('.env.example').matchAll(/^([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]);
    expect(listed.sort()).toEqual([...variables].sort());
  });

  it('the README documents every variable', () => {
    const readme = read('README.md');
    for (const v of variables) expect(readme, v).toContain(`\`${v}\``);
  });

  it('the README starts with the two commands a newcomer runs', () => {
    const readme = read('README.md');
    const start = readme.indexOf('npm ci && npm start');
    const test = readme.indexOf('npm ci && npm test');
    expect(start).toBeGreaterThan(0);
    expect(test).toBeGreaterThan(start);
    const firstBlock = /```[a-z]*\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    expect(firstBlock).toMatch(/^npm ci && npm start/);
    expect(firstBlock).toContain('npm ci && npm test');
  });
});
