/**
 * How long Google's calls take in this action, so that no call starts that could not end by its deadline.
 * Google under load answers in seconds (a Calendar call at 2.5–3 s is not rare), and a card action is
 * stopped at 30 s whatever it was doing: the budgets are deadlines for calls to END, and a call starts only
 * when `now + expected ≤ deadline`, the expected time being the longest call seen so far in this action,
 * never less than CALL_FLOOR_MS (the first call has nothing to go by).
 */
export const CALL_FLOOR_MS = 1000;

export interface CallTimes {
  /** The same API, every method timed. */
  timed<T extends object>(api: T): T;
  /** The time the next call should be given: the longest seen, at least CALL_FLOOR_MS. */
  expectedMs(): number;
}

export function callTimes(now: () => number): CallTimes {
  let longest = 0;
  const time = <R>(call: () => R): R => {
    const start = now();
    try {
      return call();
    } finally {
      longest = Math.max(longest, now() - start);
    }
  };
  return {
    timed<T extends object>(api: T): T {
      const wrapped = {} as Record<string, unknown>;
      for (const key of Object.keys(api) as (keyof T & string)[]) {
        const member = api[key];
        wrapped[key] =
          typeof member === 'function' ? (...args: unknown[]) => time(() => (member as (...a: unknown[]) => unknown).apply(api, args)) : member;
      }
      return wrapped as T;
    },
    expectedMs: () => Math.max(CALL_FLOOR_MS, longest),
  };
}
