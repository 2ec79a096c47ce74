/**
 * Gateway interactions → the core. A `/policy` chat-input command becomes a
 * CommandRequest (subcommand and options flattened to the core's text grammar); the
 * reply is deferred at once (ephemeral for personal subcommands), then edited with the
 * rendered RichMessage. Autocomplete requests are answered from autocomplete.ts.
 */
import { MessageFlags, PermissionFlagsBits } from 'discord-api-types/v10';
import type {
  AutocompleteInteraction,
  ButtonInteraction,
  ChatInputCommandInteraction,
  CommandInteractionOption,
  Interaction,
} from 'discord.js';
import type { Log } from '../../src/domain/index.ts';
import type { CommandHandler, CommandRequest, RichMessage } from '../../src/domain/index.ts';
import { COMMAND_NAME, PERSONAL_SUBCOMMANDS } from './commands.ts';
import { subcommandKey, toCommandText, type SubcommandCall } from './command-text.ts';
import { autocompleteChoices } from './autocomplete.ts';
import { CUSTOM_ID_PREFIX, parseButtonId, renderDiscordMessage } from './render.ts';

/** Error text without the request URL (interaction URLs carry the interaction token). */
const errorText = (err: unknown): string => (err instanceof Error ? `${err.name}: ${err.message}` : String(err)).slice(0, 300);

const NO_MENTIONS = { parse: [] as [] };

export const FAILURE: RichMessage = {
  type: 'error',
  title: 'Something went wrong',
  body: [
    [{ text: 'policywatch could not answer that. Try again in a minute; if it keeps failing, ask whoever runs the bot to check its log.' }],
  ],
  tone: 'error',
  ephemeral: true,
  fallbackText: 'Something went wrong; try again in a minute.',
};

export const UNRECORDED_PRESS = 'policywatch could not record that press.';
export const PRESS_FAILED = 'policywatch could not record that press; try again in a minute.';

export const GUILD_ONLY: RichMessage = {
  type: 'error',
  title: 'Use /policy in a server channel',
  tone: 'error',
  ephemeral: true,
  fallbackText: '/policy works in server channels only.',
};

/** Leaf option values of a chat-input interaction, by name (under its subcommand). */
function leafOptions(options: readonly CommandInteractionOption[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const opt of options) {
    if (opt.options) Object.assign(out, leafOptions(opt.options));
    else if (opt.value !== undefined && opt.value !== null) out[opt.name] = String(opt.value);
  }
  return out;
}

function subcommandCall(interaction: ChatInputCommandInteraction): SubcommandCall {
  return {
    group: interaction.options.getSubcommandGroup(false),
    subcommand: interaction.options.getSubcommand(true),
    options: leafOptions(interaction.options.data),
  };
}

function commandRequest(interaction: ChatInputCommandInteraction, call: SubcommandCall): CommandRequest {
  const perms = interaction.memberPermissions;
  return {
    platform: 'discord',
    workspaceId: interaction.guildId ?? '',
    channelId: interaction.channelId,
    userId: interaction.user.id,
    userName: interaction.user.username,
    text: toCommandText(call),
    isManager: perms?.any([PermissionFlagsBits.ManageChannels, PermissionFlagsBits.ManageGuild]) ?? false,
  };
}

export function toReplyOptions(msg: RichMessage) {
  const rendered = renderDiscordMessage(msg);
  return {
    ...(rendered.content ? { content: rendered.content } : {}),
    embeds: rendered.embeds,
    ...(rendered.components ? { components: rendered.components } : {}),
    allowedMentions: NO_MENTIONS,
  };
}

/**
 * A button on an alert (`pw:<action>:<value>`): the core records the press and the alert is
 * updated in place (interaction response type 7); a confirmation step (Mute term…, managers
 * only: Manage Channels or Manage Server) is an ephemeral reply whose buttons confirm or cancel;
 * a press it cannot record gets an ephemeral note.
 */
async function handleButton(interaction: ButtonInteraction, handler: CommandHandler, log: Log): Promise<void> {
  const { action = '', value: itemId = '' } = parseButtonId(interaction.customId) ?? {};
  if (!handler.triage || !action || !itemId || !interaction.inGuild()) {
    await interaction.reply({
      content: UNRECORDED_PRESS,
      flags: MessageFlags.Ephemeral,
      allowedMentions: NO_MENTIONS,
    });
    return;
  }
  let result;
  try {
    result = await handler.triage({
      platform: 'discord',
      workspaceId: interaction.guildId,
      channelId: interaction.channelId,
      userId: interaction.user.id,
      userName: interaction.user.username,
      action,
      itemId,
      isManager: interaction.memberPermissions?.any([PermissionFlagsBits.ManageChannels, PermissionFlagsBits.ManageGuild]) ?? false,
    });
  } catch (err) {
    log.error({ error: errorText(err) }, 'discord: a button press failed');
    result = { ok: false as const, note: PRESS_FAILED };
  }
  if (!result.ok) {
    await interaction.reply({ content: result.note, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
    return;
  }
  // A confirmation step (Mute term…) is for the presser alone; anything else takes the place of
  // the message pressed on (the alert, or the ephemeral step itself).
  if (result.as === 'ephemeral') await interaction.reply({ ...toReplyOptions(result.message), flags: MessageFlags.Ephemeral });
  else await interaction.update(toReplyOptions(result.message));
}

async function handleChatInput(interaction: ChatInputCommandInteraction, handler: CommandHandler, log: Log): Promise<void> {
  if (!interaction.inGuild()) {
    await interaction.reply({ ...toReplyOptions(GUILD_ONLY), flags: MessageFlags.Ephemeral });
    return;
  }
  const call = subcommandCall(interaction);
  const personal = PERSONAL_SUBCOMMANDS.has(subcommandKey(call));
  await interaction.deferReply(personal ? { flags: MessageFlags.Ephemeral } : {});
  const req = commandRequest(interaction, call);
  let reply: RichMessage;
  try {
    reply = await handler(req);
  } catch (err) {
    log.error({ error: errorText(err), command: subcommandKey(call), guildId: req.workspaceId }, 'discord: /policy handler failed');
    reply = FAILURE;
  }
  if (reply.ephemeral && !personal) {
    // The public placeholder must not show a personal answer (e.g. "managers only").
    await interaction.deleteReply();
    await interaction.followUp({ ...toReplyOptions(reply), flags: MessageFlags.Ephemeral });
    return;
  }
  await interaction.editReply(toReplyOptions(reply));
}

async function handleAutocomplete(interaction: AutocompleteInteraction): Promise<void> {
  const focused = interaction.options.getFocused(true);
  await interaction.respond(autocompleteChoices(focused.name, String(focused.value)));
}

/** Route one gateway interaction; never throws (failures are logged). */
export async function routeInteraction(interaction: Interaction, handler: CommandHandler, log: Log): Promise<void> {
  try {
    if (interaction.isChatInputCommand() && interaction.commandName === COMMAND_NAME) {
      await handleChatInput(interaction, handler, log);
    } else if (interaction.isButton() && interaction.customId.startsWith(CUSTOM_ID_PREFIX)) {
      await handleButton(interaction, handler, log);
    } else if (interaction.isAutocomplete() && interaction.commandName === COMMAND_NAME) {
      await handleAutocomplete(interaction);
    }
  } catch (err) {
    log.error({ error: errorText(err), interactionId: interaction.id }, 'discord: could not answer an interaction');
  }
}
