import { commands } from './subcommands/index.ts';
import { UsageError, write, type CliIO } from './command.ts';

function usage(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return [
    'Usage: policywatch <command> [options]',
    '',
    'Commands:',
    ...lines,
    '',
    "Run 'policywatch <command> --help' for a command's options.",
  ].join('\n');
}

export async function main(argv: string[], io: CliIO = defaultIO()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    write(io.stdout, usage());
    return name ? 0 : 2;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    write(io.stderr, `policywatch: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    write(io.stdout, `Usage: ${command.usage}\n\n${command.summary}`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (err) {
    if (err instanceof UsageError) {
      write(io.stderr, `policywatch ${name}: ${err.message}\nUsage: ${command.usage}`);
      return 2;
    }
    throw err;
  }
}

function defaultIO(): CliIO {
  return { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env };
}
