import { storeContract } from './contract.ts';
import { openStore, tempDir } from './helpers.ts';

storeContract('embedded store (SQLite + state.json)', () => openStore(tempDir()));
