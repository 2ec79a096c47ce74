/**
 * Installation records for the embedded mode: one small lowdb file, installations.json in
 * DATA_DIR, written whole (atomically) on every change, readable only by the owner. The values
 * are sealed before they get here. The in-memory twin serves tests and read-only CLI runs.
 */
import { chmodSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import type { InstallationRecords } from '../src/domain/installations.ts';
import type { Platform } from '../src/domain/index.ts';

interface InstallationsData {
  version: 1;
  records: Record<string, { sealed: string; updatedAt: string }>;
}

const id = (platform: Platform, key: string): string => `${platform}:${key}`;

function recordsOver(data: () => InstallationsData, save: () => Promise<void>): InstallationRecords {
  return {
    async get(platform, key) {
      return data().records[id(platform, key)]?.sealed;
    },
    async put(platform, key, sealed, now) {
      data().records[id(platform, key)] = { sealed, updatedAt: now.toISOString() };
      await save();
    },
    async delete(platform, key) {
      const k = id(platform, key);
      if (!(k in data().records)) return false;
      delete data().records[k];
      await save();
      return true;
    },
    async keys(platform) {
      const prefix = `${platform}:`;
      return Object.keys(data().records)
        .filter((k) => k.startsWith(prefix))
        .map((k) => k.slice(prefix.length))
        .sort();
    },
  };
}

const INSTALLATIONS_FILE = 'installations.json';

export async function openFileInstallations(dataDir: string): Promise<InstallationRecords> {
  const file = join(dataDir, INSTALLATIONS_FILE);
  const db = new Low<InstallationsData>(new JSONFile(file), { version: 1, records: {} });
  await db.read();
  if (db.data.version !== 1 || typeof db.data.records !== 'object' || db.data.records === null) {
    throw Object.assign(new Error(`${file} is not a policywatch installations file; move it aside and reinstall the app`), {
      code: 'STORE_CORRUPT',
    });
  }
  return recordsOver(
    () => db.data,
    async () => {
      await db.write();
      if (existsSync(file)) chmodSync(file, 0o600);
    },
  );
}

export function memoryInstallations(): InstallationRecords {
  const data: InstallationsData = { version: 1, records: {} };
  return recordsOver(
    () => data,
    async () => undefined,
  );
}
