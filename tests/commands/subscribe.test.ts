import { describe, expect, it } from 'vitest';
import { setup, textOf } from './harness.ts';

describe('subscribe changes only what is given', () => {
  it('a later subscribe with states and kinds keeps the chosen topic (no silent reset to both defaults)', async () => {
    const t = await setup();
    await t.manager('subscribe state-databases');
    const m = await t.manager('subscribe state:CT,NY kind:bills');
    const sub = (await t.store.listSubscriptions())[0]!;
    expect(sub).toMatchObject({ topics: ['state-databases'], jurisdictions: ['CT', 'NY'], kinds: ['bill'] });
    // The reply says what changed and what the channel now receives.
    expect(textOf(m)).toContain('States: all → CT, NY');
    expect(textOf(m)).toContain('Kinds: all kinds → bill');
    expect(textOf(m)).toContain('Topics: state-databases');
  });

  it('a new subscription shows the five latest stored items that match it, so the channel is not empty', async () => {
    const t = await setup();
    const all = await t.manager('subscribe');
    const heading = all.sections?.[0]?.heading ?? '';
    expect(heading).toMatch(/^Latest [1-5] stored items? that match$/);
    expect(all.sections![0]!.lines.length).toBeLessThanOrEqual(5);
    const ct = await t.manager('subscribe state:CT kind:bill');
    const lines = ct.sections![0]!.lines.map((l) => l.map((s) => s.text).join(''));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(/ — bill · CT/);
    expect(textOf(ct)).toContain('States: all → CT');
    const none = await t.manager('subscribe state:WY');
    expect(none.sections ?? []).toEqual([]);
  });

  it('add and remove single topics, states and kinds (subscribe, unsubscribe and settings)', async () => {
    const t = await setup();
    await t.manager('subscribe state:CT kind:bill');
    await t.manager('subscribe add state:NY');
    await t.manager('settings add kind:notice');
    await t.manager('subscribe remove immigration-enforcement');
    let sub = (await t.store.listSubscriptions())[0]!;
    expect(sub).toMatchObject({ topics: ['state-databases'], jurisdictions: ['CT', 'NY'], kinds: ['bill', 'notice'] });
    await t.manager('unsubscribe state:CT');
    await t.manager('subscribe add immigration-enforcement');
    sub = (await t.store.listSubscriptions())[0]!;
    expect(sub).toMatchObject({ topics: ['state-databases', 'immigration-enforcement'], jurisdictions: ['NY'], kinds: ['bill', 'notice'] });
    // Removing the last topic would stop everything: that is what unsubscribe is for.
    await t.manager('subscribe remove state-databases');
    const last = await t.manager('subscribe remove immigration-enforcement');
    expect(last.type).toBe('error');
    expect(textOf(last)).toContain('/policy unsubscribe');
    // Changing through settings is for managers only.
    const refused = await t.run('settings add kind:bill');
    expect(refused.title).toBe('Managers only');
    const audit = await t.store.listAudit(20);
    expect(audit.filter((a) => a.action === 'subscription.update').length).toBeGreaterThanOrEqual(5);
  });

  it('settings shows who set it up by name, not a raw id', async () => {
    const t = await setup();
    await t.manager('subscribe');
    const s = textOf(await t.run('settings'));
    expect(s).toContain('Set up by mgr');
    expect(s).not.toContain('U2');
  });
});

describe('digest schedule time zones', () => {
  it.each([
    ['EST', 'America/New_York'],
    ['est', 'America/New_York'],
    ['MST', 'America/Denver'],
    ['PST', 'America/Los_Angeles'],
    ['CST', 'America/Chicago'],
    ['America/Phoenix', 'America/Phoenix'],
  ])('%s means %s', async (typed, zone) => {
    const t = await setup();
    await t.manager('subscribe');
    await t.manager(`digest schedule mon 09:00 ${typed}`);
    expect((await t.store.listSubscriptions())[0]!.digest).toEqual({ day: 1, time: '09:00', tz: zone });
  });
});

describe('small things', () => {
  it('sources says "Next poll due now", never "in just now"', async () => {
    const t = await setup({
      sources: async () => [
        {
          id: 's',
          name: 'S',
          type: 'rss',
          enabled: true,
          consecutiveFailures: 0,
          itemsSeen: 1,
          lastSuccessAt: '2026-11-20T11:00:00Z',
          nextPollAt: '2026-11-20T12:00:10Z',
        },
      ],
    });
    const text = textOf(await t.run('sources'));
    expect(text).toContain('Next poll due now');
    expect(text).not.toContain('in just now');
  });

  it('show has no "Status: —" and no raw internal id', async () => {
    const t = await setup();
    const m = await t.run('show CT HB 5001');
    expect(textOf(m)).not.toContain('—\n');
    expect((m.fields ?? []).map((f) => f.label)).not.toContain('Id');
  });
});
