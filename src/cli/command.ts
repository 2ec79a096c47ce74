/** The shape every CLI subcommand takes. The table lives in src/cli/subcommands/index.ts. */
export interface CliIO {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
}

export interface CliCommand {
  name: string;
  /** One line for the usage listing. */
  summary: string;
  /** Full usage line(s), e.g. 'policywatch poll --once [--source ID]'. */
  usage: string;
  /** Returns the process exit code: 0 ok, 1 runtime/config failure, 2 usage error. */
  run(argv: string[], io: CliIO): Promise<number>;
}

export class UsageError extends Error {
  readonly code = 'CLI_USAGE';
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export function write(stream: NodeJS.WritableStream, text: string): void {
  stream.write(text.endsWith('\n') ? text : `${text}\n`);
}
