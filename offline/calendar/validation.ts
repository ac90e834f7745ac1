import { CALENDAR_MODEL_ERRORS, fail, invalidTime, missingTime, missingZone, NotModelled } from './errors';
import { canonical, clone, isObject } from './json';
import type { Event, JsonObject } from './types';

/** Which event fields a request may send, and the 400s Google answers a bad event with. */
export const WRITABLE = new Set([
  'summary',
  'description',
  'location',
  'start',
  'end',
  'attendees',
  'reminders',
  'transparency',
  'visibility',
  'extendedProperties',
  'colorId',
  'guestsCanModify',
  'guestsCanInviteOthers',
  'guestsCanSeeOtherGuests',
  'anyoneCanAddSelf',
  'source',
  'status',
  'eventType',
]);
/** Read-only fields: ignored in a request body (events reference marks them "Read-only"; hangoutLink too). */
export const READ_ONLY = new Set([
  'kind',
  'etag',
  'htmlLink',
  'created',
  'updated',
  'creator',
  'organizer',
  'hangoutLink',
  'iCalUID',
  'sequence',
  'attendeesOmitted',
  'locked',
  'privateCopy',
]);
/**
 * Fields an attendee may change on their own copy: "change the color it has in their calendar, and add a
 * reminder" (Sharing and attendees guide), and private extended properties, "set on one attendee's local
 * copy" (Extended properties guide). Everything else is shared.
 */
export const PRIVATE_TO_COPY = ['colorId', 'reminders'];
// ---------------------------------------------------------------------------------------------------------
// Request-body checks that need no state (thrown before the call, so they are loud whatever faults are injected).

export function checkBody(api: string, body: unknown): asserts body is JsonObject {
  if (!isObject(body)) throw new NotModelled(`${api} with a request body that is not a JSON object`);
  for (const key of Object.keys(body)) {
    if (body[key] === undefined) continue;
    if (!WRITABLE.has(key) && !READ_ONLY.has(key) && key !== 'id' && key !== 'conferenceData') {
      throw new NotModelled(`event field "${key}" in ${api}`);
    }
  }
  if (body.eventType != null && body.eventType !== 'default') throw new NotModelled(`eventType "${String(body.eventType)}"`);
  if (body.status != null && body.status !== 'confirmed' && body.status !== 'tentative') {
    throw new NotModelled(`setting status "${String(body.status)}" through ${api} (delete is modelled by events.delete)`);
  }
  checkExtendedProperties(body.extendedProperties);
}

/** extendedProperties: {private, shared} string maps (events reference: "(key): string"). */
export function checkExtendedProperties(value: unknown): void {
  if (value == null) return;
  if (!isObject(value)) throw new NotModelled('extendedProperties that is not an object');
  for (const [scope, map] of Object.entries(value)) {
    if (scope !== 'private' && scope !== 'shared') throw new NotModelled(`extendedProperties.${scope}`);
    if (map == null) continue;
    if (!isObject(map)) throw new NotModelled(`extendedProperties.${scope} that is not a string map`);
    for (const [k, v] of Object.entries(map)) {
      if (v !== null && v !== undefined && typeof v !== 'string') throw new NotModelled(`non-string extended property value ${scope}.${k}`);
    }
  }
}

// ---------------------------------------------------------------------------------------------------------
// Event validation (needs no model state; answers 400s).

export const hasOffset = (dateTime: string) => /(Z|[+-]\d{2}:\d{2})$/i.test(dateTime);

export function timeOf(which: 'start' | 'end', value: Event['start']): number {
  if (!value || (!value.date && !value.dateTime)) return fail(missingTime(which));
  // Both forms at once is rejected with "Invalid start time" (t4t5/caldir#61: all-day <-> timed switches).
  if (value.date && value.dateTime) return fail(invalidTime(which));
  if (value.dateTime) {
    if (!hasOffset(value.dateTime) && !value.timeZone) return fail(missingZone(which));
    // A wall-clock time with a timeZone is compared as if UTC: exact for start and end in the same zone.
    const ms = Date.parse(hasOffset(value.dateTime) ? value.dateTime : `${value.dateTime}Z`);
    return Number.isNaN(ms) ? fail(invalidTime(which)) : ms;
  }
  const ms = Date.parse(`${value.date}T00:00:00Z`);
  return Number.isNaN(ms) || !/^\d{4}-\d{2}-\d{2}$/.test(value.date!) ? fail(invalidTime(which)) : ms;
}

