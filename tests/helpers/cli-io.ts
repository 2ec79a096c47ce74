/** A CliIO whose stdout and stderr are captured as strings, for running CLI commands in-process. */
import { PassThrough, Readable } from 'node:stream';
import type { CliIO } from '../../src/cli/command.ts';

export function captureIO(env: NodeJS.ProcessEnv = {}, stdin: NodeJS.ReadableStream = Readable.from([])) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => (out += c.toString()));
  stderr.on('data', (c: Buffer) => (err += c.toString()));
  const io: CliIO = { stdin, stdout, stderr, env };
  return { io, out: () => out, err: () => err };
}
