import { openStore, tempDir } from './helpers.ts';
import { storeContract } from './contract.ts';

storeContract('embedded store (lowdb files)', () => openStore(tempDir()));
