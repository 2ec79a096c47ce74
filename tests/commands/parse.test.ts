import { describe, expect, it } from 'vitest';
import { parseFilters, tokenizeCommand } from '../../src/commands/index.ts';

const NOW = new Date('2026-11-20T12:00:00Z');
const TOPICS = ['immigration-enforcement', 'state-databases'];
const ALL = ['state', 'kind', 'topic', 'since', 'page'] as const;
const parse = (text: string, allowed = [...ALL]) =>
  parseFilters(tokenizeCommand(text), allowed, { topics: TOPICS, now: NOW, command: 'search' });

describe('tokenizeCommand', () => {
  it.each([
    ['search CLETS', ['search', 'CLETS']],
    ['  search   two  words ', ['search', 'two', 'words']],
    ['search "license plate" reader', ['search', 'license plate', 'reader']],
    ['search “license plate” reader', ['search', 'license plate', 'reader']],
    ['watch add -"gang database"', ['watch', 'add', '-gang database']],
    ['search topic:"state-databases"', ['search', 'topic:state-databases']],
    ['search "unclosed phrase here', ['search', 'unclosed phrase here']],
    ['', []],
  ])('%j → %j', (text, expected) => {
    expect(tokenizeCommand(text).map((t) => t.text)).toEqual(expected);
  });

  it('keeps the quotes in raw and marks quoted tokens', () => {
    const [, phrase] = tokenizeCommand('add "license plate"');
    expect(phrase).toEqual({ text: 'license plate', raw: '"license plate"', quoted: true });
  });
});

describe('parseFilters: values', () => {
  it.each([
    ['state:CT', { states: ['CT'] }],
    ['state:ct,ny', { states: ['CT', 'NY'] }],
    ['state:Connecticut', { states: ['CT'] }],
    ['state:federal', { states: ['US'] }],
    ['jurisdiction:CA', { states: ['CA'] }],
    ['kind:bill', { kinds: ['bill'] }],
    ['kind:Bills,RULE', { kinds: ['bill', 'rule'] }],
    ['topic:state-databases', { topics: ['state-databases'] }],
    ['topic:databases', { topics: ['state-databases'] }],
    ['topic:immigration', { topics: ['immigration-enforcement'] }],
    ['page:3', { page: 3 }],
  ])('%s', (text, expected) => {
    const r = parse(text);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.filters).toMatchObject(expected);
  });

  it.each([
    ['since:30d', '2026-10-21T12:00:00.000Z'],
    ['since:2w', '2026-11-06T12:00:00.000Z'],
    ['since:1y', '2025-11-20T12:00:00.000Z'],
    ['since:2026-01-31', '2026-01-31T00:00:00.000Z'],
  ])('%s', (text, iso) => {
    const r = parse(text);
    expect(r.ok && r.filters.since?.toISOString()).toBe(iso);
  });

  it('separates words from filters, in any order', () => {
    const r = parse('license state:CT "plate reader" kind:bill');
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.words.map((w) => w.raw)).toEqual(['license', '"plate reader"']);
      expect(r.filters).toMatchObject({ states: ['CT'], kinds: ['bill'] });
    }
  });

  it('leaves URLs and unrelated colons as words', () => {
    const r = parse('https://example.org 8:30');
    expect(r.ok && r.words.map((w) => w.text)).toEqual(['https://example.org', '8:30']);
  });
});

describe('parseFilters: errors name the filter and its allowed values', () => {
  it.each([
    ['state:Atlantis', /state:Atlantis.*two-letter state code/],
    ['kind:memo', /kind:memo.*bill, contract, notice, rule, news/],
    ['topic:weather', /topic:weather.*immigration-enforcement, state-databases/],
    ['since:soon', /since:soon.*7d, 2w, 6m, 1y.*2025-01-31/],
    ['since:0d', /since:0d/],
    ['page:0', /page:0.*page:2/],
    ['page:two', /page:two/],
    ['state:', /state: needs a value.*two-letter/],
    ['stat:CT', /"stat:" isn't a filter\. Did you mean state:\?/],
  ])('%s', (text, message) => {
    const r = parse(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });

  it('refuses a filter the command does not take', () => {
    const r = parse('page:2', ['state', 'kind', 'topic']);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/doesn't take a page: filter\. It takes: state: kind: topic:/);
  });
});
