/**
 * Environment configuration, validated once at start with zod. Every problem is reported
 * together, naming the variable and what it expects. Secrets may also be given as
 * `NAME_FILE=/path/to/file` (Docker/systemd credentials).
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';

const bool = z
  .string()
  .trim()
  .toLowerCase()
  .refine((v) => ['true', 'false', '1', '0', 'yes', 'no', 'on', 'off', ''].includes(v), 'expected true or false')
  .transform((v) => ['true', '1', 'yes', 'on'].includes(v));

const int = (min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, 'expected a whole number')
    .transform(Number)
    .refine((n) => n >= min && n <= max, `expected a number from ${min} to ${max}`);

const optionalString = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined));

const httpUrl = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined))
  .refine((v) => v === undefined || /^https?:\/\/[^\s]+$/i.test(v), 'expected an http(s) URL');

function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** Every variable policywatch reads. Keep `.env.example` and the README in step. */
export const envSchema = z.object({
  DATA_DIR: z.string().trim().min(1).default('./data'),
  DATABASE_URL: optionalString,
  POLICYWATCH_CONFIG: z.string().trim().min(1).default('./policywatch.yml'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_PRETTY: bool.optional(),
  TZ: z
    .string()
    .trim()
    .default('UTC')
    .refine((v) => v === '' || isValidTimeZone(v), 'expected an IANA time zone such as America/New_York')
    .transform((v) => v || 'UTC'),
  POLL_INTERVAL_MINUTES: int(1, 1440).default(30),
  POLL_CONCURRENCY: int(1, 32).default(4),
  ITEM_RETENTION_DAYS: int(1, 3650).default(365),
  SEEN_RETENTION_DAYS: int(1, 3650).default(90),
  HTTP_TIMEOUT_MS: int(1000, 120000).default(15000),
  HTTP_MAX_BYTES: int(1024, 100 * 1024 * 1024).default(5 * 1024 * 1024),
  ALLOW_PRIVATE_HOSTS: optionalString,
  USER_AGENT_CONTACT: z.string().trim().default('operator@example.org'),
  CONSOLE_ALERTS: bool.optional(),
  DIGEST_SKIP_EMPTY: bool.optional(),
  TICK_SECONDS: int(1, 60)
    .default(60)
    .refine((n) => 60 % n === 0, 'expected a number of seconds that divides a minute (1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30 or 60)'),
  LEASE_SECONDS: int(2, 3600).default(120),

  SLACK_BOT_TOKEN: optionalString,
  SLACK_APP_TOKEN: optionalString,
  SLACK_SIGNING_SECRET: optionalString,
  SLACK_API_URL: httpUrl,
  SLACK_MANAGERS: optionalString,
  SLACK_CHANNEL_INTERVAL_MS: int(0, 60000).default(1100),
  SLACK_CLIENT_ID: optionalString,
  SLACK_CLIENT_SECRET: optionalString,
  SLACK_STATE_SECRET: optionalString,
  SLACK_REDIRECT_URI: httpUrl,
  INSTALLATION_KEY: optionalString,
  PORT: int(0, 65535).default(3000),
  WEB_SERVER: bool.optional(),

  DISCORD_TOKEN: optionalString,
  DISCORD_APPLICATION_ID: optionalString,
  DISCORD_API_URL: httpUrl,
  DISCORD_PUBLIC_KEY: optionalString,

  SAM_API_KEY: optionalString,
  OPENSTATES_API_KEY: optionalString,
  LEGISCAN_API_KEY: optionalString,
  CONGRESS_API_KEY: optionalString,
  REGULATIONS_API_KEY: optionalString,
  NYSENATE_API_KEY: optionalString,
});

export type Env = z.infer<typeof envSchema>;

/** Variables that hold secrets: accepted as `NAME_FILE`, never logged. */
export const SECRET_VARIABLES = [
  'SLACK_BOT_TOKEN',
  'SLACK_APP_TOKEN',
  'SLACK_SIGNING_SECRET',
  'SLACK_CLIENT_SECRET',
  'SLACK_STATE_SECRET',
  'INSTALLATION_KEY',
  'DISCORD_TOKEN',
  'SAM_API_KEY',
  'OPENSTATES_API_KEY',
  'LEGISCAN_API_KEY',
  'CONGRESS_API_KEY',
  'REGULATIONS_API_KEY',
  'NYSENATE_API_KEY',
] as const;

export class ConfigError extends Error {
  readonly code = 'CONFIG_INVALID';
  constructor(readonly problems: string[]) {
    super(`Configuration problems:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parse and validate; throws ConfigError listing every problem at once. */
export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const raw: Record<string, string | undefined> = { ...source };
  const problems: string[] = [];
  for (const name of SECRET_VARIABLES) {
    const file = raw[`${name}_FILE`];
    if (file && !raw[name]) {
      try {
        raw[name] = readFileSync(file, 'utf8').trim();
      } catch {
        problems.push(`${name}_FILE: cannot read ${file}; expected a readable file containing the secret`);
      }
    }
  }
  const parsed = envSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const name = issue.path.join('.') || '(environment)';
      problems.push(`${name}: ${issue.message}${name in raw ? ` (got "${redactValue(name, raw[name])}")` : ''}`);
    }
  }
  problems.push(...crossChecks(raw));
  if (problems.length > 0) throw new ConfigError(problems);
  return parsed.data!;
}

function redactValue(name: string, value: string | undefined): string {
  if ((SECRET_VARIABLES as readonly string[]).includes(name)) return '[REDACTED]';
  return String(value ?? '').slice(0, 60);
}

/** Rules between variables, checked on the raw values so they are reported with the rest. */
function crossChecks(raw: Record<string, string | undefined>): string[] {
  const env = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, v?.trim() || undefined]));
  const problems: string[] = [];
  if (env.DISCORD_TOKEN && !env.DISCORD_APPLICATION_ID) {
    problems.push(
      'DISCORD_APPLICATION_ID: required when DISCORD_TOKEN is set (Discord Developer Portal → your app → General Information → Application ID)',
    );
  }
  if (env.SLACK_BOT_TOKEN && !env.SLACK_APP_TOKEN && !env.SLACK_SIGNING_SECRET) {
    problems.push(
      'SLACK_SIGNING_SECRET: required in HTTP mode (SLACK_BOT_TOKEN set without SLACK_APP_TOKEN); find it under Basic Information → App Credentials',
    );
  }
  if (env.SLACK_APP_TOKEN && !env.SLACK_APP_TOKEN.startsWith('xapp-')) {
    problems.push(
      'SLACK_APP_TOKEN: expected an app-level token starting with xapp- (Basic Information → App-Level Tokens, scope connections:write)',
    );
  }
  if (env.SLACK_BOT_TOKEN && !env.SLACK_BOT_TOKEN.startsWith('xoxb-')) {
    problems.push('SLACK_BOT_TOKEN: expected a bot token starting with xoxb- (OAuth & Permissions → Bot User OAuth Token)');
  }
  problems.push(...installChecks(env));
  const lease = Number(env.LEASE_SECONDS ?? 120);
  const tick = Number(env.TICK_SECONDS ?? 60);
  if (Number.isFinite(lease) && Number.isFinite(tick) && lease <= tick) {
    problems.push(`LEASE_SECONDS: must be longer than TICK_SECONDS (${tick}): an instance renews its digest claims once a tick`);
  }
  return problems;
}

/** Installs through OAuth (many workspaces) and the Discord interactions endpoint. */
function installChecks(env: Record<string, string | undefined>): string[] {
  const problems: string[] = [];
  if (env.SLACK_CLIENT_ID) {
    const where = 'Basic Information → App Credentials';
    if (!env.SLACK_CLIENT_SECRET) problems.push(`SLACK_CLIENT_SECRET: required with SLACK_CLIENT_ID (${where})`);
    if (!env.SLACK_SIGNING_SECRET) problems.push(`SLACK_SIGNING_SECRET: required with SLACK_CLIENT_ID: installs need HTTP mode (${where})`);
    if (!env.SLACK_STATE_SECRET)
      problems.push(
        'SLACK_STATE_SECRET: required with SLACK_CLIENT_ID; any long random string (e.g. `openssl rand -hex 32`), the same on every instance',
      );
    if (!env.INSTALLATION_KEY || env.INSTALLATION_KEY.length < 32) {
      problems.push(
        'INSTALLATION_KEY: required with SLACK_CLIENT_ID, at least 32 characters (e.g. `openssl rand -hex 32`), the same on every instance; it encrypts the stored workspace tokens',
      );
    }
    if (env.SLACK_BOT_TOKEN)
      problems.push(
        'SLACK_BOT_TOKEN: leave it unset with SLACK_CLIENT_ID; each workspace installs the app through /slack/install and gets its own token',
      );
    if (env.SLACK_APP_TOKEN) problems.push('SLACK_APP_TOKEN: leave it unset with SLACK_CLIENT_ID; installs use HTTP mode, not Socket Mode');
  } else if (env.SLACK_CLIENT_SECRET) {
    problems.push('SLACK_CLIENT_ID: required when SLACK_CLIENT_SECRET is set (Basic Information → App Credentials → Client ID)');
  }
  if (env.DISCORD_PUBLIC_KEY) {
    if (!/^[0-9a-f]{64}$/i.test(env.DISCORD_PUBLIC_KEY))
      problems.push('DISCORD_PUBLIC_KEY: expected the 64 hex digits under General Information → Public Key');
    if (!env.DISCORD_APPLICATION_ID)
      problems.push('DISCORD_APPLICATION_ID: required when DISCORD_PUBLIC_KEY is set (General Information → Application ID)');
  }
  return problems;
}

/** Hosts or CIDR ranges the operator allows despite the SSRF guard. */
export function allowedPrivateHosts(env: Pick<Env, 'ALLOW_PRIVATE_HOSTS'>): string[] {
  return (env.ALLOW_PRIVATE_HOSTS ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

export function secretsFrom(env: Env): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const name of SECRET_VARIABLES) out[name] = env[name];
  return out;
}
