/**
 * /policy in HTTP mode, end to end: slash commands posted to /slack/events exactly as Slack
 * sends them (form body, v0 signature), the real Bolt app acknowledging, the core handler
 * called with a CommandRequest, and the reply arriving at response_url.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSlackAdapter, renderSlackMessage, type SlackAdapter } from '../../../adapters/slack/index.ts';
import type { CommandRequest, RichMessage } from '../../../src/domain/index.ts';
import { captureLogger, eventually, fixture, slackSignature, startFakeSlack, type FakeSlack } from './fake-slack.ts';

const SECRET = '8f742231b10e8888abcd99yyyzzz85a5';

let slack: FakeSlack;
let adapter: SlackAdapter;
let requests: CommandRequest[];
let reply: (req: CommandRequest) => Promise<RichMessage>;
let logs: ReturnType<typeof captureLogger>;

const ephemeralReply: RichMessage = {
  type: 'reply',
  title: 'Search results',
  body: [[{ text: 'HB 5001', url: 'https://cga.ct.gov/HB5001', emphasis: 'bold' }, { text: ' — <!here> says hi' }]],
  ephemeral: true,
  fallbackText: '1 result',
};

function commandBody(overrides: Record<string, string> = {}): string {
  const form = new URLSearchParams(fixture('slash-command.form'));
  form.set('response_url', slack.responseUrl);
  for (const [k, v] of Object.entries(overrides)) form.set(k, v);
  return form.toString();
}

async function postCommand(body: string, headers: Record<string, string>): Promise<Response> {
  return fetch(`http://127.0.0.1:${adapter.port}/slack/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body,
  });
}

const nowSec = () => Math.floor(Date.now() / 1000);
const signed = (body: string) => postCommand(body, slackSignature(body, SECRET, nowSec()));

async function startAdapter(managers: string[] = []): Promise<void> {
  adapter = createSlackAdapter({
    botToken: 'xoxb-test',
    signingSecret: SECRET,
    apiUrl: slack.apiUrl,
    port: 0,
    host: '127.0.0.1',
    managers,
    log: logs.log,
  });
  await adapter.start(async (req) => {
    requests.push(req);
    return reply(req);
  });
}

beforeEach(async () => {
  slack = await startFakeSlack();
  requests = [];
  logs = captureLogger();
  reply = async () => ephemeralReply;
  await startAdapter();
});

afterEach(async () => {
  await adapter.stop();
  await slack.close();
});

describe('/policy over HTTP mode', () => {
  it('verifies the token with auth.test against SLACK_API_URL and listens on the chosen port', () => {
    expect(adapter.mode).toBe('http');
    expect(adapter.port).toBeGreaterThan(0);
    expect(slack.calls('auth.test')).toHaveLength(1);
    expect(slack.authHeaders('auth.test')).toEqual(['Bearer xoxb-test']);
  });

  it('acknowledges with an empty 200, calls the handler and answers ephemerally through response_url', async () => {
    const res = await signed(commandBody());
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
    const [response] = await eventually(() => (slack.responses().length ? slack.responses() : undefined), 'the response_url post');
    expect(requests).toEqual([
      {
        platform: 'slack',
        workspaceId: 'T0001',
        channelId: 'C2147483705',
        userId: 'U2147483697',
        userName: 'sam',
        text: 'search "license plate" state:CT',
        isManager: false,
      },
    ]);
    const { text, blocks } = renderSlackMessage(ephemeralReply);
    expect(response).toEqual({ response_type: 'ephemeral', text, blocks });
    expect(response?.blocks).toEqual([
      { type: 'header', text: { type: 'plain_text', text: 'Search results', emoji: true } },
      { type: 'section', text: { type: 'mrkdwn', text: '*<https://cga.ct.gov/HB5001|HB 5001>* — &lt;!here&gt; says hi', verbatim: true } },
    ]);
  });

  it('answers in the channel when the reply is not ephemeral', async () => {
    reply = async () => ({ type: 'reply', title: 'Digest preview', fallbackText: 'Digest preview' });
    await signed(commandBody({ text: 'digest now' }));
    const [response] = await eventually(() => (slack.responses().length ? slack.responses() : undefined), 'the response_url post');
    expect(response).toMatchObject({ response_type: 'in_channel', text: 'Digest preview' });
  });

  it('acknowledges before a slow handler finishes', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    reply = async () => {
      await gate;
      return ephemeralReply;
    };
    const res = await signed(commandBody());
    expect(res.status).toBe(200);
    await eventually(() => (requests.length === 1 ? true : undefined), 'the handler call');
    expect(slack.responses()).toHaveLength(0);
    release();
    await eventually(() => (slack.responses().length ? true : undefined), 'the response_url post');
  });

  it('answers with an ephemeral apology when the handler throws', async () => {
    reply = async () => {
      throw new Error('store exploded');
    };
    await signed(commandBody());
    const [response] = await eventually(() => (slack.responses().length ? slack.responses() : undefined), 'the response_url post');
    expect(response).toEqual({ response_type: 'ephemeral', text: expect.stringMatching(/^Sorry, policywatch could not run that command/) });
    expect(logs.lines().some((l) => l.msg === 'slack: /policy handler failed' && l.err === 'store exploded')).toBe(true);
  });

  describe('rejects requests Slack did not sign, with 401 and no side effect', () => {
    it.each([
      ['unsigned', (_body: string): Record<string, string> => ({})],
      ['signed with another secret', (body: string) => slackSignature(body, 'not-the-secret', nowSec())],
      ['ten minutes old', (body: string) => slackSignature(body, SECRET, nowSec() - 600)],
      ['signature for a different body', (body: string) => slackSignature(`${body}&x=1`, SECRET, nowSec())],
      [
        'timestamp header changed after signing',
        (body: string) => ({ ...slackSignature(body, SECRET, nowSec() - 600), 'x-slack-request-timestamp': String(nowSec()) }),
      ],
    ])('%s', async (_name, headersFor) => {
      const body = commandBody();
      const res = await postCommand(body, headersFor(body));
      expect(res.status).toBe(401);
      // A valid command afterwards proves the bad one left nothing behind.
      await signed(commandBody({ text: 'status' }));
      await eventually(() => (slack.responses().length ? true : undefined), 'the response_url post');
      expect(requests.map((r) => r.text)).toEqual(['status']);
      expect(slack.responses()).toHaveLength(1);
    });
  });
});

describe('manager capability', () => {
  it('comes from users.info (admin or owner) and is cached', async () => {
    slack.on('users.info', (p) => ({ ok: true, user: { id: p.user, is_admin: p.user === 'U2147483697', is_owner: false } }));
    await signed(commandBody({ text: 'subscribe' }));
    await signed(commandBody({ text: 'settings' }));
    await signed(commandBody({ text: 'status', user_id: 'U0OTHER' }));
    await eventually(() => (slack.responses().length === 3 ? true : undefined), 'three replies');
    expect(requests.map((r) => [r.userId, r.isManager])).toEqual([
      ['U2147483697', true],
      ['U2147483697', true],
      ['U0OTHER', false],
    ]);
    expect(slack.calls('users.info').map((c) => c.user)).toEqual(['U2147483697', 'U0OTHER']);
  });

  it('comes from SLACK_MANAGERS without asking Slack', async () => {
    await adapter.stop();
    await startAdapter(['U2147483697']);
    await signed(commandBody({ text: 'subscribe' }));
    await eventually(() => (slack.responses().length ? true : undefined), 'the reply');
    expect(requests[0]?.isManager).toBe(true);
    expect(slack.calls('users.info')).toHaveLength(0);
  });

  it('is refused when users.info fails', async () => {
    slack.on('users.info', () => ({ ok: false, error: 'missing_scope' }));
    await signed(commandBody({ text: 'subscribe' }));
    await eventually(() => (slack.responses().length ? true : undefined), 'the reply');
    expect(requests[0]?.isManager).toBe(false);
  });
});
