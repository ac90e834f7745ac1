import { MeetFailure } from '../../src/meet/errors';

/** Any constructor of an error type. */
type ErrorType<E> = abstract new (...args: any[]) => E;

/**
 * What `run` threw. Fails the test if `run` returned, or, given `type`, if it threw something of another type
 * (that error is rethrown as it is, so the test shows it).
 */
export function thrown<E = unknown>(run: () => unknown, type?: ErrorType<E>): E {
  let returned: unknown;
  try {
    returned = run();
  } catch (error) {
    if (type && !(error instanceof type)) throw error;
    return error as E;
  }
  throw new Error(`expected a throw${type ? ` of ${type.name}` : ''}, but it returned ${String(returned)}`);
}

/** The MeetFailure an engine operation ends with; fails the test if it succeeds or throws anything else. */
export function failureOf(run: () => unknown): MeetFailure {
  return thrown(run, MeetFailure);
}

/** What `run` returned, or what it threw: for operations allowed to end either way. */
export function outcome<T>(run: () => T): { ok: true; value: T } | { ok: false; error: unknown } {
  try {
    return { ok: true, value: run() };
  } catch (error) {
    return { ok: false, error };
  }
}
