import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogDocs, defaultCatalog } from '../../feeds/catalog.ts';
import { connectorFor, connectors } from '../../feeds/registry.ts';
import { SECRET_VARIABLES } from '../../src/config/env.ts';
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server.ts';
import { keyedCtx } from '../fixtures/feeds/keyed/context.ts';

const KEYED: Record<string, string> = {
  'sam-opportunities': 'SAM_API_KEY',
  'sam-awards': 'SAM_API_KEY',
  openstates: 'OPENSTATES_API_KEY',
  legiscan: 'LEGISCAN_API_KEY',
  congress: 'CONGRESS_API_KEY',
  regulations: 'REGULATIONS_API_KEY',
  nysenate: 'NYSENATE_API_KEY',
};
const KEYLESS = ['rss', 'html', 'federal-register', 'usaspending', 'fpds', 'dhs-privacy', 'legistar', 'ct-bills'];
/** Types for the operator's own pages and councils: catalog entries are examples, off by default. */
const OPERATOR_TYPES = new Set(['html']);

describe('connector registry', () => {
  it('holds every connector, one per type', () => {
    expect(connectors.map((c) => c.type).sort()).toEqual([...KEYLESS, ...Object.keys(KEYED)].sort());
    for (const c of connectors) expect(connectorFor(c.type)).toBe(c);
    expect(connectorFor('no-such-type')).toBeUndefined();
  });

  it('exposes the env variable each keyed connector needs, and none for keyless ones', () => {
    for (const [type, secret] of Object.entries(KEYED)) {
      expect(connectorFor(type)?.requiredSecret).toBe(secret);
      expect(SECRET_VARIABLES).toContain(secret);
    }
    for (const type of KEYLESS) expect(connectorFor(type)?.requiredSecret).toBeUndefined();
  });
});

describe('default catalog', () => {
  const catalog = defaultCatalog();

  it('has unique, short, stable slug ids', () => {
    const ids = catalog.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    for (const id of ids) expect(id.length).toBeLessThanOrEqual(24);
    expect(defaultCatalog().map((s) => s.id)).toEqual(ids);
  });

  it('gives every source a connector and a name', () => {
    for (const s of catalog) {
      expect(connectorFor(s.type), s.id).toBeDefined();
      expect(s.name.length).toBeGreaterThan(5);
    }
  });

  it('covers every connector type', () => {
    expect(new Set(catalog.map((s) => s.type))).toEqual(new Set(connectors.map((c) => c.type).filter((t) => !OPERATOR_TYPES.has(t))));
  });

  it('enables every keyless source and lists keyed ones as enabled (the pipeline disables them without a key)', () => {
    for (const s of catalog) expect(s.enabled, s.id).toBe(s.type !== 'legistar');
    const keyless = catalog.filter((s) => !connectorFor(s.type)?.requiredSecret);
    expect(keyless.length).toBeGreaterThanOrEqual(5);
  });

  it('lists a dozen large councils and county boards on Legistar, off by default, each under its city or county', () => {
    const legistar = catalog.filter((s) => s.type === 'legistar');
    expect(legistar.length).toBeGreaterThanOrEqual(12);
    for (const s of legistar) {
      expect(s.enabled, s.id).toBe(false);
      expect(s.id).toBe(`legistar-${s.params.client as string}`);
      expect(s.params.jurisdiction).toMatch(/^[A-Z][A-Za-z .-]+, [A-Z]{2}$/);
    }
  });

  it('aims at the mission: ICE/DHS/DOJ notices, Privacy Act notices, ICE contracts, the watch phrases', () => {
    const fr = catalog.filter((s) => s.type === 'federal-register');
    const agencies = fr.flatMap((s) => s.params.agencies as string[]);
    for (const slug of [
      'u-s-immigration-and-customs-enforcement',
      'u-s-customs-and-border-protection',
      'u-s-citizenship-and-immigration-services',
      'homeland-security-department',
      'justice-department',
      'executive-office-for-immigration-review',
    ]) {
      expect(agencies).toContain(slug);
    }
    expect(fr.some((s) => String(s.params.term).includes('system of records'))).toBe(true);
    expect(catalog.find((s) => s.type === 'fpds')?.params.agencyId).toBe('7012'); // CONTRACTING_AGENCY_ID:7012 (ICE)
    const usa = catalog.filter((s) => s.type === 'usaspending');
    expect(usa.flatMap((s) => s.params.agencies as string[])).toContain('U.S. Immigration and Customs Enforcement');
    expect(usa.flatMap((s) => (s.params.keywords as string[] | undefined) ?? [])).toEqual(
      expect.arrayContaining(['license plate', 'data', 'criminal justice information']),
    );
    expect(catalog.some((s) => s.type === 'rss' && s.params.url === 'https://www.govinfo.gov/rss/bills.xml')).toBe(true);
    const text = JSON.stringify(catalog.filter((s) => connectorFor(s.type)?.requiredSecret));
    for (const phrase of ['287(g)', 'detainer', 'license plate', 'gang database', "driver's license", 'trust act', 'sanctuary']) {
      expect(text.toLowerCase()).toContain(phrase);
    }
  });

  it('keeps quota-limited sources inside their budgets', () => {
    const perDay = (id: string, requestsPerPoll: number) => {
      const s = catalog.find((x) => x.id === id)!;
      return (1440 / s.intervalMinutes) * requestsPerPoll;
    };
    for (const s of catalog.filter((x) => x.type.startsWith('sam-'))) {
      expect(perDay(s.id, Number(s.params.maxPages ?? 1)), s.id).toBeLessThanOrEqual(5); // 10/day key, room for retries
    }
    const os = catalog.find((s) => s.type === 'openstates')!;
    expect(perDay(os.id, (os.params.q as string[]).length * Number(os.params.maxPages))).toBeLessThanOrEqual(250);
    const ls = catalog.find((s) => s.type === 'legiscan')!;
    expect(perDay(ls.id, (ls.params.query as string[]).length * Number(ls.params.maxPages)) * 31).toBeLessThanOrEqual(30_000);
    for (const s of catalog) expect(s.intervalMinutes, s.id).toBeGreaterThanOrEqual(30);
  });

  describe('keyed sources without their key', () => {
    let server: FixtureServer;
    beforeAll(async () => {
      server = await startFixtureServer({});
    });
    afterAll(() => server.close());

    it('fail as config problems naming the variable, and never call the API', async () => {
      for (const s of catalog.filter((x) => connectorFor(x.type)?.requiredSecret)) {
        const connector = connectorFor(s.type)!;
        const out = await connector.fetch(keyedCtx(s.type, { ...s.params, baseUrl: server.url }, { id: s.id }));
        expect(out, s.id).toMatchObject({ status: 'failed', reason: 'config' });
        if (out.status === 'failed') expect(out.message).toContain(connector.requiredSecret!);
      }
      expect(server.requests).toHaveLength(0);
    });
  });
});

describe('catalogDocs', () => {
  it('documents every connector type with its key and limits', () => {
    const docs = catalogDocs();
    expect(docs.map((d) => d.type).sort()).toEqual(connectors.map((c) => c.type).sort());
    for (const d of docs) {
      expect(d.description.length).toBeGreaterThan(10);
      expect(d.limits.length).toBeGreaterThan(10);
      expect(d.key).toBe(KEYED[d.type]);
    }
    expect(docs.find((d) => d.type === 'sam-opportunities')?.limits).toContain('10 requests/day');
  });
});
