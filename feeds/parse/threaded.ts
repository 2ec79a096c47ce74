/**
 * A FeedParser that parses large documents off the main thread. rss-parser (xml2js) and our
 * preparation passes are synchronous: a 5 MB feed with 46k entries holds the thread for
 * seconds, and every `/policy` ack and heartbeat with it. Documents of `inlineBelowBytes` or
 * more go to a worker thread (`worker.ts`); smaller ones parse here (tens of milliseconds).
 *
 *  - One worker, started on first use, parses one document at a time (others wait in line)
 *    with a fresh rss-parser per document, and exits after `idleMs` without work. It never
 *    keeps the process alive (unref).
 *  - `signal` (the source deadline, shutdown) abandons a parse: a waiting one leaves the line,
 *    a running one is stopped by terminating its worker; the next parse starts a new worker.
 *  - A worker that dies (out of memory: its heap is capped by `maxHeapMb`) fails only the
 *    parse it was running, as a value.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { createRssFeedParser, type RssFeedParserOptions } from './rss-parser.ts';
import type { FeedParseOptions, FeedParser, FeedParseResult, ParsedEntry } from './types.ts';
import type { ParseReply, ParseRequest } from './worker.ts';

const INLINE_BELOW_BYTES = 64 * 1024;
const WORKER_IDLE_MS = 60_000;
const WORKER_MAX_HEAP_MB = 512;

export interface ThreadedFeedParserOptions extends RssFeedParserOptions {
  /** Documents shorter than this (in UTF-16 code units) parse on the calling thread. */
  inlineBelowBytes?: number;
  /** The worker exits after this long without a parse. */
  idleMs?: number;
  /** The worker's old-generation heap limit. */
  maxHeapMb?: number;
  /**
   * Tests: a shared Int32Array the worker waits on (until its first element is not 0) before
   * each parse, so a test can hold a parse in flight without timing anything.
   */
  gate?: Int32Array;
}

export interface ThreadedFeedParser extends FeedParser {
  /** Parses run in a worker so far (for tests and diagnostics). */
  readonly workerParses: number;
  /** Workers started so far (a new one after an abandoned parse or an idle exit). */
  readonly workersStarted: number;
  /** Stop the worker now (a parse in flight fails as abandoned). */
  close(): Promise<void>;
}

interface Job {
  req: ParseRequest;
  /** Entries received so far (they come in batches). */
  entries: ParsedEntry[];
  resolve: (r: FeedParseResult) => void;
  signal?: AbortSignal;
  onAbort?: () => void;
}

