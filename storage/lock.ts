/** A pid lock file so two daemons never write the same DATA_DIR (state.json is written whole by one process). */
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';

export class StoreLockedError extends Error {
  readonly code = 'STORE_LOCKED';
  constructor(
    readonly lockPath: string,
    readonly pid: number,
  ) {
    super(
      `Another policywatch process (pid ${pid}) is already using this data directory (lock file ${lockPath}). ` +
        `Stop it first, or point DATA_DIR at another directory. If no such process runs, delete the lock file.`,
    );
    this.name = 'StoreLockedError';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface Lock {
  release(): void;
}

export function acquireLock(lockPath: string): Lock {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return {
        release: () => {
          try {
            if (readFileSync(lockPath, 'utf8').trim() === String(process.pid)) unlinkSync(lockPath);
          } catch {
            /* already gone */
          }
        },
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const pid = Number(readFileSync(lockPath, 'utf8').trim());
      if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) throw new StoreLockedError(lockPath, pid);
      unlinkSync(lockPath); // stale: the owner died (e.g. kill -9); take it over
    }
  }
  throw new Error(`STORE_LOCK: could not acquire ${lockPath}`);
}
