/**
 * `policywatch labels export [--workspace W] [--out FILE]`: the Relevant / Not relevant marks
 * made on alerts, as JSON Lines in the labelled-set format of tests/fixtures/labelled-real (see
 * src/triage/export.ts for how marks become labels). Opens the store read-only, so it works
 * while the daemon runs. Without --out the lines go to stdout.
 */
import { writeFile } from 'node:fs/promises';
import type { StoredItem } from '../../domain/index.ts';
import { labelledLines } from '../../triage/export.ts';
import type { CliCommand } from '../command.ts';
import { UsageError, write } from '../command.ts';
import { parseCliArgs } from '../args.ts';
import { withReadOnlyApp } from '../runtime.ts';

export const labelsCommand: CliCommand = {
  name: 'labels',
  summary: 'Write the triage labels (Relevant / Not relevant on alerts) as JSON Lines in the labelled-set format.',
  usage: 'policywatch labels export [--workspace W] [--out FILE]',
  async run(argv, io) {
    const { values, positionals } = parseCliArgs(argv, { workspace: { type: 'string' }, out: { type: 'string' } }, true);
    if (positionals.length !== 1 || positionals[0] !== 'export')
      throw new UsageError('say what to do: `labels export [--workspace W] [--out FILE]`');
    return withReadOnlyApp(
      io,
      async (app) => {
        const labels = await app.store.listLabels(values.workspace);
        const ids = [...new Set(labels.map((l) => l.itemId))];
        const found = app.store.getItems ? await app.store.getItems(ids) : await Promise.all(ids.map((id) => app.store.getItem(id)));
        const items = new Map<string, StoredItem>();
        for (const item of found) if (item) items.set(item.id, item);
        const lines = labelledLines(labels, items);
        const text = lines.map((l) => JSON.stringify(l)).join('\n') + (lines.length ? '\n' : '');
        if (values.out) await writeFile(values.out, text, 'utf8');
        else io.stdout.write(text);
        const where = values.workspace ? ` of workspace ${values.workspace}` : '';
        write(
          io.stderr,
          `${lines.length} labelled item(s)${where} from ${labels.length} mark(s) on ${ids.length} item(s)${values.out ? ` written to ${values.out}` : ''}.`,
        );
        return 0;
      },
      { searchIndex: false },
    );
  },
};
