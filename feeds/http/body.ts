/** Reads a response body, decompressing gzip/deflate/br, and stops once it passes `maxBytes` (counted after decompression). */
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate, createInflateRaw } from 'node:zlib';

export type BodyRead = { ok: true; buf: Buffer } | { ok: false; tooLarge: true } | { ok: false; tooLarge: false; error: Error };

function decoderFor(encoding: string, firstByte: number | undefined): NodeJS.ReadWriteStream | undefined {
  switch (encoding) {
    case 'gzip':
    case 'x-gzip':
      return createGunzip();
    case 'br':
      return createBrotliDecompress();
    case 'deflate':
      // Some servers send raw deflate, others zlib-wrapped (first byte 0x78).
      return firstByte === 0x78 || firstByte === undefined ? createInflate() : createInflateRaw();
    default:
      return undefined;
  }
}

export async function readBody(body: Readable, contentEncoding: string | undefined, maxBytes: number): Promise<BodyRead> {
  const encoding = (contentEncoding ?? '').trim().toLowerCase();
  let source: AsyncIterable<Buffer> = body;
  let decoder: NodeJS.ReadWriteStream | undefined;
  let pipeError: Error | undefined;
  if (encoding && encoding !== 'identity') {
    const iterator = body[Symbol.asyncIterator]();
    const first = await iterator.next();
    const firstChunk = first.done ? undefined : (first.value as Buffer);
    decoder = decoderFor(encoding, firstChunk?.[0]);
    if (decoder) {
      const replay = (async function* () {
        if (firstChunk) yield firstChunk;
        for (;;) {
          const next = await iterator.next();
          if (next.done) return;
          yield next.value as Buffer;
        }
      })();
      const d = decoder;
      pipeline(replay, d, (err) => {
        if (err) pipeError = err;
      });
      source = d as unknown as AsyncIterable<Buffer>;
    } else {
      source = (async function* () {
        if (firstChunk) yield firstChunk;
        for (;;) {
          const next = await iterator.next();
          if (next.done) return;
          yield next.value as Buffer;
        }
      })();
    }
  }
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of source) {
      total += chunk.length;
      if (total > maxBytes) {
        (decoder as unknown as Readable | undefined)?.destroy();
        body.destroy();
        return { ok: false, tooLarge: true };
      }
      chunks.push(chunk);
    }
  } catch (err) {
    body.destroy();
    return { ok: false, tooLarge: false, error: (pipeError ?? err) as Error };
  }
  if (pipeError) return { ok: false, tooLarge: false, error: pipeError };
  return { ok: true, buf: Buffer.concat(chunks) };
}
