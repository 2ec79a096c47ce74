import type { CliCommand } from '../command.ts';
import { UsageError } from '../command.ts';
import { ROLES, type Role } from '../../hosting/roles.ts';
import { parseCliArgs } from '../args.ts';
import { cliLogger, readEnv, reportFatal } from '../runtime.ts';

export const runCommand: CliCommand = {
  name: 'run',
  summary: 'Run the daemon: poll sources on schedule, send alerts and digests, answer /policy (what npm start runs).',
  usage: `policywatch run [--role ${ROLES.join('|')}]`,
  async run(argv, io) {
    const { values } = parseCliArgs(argv, { role: { type: 'string' } });
    const role = (values.role ?? 'all') as Role;
    if (!(ROLES as readonly string[]).includes(role)) throw new UsageError(`--role must be one of ${ROLES.join(', ')}`);
    const env = readEnv(io);
    if (!env) return 1;
    const log = cliLogger(env);
    process.on('unhandledRejection', (err) => log.error({ err }, 'unhandled rejection (kept running)'));
    let app;
    try {
      const { createApp } = await import('../../main.ts');
      app = await createApp({ env, log, out: io.stdout, role });
    } catch (err) {
      return reportFatal(io, err);
    }
    const stopped = new Promise<string>((resolve) => {
      const on = (signal: string) => () => {
        // Said at once, not after the work in flight.
        log.info(`${signal} received: stopping — the send in flight finishes, everything else stays queued`);
        resolve(signal);
      };
      process.once('SIGINT', on('SIGINT'));
      process.once('SIGTERM', on('SIGTERM'));
    });
    log.info(
      `policywatch started (role ${role}): ${app.sources.length} sources, data in ${env.DATA_DIR}, adapters: ${app.adapters.map((a) => a.platform).join(', ')}`,
    );
    // The first tick (catch-up poll and sends) can be long: a signal must not wait for it.
    const starting = app.start().catch((err: unknown) => log.error({ err }, 'start failed'));
    await Promise.race([starting, stopped]);
    await stopped;
    await app.stop();
    log.info('stopped cleanly');
    // Whatever was abandoned (a hung request, keep-alive sockets) must not hold the exit.
    setTimeout(() => process.exit(0), 500).unref();
    return 0;
  },
};
