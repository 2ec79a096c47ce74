import { createApp } from '../../main.ts';
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
      app = await createApp({ env, log, out: io.stdout, role });
    } catch (err) {
      return reportFatal(io, err);
    }
    const stopped = new Promise<string>((resolve) => {
      process.once('SIGINT', () => resolve('SIGINT'));
      process.once('SIGTERM', () => resolve('SIGTERM'));
    });
    log.info(`policywatch started (role ${role}): ${app.sources.length} sources, data in ${env.DATA_DIR}, adapters: ${app.adapters.map((a) => a.platform).join(', ')}`);
    await app.start();
    const signal = await stopped;
    log.info(`${signal} received: finishing the work in flight, then stopping`);
    await app.stop();
    log.info('stopped cleanly');
    return 0;
  },
};
