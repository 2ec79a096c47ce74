import type { CliCommand } from '../command.ts';
import { slackManifestCommand } from './slack-manifest.ts';

/** Every CLI subcommand, in the order `policywatch --help` lists them. Add new ones here. */
export const commands: CliCommand[] = [
  slackManifestCommand,
];
