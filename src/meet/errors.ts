import { GoogleApiError } from './google-api-error';

/**
 * Every way a Meet action can fail, as a person would need to hear it. The words live in src/i18n/strings.ts;
 * the engine only names the kind.
 */
export type FailureKind =
  | 'signedOut' // 401: the authorization expired
  | 'noPermission' // 403 insufficientPermissions (or 404 making a link): this calendar or event is not yours to change
  | 'notOwnedCalendar' // 403 insufficient authentication scopes on the open event: a calendar shared with the person, not owned (calendar.events.owned)
  | 'notOrganizer' // 403 forbiddenForNonOrganizer
  | 'meetNotAllowed' // 400 "Invalid conference type value.": this calendar does not allow Google Meet
  | 'dailyQuota' // 403 quotaExceeded: Calendar usage limits exceeded for today
  | 'invitationLimit' // inviting: 403 quotaExceeded, Calendar's limit on invitations (stricter for new, trial and free accounts)
  | 'rateLimited' // 403/429 rate limits, still failing after the retries
  | 'eventGone' // 404/410 on the event the person has open
  | 'googleUnavailable' // 500/503, still failing after the retries
  | 'conferenceFailed' // Google answered createRequest status "failure"
  | 'conferenceTimeout' // the conference was still "pending" when the wait ran out
  | 'notApplied' // Google said 200 but a read shows nothing changed, on both routes
  | 'badLink' // the link Google gave is not a Meet link
  | 'meetApiUnavailable' // Meet REST: a free Gmail account, or one Google refused the Meet API
  | 'spaceHidden' // Meet REST 403 on a space: made by Calendar or another app, or not this person's
  | 'notMeetingOwner' // Meet REST 403 changing settings, and a read shows the person does not own the meeting
  | 'meetingNotFound' // Meet REST 404: no meeting has this code
  | 'meetingUnknown' // Meet REST 403 on a lookup by code: no such meeting, or one another app made (Google does not say which)
  | 'meetUnavailable' // Meet REST 5xx, still failing after the retries
  | 'messageGone' // Gmail: the open message no longer exists (deleted, or not in this mailbox)
  | 'messageAccess' // Gmail: the open message's access token is missing or expired
  | 'gmailFailed' // Gmail refused or failed to make the reply draft
  | 'eventTypeRestricted' // 400 eventTypeRestriction: a focus time, out of office, working location, birthday or Gmail event takes no conference
  | 'leftoverNotOurs' // "Delete" on an event that turned out not to be MeetLink's own temporary event: nothing deleted
  | 'meetingIdTaken' // inviting: this card's event id belongs to a meeting deleted since, or to another event: nothing made
  | 'meetingUncertain' // inviting: Google did not say whether the meeting was made (pressing again finds it, never a second)
  | 'busy' // another action of this person held the user lock for more than a few seconds
  | 'unexpected';

/**
 * Failures that pressing the same button again cannot change: the meeting, the calendar or the event is not this
 * person's to change, or the kind of event or calendar does not allow it. Their card offers Back, never "Try again"
 * (a Try again that can only fail again teaches people to distrust the button).
 */
const FINAL_KINDS: readonly FailureKind[] = [
  'spaceHidden',
  'notMeetingOwner',
  'notOrganizer',
  'notOwnedCalendar',
  'meetNotAllowed',
  'eventTypeRestricted',
  'leftoverNotOurs',
  'meetApiUnavailable',
  // Google lifts it after hours, not seconds (support.google.com/a/answer/2905486).
  'invitationLimit',
];

export function retryCanHelp(kind: FailureKind): boolean {
  return !FINAL_KINDS.includes(kind);
}

export class MeetFailure extends Error {
  constructor(
    readonly kind: FailureKind,
    message: string,
    readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'MeetFailure';
  }
}

/** Google's transient errors: retried with backoff (Calendar API "Handle API errors" guide). */
export function isTransient(error: unknown): boolean {
  if (!(error instanceof GoogleApiError)) return false;
  if (error.status === 429 || error.status === 500 || error.status === 503) return true;
  return error.status === 403 && (error.reason === 'rateLimitExceeded' || error.reason === 'userRateLimitExceeded');
}

/**
 * The words of anything thrown, for deciding what it means (never shown to a person, never logged: Google's
 * messages can carry addresses, titles and ids; logs get logSummary).
 */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A name fit for a log: a reason or an error class is a short identifier; anything else is not written. */
const IDENTIFIER = /^[A-Za-z][A-Za-z0-9_.]{0,63}$/;

