import type { CalendarEvent } from './calendar-port';
import { readConference } from './conference';
import type { MeetContext } from './context';
import { withRetry } from './retry';
import { isTransient, MeetFailure } from './errors';

/**
 * Google makes conference data asynchronously: while `createRequest.status` is `pending`, read the event
 * again after a short sleep (events.insert reference, "conferenceData"). How often it happens is not
 * published, so the wait is bounded: at most these sleeps (5.25 s in all), and never past the deadline.
 */
export const PENDING_POLL_MS = [250, 500, 1000, 1500, 2000];

export function awaitConference(ctx: MeetContext, calendarId: string, event: CalendarEvent, retryable = isTransient): CalendarEvent {
  let current = event;
  for (const delay of PENDING_POLL_MS) {
    if (readConference(current).kind !== 'pending') return current;
    if (ctx.now() + delay >= ctx.deadline) break;
    ctx.sleep(delay);
    current = withRetry(() => ctx.calendar.get(calendarId, event.id!), ctx, undefined, retryable);
  }
  if (readConference(current).kind !== 'pending') return current;
  throw new MeetFailure('conferenceTimeout', 'Google was still preparing the Meet conference when the wait ran out.');
}
