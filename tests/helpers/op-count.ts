/**
 * Counts the operations a synchronous call performs on collections: Map/Set look-ups and
 * inserts, elements appended to arrays, and elements visited by array searches, iterations
 * and sorts. A deterministic measure of work (unlike wall time), for tests that compare how
 * work grows with the input. The built-ins are restored afterwards.
 */
type Method = (this: unknown, ...args: unknown[]) => unknown;

/** [prototype, method, what one call counts]. */
const COUNTED: Array<[object, string, 'one' | 'args' | 'length']> = [
  [Map.prototype, 'get', 'one'],
  [Map.prototype, 'set', 'one'],
  [Map.prototype, 'has', 'one'],
  [Set.prototype, 'add', 'one'],
  [Set.prototype, 'has', 'one'],
  [Array.prototype, 'push', 'args'],
  ...[
    'indexOf',
    'lastIndexOf',
    'includes',
    'find',
    'findIndex',
    'some',
    'every',
    'filter',
    'map',
    'flatMap',
    'forEach',
    'reduce',
    'sort',
    'slice',
    'join',
  ].map((name): [object, string, 'length'] => [Array.prototype, name, 'length']),
];

export function countOperations(fn: () => void): number {
  let ops = 0;
  const saved: Method[] = [];
  for (const [proto, name, unit] of COUNTED) {
    const original = (proto as Record<string, Method>)[name]!;
    saved.push(original);
    (proto as Record<string, Method>)[name] = function (this: unknown, ...args: unknown[]) {
      ops += unit === 'one' ? 1 : unit === 'args' ? Math.max(1, args.length) : Math.max(1, (this as unknown[]).length);
      return original.apply(this, args);
    };
  }
  try {
    fn();
  } finally {
    for (let i = 0; i < COUNTED.length; i++) (COUNTED[i]![0] as Record<string, Method>)[COUNTED[i]![1]] = saved[i]!;
  }
  return ops;
}
