import { describe, expect, it } from 'vitest';
import { createCommandHandler } from '../../src/commands/index.ts';
import { setup, textOf } from './harness.ts';

describe('dispatch and helpful errors', () => {
  it('answers help for an empty command, ephemeral, listing every command', async () => {
    const { run } = await setup();
    const m = await run('');
    expect(m.ephemeral).toBe(true);
    for (const name of ['help', 'search', 'show', 'subscribe', 'unsubscribe', 'settings', 'watch', 'digest', 'sources', 'status']) {
      expect(textOf(m)).toContain(`/policy ${name}`);
    }
  });

  it('gives per-command help with examples', async () => {
    const { run } = await setup();
    const m = await run('help search');
    expect(textOf(m)).toContain('/policy search CLETS since:30d');
  });

  it('suggests the closest command and shows its usage for a typo', async () => {
    const { run } = await setup();
    const m = await run('serch CLETS');
    expect(m.type).toBe('error');
    expect(m.ephemeral).toBe(true);
    expect(m.fallbackText).toMatch(/no "serch" command\. Did you mean search\?/);
    expect(m.fallbackText).toContain('Usage: /policy search [words');
  });

  it('lists the commands when nothing is close', async () => {
    const { run } = await setup();
    const m = await run('xyzzy');
    expect(m.fallbackText).toMatch(/try \/policy search xyzzy\. Commands: help, search, show/);
  });

  it('accepts subcommands in any case', async () => {
    const { run } = await setup();
    expect((await run('SEARCH clets')).title).toMatch(/^Search/);
    expect((await run('Watch LIST')).title).toBe('Watched terms in this workspace');
  });

  it('tolerates the command name at the start of the text', async () => {
    const { run } = await setup();
    expect((await run('/policy show SB 274')).title).toBe('CLETS access: immigration enforcement restrictions');
  });

  it('suggests the closest action for watch and digest', async () => {
    const { run, manager } = await setup();
    expect((await run('watch lst')).fallbackText).toMatch(
      /"watch lst" isn't an action\. Did you mean watch list\?[\s\S]*Usage: \/policy watch/,
    );
    await manager('subscribe');
    expect((await manager('digest sheduled mon 09:00')).fallbackText).toMatch(/Did you mean digest schedule\?/);
  });

  it('never throws: a failing store becomes an error reply with what to do next', async () => {
    const { deps } = await setup();
    const errors: unknown[] = [];
    const broken = createCommandHandler({
      ...deps,
      store: {
        ...deps.store,
        listWatchAdditions: async () => {
          throw new Error('disk on fire');
        },
      },
      log: { error: (obj) => errors.push(obj) },
    });
    const m = await broken({ platform: 'discord', workspaceId: 'G', channelId: 'C', userId: 'U', text: 'search CLETS', isManager: false });
    expect(m.type).toBe('error');
    expect(m.fallbackText).toMatch(/Try again in a minute; if it keeps happening, tell the person who runs policywatch/);
    expect(m.fallbackText).not.toContain('disk on fire');
    expect(errors).toHaveLength(1);
  });
});

