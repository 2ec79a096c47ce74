import { describe, expect, it } from 'vitest';
import { setup, textOf } from './harness.ts';

describe('permissions: changes need a manager, reads are open', () => {
  it.each([
    'subscribe',
    'subscribe state:CT',
    'unsubscribe',
    'watch add CLETS',
    'watch remove CLETS',
    'WATCH Add CLETS',
    'digest now',
    'digest schedule mon 09:00',
    'digest off',
  ])('refuses "%s" from a non-manager, changes nothing and writes no audit entry', async (text) => {
    const { run, store } = await setup();
    const m = await run(text);
    expect(m.type).toBe('error');
    expect(m.title).toBe('Managers only');
    expect(m.ephemeral).toBe(true);
    expect(m.fallbackText).toMatch(/Ask a workspace admin or a channel manager/);
    expect(await store.listSubscriptions()).toEqual([]);
    expect(await store.listWatchAdditions()).toEqual([]);
    expect(await store.listAudit(10)).toEqual([]);
  });

  it.each(['help', 'search clets', 'show SB 274', 'settings', 'watch list', 'watch', 'digest preview', 'digest', 'sources', 'status'])(
    'lets anyone run "%s" and answers only them',
    async (text) => {
      const { run } = await setup();
      const m = await run(text);
      expect(m.type).not.toBe('error');
      expect(m.ephemeral).toBe(true);
    },
  );
});

