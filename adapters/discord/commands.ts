/**
 * The `/policy` application command, built from the core's command table
 * (src/domain/command-table.ts): one command, a subcommand per core command, and a subcommand
 * group for `watch` and `digest`, each with the table's typed options. Help text, the manager
 * check and this option tree come from the same table, so they cannot drift apart.
 * `buildCommandDefinitions()` is the exact JSON that `policywatch discord:register` PUTs.
 *
 * Trade-off (see README.md): `default_member_permissions` applies to the whole command,
 * not to a subcommand, so hiding manager subcommands would hide `search` too. `/policy`
 * stays open to everyone (`default_member_permissions: null`); the core refuses manager
 * subcommands unless the member has Manage Channels or Manage Server.
 */
import {
  ApplicationCommandOptionType as T,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
} from 'discord-api-types/v10';
import { COMMANDS, type OptionSpec } from '../../src/domain/command-table.ts';

export const COMMAND_NAME = 'policy';

type Option = Record<string, unknown>;

const DESCRIPTION_MAX = 100;
const clip = (s: string) => (s.length > DESCRIPTION_MAX ? `${s.slice(0, DESCRIPTION_MAX - 1)}…` : s);

function option(o: OptionSpec): Option {
  if (o.integer)
    return {
      type: T.Integer,
      name: o.name,
      description: clip(o.description),
      required: Boolean(o.required),
      min_value: o.integer.min,
      max_value: o.integer.max,
    };
  return {
    type: T.String,
    name: o.name,
    description: clip(o.description),
    required: Boolean(o.required),
    ...(o.choices ? { choices: o.choices.map((v) => ({ name: v, value: v })) } : {}),
    ...(o.autocomplete ? { autocomplete: true } : {}),
    ...(o.minLength !== undefined ? { min_length: o.minLength } : {}),
    ...(o.maxLength !== undefined ? { max_length: o.maxLength } : {}),
  };
}

/** Discord wants required options before optional ones. */
const options = (list: OptionSpec[] = []) => [...list.filter((o) => o.required), ...list.filter((o) => !o.required)].map(option);

export function buildCommandDefinitions(): object[] {
  return [
    {
      type: ApplicationCommandType.ChatInput,
      name: COMMAND_NAME,
      description: 'Watch police/state database sharing with immigration enforcement',
      default_member_permissions: null,
      contexts: [InteractionContextType.Guild],
      integration_types: [ApplicationIntegrationType.GuildInstall],
      nsfw: false,
      options: COMMANDS.map((c) =>
        c.subcommands
          ? {
              type: T.SubcommandGroup,
              name: c.name,
              description: clip(c.summary),
              options: c.subcommands.map((s) => ({
                type: T.Subcommand,
                name: s.name,
                description: clip(s.summary),
                options: options(s.options),
              })),
            }
          : { type: T.Subcommand, name: c.name, description: clip(c.summary), options: options(c.options) },
      ),
    },
  ];
}

/** Subcommands whose reply only the asker needs (deferred ephemeral). Key: 'group sub' or 'sub'. */
export const PERSONAL_SUBCOMMANDS: ReadonlySet<string> = new Set(
  COMMANDS.flatMap((c) =>
    c.subcommands ? c.subcommands.filter((s) => s.personal).map((s) => `${c.name} ${s.name}`) : c.personal ? [c.name] : [],
  ),
);
