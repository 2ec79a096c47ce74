import { createMemoryStore } from '../../storage/memory.ts';
import { storeContract } from './contract.ts';

storeContract('in-memory twin', async () => createMemoryStore());
