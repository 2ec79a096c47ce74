import { createSqliteSearchIndex } from '../../storage/sqlite/search.ts';
import { openSqliteStore } from '../../storage/sqlite/store.ts';
import { tempDir } from './helpers.ts';
import { searchContract } from './search-contract.ts';

searchContract('SQLite search (FTS5)', async () => {
  const store = await openSqliteStore(tempDir());
  return { store, index: createSqliteSearchIndex(store) };
});
