/**
 * The /policy slash command: acknowledge at once (Slack's 3-second window), then run the
 * core's handler and answer through the response_url, which stays valid for 30 minutes.
 */
import type { RespondFn, SlashCommand } from '@slack/bolt';
import type { Log } from '../../src/domain/index.ts';
import type { CommandHandler, CommandRequest, RichMessage } from '../../src/domain/index.ts';
import type { ManagerCheck } from './permissions.ts';
import { renderSlackMessage } from './render.ts';

export const POLICY_COMMAND = '/policy';

export interface PolicyCommandDeps {
  handler: CommandHandler;
  isManager: ManagerCheck;
  log: Log;
}

export interface PolicyCommandArgs {
  command: SlashCommand;
  ack: () => Promise<void>;
  respond: RespondFn;
}

function toCommandRequest(cmd: SlashCommand, isManager: boolean): CommandRequest {
  return {
    platform: 'slack',
    workspaceId: cmd.team_id,
    channelId: cmd.channel_id,
    userId: cmd.user_id,
    ...(cmd.user_name ? { userName: cmd.user_name } : {}),
    text: (cmd.text ?? '').trim(),
    isManager,
  };
}

/** The body sent to response_url for a handler's reply. */
function toRespondPayload(msg: RichMessage): { response_type: 'ephemeral' | 'in_channel'; text: string; blocks: object[] } {
  const { text, blocks } = renderSlackMessage(msg);
  return { response_type: msg.ephemeral ? 'ephemeral' : 'in_channel', text, blocks };
}

const FAILURE_TEXT =
  'Sorry, policywatch could not run that command. Try again in a minute; if it keeps failing, tell the person who runs policywatch (the details are in its log).';

/** A Bolt listener (plain function, so it can also be called with fakes). */
export function policyCommandListener(deps: PolicyCommandDeps) {
  return async ({ command, ack, respond }: PolicyCommandArgs): Promise<void> => {
    await ack();
    const log = deps.log.child({ command: POLICY_COMMAND, team: command.team_id, channel: command.channel_id, user: command.user_id });
    let payload: ReturnType<typeof toRespondPayload>;
    try {
      const manager = await deps.isManager(command.team_id, command.user_id);
      const reply = await deps.handler(toCommandRequest(command, manager));
      payload = toRespondPayload(reply);
    } catch (err) {
      log.error({ err: (err as Error).message }, 'slack: /policy handler failed');
      payload = { response_type: 'ephemeral', text: FAILURE_TEXT, blocks: [] };
    }
    try {
      await respond(payload.blocks.length ? payload : { response_type: payload.response_type, text: payload.text });
    } catch (err) {
      log.warn({ err: (err as Error).message }, 'slack: could not answer through response_url (expired or unreachable)');
    }
  };
}
