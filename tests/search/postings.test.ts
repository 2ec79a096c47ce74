import { describe, expect, it } from 'vitest';
import { PostingPool, WEIGHT_OF, weightCode } from '../../src/search/postings.ts';

const listOf = (pool: PostingPool, term: number) => {
  const out: Array<[number, number]> = [];
  pool.forEach(term, (d, w) => out.push([d, w]));
  return out;
};

describe('PostingPool: postings of many terms in shared typed arrays', () => {
  it("keeps each term's postings in insertion order across chained blocks", () => {
    const pool = new PostingPool();
    // Interleave three terms so their blocks alternate in the pool.
    for (let d = 0; d < 5000; d++) {
      pool.append(0, d, 1);
      if (d % 3 === 0) pool.append(1, d, 2);
      if (d === 4242) pool.append(2, d, 3);
    }
    expect(listOf(pool, 0).map(([d]) => d)).toEqual(Array.from({ length: 5000 }, (_, d) => d));
    expect(listOf(pool, 1).map(([d]) => d)).toEqual(Array.from({ length: 1667 }, (_, i) => i * 3));
    expect(listOf(pool, 2).map(([d]) => d)).toEqual([4242]);
    expect([pool.df[0], pool.df[1], pool.df[2]]).toEqual([5000, 1667, 1]);
    expect(listOf(pool, 7)).toEqual([]);
  });

  it('costs two slots for a term seen once and wastes at most one block for a common term', () => {
    const pool = new PostingPool();
    for (let t = 0; t < 1000; t++) pool.append(t, t, 1);
    expect(pool.slots).toBe(1 + 2 * 1000);
    const big = new PostingPool();
    for (let d = 0; d < 100_000; d++) big.append(0, d, 1);
    // Blocks hold size-1 postings each; the last block is at most 2048 slots.
    expect(big.slots).toBeLessThan(100_000 * 1.03 + 2048);
  });

  it('ranges cover exactly the postings', () => {
    const pool = new PostingPool();
    for (let d = 0; d < 100; d++) pool.append(3, d * 2, 1);
    const r = pool.ranges(3);
    let n = 0;
    for (let k = 0; k < r.length; k += 2) n += r[k + 1]! - r[k]!;
    expect(n).toBe(100);
  });
});

describe('weight codes: 16-bit log scale', () => {
  it.each([0.01, 0.2, 1, 1.234567, 6.6, 25])('round-trips %f within 0.02 %%', (w) => {
    expect(Math.abs(WEIGHT_OF[weightCode(w)]! - w) / w).toBeLessThan(2e-4);
  });
  it('keeps order: a larger weight never gets a smaller code', () => {
    let prev = 0;
    for (let w = 0.05; w < 30; w *= 1.001) {
      const c = weightCode(w);
      expect(c).toBeGreaterThanOrEqual(prev);
      prev = c;
    }
  });
});