/**
 * The one way a failure reaches the publisher's logs: its kind, Google's HTTP status and reason, or the class of
 * an error that is not Google's (`TypeError`), and never a message. Google's messages are not ours to keep
 * (a Gmail error reads `Invalid email: "Full Name" <name@example.org>`; a Calendar one can name an event, a
 * calendar or an id), and the privacy policy promises logs hold no emails.
 */
export function logSummary(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current !== undefined; depth++) {
    if (current instanceof MeetFailure) {
      if (!parts.length) parts.push(`kind=${current.kind}`);
      current = current.cause;
      continue;
    }
    if (current instanceof GoogleApiError) {
      parts.push(
        `status=${Number.isInteger(current.status) ? current.status : 0}`,
        `reason=${IDENTIFIER.test(current.reason) ? current.reason : 'unknown'}`,
      );
    } else if (current && typeof current === 'object') {
      // An Error, from this script or from the platform (whose Error may not be this realm's: read its name).
      const name: unknown = (current as { name?: unknown }).name;
      parts.push(`error=${typeof name === 'string' && IDENTIFIER.test(name) ? name : 'Error'}`);
    } else {
      parts.push(`thrown=${typeof current}`);
    }
    break;
  }
  return parts.join(' ') || 'kind=unexpected';
}

const EMAIL_ADDRESS = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;

/**
 * A text with every email address but `own` replaced by `<address>`: for the deployer's self-check report, which
 * keeps Google's words (the deployer needs them) but must not print other people's addresses.
 */
export function withoutOthersAddresses(text: string, own: string): string {
  return text.replace(EMAIL_ADDRESS, (address) => (own && address.toLowerCase() === own.toLowerCase() ? address : '<address>'));
}

/**
 * What a Google error means for an action on `subject`: the temporary event, the event the person has open,
 * or a Meet REST space. The one place Google's errors become failures.
 */
export type FailureSubject = 'temporary' | 'openEvent' | 'space' | 'lookup';

export function toFailure(error: unknown, subject: FailureSubject): MeetFailure {
  if (error instanceof MeetFailure) return error;
  if (!(error instanceof GoogleApiError)) return new MeetFailure('unexpected', errorText(error), error);
  const kind = subject === 'space' || subject === 'lookup' ? spaceFailureKind(error, subject) : calendarFailureKind(error, subject);
  return new MeetFailure(kind, `${error.status} ${error.reason}: ${error.message}`, error);
}

function calendarFailureKind(error: GoogleApiError, subject: 'temporary' | 'openEvent'): FailureKind {
  const { status, reason } = error;
  if (status === 401) return 'signedOut';
  if (status === 400 && /conference type/i.test(error.message)) return 'meetNotAllowed';
  if (reason === 'forbiddenForNonOrganizer') return 'notOrganizer';
  if (reason === 'eventTypeRestriction') return 'eventTypeRestricted';
  if (reason === 'quotaExceeded' || reason === 'dailyLimitExceeded') return 'dailyQuota';
  if (isTransient(error)) return status >= 500 ? 'googleUnavailable' : 'rateLimited';
  if (status === 403 && subject === 'openEvent' && isScopeRefusal(error)) return 'notOwnedCalendar';
  if (status === 403) return 'noPermission';
  if ((status === 404 || status === 410) && subject === 'openEvent') return 'eventGone';
  if (status === 404) return 'noPermission';
  if (status >= 500) return 'googleUnavailable';
  return 'unexpected';
}

/**
 * A token whose scopes do not reach the calendar: "Request had insufficient authentication scopes."
 * (reason insufficientPermissions or ACCESS_TOKEN_SCOPE_INSUFFICIENT; analogdotnow/Analog#296). With
 * calendar.events.owned that means the event is on a calendar the person does not own (a team calendar).
 */
function isScopeRefusal(error: GoogleApiError): boolean {
  return error.reason === 'ACCESS_TOKEN_SCOPE_INSUFFICIENT' || /insufficient authentication scopes/i.test(error.message);
}

/**
 * Meet REST (google.rpc statuses). meetings.space.created covers only spaces this app created (GAM-team/GAM#1822);
 * an unknown meeting code answers 403 "Permission denied on resource Space (or it might not exist)." too, so a 403
 * on a lookup cannot tell "no such meeting" from "not MeetLink's".
 */
function spaceFailureKind(error: GoogleApiError, subject: 'space' | 'lookup'): FailureKind {
  const { status } = error;
  if (status === 401) return 'signedOut';
  if (status === 403) return subject === 'lookup' ? 'meetingUnknown' : 'spaceHidden';
  if (status === 404) return 'meetingNotFound';
  if (status === 429) return 'rateLimited';
  if (status >= 500) return 'meetUnavailable';
  return 'unexpected';
}
