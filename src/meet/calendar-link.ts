import { awaitConference } from './await-conference';
import type { CalendarEvent } from './calendar-port';
import { GoogleApiError } from './google-api-error';
import { meetCreateRequest, readConference, type MeetLink } from './conference';
import type { MeetContext } from './context';
import { isTransient, MeetFailure, toFailure } from './errors';
import { withRetry } from './retry';
import { deleteTemporaryEvent, temporaryEvent, temporaryEventId, TemporaryEventJournal } from './temporary-event';

/**
 * Makes a Meet link that works for every account: insert a temporary event with a conference create
 * request, read the link, delete the event (the link outlives it). Two Calendar calls when Google has the
 * conference ready at once: the insert and the delete.
 */
export function createCalendarLink(ctx: MeetContext): MeetLink {
  const id = temporaryEventId(ctx.newId());
  const journal = new TemporaryEventJournal(ctx);
  journal.add(id);
  let inserted = false;
  let eventMayExist = true;
  try {
    const event = insertTemporaryEvent(ctx, id);
    inserted = true;
    const conference = readConference(awaitConference(ctx, 'primary', event));
    if (conference.kind === 'meet') return conference.link;
    if (conference.kind === 'failed') throw new MeetFailure('conferenceFailed', 'Google could not create the Meet conference.');
    throw new MeetFailure('badLink', `Google answered a conference that is not a Meet link (${conference.kind}).`);
  } catch (error) {
    // An insert refused for good made no event; one that failed transiently may have made it.
    if (!inserted && error instanceof GoogleApiError && !isTransient(error)) eventMayExist = false;
    throw toFailure(error, 'temporary');
  } finally {
    if (!eventMayExist || deleteTemporaryEvent(ctx, id)) journal.forget([id]);
  }
}

/**
 * One insert, retried on transient errors. The id is ours, so a retry after an insert that did go through
 * answers 409 `duplicate` instead of making a second event: then the event is read instead.
 */
function insertTemporaryEvent(ctx: MeetContext, id: string): CalendarEvent {
  const event = temporaryEvent(id, ctx.now(), meetCreateRequest(ctx.newId()));
  let attempt = 0;
  return withRetry(() => {
    attempt += 1;
    try {
      return ctx.calendar.insert('primary', event, { conferenceDataVersion: 1, sendUpdates: 'none' });
    } catch (error) {
      if (attempt > 1 && error instanceof GoogleApiError && error.status === 409) return ctx.calendar.get('primary', id);
      throw error;
    }
  }, ctx);
}