const WORKER_URL = new URL(`./worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url);

/** tsx's module-hook API (where import.meta.resolve is missing, e.g. under vitest: require's resolution). */
function tsxApi(): string {
  try {
    return import.meta.resolve('tsx/esm/api');
  } catch {
    return pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api')).href;
  }
}

/** A worker running `worker.ts` (under tsx when we run from TypeScript sources, as `npm start` does). */
function spawnWorker(maxHeapMb: number): Worker {
  // A small young generation: the parse allocates a lot of short-lived objects, and the
  // default semi-spaces stay committed (≈ 25 MB more peak RSS for a 46k-entry feed).
  const resource = { resourceLimits: { maxOldGenerationSizeMb: maxHeapMb, maxYoungGenerationSizeMb: 8 } };
  if (!WORKER_URL.pathname.endsWith('.ts')) return new Worker(WORKER_URL, resource);
  const boot = `import(${JSON.stringify(tsxApi())}).then((m) => { (m.register ?? m.default.register)(); return import(${JSON.stringify(WORKER_URL.href)}); });`;
  return new Worker(boot, { ...resource, eval: true });
}

const abandoned = (why: string): FeedParseResult => ({ ok: false, reason: 'parse', message: `parse abandoned: ${why}` });

export function createThreadedFeedParser(opts: ThreadedFeedParserOptions = {}): ThreadedFeedParser {
  const inlineBelow = opts.inlineBelowBytes ?? INLINE_BELOW_BYTES;
  const idleMs = opts.idleMs ?? WORKER_IDLE_MS;
  const maxHeapMb = opts.maxHeapMb ?? WORKER_MAX_HEAP_MB;
  const extraItemFields = opts.extraItemFields;
  const inline = createRssFeedParser(extraItemFields ? { extraItemFields } : {});
  const queue: Job[] = [];
  let worker: Worker | undefined;
  let running: Job | undefined;
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  let nextId = 1;
  let workerParses = 0;
  let workersStarted = 0;

  function finish(job: Job, result: FeedParseResult): void {
    if (job.onAbort) job.signal?.removeEventListener('abort', job.onAbort);
    job.resolve(result);
  }

  function stopWorker(): Promise<void> {
    const w = worker;
    worker = undefined;
    clearTimeout(idleTimer);
    return w ? w.terminate().then(() => undefined) : Promise.resolve();
  }

  function ensureWorker(): Worker {
    if (worker) return worker;
    const w = spawnWorker(maxHeapMb);
    workersStarted++;
    w.unref();
    w.on('message', (reply: ParseReply) => {
      const job = running;
      if (!job || job.req.id !== reply.id) return;
      if ('entries' in reply) {
        for (const e of reply.entries) job.entries.push(e);
        return;
      }
      running = undefined;
      workerParses++;
      const { result } = reply;
      finish(job, result.ok ? { ...result, entries: job.entries.concat(result.entries) } : result);
      next();
    });
    const lost = (why: string) => {
      if (worker !== w) return; // terminated on purpose
      worker = undefined;
      const job = running;
      running = undefined;
      if (job) finish(job, { ok: false, reason: 'parse', message: `parser worker failed: ${why}` });
      next();
    };
    w.on('error', (err: Error) => lost(err.message));
    w.on('exit', (code) => lost(`exited with code ${code}`));
    worker = w;
    return w;
  }

  function next(): void {
    if (running) return;
    const job = queue.shift();
    if (!job) {
      clearTimeout(idleTimer);
      if (worker) {
        idleTimer = setTimeout(() => void stopWorker(), idleMs);
        idleTimer.unref();
      }
      return;
    }
    clearTimeout(idleTimer);
    running = job;
    ensureWorker().postMessage(job.req);
  }

  return {
    get workerParses() {
      return workerParses;
    },
    get workersStarted() {
      return workersStarted;
    },
    close: () => {
      const job = running;
      running = undefined;
      if (job) finish(job, abandoned('parser closed'));
      for (const j of queue.splice(0)) finish(j, abandoned('parser closed'));
      return stopWorker();
    },
    parse(xml: string, baseUrl?: string, parseOpts: FeedParseOptions = {}): Promise<FeedParseResult> {
      const { signal } = parseOpts;
      if (signal?.aborted) return Promise.resolve(abandoned('aborted'));
      if (xml.length < inlineBelow) return inline.parse(xml, baseUrl);
      return new Promise<FeedParseResult>((resolve) => {
        const job: Job = {
          entries: [],
          req: {
            id: nextId++,
            xml,
            ...(baseUrl ? { baseUrl } : {}),
            ...(extraItemFields ? { extraItemFields } : {}),
            ...(opts.gate ? { gate: opts.gate } : {}),
          },
          resolve,
          signal,
        };
        if (signal) {
          job.onAbort = () => {
            const waiting = queue.indexOf(job);
            if (waiting >= 0) queue.splice(waiting, 1);
            else if (running === job) {
              running = undefined;
              void stopWorker(); // the only way to stop a synchronous parse
            }
            finish(job, abandoned('deadline or shutdown'));
            next();
          };
          signal.addEventListener('abort', job.onAbort, { once: true });
        }
        queue.push(job);
        next();
      });
    },
  };
}

/** The default off-thread parser (shared: one worker for every feed source). */
export const threadedFeedParser: ThreadedFeedParser = createThreadedFeedParser();
