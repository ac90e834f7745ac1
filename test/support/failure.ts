import { MeetFailure } from '../../src/meet/errors';

/** The MeetFailure an engine operation ends with; fails the test if it succeeds or throws anything else. */
export function failureOf(run: () => unknown): MeetFailure {
  try {
    run();
  } catch (error) {
    if (error instanceof MeetFailure) return error;
    throw error;
  }
  throw new Error('expected a MeetFailure');
}
