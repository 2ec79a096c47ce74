/**
 * `policywatch db migrate` applies the PostgreSQL store's pending migrations (they also run
 * at every start); `policywatch db import <DATA_DIR>` copies an embedded installation into
 * the PostgreSQL database named by DATABASE_URL.
 */
import { importDataDir } from '../../../storage/postgres/import.ts';
import { migrate } from '../../../storage/postgres/migrate.ts';
import { openPostgresStore } from '../../../storage/postgres/store.ts';
import type { CliCommand } from '../command.ts';
import { UsageError, write } from '../command.ts';
import { parseCliArgs } from '../args.ts';
import { readEnv, reportFatal } from '../runtime.ts';

export const dbCommand: CliCommand = {
  name: 'db',
  summary: 'PostgreSQL: apply migrations (db migrate) or copy a data directory into the database (db import DATA_DIR).',
  usage: 'policywatch db migrate | policywatch db import <DATA_DIR>',
  async run(argv, io) {
    const { positionals } = parseCliArgs(argv, {}, true);
    const [action, dir, ...rest] = positionals;
    if (action !== 'migrate' && action !== 'import') throw new UsageError('say what to do: `db migrate` or `db import <DATA_DIR>`');
    if (action === 'migrate' && dir !== undefined) throw new UsageError('`db migrate` takes no arguments');
    if (action === 'import' && (dir === undefined || rest.length > 0)) throw new UsageError('name one data directory: `db import ./data`');
    const env = readEnv(io);
    if (!env) return 1;
    if (!env.DATABASE_URL) {
      write(io.stderr, 'policywatch db: DATABASE_URL is not set (e.g. DATABASE_URL=postgres://user@127.0.0.1:5432/policywatch).');
      return 1;
    }
    let store;
    try {
      store = await openPostgresStore({ connectionString: env.DATABASE_URL, migrate: false });
    } catch (err) {
      return reportFatal(io, err);
    }
    try {
      const client = await store.pool.connect();
      let applied: number[];
      try {
        applied = await migrate(client);
      } finally {
        client.release();
      }
      if (action === 'migrate') {
        write(io.stdout, applied.length ? `applied migration(s) ${applied.join(', ')}` : 'the database is up to date');
        return 0;
      }
      const n = await importDataDir(dir!, store);
      write(
        io.stdout,
        `imported ${n.items} item(s), ${n.seen} seen-id(s), ${n.deliveries} queued deliver(ies), ${n.sentKeys} sent key(s), ` +
          `${n.threads} thread(s), ${n.sources} source state(s), ${n.subscriptions} subscription(s), ` +
          `${n.watchAdditions} watch addition(s), ${n.audit} audit entr(ies), ${n.labels} triage label(s), ${n.follows} follow(s), ${n.workspaceSettings} workspace setting(s)`,
      );
      return 0;
    } catch (err) {
      return reportFatal(io, err);
    } finally {
      await store.close();
    }
  },
};