describe('subscribe / settings / unsubscribe', () => {
  it('subscribes with the defaults: both topics, every state and kind, Monday digest', async () => {
    const { manager, store } = await setup();
    const m = await manager('subscribe');
    expect(m.ephemeral).toBe(false);
    expect(m.title).toBe('This channel is now subscribed');
    const [sub] = await store.listSubscriptions();
    expect(sub).toMatchObject({
      id: 'slack:T1:C1',
      channel: { platform: 'slack', workspaceId: 'T1', channelId: 'C1' },
      topics: ['immigration-enforcement', 'state-databases'],
      jurisdictions: [],
      kinds: [],
      digest: { day: 1, time: '09:00', tz: 'America/New_York' },
      createdBy: 'U2',
    });
    expect(textOf(m)).toContain('Weekly digest: Mondays at 09:00 (America/New_York)');
  });

  it('takes topics as words or filters, states and kinds, and keeps the digest on update', async () => {
    const { manager, store } = await setup();
    await manager('subscribe');
    await manager('digest schedule fri 16:30');
    const m = await manager('subscribe databases state:CT,ny kind:bill');
    expect(m.title).toBe('Updated this channel’s alerts');
    const [sub] = await store.listSubscriptions();
    expect(sub).toMatchObject({
      topics: ['state-databases'],
      jurisdictions: ['CT', 'NY'],
      kinds: ['bill'],
      digest: { day: 5, time: '16:30' },
    });
    await manager('subscribe all');
    expect((await store.listSubscriptions())[0]!.topics).toEqual([]);
  });

  it('rejects an unknown topic with the list of topics', async () => {
    const { manager, store } = await setup();
    const m = await manager('subscribe weather');
    expect(m.fallbackText).toMatch(/"weather" isn't a topic\. Topics: immigration-enforcement, state-databases/);
    expect(m.fallbackText).toContain('Usage: /policy subscribe');
    expect(await store.listSubscriptions()).toEqual([]);
  });

  it('settings shows the subscription to anyone', async () => {
    const { manager, run } = await setup();
    expect(textOf(await run('settings'))).toMatch(/isn't subscribed\. A manager can run \/policy subscribe/);
    await manager('subscribe state:CT');
    const m = await run('settings');
    expect(m.fields).toEqual([
      { label: 'Topics', value: 'immigration-enforcement, state-databases' },
      { label: 'States', value: 'CT' },
      { label: 'Kinds', value: 'all' },
      { label: 'Weekly digest', value: 'Mondays at 09:00 (America/New_York)' },
      { label: 'Deadline reminders', value: '3 days before a comment period closes, a hearing or a response date' },
      { label: 'Bursts', value: 'more than 5 alerts from one poll are listed in one summary, the alerts in its thread' },
    ]);
  });

  it('settings reminders and burst: managers only, audited, shown in settings; bad values explained', async () => {
    const { manager, run, store } = await setup();
    await manager('subscribe');
    expect(textOf(await run('settings reminders 5'))).toMatch(/manager/i);
    expect(textOf(await manager('settings reminders 45'))).toMatch(/from 0 to 30, or off/);
    expect(textOf(await manager('settings reminders 5'))).toContain(
      'Deadline reminders: 3 days before a comment period closes, a hearing or a response date → 5 days before',
    );
    expect(textOf(await manager('settings burst off'))).toContain('→ off (every alert is posted on its own)');
    const sub = (await store.listSubscriptions())[0]!;
    expect(sub).toMatchObject({ reminderDays: 5, burstThreshold: 0 });
    expect((await store.listAudit(5)).map((e) => e.action)).toEqual(expect.arrayContaining(['settings.reminders', 'settings.burst']));
    expect((await run('settings')).fields).toEqual(
      expect.arrayContaining([
        { label: 'Deadline reminders', value: expect.stringMatching(/^5 days/) },
        { label: 'Bursts', value: expect.stringMatching(/^off/) },
      ]),
    );
  });

  it('subscriptions are per channel and per platform', async () => {
    const { manager, store } = await setup();
    await manager('subscribe state:CT');
    await manager('subscribe state:NY', { channelId: 'C2' });
    await manager('subscribe', { platform: 'discord', workspaceId: 'G1' });
    expect((await store.listSubscriptions()).map((s) => s.id).sort()).toEqual(['discord:G1:C1', 'slack:T1:C1', 'slack:T1:C2']);
  });

  it('unsubscribe stops alerts and says how to restart', async () => {
    const { manager, store } = await setup();
    expect((await manager('unsubscribe')).title).toBe('Nothing to stop');
    await manager('subscribe');
    const m = await manager('unsubscribe');
    expect(m.ephemeral).toBe(false);
    expect(textOf(m)).toContain('/policy subscribe');
    expect(await store.listSubscriptions()).toEqual([]);
  });
});

describe('watch', () => {
  it('adds a term to a topic, validated, and tells the matcher', async () => {
    const { manager, store, changedWorkspaces } = await setup();
    const m = await manager('watch add CLETS state-databases');
    expect(m.ephemeral).toBe(false);
    expect(m.title).toBe('Added term to state-databases: CLETS');
    expect(await store.listWatchAdditions('T1')).toMatchObject([
      { workspaceId: 'T1', topic: 'state-databases', rule: 'CLETS', mode: 'include', addedBy: 'U2' },
    ]);
    expect(changedWorkspaces).toEqual(['T1']);
  });

  it('keeps phrases quoted and supports exclusions with a leading minus', async () => {
    const { manager, store } = await setup();
    await manager('watch add “license plate camera” databases');
    await manager('watch add -"gang injunction" topic:immigration-enforcement');
    const rules = (await store.listWatchAdditions('T1')).map((a) => [a.topic, a.mode, a.rule]);
    expect(rules).toEqual([
      ['state-databases', 'include', '"license plate camera"'],
      ['immigration-enforcement', 'exclude', '"gang injunction"'],
    ]);
  });

  it('defaults the topic and says so', async () => {
    const { manager } = await setup();
    const m = await manager('watch add ALPR');
    expect(m.title).toBe('Added term to state-databases: ALPR');
    expect(textOf(m)).toMatch(/No topic was given/);
  });

  it("reports the rule parser's error", async () => {
    const { manager, store } = await setup();
    const m = await manager('watch add ( CLETS state-databases');
    expect(m.type).toBe('error');
    expect(m.fallbackText).toMatch(/^I can't use \( CLETS: /);
    expect(m.fallbackText).toContain('Usage: /policy watch');
    expect(await store.listWatchAdditions()).toEqual([]);
  });

  it('does not add twice', async () => {
    const { manager, store } = await setup();
    await manager('watch add CLETS');
    expect((await manager('watch add clets')).title).toBe('Already watched');
    expect(await store.listWatchAdditions()).toHaveLength(1);
  });

  it('removes an addition; refuses to remove a default and suggests an exclusion', async () => {
    const { manager, store, deps } = await setup();
    await manager('watch add CLETS state-databases');
    const m = await manager('watch remove clets');
    expect(m.title).toBe('Removed term from state-databases: CLETS');
    expect(await store.listWatchAdditions()).toEqual([]);
    const aDefault = deps.watchlist().topics[0]!.include.find((r) => /^"[^"]+"$/.test(r))!;
    expect((await manager(`watch remove ${aDefault}`)).fallbackText).toMatch(/is a default term.*watch add -/);
    expect((await manager('watch remove nothing-here')).fallbackText).toMatch(/isn't among this workspace's added terms/);
  });

  it('list shows defaults and this workspace’s additions only', async () => {
    const { manager, run } = await setup();
    await manager('watch add CLETS state-databases');
    await manager('watch add COLLECT state-databases', { workspaceId: 'OTHER' });
    const text = textOf(await run('watch list'));
    expect(text).toMatch(/Immigration enforcement \(immigration-enforcement\)/);
    expect(text).toMatch(/Default terms \(\d+\): .+/);
    expect(text).toContain('Added here: CLETS (by mgr');
    expect(text).not.toContain('COLLECT (by');
    // Readable: no rule syntax, and the "all of them" hint is a command that works.
    expect(text).not.toMatch(/(^|\s)=[A-Z]/m);
    expect(text).not.toMatch(/\bNEAR\/\d/);
    expect(text).toContain('All of them: /policy watch list immigration-enforcement');
    const page1 = await run('watch list immigration-enforcement');
    expect(page1.type).toBe('reply');
    expect(page1.context?.[0]).toMatch(/^1–25 of \d+/);
    expect(page1.footer).toBe('More: /policy watch list immigration-enforcement page:2');
    const last = await run('watch list immigration-enforcement page:2');
    expect(last.type).toBe('reply');
    expect(textOf(last)).toMatch(/^[+−] /m);
  });

  it('list keeps a custom topic, and remove of a default stored as =CLETS hints at an exclusion', async () => {
    const { manager, run } = await setup();
    await manager('watch add "courthouse arrest" topic:courthouse-arrests');
    expect(textOf(await run('watch list'))).toContain('courthouse-arrests');
    const m = await manager('watch remove CLETS');
    expect(textOf(m)).toContain('add an exclusion: /policy watch add -CLETS');
  });
});

describe('digest', () => {
  it('previews for anyone, folding a split digest into one ephemeral reply', async () => {
    const { run, digestCalls } = await setup();
    const m = await run('digest preview');
    expect(m.ephemeral).toBe(true);
    expect(m.title).toBe('Preview: Week of Nov 16');
    expect(textOf(m)).toContain('and 3 more');
    expect(textOf(m)).toMatch(/isn’t subscribed: the preview uses every topic/);
    expect(digestCalls[0]?.op).toBe('preview');
  });

  it('needs a subscription for now / schedule / off', async () => {
    const { manager } = await setup();
    expect((await manager('digest now')).fallbackText).toMatch(/isn't subscribed yet.*\/policy subscribe first/);
  });

  it('sends now, schedules and turns off', async () => {
    const { manager, store, digestCalls } = await setup();
    await manager('subscribe');
    expect(textOf(await manager('digest now'))).toContain('Posted the digest in 2 messages');
    expect(digestCalls.map((c) => c.op)).toEqual(['sendNow']);
    const s = await manager('digest schedule Tuesday 7:05 Europe/London');
    expect(textOf(s)).toContain('Tuesdays at 07:05 (Europe/London)');
    expect((await store.listSubscriptions())[0]!.digest).toEqual({ day: 2, time: '07:05', tz: 'Europe/London' });
    await manager('digest off');
    expect((await store.listSubscriptions())[0]!.digest).toBeNull();
  });

  it('passes on the schedule parser’s error', async () => {
    const { manager } = await setup();
    await manager('subscribe');
    expect((await manager('digest schedule someday 09:00')).fallbackText).toMatch(/"someday" is not a day of the week/);
    expect((await manager('digest schedule mon 25:00')).fallbackText).toMatch(/"25:00" is not a time/);
    expect((await manager('digest schedule mon')).fallbackText).toMatch(/Give a day and a 24-hour time/);
  });
});

describe('audit log', () => {
  it('records who, when and what for every change, and status summarizes it', async () => {
    const { manager, run, store } = await setup();
    await manager('subscribe state:CT');
    await manager('watch add CLETS state-databases');
    await manager('watch remove CLETS');
    await manager('digest schedule wed 10:00');
    await manager('digest off');
    await manager('digest now');
    await manager('unsubscribe');
    const entries = await store.listAudit(20);
    expect(entries.map((e) => e.action).reverse()).toEqual([
      'subscribe',
      'watch.add',
      'watch.remove',
      'digest.schedule',
      'digest.off',
      'digest.now',
      'unsubscribe',
    ]);
    expect(entries.at(-1)).toEqual({
      at: '2026-11-20T12:00:00.000Z',
      platform: 'slack',
      workspaceId: 'T1',
      channelId: 'C1',
      userId: 'U2 (mgr)',
      action: 'subscribe',
      detail:
        'Topics: immigration-enforcement, state-databases; States: CT; Kinds: all kinds; Weekly digest: Mondays at 09:00 (America/New_York)',
    });
    expect(entries.find((e) => e.action === 'watch.add')?.detail).toBe('state-databases include CLETS');
    const status = await run('status');
    expect(textOf(status)).toContain('Settings changes here: 7 in the last 7 days');
    expect(textOf(status)).toContain('mgr · unsubscribe');
    expect(textOf(status)).not.toContain('U2');
  });

  it('reads and refusals are not audited', async () => {
    const { run, store } = await setup();
    await run('search clets');
    await run('subscribe');
    expect(await store.listAudit(10)).toEqual([]);
  });
});

describe('sources and status', () => {
  it('sources lists each source with its state, errors and next poll', async () => {
    const { run } = await setup();
    const m = await run('sources');
    const text = textOf(m);
    expect(m.context).toEqual(['2 of 3 running, 1 failing.']);
    expect(text).toContain('Federal Register (federal-register)');
    expect(text).toMatch(/failing \(4 in a row\)/);
    expect(text).toContain('Last error 30 min ago: HTTP 503 from fpds.gov');
    expect(text).toContain('off — SAM_API_KEY is not set');
    expect(m.footer).toMatch(/tell the person who runs policywatch/);
  });

  it('status shows version, uptime, last poll, deliveries and failing sources', async () => {
    const { run } = await setup();
    const m = await run('status');
    const f = Object.fromEntries(m.fields!.map((x) => [x.label, x.value]));
    expect(f).toMatchObject({
      Version: '0.1.0',
      'Last poll': '5 min ago',
      Deliveries: '0 waiting, 0 failed, 0 sent',
      'Stored items': '12',
      'Subscribed channels': '0',
      Sources: '1 failing: fpds',
    });
    expect(f['Up since']).toBe('2026-11-20 09:00 UTC (3 h)');
  });
});
