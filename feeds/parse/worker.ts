/**
 * The feed-parse worker thread (started by `threaded.ts`): one request at a time, each parsed
 * by a fresh rss-parser (`createRssFeedParser` builds one per document), the result sent back
 * as plain data. Nothing is kept between requests.
 */
import { parentPort } from 'node:worker_threads';
import { createRssFeedParser } from './rss-parser.ts';
import type { FeedParseResult, ParsedEntry } from './types.ts';

export interface ParseRequest {
  id: number;
  xml: string;
  baseUrl?: string;
  extraItemFields?: string[];
  /** Tests: the worker waits until gate[0] is not 0 before it parses (Atomics). */
  gate?: Int32Array;
}

/**
 * Entries come back in batches (each its own message, so the main thread takes them in
 * between other work), then the result with the rest of the entries.
 */
export type ParseReply = { id: number; entries: ParsedEntry[] } | { id: number; result: FeedParseResult };

const REPLY_BATCH = 2000;

function reply(msg: ParseReply): void {
  parentPort!.postMessage(msg);
}

parentPort?.on('message', (req: ParseRequest) => {
  if (req.gate) Atomics.wait(req.gate, 0, 0);
  const parser = createRssFeedParser(req.extraItemFields ? { extraItemFields: req.extraItemFields } : {});
  void parser.parse(req.xml, req.baseUrl).then(
    (result) => {
      if (!result.ok) return reply({ id: req.id, result });
      const { entries } = result;
      let sent = 0;
      for (; entries.length - sent > REPLY_BATCH; sent += REPLY_BATCH)
        reply({ id: req.id, entries: entries.slice(sent, sent + REPLY_BATCH) });
      reply({ id: req.id, result: { ...result, entries: entries.slice(sent) } });
    },
    (err: Error) => reply({ id: req.id, result: { ok: false, reason: 'parse', message: `parser error: ${err.message}` } }),
  );
});
