import { isTransient, MeetFailure } from './errors';

/**
 * Truncated exponential backoff with jitter for Google's transient errors, bounded so a card action ends
 * well inside Apps Script's 30 s: at most `maxRetries` retries, each wait drawn from [d/2, d] with
 * d = min(capMs, baseMs·2^n), and never a call that could not end by the action's deadline.
 */
export interface RetryPolicy {
  maxRetries: number;
  baseMs: number;
  capMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxRetries: 3, baseMs: 500, capMs: 4000 };

export interface Waiting {
  sleep(ms: number): void;
  now(): number;
  random(): number;
  /** Epoch ms by which every call of this stretch of work must have ENDED. */
  deadline: number;
  /**
   * How long the next Google call may take: the longest one this action has seen, at least a floor
   * (src/meet/call-time.ts). A call starts only when it can end by the deadline, so a budget is really
   * `deadline − callMs()` for starting calls: at 3 s a call, a call never starts in the last 3 s.
   */
  callMs(): number;
}

/** Whether a call started after waiting `afterMs` would still end by the deadline. */
export function canStartCall(waiting: Waiting, afterMs = 0): boolean {
  return waiting.now() + afterMs + waiting.callMs() <= waiting.deadline;
}

/** What an operation answers when its time ran out before its first call could start. */
export function outOfTime(): MeetFailure {
  return new MeetFailure('googleUnavailable', 'Out of time: Google answered too slowly for another call to fit in the action.');
}

export function backoffDelay(policy: RetryPolicy, retry: number, random: number): number {
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** retry);
  return Math.round(ceiling / 2 + (ceiling / 2) * random);
}

/**
 * `retryable` says which errors are worth another try: Google's transient ones by default; reads and deletes
 * of an event MeetLink has just inserted also retry a 404, which Google's error guide answers with "use
 * exponential backoff" (a new event may not be visible everywhere yet). No attempt starts unless it can end
 * by the deadline: the first one throws `outOfTime()`, a retry throws the last error.
 */
export function withRetry<T>(operation: () => T, waiting: Waiting, policy: RetryPolicy = DEFAULT_RETRY, retryable = isTransient): T {
  if (!canStartCall(waiting)) throw outOfTime();
  for (let retry = 0; ; retry++) {
    try {
      return operation();
    } catch (error) {
      if (!retryable(error) || retry >= policy.maxRetries) throw error;
      const delay = backoffDelay(policy, retry, waiting.random());
      if (!canStartCall(waiting, delay)) throw error;
      waiting.sleep(delay);
    }
  }
}
