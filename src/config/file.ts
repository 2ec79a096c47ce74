/**
 * The operator's config file (POLICYWATCH_CONFIG, YAML): changes to the built-in source
 * catalog, extra feeds, and watchlist terms. A missing file means "use the defaults".
 */
import { existsSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { ITEM_KINDS, type SourceConfig } from '../domain/index.ts';
import { ConfigError } from './env.ts';

const sourceEntry = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{1,63}$/, 'ids are lower-case letters, digits and dashes'),
    type: z.string().min(1).optional(),
    name: z.string().min(1).optional(),
    enabled: z.boolean().optional(),
    // Fractions of a minute (down to 0.05, 3 s) are for local test servers, never for a real site.
    intervalMinutes: z.number().min(0.05).max(10080).optional(),
    params: z.record(z.string(), z.unknown()).optional(),
  })
  .strict();

const fileSchema = z
  .object({
    /** false: start from an empty source list instead of the built-in catalog. */
    catalog: z.boolean().optional(),
    sources: z.array(sourceEntry).optional(),
    watchlist: z.unknown().optional(),
  })
  .strict();

export interface ConfigFile {
  path: string;
  exists: boolean;
  /** Use the built-in source catalog (default true). */
  catalog: boolean;
  sources: Array<z.infer<typeof sourceEntry>>;
  /** Raw `watchlist:` section; validated by the matching module. */
  watchlist?: unknown;
}

export function loadConfigFile(path: string): ConfigFile {
  if (!existsSync(path)) return { path, exists: false, catalog: true, sources: [] };
  let data: unknown;
  try {
    data = parseYaml(readFileSync(path, 'utf8')) ?? {};
  } catch (err) {
    throw new ConfigError([`${path}: not valid YAML (${(err as Error).message.split('\n')[0]})`]);
  }
  const parsed = fileSchema.safeParse(data);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${path}: ${i.path.join('.') || '(top level)'}: ${i.message}`));
  }
  return { path, exists: true, catalog: parsed.data.catalog ?? true, sources: parsed.data.sources ?? [], watchlist: parsed.data.watchlist };
}

/**
 * Apply the file's source entries to the catalog: same id overrides, new id adds (polled
 * every `defaultIntervalMinutes` unless the entry says otherwise).
 */
export function mergeSources(catalog: SourceConfig[], file: ConfigFile, defaultIntervalMinutes = 30): SourceConfig[] {
  const out = (file.catalog ? catalog : []).map((s) => ({ ...s, params: { ...s.params } }));
  const problems: string[] = [];
  for (const entry of file.sources) {
    const existing = out.find((s) => s.id === entry.id);
    if (existing) {
      Object.assign(existing, { ...entry, params: { ...existing.params, ...(entry.params ?? {}) } });
      continue;
    }
    if (!entry.type || !entry.params) {
      problems.push(
        `${file.path}: sources.${entry.id}: a new source needs "type" and "params" (e.g. type: rss, params: { url: https://… })`,
      );
      continue;
    }
    const kind = entry.params.kind;
    if (kind !== undefined && !ITEM_KINDS.includes(kind as never)) {
      problems.push(`${file.path}: sources.${entry.id}.params.kind: expected one of ${ITEM_KINDS.join(', ')}`);
      continue;
    }
    out.push({
      id: entry.id,
      type: entry.type,
      name: entry.name ?? entry.id,
      enabled: entry.enabled ?? true,
      intervalMinutes: entry.intervalMinutes ?? defaultIntervalMinutes,
      params: entry.params,
    });
  }
  if (problems.length) throw new ConfigError(problems);
  return out;
}
