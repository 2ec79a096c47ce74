import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Shape of the real-text labelled corpus (tests/fixtures/labelled-real/). This file checks the
// data only; it never runs the matcher, so the corpus stays a blind yardstick.

const DIR = fileURLToPath(new URL('../fixtures/labelled-real/', import.meta.url));
const SPLITS = ['dev', 'heldout'] as const;
const SOURCES = new Set(['federal-register', 'bills', 'contracts', 'local', 'news', 'privacy']);
const TOPICS = new Set(['immigration-enforcement', 'state-databases']);
const OPTIONAL = ['agency', 'office', 'contractor', 'place', 'identifier', 'jurisdiction', 'date'] as const;

/** Floors the corpus has reached; raise them when items are added, never lower them. */
const MIN = {
  total: 725,
  dev: 520,
  heldout: 200,
  perTopicPerSplit: 25,
  negativesPerSplit: 100,
  hardNegatives: 275,
  billJurisdictions: 40,
};

/**
 * A negative is "hard" when its text carries a word that also appears in on-topic records, so a
 * matcher has to tell the senses apart (German ICE trains, icing, "sanctuary" for gun rights,
 * detention basins, US Marshals jail agreements, trade-audit record systems, plate fees...).
 */
const HARD_WORDS =
  /\b(ice|icing|sanctuary|detention|detain\w*|removal|deport\w*|immigra\w*|alien|border|ero|license plates?|plate|dmv|motor vehicles?|driver'?s? licen[cs]es?|database|data|records?|surveillance|police|sheriff|jail|marshals?|customs|enforcement|biometric|fingerprint\w*|undocumented)\b/i;

interface Item {
  id: string;
  source: string;
  title: string;
  summary: string;
  doc: string;
  citation: string;
  labels: string[];
  [k: string]: unknown;
}

function load(split: (typeof SPLITS)[number]): { items: Item[]; raw: string[] } {
  const raw = readFileSync(`${DIR}${split}.jsonl`, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '');
  return { raw, items: raw.map((line) => JSON.parse(line) as Item) };
}

const data = Object.fromEntries(SPLITS.map((s) => [s, load(s)])) as Record<(typeof SPLITS)[number], ReturnType<typeof load>>;
const all = SPLITS.flatMap((s) => data[s].items);

describe('real-text labelled corpus (labelled-real)', () => {
  it('has one JSON object per line in both splits', () => {
    for (const split of SPLITS) {
      for (const line of data[split].raw) {
        const parsed: unknown = JSON.parse(line);
        expect(typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)).toBe(true);
      }
    }
  });

  it('gives every item the required fields, a known source, valid labels and a short real summary', () => {
    for (const it of all) {
      for (const key of ['id', 'source', 'title', 'summary', 'doc', 'citation'] as const) {
        expect(typeof it[key], `${it.id} ${key}`).toBe('string');
      }
      expect(it.id.length).toBeGreaterThan(0);
      expect(it.title.trim().length, it.id).toBeGreaterThan(0);
      expect(it.doc.trim().length, it.id).toBeGreaterThan(0);
      expect(it.citation, it.id).toMatch(/^(https?:\/\/\S+|[\w.-]+\/[\w.-]+:\S+)$/);
      expect(SOURCES.has(it.source), `${it.id} source ${it.source}`).toBe(true);
      expect(it.summary.length, it.id).toBeLessThanOrEqual(600);
      expect(Array.isArray(it.labels), it.id).toBe(true);
      expect(new Set(it.labels).size, it.id).toBe(it.labels.length);
      for (const label of it.labels) expect(TOPICS.has(label), `${it.id} label ${label}`).toBe(true);
      for (const key of OPTIONAL) {
        if (key in it) expect(typeof it[key], `${it.id} ${key}`).toBe('string');
      }
    }
  });

  it('uses each id once across both splits', () => {
    const ids = all.map((it) => it.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps every source document in exactly one split', () => {
    const devDocs = new Set(data.dev.items.map((it) => it.doc));
    const leaked = data.heldout.items.filter((it) => devDocs.has(it.doc)).map((it) => it.doc);
    expect(leaked).toEqual([]);
  });

  it('reaches the size, balance and coverage floors', () => {
    expect(all.length).toBeGreaterThanOrEqual(MIN.total);
    expect(data.dev.items.length).toBeGreaterThanOrEqual(MIN.dev);
    expect(data.heldout.items.length).toBeGreaterThanOrEqual(MIN.heldout);
    for (const split of SPLITS) {
      const items = data[split].items;
      for (const topic of TOPICS) {
        expect(items.filter((it) => it.labels.includes(topic)).length, `${split} ${topic}`).toBeGreaterThanOrEqual(MIN.perTopicPerSplit);
      }
      expect(items.filter((it) => it.labels.length === 0).length, `${split} negatives`).toBeGreaterThanOrEqual(MIN.negativesPerSplit);
    }
    const hard = all.filter((it) => it.labels.length === 0 && HARD_WORDS.test(`${it.title} ${it.summary}`));
    expect(hard.length).toBeGreaterThanOrEqual(MIN.hardNegatives);
    const states = new Set(all.filter((it) => it.source === 'bills').map((it) => it.jurisdiction));
    states.delete(undefined);
    expect(states.size).toBeGreaterThanOrEqual(MIN.billJurisdictions);
    for (const source of SOURCES) {
      expect(
        all.some((it) => it.source === source),
        source,
      ).toBe(true);
    }
  });
});
