/**
 * Installations: the credentials a hosted instance keeps per workspace (a Slack OAuth
 * install), so no operator copies tokens by hand. The port stores opaque, already sealed
 * strings (see src/hosting/seal.ts); a store never sees a token in the clear.
 */
import type { Platform } from './types.ts';

export interface InstallationRecords {
  /** The sealed record for this platform and key ('T0123' workspace, 'E0456' org), if any. */
  get(platform: Platform, key: string): Promise<string | undefined>;
  put(platform: Platform, key: string, sealed: string, now: Date): Promise<void>;
  /** True when a record was removed. */
  delete(platform: Platform, key: string): Promise<boolean>;
  /** Keys installed on a platform (status pages, tests). */
  keys(platform: Platform): Promise<string[]>;
}
