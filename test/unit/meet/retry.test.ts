import { GoogleApiError } from '../../../src/meet/google-api-error';
import { backoffDelay, DEFAULT_RETRY, withRetry } from '../../../src/meet/retry';

/** A simulated clock: sleeping moves it on. */
function waiting(deadlineIn = 25_000) {
  let now = 0;
  const sleeps: number[] = [];
  const sleep = (ms: number) => {
    now += ms;
    sleeps.push(ms);
  };
  return { sleeps, now: () => now, sleep, random: () => 1, deadline: deadlineIn };
}

describe('retries', () => {
  it('retries a transient error with growing waits, then answers', () => {
    const w = waiting();
    let calls = 0;
    const result = withRetry(() => {
      calls += 1;
      if (calls < 3) throw new GoogleApiError(503, 'backendError', 'Service unavailable');
      return 'ok';
    }, w);
    expect(result).toBe('ok');
    expect(w.sleeps).toEqual([500, 1000]);
  });

  it('never retries an error that will not pass (403 quota, 400, 409)', () => {
    for (const error of [
      new GoogleApiError(403, 'quotaExceeded', 'x'),
      new GoogleApiError(400, 'invalid', 'x'),
      new GoogleApiError(409, 'duplicate', 'x'),
    ]) {
      const w = waiting();
      let calls = 0;
      expect(() =>
        withRetry(() => {
          calls += 1;
          throw error;
        }, w),
      ).toThrow(error);
      expect(calls).toBe(1);
    }
  });

  it('stops after three retries, and never waits past the deadline', () => {
    const w = waiting();
    expect(() =>
      withRetry(() => {
        throw new GoogleApiError(500, 'backendError', 'x');
      }, w),
    ).toThrow();
    expect(w.sleeps).toHaveLength(DEFAULT_RETRY.maxRetries);
    const short = waiting(700);
    expect(() =>
      withRetry(() => {
        throw new GoogleApiError(500, 'backendError', 'x');
      }, short),
    ).toThrow();
    expect(short.now()).toBeLessThan(700);
  });

  it('draws each wait between half and all of the capped ceiling', () => {
    expect(backoffDelay(DEFAULT_RETRY, 0, 0)).toBe(250);
    expect(backoffDelay(DEFAULT_RETRY, 10, 1)).toBe(4000);
  });
});
