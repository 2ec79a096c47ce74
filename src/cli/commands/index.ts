import type { CliCommand } from '../command.ts';

/** Every CLI subcommand, in the order `policywatch --help` lists them. Add new ones here. */
export const commands: CliCommand[] = [];
