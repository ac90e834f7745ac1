/**
 * "Not modelled": what the offline runtime throws where Google's behaviour is unknown to it, rather than guess
 * kindly. The add-on may catch such a throw and turn it into a polite failure card, which would let a test pass
 * on behaviour nobody knows; so every one is also recorded here, and the shared test setup
 * (test/support/not-modelled-guard.ts) fails any test during which one was thrown. A test that probes
 * not-modelled behaviour on purpose says so with `allowNotModelled()` (test/support/harness.ts).
 */
export class NotModelledError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotModelled';
    notModelledLog.record(message);
  }
}

/** Throws (from a fake's method) that the call is not modelled. */
export function notModelled(message: string): never {
  throw new NotModelledError(message);
}

const MAX_KEPT = 50;

/** Every "not modelled" thrown since the last `take()`, in order (the last MAX_KEPT: the preview runs for long). */
export const notModelledLog = {
  thrown: [] as string[],
  record(message: string): void {
    this.thrown.push(message);
    if (this.thrown.length > MAX_KEPT) this.thrown.shift();
  },
  /** Answers what was recorded and starts afresh. */
  take(): string[] {
    return this.thrown.splice(0);
  },
};