/** start and end are required (events.insert reference, "Required properties"); end must be after start. */
export function checkTimes(event: Event): void {
  const start = timeOf('start', event.start);
  const end = timeOf('end', event.end);
  if (Boolean(event.start!.date) !== Boolean(event.end!.date)) throw new NotModelled('an event mixing an all-day start with a timed end');
  // Equal start and end is also refused, as client reports of timeRangeEmpty describe.
  if (end <= start) fail(CALENDAR_MODEL_ERRORS.TIME_RANGE_EMPTY);
}

/** reminders: "The maximum number of override reminders is 5"; useDefault with overrides is refused (see above). */
export function checkReminders(event: Event): void {
  const overrides = event.reminders?.overrides ?? [];
  if (event.reminders?.useDefault && overrides.length > 0) fail(CALENDAR_MODEL_ERRORS.DEFAULT_AND_OVERRIDES);
  if (overrides.length > 5) fail(CALENDAR_MODEL_ERRORS.TOO_MANY_REMINDERS);
}

/** Event ids chosen by clients: base32hex (a–v, 0–9), 5–1024 characters (events reference, "id"). */
export const validClientId = (id: unknown): id is string => typeof id === 'string' && /^[a-v0-9]{5,1024}$/.test(id);
/** The writable fields of a body; read-only ones (hangoutLink included) and conferenceData are left out. */
export function writableFields(body: JsonObject): JsonObject {
  return Object.fromEntries(Object.entries(body).filter(([key]) => WRITABLE.has(key)));
}

/** The event minus what an attendee may change on their own copy and what Google stamps. */
export function sharedPart(event: Event): string {
  const copy = clone(event) as JsonObject;
  for (const key of [...PRIVATE_TO_COPY, 'updated', 'etag', 'sequence', 'conferenceData']) delete copy[key];
  const shared = isObject(copy.extendedProperties) ? copy.extendedProperties.shared : undefined;
  delete copy.extendedProperties;
  if (isObject(shared) && Object.keys(shared).length > 0) copy.sharedProperties = shared;
  return JSON.stringify(canonical(copy));
}

/** Attendee fields a request may send (events reference, "attendees[]"); others are not modelled. */
const ATTENDEE_FIELDS = new Set([
  'email',
  'displayName',
  'optional',
  'responseStatus',
  'comment',
  'additionalGuests',
  'organizer',
  'self',
  'resource',
  'id',
]);

/**
 * attendees[].email: "The attendee's email address, if available. This field must be present when adding an
 * attendee. It must be a valid email address as per RFC5322." (events reference). Google's 400s for a missing
 * or bad one, as client reports quote them: "Missing attendee email." / "Invalid attendee email." (reason
 * unconfirmed). How many attendees one event takes is not in the API reference: not modelled.
 */
export function checkAttendees(event: Event): void {
  const attendees: unknown = event.attendees;
  if (attendees == null) return;
  if (!Array.isArray(attendees)) throw new NotModelled('attendees that is not an array');
  for (const attendee of attendees) {
    if (!isObject(attendee)) throw new NotModelled('an attendee that is not an object');
    for (const key of Object.keys(attendee)) if (!ATTENDEE_FIELDS.has(key)) throw new NotModelled(`attendee field "${key}"`);
    if (typeof attendee.email !== 'string' || !attendee.email) fail(CALENDAR_MODEL_ERRORS.MISSING_ATTENDEE_EMAIL);
    // "a valid email address as per RFC5322": a dot-atom or a quoted local part ("john doe"@x.org), one @, a domain.
    if (!/^(?:[^\s@<>()[\],;:"]+|"(?:[^"\\\r\n]|\\.)+")@[^\s@<>()[\],;:"]+\.[^\s@<>()[\],;:".]+$/.test(attendee.email as string))
      fail(CALENDAR_MODEL_ERRORS.INVALID_ATTENDEE_EMAIL);
  }
}
