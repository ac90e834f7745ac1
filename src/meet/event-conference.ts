import { awaitConference } from './await-conference';
import type { CalendarApi, CalendarEvent, EventPatch } from './calendar-port';
import { meetCreateRequest, readConference, type Conference } from './conference';
import type { MeetContext } from './context';
import { MeetFailure, toFailure } from './errors';
import { GoogleApiError } from './google-api-error';
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

/**
 * Event types that take no conference (developers.google.com/workspace/calendar/api/guides/event-types,
 * .../calendar-status; release notes May 2024 for fromGmail). The add-on's event object does not carry
 * `eventType`; Add reads the event first anyway (below), and Replace and Remove learn it from Google's refusal.
 */
export const NO_CONFERENCE_TYPES = ['focusTime', 'outOfOffice', 'workingLocation', 'birthday', 'fromGmail'] as const;
export type NoConferenceType = (typeof NO_CONFERENCE_TYPES)[number] | 'other';

/** Google refuses a conference on this kind of event; `conference` is what the event has (no change was made). */
export class EventTypeRefusal extends MeetFailure {
  constructor(
    readonly eventType: NoConferenceType,
    readonly conference: Conference,
    /** The event's title, when it was read (Add reads the event first). */
    readonly title?: string,
  ) {
    super('eventTypeRestricted', `Google Calendar allows no conference on a ${eventType} event.`);
  }
}

/** Add was asked for, but the event already has a conference (made elsewhere, or the card was stale): ask first. */
export class AlreadyHasConference extends MeetFailure {
  constructor(
    readonly conference: Conference,
    /** The event's title, as the read found it. */
    readonly title?: string,
  ) {
    super('unexpected', `The event already has a conference (${conference.kind}); nothing was changed.`);
  }
}

const typeOf = (value: unknown): NoConferenceType | undefined =>
  value === undefined || value === null || value === 'default'
    ? undefined
    : (((NO_CONFERENCE_TYPES as readonly unknown[]).includes(value) ? value : 'other') as NoConferenceType);

/**
 * Adds a Meet link to an event that has none. The event is read first (one events.get): the card the person
 * pressed Add on may be stale (another tab, a change in Calendar, a card left under a retry), and a patch with a
 * createRequest would silently replace a working link; and the read tells the event's type, so a focus time or
 * birthday is named instead of patched. Three calls: get, patch, get.
 */
export function addMeetToEvent(ctx: MeetContext, ref: EventRef, options: ChangeOptions = {}): ChangeResult {
  let current: CalendarEvent;
  try {
    current = withRetry(() => ctx.calendar.get(ref.calendarId, ref.eventId), ctx);
  } catch (error) {
    throw toFailure(error, 'openEvent');
  }
  if (current.status === 'cancelled') throw new MeetFailure('eventGone', 'The event was deleted.');
  const type = typeOf(current.eventType);
  if (type) throw new EventTypeRefusal(type, readConference(current), current.summary ?? undefined);
  const conference = readConference(current);
  if (conference.kind === 'meet' || conference.kind === 'other' || conference.kind === 'pending')
    throw new AlreadyHasConference(conference, current.summary ?? undefined);
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
    if (error instanceof GoogleApiError && error.reason === 'eventTypeRestriction') {
      // No change was made. Which type refused it: Google's words name it only for a birthday (as users report it),
      // so the event is read once for its eventType; the message is the fallback.
      throw new EventTypeRefusal(refusedType(ctx, ref, error), { kind: 'none' });
    }
    throw toFailure(error, 'openEvent');
  }
}

function refusedType(ctx: MeetContext, ref: EventRef, error: GoogleApiError): NoConferenceType {
  try {
    const type = typeOf(withRetry(() => ctx.calendar.get(ref.calendarId, ref.eventId), ctx).eventType);
    if (type) return type;
  } catch {
    // Not read: the message may still name it.
  }
  return typeOf(/'(\w+)' event/.exec(error.message)?.[1] ?? 'unknown') ?? 'other';
}

function patchAndRead(ctx: MeetContext, route: CalendarApi, ref: EventRef, body: EventPatch, options: ChangeOptions) {
  const write = { conferenceDataVersion: 1, sendUpdates: options.notifyGuests ? 'all' : 'none' } as const;
  withRetry(() => route.patch(ref.calendarId, ref.eventId, body, write), ctx);
  const read = withRetry(() => ctx.calendar.get(ref.calendarId, ref.eventId), ctx);
  if (read.status === 'cancelled') throw new MeetFailure('eventGone', 'The event was deleted.');
  const event = awaitConference(ctx, ref.calendarId, read);
  return { event, conference: readConference(event) };
}
