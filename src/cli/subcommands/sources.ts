import { connectors } from '../../../feeds/registry.ts';
import { formatSourceTable } from '../../pipeline/source-status.ts';
import { formatSourceTest } from '../../pipeline/source-test.ts';
import type { CliCommand } from '../command.ts';
import { UsageError, write } from '../command.ts';
import { parseCliArgs } from '../args.ts';
import { withReadOnlyApp } from '../runtime.ts';

/** The connector types an operator can use in policywatch.yml, one line each. */
function typeList(): string {
  return [
    'Source types (use in policywatch.yml):',
    ...connectors.map((c) => `  ${c.type.padEnd(18)} ${c.description}${c.requiredSecret ? ` [${c.requiredSecret}]` : ''}`),
  ].join('\n');
}

export const sourcesCommand: CliCommand = {
  name: 'sources',
  summary:
    'List every source (enabled or why not, last success/error, items, next poll, quota); `sources test ID` fetches one once and prints its items.',
  usage: 'policywatch sources [--json]\npolicywatch sources test <id> [--json]',
  async run(argv, io) {
    const { values, positionals } = parseCliArgs(argv, { json: { type: 'boolean' } }, true);
    if (positionals.length > 0) {
      if (positionals[0] !== 'test' || positionals.length !== 2) throw new UsageError('usage: policywatch sources test <id>');
      const id = positionals[1]!;
      return withReadOnlyApp(
        io,
        async (app) => {
          const result = await app.testSource(id);
          write(io.stdout, values.json ? JSON.stringify(result, null, 2) : formatSourceTest(result));
          return result.ok ? 0 : 1;
        },
        { searchIndex: false },
      );
    }
    return withReadOnlyApp(
      io,
      async (app) => {
        const rows = await app.sourceRows();
        write(io.stdout, values.json ? JSON.stringify(rows, null, 2) : `${formatSourceTable(rows)}\n\n${typeList()}`);
        return 0;
      },
      { searchIndex: false },
    );
  },
};
