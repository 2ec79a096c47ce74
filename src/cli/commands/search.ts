import { renderConsoleMessage } from '../../../adapters/console/render.ts';
import { createApp } from '../../main.ts';
import type { CliCommand } from '../command.ts';
import { UsageError, write } from '../command.ts';
import { parseCliArgs } from '../args.ts';
import { cliLogger, readEnv, reportFatal } from '../runtime.ts';

export const searchCommand: CliCommand = {
  name: 'search',
  summary: 'Search stored items, with the same grammar as /policy search (state:CT kind:bill since:30d …).',
  usage: 'policywatch search <words> [state:XX] [kind:bill|contract|notice|rule|news] [since:30d] [topic:ID]',
  async run(argv, io) {
    const { positionals } = parseCliArgs(argv, {}, true);
    if (positionals.length === 0) throw new UsageError('give some words to search for, e.g. policywatch search "license plate" state:CA');
    const env = readEnv(io);
    if (!env) return 1;
    let app;
    try {
      app = await createApp({ env, log: cliLogger(env, true), readOnly: true, adapters: [] });
    } catch (err) {
      return reportFatal(io, err);
    }
    try {
      const text = positionals.map((p) => (/\s/.test(p) && !p.includes(':') ? `"${p}"` : p)).join(' ');
      const reply = await app.handler({ platform: 'console', workspaceId: 'local', channelId: 'console', userId: 'cli', text: `search ${text}`, isManager: true });
      write(io.stdout, renderConsoleMessage(reply));
      return reply.type === 'error' ? 1 : 0;
    } finally {
      await app.stop();
    }
  },
};
