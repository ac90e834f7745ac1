import { awaitConference } from './await-conference';
import type { CalendarEvent } from './calendar-port';
import { GoogleApiError } from './google-api-error';
import { meetCreateRequest, readConference, type MeetLink } from './conference';
import type { MeetContext } from './context';
import { isTransient, MeetFailure, toFailure } from './errors';
import { withRetry, type Waiting } from './retry';
import {
  deleteTemporaryEvent,
  isGone,
  readOwnEvent,
  retryOwnEvent,
  temporaryEvent,
  temporaryEventId,
  TemporaryEventJournal,
  waitingOf,
} from './temporary-event';

/**
 * Makes a Meet link that works for every account: insert a temporary event with a conference create
 * request, read the link, delete the event (the link outlives it). Two Calendar calls when Google has the
 * conference ready at once: the insert and the delete.
 *
 * The event's id is journaled (under the user lock) before the insert and forgotten only when Google confirms
 * the event is gone, or when every insert attempt was refused for good (so no event was made). When the delete
 * cannot be confirmed, the link is still given, with `temporaryEventLeft` set: the next action sweeps it.
 */
export function createCalendarLink(ctx: MeetContext): MeetLink {
  const id = temporaryEventId(ctx.newId());
  const journal = new TemporaryEventJournal(ctx);
  const entry = { id, at: ctx.now() };
  // Busy (another action holds the lock for seconds): nothing is made, and the person is told in words.
  journal.add(entry);
  const insert = { attempts: 0, ambiguous: false, made: false };
  let link: MeetLink | undefined;
  let failure: MeetFailure | undefined;
  try {
    const event = insertTemporaryEvent(ctx, id, insert);
    insert.made = true;
    const conference = readConference(awaitConference(ctx, 'primary', event, retryOwnEvent));
    if (conference.kind === 'meet') link = conference.link;
    else if (conference.kind === 'failed') throw new MeetFailure('conferenceFailed', 'Google could not create the Meet conference.');
    else throw new MeetFailure('badLink', `Google answered a conference that is not a Meet link (${conference.kind}).`);
  } catch (error) {
    failure = toFailure(error, 'temporary');
  }
  // Only an insert refused for good on every attempt surely made no event.
  const mayExist = insert.made || insert.ambiguous;
  // The delete may go on past the work's deadline, as long as each call ends by the cleanup deadline.
  const cleanup: Waiting = { ...waitingOf(ctx), deadline: ctx.cleanupDeadline };
  // A 404 here is replication lag (the event was inserted seconds ago): the event then stays journaled.
  const gone = !mayExist || isGone(deleteTemporaryEvent(ctx.calendar, entry, cleanup));
  try {
    if (gone) journal.forget([id]);
    // It may be in the calendar now: the homepage says so at once, not only once the entry is old.
    else journal.markLeft(id);
  } catch {
    // Busy: the entry stays as it is, and the next sweep finds the event (or that it is already deleted).
  }
  if (failure) throw failure;
  return gone ? link! : { ...link!, temporaryEventLeft: true };
}

/**
 * One insert, retried on transient errors. The id is ours, so a retry after an insert that did go through
 * answers 409 `duplicate` instead of making a second event: then the event is read instead. Any attempt whose
 * outcome is unknown (a transient error, a 5xx, a non-JSON platform error, a timeout) marks the insert
 * ambiguous: the event may exist, so its id stays journaled until a delete is confirmed.
 */
function insertTemporaryEvent(ctx: MeetContext, id: string, state: { attempts: number; ambiguous: boolean }): CalendarEvent {
  const event = temporaryEvent(id, ctx.now(), meetCreateRequest(ctx.newId()));
  return withRetry(() => {
    state.attempts += 1;
    try {
      return ctx.calendar.insert('primary', event, { conferenceDataVersion: 1, sendUpdates: 'none' });
    } catch (error) {
      if (state.attempts > 1 && error instanceof GoogleApiError && error.status === 409) {
        // An earlier attempt did make the event.
        state.ambiguous = true;
        return readOwnEvent(ctx, id);
      }
      if (!refusedForGood(error)) state.ambiguous = true;
      throw error;
    }
  }, ctx);
}

/** A 4xx that is not a rate limit: Google refused the request and made nothing. */
export function refusedForGood(error: unknown): boolean {
  return error instanceof GoogleApiError && error.status >= 400 && error.status < 500 && !isTransient(error);
}
