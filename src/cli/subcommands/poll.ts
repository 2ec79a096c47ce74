import type { CliCommand } from '../command.ts';
import { UsageError, write } from '../command.ts';
import { parseCliArgs } from '../args.ts';
import { cliLogger, readEnv, reportFatal } from '../runtime.ts';

export const pollCommand: CliCommand = {
  name: 'poll',
  summary: 'Poll sources once now (ignoring their schedule), deliver alerts, and exit.',
  usage: 'policywatch poll --once [--source ID]',
  async run(argv, io) {
    const { values } = parseCliArgs(argv, { once: { type: 'boolean' }, source: { type: 'string' } });
    if (!values.once) throw new UsageError('--once is required (use `policywatch run` for the daemon)');
    const env = readEnv(io);
    if (!env) return 1;
    const log = cliLogger(env);
    let app;
    try {
      const { createApp } = await import('../../main.ts');
      app = await createApp({ env, log, out: io.stdout });
    } catch (err) {
      return reportFatal(io, err);
    }
    try {
      if (values.source && !app.sources.some((s) => s.id === values.source)) {
        write(io.stderr, `policywatch poll: no source "${values.source}". Run \`policywatch sources\` to list them.`);
        return 2;
      }
      await app.prepare();
      const summary = await app.engine.cycle({ force: true, sourceId: values.source });
      const failed = summary.polled.filter((p) => p.outcome === 'failed');
      write(
        io.stderr,
        `polled ${summary.polled.length} source(s): ${summary.created} new, ${summary.changed} changed, ` +
          `${summary.enqueued} alert(s) queued, ${summary.dispatch.sent} sent, ${failed.length} source failure(s)`,
      );
      return 0;
    } finally {
      await app.stop();
    }
  },
};