describe('search', () => {
  it('returns ranked results with kind · jurisdiction · identifier, date, topics and link', async () => {
    const { run } = await setup();
    const m = await run('search CLETS');
    expect(m.ephemeral).toBe(true);
    expect(m.sections?.map((s) => s.lines[0]![0]!.text)).toEqual([
      'CLETS access: immigration enforcement restrictions',
      'Audit finds police queried state system for federal agents',
    ]);
    const first = m.sections![0]!;
    expect(first.lines[0]![0]!.url).toBe('https://leginfo.legislature.ca.gov/faces/billNavClient.xhtml?bill_id=202520260SB274');
    expect(first.lines[1]![0]!.text).toBe('bill · CA · SB 274 · 2026-10-15');
    expect(first.lines[2]![0]!.text).toBe('★ priority · immigration-enforcement, state-databases');
    expect(m.footer).toBeUndefined();
  });

  it('shows five a page with a "more" cursor that works', async () => {
    const { run } = await setup();
    const first = await run('search kind:news,bill since:1y');
    expect(first.sections).toHaveLength(5);
    expect(first.context?.[0]).toBe('1–5 of 8 · news/bill · since 1y');
    expect(first.footer).toBe('More: /policy search kind:news,bill since:1y page:2');
    const second = await run(first.footer!.replace('More: /policy ', ''));
    expect(second.context?.[0]).toBe('6–8 of 8 · news/bill · since 1y');
    expect(second.footer).toBeUndefined();
    const titles = (m: typeof first) => m.sections!.map((s) => s.lines[0]![0]!.url);
    expect(titles(second).filter((u) => titles(first).includes(u))).toEqual([]);
  });

  it('keeps words and filters in the "more" cursor', async () => {
    const { run } = await setup();
    const r = await run('search data state:us,ny,Washington');
    expect(r.footer).toBe('More: /policy search data state:US,NY,WA page:2');
    expect((await run(r.footer!.replace('More: /policy ', ''))).sections).toHaveLength(1);
  });

  it('applies state, kind and since filters', async () => {
    const { run } = await setup();
    const m = await run('search "license plate" state:US kind:contract');
    expect(m.sections?.map((s) => s.lines[1]![0]!.text)).toEqual(['contract · US · 70CDCR25P00000123 · 2026-03-10']);
    const recent = await run('search clets since:30d');
    expect(recent.sections).toHaveLength(1);
  });

  it('explains an empty result and an out-of-range page', async () => {
    const { run } = await setup();
    expect((await run('search weather balloons')).fallbackText).toMatch(
      /Nothing stored matches "weather balloons"\. Try fewer or shorter words/,
    );
    expect((await run('search clets page:9')).fallbackText).toMatch(/only 1 page of results.*page:1/);
  });

  it('with no words and no filter lists the newest stored items (words are optional)', async () => {
    const { run } = await setup();
    const m = await run('search');
    expect(m.type).toBe('reply');
    expect(m.context?.[0]).toMatch(/^1–5 of \d+ · everything stored, newest first$/);
  });

  it('takes priority:yes as a filter, and the "more" command keeps it', async () => {
    const { run } = await setup();
    const m = await run('search priority:yes');
    const all = await run('search');
    const priority = textOf(m);
    expect(m.type).toBe('reply');
    expect(priority).toMatch(/priority only/);
    // Every hit is a priority item.
    expect((m.sections ?? []).every((s) => s.lines.some((l) => l.some((x) => x.text.startsWith('★ priority'))))).toBe(true);
    expect(textOf(all)).not.toBe(priority);
    const bad = await run('search priority:maybe');
    expect(bad.type).toBe('error');
    expect(bad.fallbackText).toContain('priority: takes yes');
  });

  it('says "There is only 1 page" in good English', async () => {
    const { run } = await setup();
    const m = await run('search CLETS page:9');
    expect(m.fallbackText).toMatch(/There (is only 1 page|are only \d+ pages) of results/);
    expect(m.fallbackText).not.toContain('only 1 pages');
  });

  it('names a bad filter and its allowed values', async () => {
    const { run } = await setup();
    const m = await run('search clets kind:memo');
    expect(m.type).toBe('error');
    expect(m.fallbackText).toMatch(/kind:memo.*bill, contract, notice, rule, news/);
  });
});

describe('show', () => {
  it.each(['CT HB 5001', 'ct hb5001', 'CT H.B. 5001', 'a000000000000001'])('finds CT HB 5001 typed as %j', async (typed) => {
    const { run } = await setup();
    const m = await run(`show ${typed}`);
    expect(m.title).toBe('An Act Concerning Disclosure of COLLECT Records to Federal Immigration Authorities');
    expect(m.ephemeral).toBe(true);
    expect(m.url).toContain('cga.ct.gov');
    expect(m.context?.[0]).toBe('bill · CT · HB 5001');
    expect(m.badges).toEqual(['immigration-enforcement', 'state-databases']);
    const history = m.sections!.find((s) => s.heading === 'Status history')!;
    expect(history.lines.map((l) => l[0]!.text)).toEqual([
      '2026-11-02 — Referred to Joint Committee on Judiciary',
      '2026-11-15 — Joint Favorable Substitute',
    ]);
    const why = m.sections!.find((s) => s.heading === 'Why it matched')!;
    expect(why.lines[0]![0]!.text).toBe('Terms: COLLECT, immigration authorities');
    expect(why.lines[1]!.filter((s) => s.emphasis === 'hit').map((s) => s.text)).toEqual(['COLLECT', 'Immigration Authorities']);
  });

  it.each([
    ['70cdcr25p00000123', 'License plate reader data subscription'],
    ['2026-21345', 'Privacy Act of 1974; System of Records'],
    ['SB 274', 'CLETS access: immigration enforcement restrictions'],
  ])('finds %s', async (typed, title) => {
    const { run } = await setup();
    expect((await run(`show ${typed}`)).title).toBe(title);
  });

  it('lists candidates for an ambiguous identifier', async () => {
    const { run } = await setup();
    const m = await run('show HB 5001');
    expect(m.title).toBe('Which one? 2 items match "HB 5001"');
    const text = textOf(m);
    expect(text).toContain('/policy show a000000000000001');
    expect(text).toContain('/policy show a000000000000003');
    expect(text).toContain('CT HB 5001');
  });

  it('says what to try when nothing matches', async () => {
    const { run } = await setup();
    expect((await run('show HB 4242')).fallbackText).toMatch(/nothing stored as "HB 4242".*\/policy search HB 4242/);
    expect((await run('show')).type).toBe('error');
  });
});
