import { GoogleApiError } from '../../../src/meet/google-api-error';
import { CALL_FLOOR_MS, callTimes } from '../../../src/meet/call-time';
import { MeetFailure } from '../../../src/meet/errors';
import { backoffDelay, DEFAULT_RETRY, withRetry } from '../../../src/meet/retry';

/** A simulated clock: sleeping moves it on, and so does each call (`call()`), by `callMs`. */
function waiting(deadlineIn = 25_000, callMs = 0) {
  let now = 0;
  const sleeps: number[] = [];
  const ended: number[] = [];
  const sleep = (ms: number) => {
    now += ms;
    sleeps.push(ms);
  };
  const call = () => {
    now += callMs;
    ended.push(now);
  };
  return { sleeps, ended, call, now: () => now, sleep, random: () => 1, deadline: deadlineIn, callMs: () => callMs };
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

  it('never starts a call that could not end by the deadline (3 s a call, 10 s left)', () => {
    const w = waiting(10_000, 3000);
    expect(() =>
      withRetry(() => {
        w.call();
        throw new GoogleApiError(503, 'backendError', 'x');
      }, w),
    ).toThrow(GoogleApiError);
    // 0–3 s, then 500 ms later 3.5–6.5 s; a third call after 1 s would end at 10.5 s: not started.
    expect(w.ended).toEqual([3000, 6500]);
    expect(w.sleeps).toEqual([500]);
  });

  it('a first call that could not end by the deadline is not started: out of time, in words', () => {
    const w = waiting(2000, 3000);
    let calls = 0;
    const thrown = (() => {
      try {
        withRetry(() => (calls += 1), w);
      } catch (error) {
        return error;
      }
    })();
    expect(calls).toBe(0);
    expect(thrown).toBeInstanceOf(MeetFailure);
    expect((thrown as MeetFailure).kind).toBe('googleUnavailable');
  });

  it('expects the next call to take as long as the longest one so far, at least a floor', () => {
    let now = 0;
    const times = callTimes(() => now);
    const api = times.timed({ slow: (ms: number) => (now += ms), name: 'api' });
    expect(times.expectedMs()).toBe(CALL_FLOOR_MS);
    api.slow(2500);
    api.slow(300);
    expect(times.expectedMs()).toBe(2500);
    expect(api.name).toBe('api');
  });

  it('draws each wait between half and all of the capped ceiling', () => {
    expect(backoffDelay(DEFAULT_RETRY, 0, 0)).toBe(250);
    expect(backoffDelay(DEFAULT_RETRY, 10, 1)).toBe(4000);
  });
});
