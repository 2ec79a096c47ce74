import { formatSourceTable } from '../../pipeline/source-status.ts';
import type { CliCommand } from '../command.ts';
import { write } from '../command.ts';
import { parseCliArgs } from '../args.ts';
import { withReadOnlyApp } from '../runtime.ts';

export const sourcesCommand: CliCommand = {
  name: 'sources',
  summary: 'List every source: enabled (or why not), last success/error, failures, items seen, next poll, quota.',
  usage: 'policywatch sources [--json]',
  async run(argv, io) {
    const { values } = parseCliArgs(argv, { json: { type: 'boolean' } });
    return withReadOnlyApp(io, async (app) => {
      const rows = await app.sourceRows();
      write(io.stdout, values.json ? JSON.stringify(rows, null, 2) : formatSourceTable(rows));
      return 0;
    }, { searchIndex: false });
  },
};
