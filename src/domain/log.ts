/**
 * The logging port: the few methods the code calls on a logger. pino's Logger satisfies it
 * structurally (src/log.ts creates one), so the domain names no vendor type.
 */
interface LogFn {
  (obj: object, msg?: string): void;
  (msg: string): void;
}

export interface Log {
  debug: LogFn;
  info: LogFn;
  warn: LogFn;
  error: LogFn;
  child(bindings: Record<string, unknown>): Log;
}
