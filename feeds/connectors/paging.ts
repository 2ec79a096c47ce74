/** Paging bounds and links: how many pages a poll may fetch, and which "next" links it may follow. */
import { numParam } from './params.ts';
import { stringValue } from './values.ts';

/** Pages fetched per poll (params.maxPages), bounded. */
export function maxPagesParam(params: Record<string, unknown>, fallback: number): number {
  return numParam(params, 'maxPages', fallback, 1, 50);
}

/** Follows a paging link only if it stays on the configured origin. */
export function sameOriginNext(next: unknown, base: string): string | undefined {
  const s = stringValue(next);
  if (!s) return undefined;
  try {
    const url = new URL(s, base);
    return url.origin === new URL(base).origin ? url.href : undefined;
  } catch {
    return undefined;
  }
}
