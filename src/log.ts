import { pino, type Logger, type DestinationStream } from 'pino';

/** Paths pino blanks out wherever they appear in a log record. */
const REDACT_PATHS = [
  'token',
  'botToken',
  'appToken',
  'signingSecret',
  'apiKey',
  'api_key',
  'authorization',
  'headers.authorization',
  'headers["x-api-key"]',
  'secrets',
  '*.token',
  '*.apiKey',
  '*.secrets',
  'config.secrets',
];

export interface LoggerOptions {
  level?: string;
  /** Pretty, human-readable output (default: when stdout is a TTY). */
  pretty?: boolean;
  destination?: DestinationStream;
  /** File descriptor for the default destination: 1 stdout (default), 2 stderr. */
  fd?: 1 | 2;
}

export function createLogger(opts: LoggerOptions = {}): Logger {
  const level = opts.level ?? 'info';
  const base = { redact: { paths: REDACT_PATHS, censor: '[REDACTED]' }, level, base: { app: 'policywatch' } };
  if (opts.destination) return pino(base, opts.destination);
  const fd = opts.fd ?? 1;
  const pretty = opts.pretty ?? Boolean((fd === 2 ? process.stderr : process.stdout).isTTY);
  if (pretty) {
    return pino({
      ...base,
      transport: {
        target: 'pino-pretty',
        options: { colorize: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname,app', destination: fd },
      },
    });
  }
  return pino(base, pino.destination({ fd, sync: true }));
}

/** A logger that drops everything (tests, quiet CLI commands). */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}

export type { Logger };
