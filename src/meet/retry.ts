import { isTransient } from './errors';

/**
 * Truncated exponential backoff with jitter for Google's transient errors, bounded so a card action ends
 * well inside Apps Script's 30 s: at most `maxRetries` retries, each wait drawn from [d/2, d] with
 * d = min(capMs, baseMs·2^n), and never a wait that would pass the action's deadline.
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
  /** Epoch ms by which the whole action must be done. */
  deadline: number;
}

export function backoffDelay(policy: RetryPolicy, retry: number, random: number): number {
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** retry);
  return Math.round(ceiling / 2 + (ceiling / 2) * random);
}

/**
 * `retryable` says which errors are worth another try: Google's transient ones by default; reads and deletes
 * of an event MeetLink has just inserted also retry a 404, which Google's error guide answers with "use
 * exponential backoff" (a new event may not be visible everywhere yet).
 */
export function withRetry<T>(operation: () => T, waiting: Waiting, policy: RetryPolicy = DEFAULT_RETRY, retryable = isTransient): T {
  for (let retry = 0; ; retry++) {
    try {
      return operation();
    } catch (error) {
      if (!retryable(error) || retry >= policy.maxRetries) throw error;
      const delay = backoffDelay(policy, retry, waiting.random());
      if (waiting.now() + delay >= waiting.deadline) throw error;
      waiting.sleep(delay);
    }
  }
}
