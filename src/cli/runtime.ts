/** Shared start-up for CLI commands: .env, validated env, the logger, clear fatal errors. */
import { existsSync } from 'node:fs';
import { config as loadDotenv } from 'dotenv';
import { ConfigError, loadEnv, type Env } from '../config/env.ts';
import { createLogger, type Logger } from '../log.ts';
import type { App } from '../main.ts';
import { write, type CliIO } from './command.ts';

/** Load `.env` (when reading the real process env), validate; print every problem and return undefined. */
export function readEnv(io: CliIO): Env | undefined {
  if (io.env === process.env && existsSync('.env')) loadDotenv({ path: '.env', quiet: true });
  try {
    return loadEnv(io.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      write(io.stderr, `${err.message}\nSee .env.example and the README's Configuration section.`);
      return undefined;
    }
    throw err;
  }
}

/** Logs go to stderr so stdout stays for alerts and command output. */
export function cliLogger(env: Env, quiet = false): Logger {
  return createLogger({ level: quiet ? 'warn' : env.LOG_LEVEL, pretty: env.LOG_PRETTY, fd: 2 });
}

/** Errors with a `code` (config, lock, corrupt store) are expected: print the message, exit 1. */
export function reportFatal(io: CliIO, err: unknown): number {
  const e = err as Error & { code?: string };
  if (e && typeof e.code === 'string' && /^(STORE_|CONFIG_)/.test(e.code)) {
    write(io.stderr, `policywatch: ${e.message}`);
    return 1;
  }
  throw err;
}

/**
 * Run `task` against the operator's data opened read-only (works while the daemon runs),
 * with no chat adapters. Returns the task's exit code; configuration and store problems exit 1.
 */
export async function withReadOnlyApp(
  io: CliIO,
  task: (app: App, env: Env) => Promise<number>,
  opts: { searchIndex?: boolean } = {},
): Promise<number> {
  const env = readEnv(io);
  if (!env) return 1;
  let app: App;
  try {
    const { createApp } = await import('../main.ts');
    app = await createApp({ env, log: cliLogger(env, true), readOnly: true, adapters: [], searchIndex: opts.searchIndex });
  } catch (err) {
    return reportFatal(io, err);
  }
  try {
    return await task(app, env);
  } finally {
    await app.stop();
  }
}
