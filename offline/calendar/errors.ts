import type { GoogleError } from '../google-errors';
import { NotModelledError } from '../not-modelled';

export class NotModelled extends NotModelledError {
  constructor(what: string) {
    super(`Offline Calendar: ${what} is not modelled (offline/calendar/model.ts). Google's behaviour there is unknown to the fake.`);
  }
}
// ---------------------------------------------------------------------------------------------------------
// Errors Google answers that the shared catalogue does not list (messages as Google's JSON error bodies carry them).

export const err = (code: number, reason: string, message: string, domain = 'global'): GoogleError => ({ code, domain, reason, message });
/** A client id breaking the base32hex/5–1024 rule: seen as `400 invalid "Invalid resource id value."`
 * (wanasit/google-calendar#25, googleworkspace/dotnet-samples#33). */
export const INVALID_ID = err(400, 'invalid', 'Invalid resource id value.');
/** End not after start (error body quoted in google-api-ruby-client's specs and many client reports). */
export const TIME_RANGE_EMPTY = err(400, 'timeRangeEmpty', 'The specified time range is empty.');
/** reminders.useDefault with overrides (reason seen in Google's 400s, e.g. googleapi "Error 400 ... cannotUse..."). */
export const DEFAULT_AND_OVERRIDES = err(
  400,
  'cannotUseDefaultRemindersAndSpecifyOverride',
  'Cannot specify both default reminders and overrides at the same time.',
);
/** More than 5 reminder overrides (events reference: "The maximum number of override reminders is 5"). Message unconfirmed. */
export const TOO_MANY_REMINDERS = err(400, 'eventRemindersCountExceedsLimit', 'The number of reminder overrides exceeds the limit of 5.');
export const PARSE_ERROR = err(400, 'parseError', 'Parse Error');
/** An attendee without an email, or with one that is not an address (events reference, attendees[].email). */
export const MISSING_ATTENDEE_EMAIL = err(400, 'required', 'Missing attendee email.');
export const INVALID_ATTENDEE_EMAIL = err(400, 'invalid', 'Invalid attendee email.');
export const missingTime = (which: string) => err(400, 'required', `Missing ${which} time.`);
export const invalidTime = (which: string) => err(400, 'invalid', `Invalid ${which} time.`);
/** A wall-clock dateTime without offset or timeZone: "400 Missing time zone definition for start time" (client reports). Reason unconfirmed. */
export const missingZone = (which: string) => err(400, 'badRequest', `Missing time zone definition for ${which} time.`);
/** A parameter outside its documented values; Google does not publish the exact message. */
export const invalidParam = (name: string, value: unknown) => err(400, 'invalidParameter', `Invalid value '${String(value)}' for parameter ${name}.`);

/**
 * A change an event's type does not allow (a conference on a focus time, out of office, working location,
 * birthday or Gmail event). The event-types guide and the release notes (May 2024: fromGmail events accept only
 * "reminders, color ID, visibility, status, and extended properties") say which fields may change, not what Google
 * answers otherwise. For a birthday the body is as users report it (kellylford/QuickMail#294; other CRMs' logs):
 * 400 eventTypeRestriction "Attempt made to modify 'birthday' event in a way that is not valid for this event type."
 * For the status types (focusTime, outOfOffice, workingLocation) and fromGmail no report was found: one text for
 * all of them, with no type in it (unconfirmed), so nothing may read the type from Google's words.
 */
export const eventTypeRestriction = (type: string) =>
  err(
    400,
    'eventTypeRestriction',
    type === 'birthday'
      ? "Attempt made to modify 'birthday' event in a way that is not valid for this event type."
      : 'Attempt made to modify an event in a way that is not valid for its event type.',
    'calendar',
  );

export const CALENDAR_MODEL_ERRORS = {
  INVALID_ID,
  TIME_RANGE_EMPTY,
  DEFAULT_AND_OVERRIDES,
  TOO_MANY_REMINDERS,
  PARSE_ERROR,
  MISSING_ATTENDEE_EMAIL,
  INVALID_ATTENDEE_EMAIL,
};

export { fail } from '../api-env';
