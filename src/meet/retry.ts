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

export function withRetry<T>(operation: () => T, waiting: Waiting, policy: RetryPolicy = DEFAULT_RETRY): T {
  for (let retry = 0; ; retry++) {
    try {
      return operation();
    } catch (error) {
      if (!isTransient(error) || retry >= policy.maxRetries) throw error;
      const delay = backoffDelay(policy, retry, waiting.random());
      if (waiting.now() + delay >= waiting.deadline) throw error;
      waiting.sleep(delay);
    }
  }
}
