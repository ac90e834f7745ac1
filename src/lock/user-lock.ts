import { errorText, logSummary, MeetFailure } from '../meet/errors';

/**
 * The person's user lock (LockService.getUserLock()), as a small port. Two actions of one person can run at
 * once and user properties have no transactions, so every read-change-write of them that matters (the
 * temporary-event journal, recent links, settings, the Meet API flag, the daily sweep) runs inside
 * `withUserLock`. Critical sections stay short: never a Calendar round trip inside one that does not need it.
 *
 * developers.google.com/apps-script/reference/lock/lock: tryLock answers false after its timeout; a finished
 * script releases its locks; lock calls themselves can throw ("Too many LockService operations").
 */
export interface UserLock {
  /**
   * Runs `critical` holding the lock and always releases it. When the lock cannot be had within a few seconds
   * (or the lock call throws), nothing runs and a MeetFailure of kind `busy` is thrown.
   * Reentrant: a section inside another runs under the lock already held.
   */
  withUserLock<T>(critical: () => T): T;
}

/** How long an action waits for another action of the same person: a few seconds, never past the deadline. */
export const LOCK_WAIT_MS = 3000;

export interface LockLike {
  tryLock(timeoutInMillis: number): boolean;
  releaseLock(): void;
}

export function userLock(getLock: () => LockLike, time: { now(): number; deadline: number }): UserLock {
  let depth = 0;
  return {
    withUserLock<T>(critical: () => T): T {
      if (depth > 0) return nested(critical);
      const lock = acquire(getLock, Math.max(0, Math.min(LOCK_WAIT_MS, time.deadline - time.now())));
      depth = 1;
      try {
        return critical();
      } finally {
        depth = 0;
        try {
          lock.releaseLock();
        } catch (error) {
          // Apps Script releases it anyway when this execution ends.
          console.warn(`MeetLink: releasing the user lock failed: ${logSummary(error)}`);
        }
      }
    },
  };

  function nested<T>(critical: () => T): T {
    depth += 1;
    try {
      return critical();
    } finally {
      depth -= 1;
    }
  }
}

function acquire(getLock: () => LockLike, waitMs: number): LockLike {
  let lock: LockLike;
  let acquired: boolean;
  try {
    lock = getLock();
    acquired = lock.tryLock(waitMs);
  } catch (error) {
    throw new MeetFailure('busy', `The user lock could not be asked for: ${errorText(error)}`, error);
  }
  if (!acquired) throw new MeetFailure('busy', `Another action held the user lock for more than ${waitMs} ms.`);
  return lock;
}
