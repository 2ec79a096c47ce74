import { renderConsoleMessage } from '../../../adapters/console/render.ts';
import type { CliCommand } from '../command.ts';
import { UsageError, write } from '../command.ts';
import { parseCliArgs } from '../args.ts';
import { withReadOnlyApp } from '../runtime.ts';

export const searchCommand: CliCommand = {
  name: 'search',
  summary: 'Search stored items, with the same grammar as /policy search (state:CT kind:bill since:30d …).',
  usage: 'policywatch search <words> [state:XX] [kind:bill|contract|notice|rule|news] [since:30d] [topic:ID]',
  async run(argv, io) {
    const { positionals } = parseCliArgs(argv, {}, true);
    if (positionals.length === 0) throw new UsageError('give some words to search for, e.g. policywatch search "license plate" state:CA');
    return withReadOnlyApp(io, async (app) => {
      const text = positionals.map((p) => (/\s/.test(p) && !p.includes(':') ? `"${p}"` : p)).join(' ');
      const reply = await app.handler({
        platform: 'console',
        workspaceId: 'local',
        channelId: 'console',
        userId: 'cli',
        text: `search ${text}`,
        isManager: true,
      });
      write(io.stdout, renderConsoleMessage(reply));
      return reply.type === 'error' ? 1 : 0;
    });
  },
};
