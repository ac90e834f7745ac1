import { awaitConference } from './await-conference';
import type { CalendarApi, CalendarEvent, EventPatch } from './calendar-port';
import { meetCreateRequest, readConference, type Conference } from './conference';
import type { MeetContext } from './context';
import { MeetFailure, toFailure } from './errors';
import { withRetry } from './retry';

/** The saved event a person has open. */
export interface EventRef {
  calendarId: string;
  eventId: string;
}

export interface ChangeOptions {
  /** Email guests about the change (sendUpdates all); off by default. */
  notifyGuests?: boolean;
}

/** What a change left on the event, as read back from Google. */
export interface ChangeResult {
  conference: Conference;
  event: CalendarEvent;
  /** `rest` when the Advanced service's 200 changed nothing and the REST route had to apply it. */
  route: 'advanced' | 'rest';
}

export function addMeetToEvent(ctx: MeetContext, ref: EventRef, options: ChangeOptions = {}): ChangeResult {
  return changeConference(
    ctx,
    ref,
    options,
    () => ({ conferenceData: meetCreateRequest(ctx.newId()) }),
    (c) => c.kind === 'meet',
    true,
  );
}

/** Gives the event a new Meet link; `previousCode` is the code it has now, which must be gone after. */
export function replaceMeetLink(ctx: MeetContext, ref: EventRef, previousCode: string | undefined, options: ChangeOptions = {}): ChangeResult {
  return changeConference(
    ctx,
    ref,
    options,
    () => ({ conferenceData: meetCreateRequest(ctx.newId()) }),
    (c) => c.kind === 'meet' && c.link.code !== previousCode,
    true,
  );
}

/** Removes the conference: `conferenceData: null` with conferenceDataVersion 1 (omitting the field keeps it). */
export function removeMeetLink(ctx: MeetContext, ref: EventRef, options: ChangeOptions = {}): ChangeResult {
  return changeConference(
    ctx,
    ref,
    options,
    () => ({ conferenceData: null }),
    (c) => c.kind === 'none',
    false,
  );
}

/**
 * Patches, then verifies with a read: Google answers 200 OK to conference changes it ignored (version 0, or a
 * `null` dropped before sending). If the read shows no change, the same patch goes once more over REST, which
 * sends an explicit null for sure, and is read again. Success is never claimed without a read that shows it.
 *
 * A create request Google took but could not fulfil leaves the event with a conference whose status is
 * `failure` (ConferenceRequestStatus): the change was not ignored, so it is not sent again over REST; it throws
 * `conferenceFailed`, and the event now shows that failed conference (the card says so).
 */
function changeConference(
  ctx: MeetContext,
  ref: EventRef,
  options: ChangeOptions,
  body: () => EventPatch,
  applied: (conference: Conference) => boolean,
  creates: boolean,
): ChangeResult {
  const refused = (conference: Conference) => {
    if (creates && conference.kind === 'failed') {
      throw new MeetFailure('conferenceFailed', 'Google took the create request, and the event now shows a failed conference.');
    }
  };
  try {
    const advanced = patchAndRead(ctx, ctx.calendar, ref, body(), options);
    if (applied(advanced.conference)) return { ...advanced, route: 'advanced' };
    refused(advanced.conference);
    const rest = patchAndRead(ctx, ctx.calendarRest, ref, body(), options);
    if (applied(rest.conference)) return { ...rest, route: 'rest' };
    refused(rest.conference);
    throw new MeetFailure('notApplied', 'Google answered OK twice, but the event still shows the old conference.');
  } catch (error) {
    throw toFailure(error, 'openEvent');
  }
}

function patchAndRead(ctx: MeetContext, route: CalendarApi, ref: EventRef, body: EventPatch, options: ChangeOptions) {
  const write = { conferenceDataVersion: 1, sendUpdates: options.notifyGuests ? 'all' : 'none' } as const;
  withRetry(() => route.patch(ref.calendarId, ref.eventId, body, write), ctx);
  const read = withRetry(() => ctx.calendar.get(ref.calendarId, ref.eventId), ctx);
  if (read.status === 'cancelled') throw new MeetFailure('eventGone', 'The event was deleted.');
  const event = awaitConference(ctx, ref.calendarId, read);
  return { event, conference: readConference(event) };
}
