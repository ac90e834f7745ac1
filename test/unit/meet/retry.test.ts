import { GoogleApiError } from '../../../src/meet/google-api-error';
import { backoffDelay, DEFAULT_RETRY, withRetry, type Waiting } from '../../../src/meet/retry';
import { thrown } from '../../support/failure';

const transient = () => new GoogleApiError(503, 'backendError', 'The service is currently unavailable.');
const permanent = () => new GoogleApiError(403, 'forbiddenForNonOrganizer', 'Shared properties can only be changed by the organizer of the event.');

/** A simulated clock: sleeping moves it on; `random` is fixed so the waits are known. */
function waiting(deadlineInMs = 25_000, random = 0.5): Waiting & { slept: number[] } {
  let now = 1_000_000;
  const slept: number[] = [];
  return {
    slept,
    now: () => now,
    sleep: (ms) => {
      slept.push(ms);
      now += ms;
    },
    random: () => random,
    deadline: now + deadlineInMs,
  };
}

/** An operation that throws the given errors in turn, then answers 'done'. */
function failing(...errors: Error[]) {
  const calls = { count: 0 };
  const operation = () => {
    const error = errors[calls.count++];
    if (error) throw error;
    return 'done';
  };
  return { operation, calls };
}

describe('backoffDelay', () => {
  it('draws each wait from [d/2, d], d doubling from the base up to the cap', () => {
    const policy = { maxRetries: 9, baseMs: 500, capMs: 4000 };
    expect([0, 1, 2, 3, 4].map((n) => backoffDelay(policy, n, 0))).toEqual([250, 500, 1000, 2000, 2000]);
    expect([0, 1, 2, 3, 4].map((n) => backoffDelay(policy, n, 1))).toEqual([500, 1000, 2000, 4000, 4000]);
  });
});

describe('withRetry', () => {
  it('answers at once when the call succeeds, without waiting', () => {
    const w = waiting();
    expect(withRetry(() => 'done', w)).toBe('done');
    expect(w.slept).toEqual([]);
  });

  it('retries transient errors with growing waits until the call succeeds', () => {
    const w = waiting();
    const { operation, calls } = failing(transient(), transient());
    expect(withRetry(operation, w)).toBe('done');
    expect(calls.count).toBe(3);
    expect(w.slept).toEqual([375, 750]);
  });

  it('does not retry an error that will not go away', () => {
    const w = waiting();
    const error = permanent();
    const { operation, calls } = failing(error);
    expect(thrown(() => withRetry(operation, w))).toBe(error);
    expect(calls.count).toBe(1);
    expect(w.slept).toEqual([]);
  });

  it(`gives up after ${DEFAULT_RETRY.maxRetries} retries with the last error`, () => {
    const w = waiting();
    const last = transient();
    const { operation, calls } = failing(transient(), transient(), transient(), last, transient());
    expect(thrown(() => withRetry(operation, w))).toBe(last);
    expect(calls.count).toBe(DEFAULT_RETRY.maxRetries + 1);
    expect(w.slept).toHaveLength(DEFAULT_RETRY.maxRetries);
  });

  it('never sleeps past the action’s deadline: it fails instead, leaving time to tell the person', () => {
    const w = waiting(1000);
    const { operation, calls } = failing(transient(), transient(), transient());
    thrown(() => withRetry(operation, w));
    expect(w.slept).toEqual([375]); // the next wait, 750 ms, would end past the deadline
    expect(calls.count).toBe(2);
    expect(w.now()).toBeLessThan(w.deadline);
  });

  it('follows the policy it is given', () => {
    const w = waiting(25_000, 0);
    const { operation, calls } = failing(transient(), transient());
    thrown(() => withRetry(operation, w, { maxRetries: 1, baseMs: 100, capMs: 100 }));
    expect(calls.count).toBe(2);
    expect(w.slept).toEqual([50]);
  });
});
