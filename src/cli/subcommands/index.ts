import type { CliCommand } from '../command.ts';
import { runCommand } from './run.ts';
import { pollCommand } from './poll.ts';
import { sourcesCommand } from './sources.ts';
import { searchCommand } from './search.ts';
import { demoCommand } from './demo.ts';
import { slackManifestCommand } from './slack-manifest.ts';
import { discordRegisterCommand } from './discord-register.ts';
import { digestCommand } from './digest.ts';
import { matchCommand } from './match.ts';
import { evalCommand } from './eval.ts';
import { dbCommand } from './db.ts';
import { labelsCommand } from './labels.ts';

/** Every CLI subcommand, in the order `policywatch --help` lists them. Add new ones here. */
export const commands: CliCommand[] = [
  runCommand,
  pollCommand,
  sourcesCommand,
  searchCommand,
  demoCommand,
  slackManifestCommand,
  discordRegisterCommand,
  digestCommand,
  matchCommand,
  evalCommand,
  dbCommand,
  labelsCommand,
];
