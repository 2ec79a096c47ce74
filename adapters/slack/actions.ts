/**
 * Alert buttons on Slack (Block Kit `block_actions`, delivered by Bolt after it verified the
 * request). The press goes to the core's triage handler; the alert is then updated in place
 * with chat.update so the channel sees who marked it. A press that cannot be recorded gets a
 * short ephemeral note instead.
 */
import type { Logger } from 'pino';
import type { CommandHandler } from '../../src/domain/index.ts';
import { ACTION_PREFIX, renderSlackMessage } from './render.ts';

export const ACTION_PATTERN = new RegExp(`^${ACTION_PREFIX.replace(':', '\\:')}`);

export interface UpdateClient {
  chat: { update(args: { channel: string; ts: string; text: string; blocks: object[] }): Promise<unknown> };
}

export interface TriageActionArgs {
  body: {
    team?: { id?: string } | null;
    user: { id: string; username?: string; name?: string };
    channel?: { id?: string };
    message?: { ts?: string };
  };
  action: { action_id: string; value?: string };
  respond: (msg: { response_type: 'ephemeral'; replace_original: false; text: string }) => Promise<unknown>;
}

export function triageListener(deps: { handler: CommandHandler; client: UpdateClient; log: Logger }) {
  return async ({ body, action, respond }: TriageActionArgs): Promise<void> => {
    const note = async (text: string) => {
      try {
        await respond({ response_type: 'ephemeral', replace_original: false, text });
      } catch (err) {
        deps.log.warn({ err: (err as Error).message }, 'slack: could not answer a button press');
      }
    };
    const triage = deps.handler.triage;
    const channelId = body.channel?.id;
    const ts = body.message?.ts;
    if (!triage || !channelId || !ts || !action.value) return note('policywatch could not record that press.');
    try {
      const userName = body.user.username ?? body.user.name;
      const result = await triage({
        platform: 'slack', workspaceId: body.team?.id ?? '', channelId, userId: body.user.id,
        ...(userName ? { userName } : {}), action: action.action_id.slice(ACTION_PREFIX.length), itemId: action.value,
      });
      if (!result.ok) return note(result.note);
      const { text, blocks } = renderSlackMessage(result.message);
      await deps.client.chat.update({ channel: channelId, ts, text, blocks });
    } catch (err) {
      deps.log.error({ err: (err as Error).message }, 'slack: a button press failed');
      await note('policywatch could not record that press; try again in a minute.');
    }
  };
}
