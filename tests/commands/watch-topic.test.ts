import { describe, expect, it } from 'vitest';
import { setup, textOf } from './harness.ts';

describe('/policy watch add … topic:<new id> creates a workspace topic', () => {
  it('creates the topic, which channels can then subscribe to and which watch list shows', async () => {
    const t = await setup();
    const created = await t.manager('watch add "courthouse arrest" topic:courthouse-arrests');
    expect(created.type).not.toBe('error');
    expect(textOf(created)).toContain('Created topic courthouse-arrests with term "courthouse arrest"');
    expect(textOf(created)).toContain('/policy subscribe add courthouse-arrests');
    expect(t.changedWorkspaces).toEqual(['T1']);
    expect(await t.store.listWatchAdditions('T1')).toEqual([
      expect.objectContaining({ topic: 'courthouse-arrests', rule: '"courthouse arrest"', mode: 'include' }),
    ]);

    const subscribed = await t.manager('subscribe courthouse-arrests state-databases');
    expect(subscribed.type).not.toBe('error');
    expect((await t.store.listSubscriptions())[0]!.topics).toEqual(['courthouse-arrests', 'state-databases']);
    expect(textOf(await t.run('watch list'))).toContain('courthouse-arrests');
  });

  it('is per workspace, needs a term to include first, and refuses ids it cannot store', async () => {
    const t = await setup();
    await t.manager('watch add "courthouse arrest" topic:courthouse-arrests');
    const elsewhere = await t.manager('subscribe courthouse-arrests', { workspaceId: 'T2' });
    expect(elsewhere.type).toBe('error');
    const exclusionFirst = await t.manager('watch add -"traffic court" topic:new-topic');
    expect(textOf(exclusionFirst)).toContain("The topic new-topic doesn't exist yet");
    const badId = await t.manager('watch add court topic:Court_Arrests!');
    expect(textOf(badId)).toContain('A new topic id uses lower-case letters, digits and dashes');
  });

  it('is refused to people who are not channel managers', async () => {
    const t = await setup();
    const refused = await t.run('watch add "courthouse arrest" topic:courthouse-arrests');
    expect(refused.type).toBe('error');
    expect(await t.store.listWatchAdditions('T1')).toEqual([]);
  });
});
