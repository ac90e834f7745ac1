import type { CalendarEvent } from './calendar-port';
import { readConference } from './conference';
import type { MeetContext } from './context';
import { canStartCall, withRetry } from './retry';
import { isTransient, MeetFailure } from './errors';
import { GoogleApiError } from './google-api-error';

/**
 * Google makes conference data asynchronously: while `createRequest.status` is `pending`, read the event
 * again after a short sleep (events.insert reference, "conferenceData"). How often it happens is not
 * published, so the wait is bounded: at most these sleeps (5.25 s in all), and no read that could not end by
 * the deadline. When `retryable` takes a 404 (the event MeetLink just inserted: replication lag, which lasts
 * seconds), a read answering 404 waits for the next poll instead of failing.
 */
export const PENDING_POLL_MS = [250, 500, 1000, 1500, 2000];

export function awaitConference(ctx: MeetContext, calendarId: string, event: CalendarEvent, retryable = isTransient): CalendarEvent {
  // A 404 the caller takes as lag is waited out by the polls themselves, not by retries on top of them.
  const lagging = (error: unknown) => error instanceof GoogleApiError && error.status === 404 && retryable(error);
  let current = event;
  for (const delay of PENDING_POLL_MS) {
    if (readConference(current).kind !== 'pending') return current;
    if (!canStartCall(ctx, delay)) break;
    ctx.sleep(delay);
    try {
      current = withRetry(
        () => ctx.calendar.get(calendarId, event.id!),
        ctx,
        undefined,
        (error) => retryable(error) && !lagging(error),
      );
    } catch (error) {
      if (!lagging(error)) throw error;
    }
  }
  if (readConference(current).kind !== 'pending') return current;
  throw new MeetFailure('conferenceTimeout', 'Google was still preparing the Meet conference when the wait ran out.');
}
