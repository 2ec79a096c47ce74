import { existsSync } from 'node:fs';

/** A data file that does not parse. Nothing is reset: start-up stops and a copy is kept. */
export class StoreCorruptError extends Error {
  readonly code = 'STORE_CORRUPT';
  constructor(
    readonly file: string,
    readonly keptCopy: string,
    cause: string,
    /** How to recover, when the generic advice (restore the .bak) does not fit. */
    advice?: string,
  ) {
    const bak = `${file}.bak`;
    super(
      `${file} is damaged and cannot be read (${cause}). Nothing was changed or reset. ` +
        `A copy was kept at ${keptCopy}. To recover, stop policywatch and ` +
        (advice ?? (existsSync(bak) ? `restore the last good copy: cp ${bak} ${file}` : `move ${file} away to start that part fresh`)) +
        '.',
    );
    this.name = 'StoreCorruptError';
  }
}

export function corruptCopyName(file: string, now = new Date()): string {
  return `${file}.corrupt-${now.toISOString().replace(/[:.]/g, '-')}`;
}
