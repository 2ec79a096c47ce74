/**
 * Alert buttons on Slack (Block Kit `block_actions`, delivered by Bolt after it verified the
 * request). The press goes to the core's triage handler; the alert is then updated in place
 * with chat.update so the channel sees who marked it. A confirmation step (Mute term…) goes to
 * the presser alone as an ephemeral message through the response URL, and a press inside that
 * ephemeral message replaces it the same way. A press that cannot be recorded gets a short
 * ephemeral note instead.
 */
import type { Log } from '../../src/domain/index.ts';
import type { CommandHandler } from '../../src/domain/index.ts';
import type { ManagerCheck } from './permissions.ts';
import { ACTION_PREFIX, ACTION_REPEAT, renderSlackMessage } from './render.ts';

export const ACTION_PATTERN = new RegExp(`^${ACTION_PREFIX.replace(':', '\\:')}`);

/** Buttons whose press needs to know whether the presser is a manager (one users.info lookup, cached). */
const MANAGER_ACTIONS = new Set(['mute', 'mute-term']);

export interface UpdateClient {
  chat: { update(args: { channel: string; ts: string; text: string; blocks: object[] }): Promise<unknown> };
}

type Respond = (
  msg:
    | { response_type: 'ephemeral'; replace_original: false; text: string; blocks?: object[] }
    | { replace_original: true; text: string; blocks: object[] },
) => Promise<unknown>;

export interface TriageActionArgs {
  body: {
    team?: { id?: string } | null;
    user: { id: string; username?: string; name?: string };
    channel?: { id?: string };
    message?: { ts?: string };
    container?: { is_ephemeral?: boolean };
  };
  action: { action_id: string; value?: string };
  respond: Respond;
}

/** 'pw:mute-term#2' → 'mute-term'. */
function actionName(actionId: string): string {
  const name = actionId.slice(ACTION_PREFIX.length);
  const repeat = name.indexOf(ACTION_REPEAT);
  return repeat >= 0 ? name.slice(0, repeat) : name;
}

export function triageListener(deps: { handler: CommandHandler; client: UpdateClient; isManager?: ManagerCheck; log: Log }) {
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
    const ephemeralSource = body.container?.is_ephemeral === true;
    if (!triage || !channelId || (!ts && !ephemeralSource) || !action.value) return note('policywatch could not record that press.');
    try {
      const userName = body.user.username ?? body.user.name;
      const name = actionName(action.action_id);
      const workspaceId = body.team?.id ?? '';
      const isManager = MANAGER_ACTIONS.has(name) && deps.isManager ? await deps.isManager(workspaceId, body.user.id) : undefined;
      const result = await triage({
        platform: 'slack',
        workspaceId,
        channelId,
        userId: body.user.id,
        ...(userName ? { userName } : {}),
        action: name,
        itemId: action.value,
        ...(isManager !== undefined ? { isManager } : {}),
      });
      if (!result.ok) return note(result.note);
      const { text, blocks } = renderSlackMessage(result.message);
      if (result.as === 'ephemeral') await respond({ response_type: 'ephemeral', replace_original: false, text, blocks });
      else if (ephemeralSource || !ts) await respond({ replace_original: true, text, blocks });
      else await deps.client.chat.update({ channel: channelId, ts, text, blocks });
    } catch (err) {
      deps.log.error({ err: (err as Error).message }, 'slack: a button press failed');
      await note('policywatch could not record that press; try again in a minute.');
    }
  };
}
