import type { VirtualClock } from './clock';
import type { Executions } from './executions';
import { notModelled } from './not-modelled';

/**
 * LockService's user lock, as documented (developers.google.com/apps-script/reference/lock/lock and
 * .../lock/lock-service):
 * - `getUserLock()` "prevents concurrent access to a section of code by the current user": one lock shared by
 *   every execution of this person;
 * - `tryLock(timeoutInMillis)` "attempts to acquire the lock, timing out after the provided number of
 *   milliseconds" and answers false; it "has no effect if the lock has already been acquired";
 * - `waitLock(timeoutInMillis)` times out "with an exception" ("Lock timeout: another process was holding the
 *   lock for too long.");
 * - `hasLock()` is false when the lock was never acquired, timed out or was released;
 * - `releaseLock()` releases it; "the lock is automatically released when the script terminates"
 *   (also googleappsdeveloper.blogspot.com/2011/10/concurrency-and-google-apps-script.html);
 * - lock calls themselves can fail: "Too many LockService operations" (platform facts). `failNext` makes the
 *   next lock calls throw that.
 *
 * Offline, a second execution runs inside the first (./executions.ts), so the holder cannot let go while the
 * other waits: a wait for a lock held by another execution always times out, and takes its full timeout in
 * simulated time.
 */
export const LOCK_TIMEOUT_MAX_MS = 300_000;
export const LOCK_TIMEOUT_MESSAGE = 'Lock timeout: another process was holding the lock for too long.';
export const TOO_MANY_LOCK_OPERATIONS = 'Exception: Too many LockService operations.';

export class UserLockState {
  /** The execution holding the lock, if any. */
  holder: number | undefined;
  /** How many of the next lock calls (tryLock, waitLock, releaseLock, getUserLock) throw. */
  failNext = 0;
  /** Every acquisition, release and refusal, for tests: `<execution> <what>`. */
  readonly history: string[] = [];

  constructor(
    private readonly executions: Executions,
    private readonly clock: VirtualClock,
  ) {
    executions.onEnd((id) => {
      if (this.holder === id) {
        this.holder = undefined;
        this.history.push(`${id} released (execution ended)`);
      }
    });
  }

  /** Throws "Too many LockService operations" when a test asked for it. */
  maybeFail(): void {
    if (this.failNext > 0) {
      this.failNext -= 1;
      throw new Error(TOO_MANY_LOCK_OPERATIONS);
    }
  }

  acquire(timeoutInMillis: unknown): boolean {
    if (typeof timeoutInMillis !== 'number' || !(timeoutInMillis >= 0) || timeoutInMillis > LOCK_TIMEOUT_MAX_MS) {
      throw new Error(`Exception: Invalid argument: timeoutInMillis (${String(timeoutInMillis)})`);
    }
    const me = this.executions.currentId();
    if (this.holder === me) return true;
    if (this.holder === undefined) {
      this.holder = me;
      this.history.push(`${me} acquired`);
      return true;
    }
    this.clock.advance(timeoutInMillis);
    this.history.push(`${me} timed out after ${timeoutInMillis} ms (held by ${this.holder})`);
    return false;
  }

  release(): void {
    const me = this.executions.currentId();
    if (this.holder !== me) return; // "has no effect if the lock has not been acquired"
    this.holder = undefined;
    this.history.push(`${me} released`);
  }
}

/** One Lock object, as `LockService.getUserLock()` answers it: its state is the current execution's. */
export class FakeUserLock {
  private held = false;
  constructor(
    private readonly state: UserLockState,
    private readonly owner: number,
  ) {}
  tryLock(timeoutInMillis: number): boolean {
    this.state.maybeFail();
    if (this.held && this.state.holder === this.owner) return true;
    this.held = this.state.acquire(timeoutInMillis);
    return this.held;
  }
  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) throw new Error(LOCK_TIMEOUT_MESSAGE);
  }
  hasLock(): boolean {
    return this.held && this.state.holder === this.owner;
  }
  releaseLock(): void {
    this.state.maybeFail();
    if (this.held) this.state.release();
    this.held = false;
  }
}

export function createLockService(state: UserLockState, executions: Executions) {
  return {
    getUserLock: () => {
      state.maybeFail();
      return new FakeUserLock(state, executions.currentId());
    },
    getScriptLock: () => {
      return notModelled('Offline runtime: LockService.getScriptLock is not modelled (MeetLink uses the user lock).');
    },
    getDocumentLock: () => null,
  };
}
