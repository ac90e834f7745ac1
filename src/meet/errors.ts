import { GoogleApiError } from './calendar-port';

/**
 * Every way a Meet action can fail, as a person would need to hear it. The words live in src/ui/strings.ts;
 * the engine only names the kind.
 */
export type FailureKind =
  | 'signedOut' // 401: the authorization expired
  | 'noPermission' // 403 insufficientPermissions: this calendar or event is not yours to change
  | 'notOrganizer' // 403 forbiddenForNonOrganizer
  | 'meetNotAllowed' // 400 "Invalid conference type value.": this calendar does not allow Google Meet
  | 'dailyQuota' // 403 quotaExceeded: Calendar usage limits exceeded for today
  | 'rateLimited' // 403/429 rate limits, still failing after the retries
  | 'eventGone' // 404/410 on the event the person has open
  | 'googleUnavailable' // 500/503, still failing after the retries
  | 'conferenceFailed' // Google answered createRequest status "failure"
  | 'conferenceTimeout' // the conference was still "pending" when the wait ran out
  | 'notApplied' // Google said 200 but a read shows nothing changed, on both routes
  | 'badLink' // the link Google gave is not a Meet link
  | 'meetApiUnavailable' // Meet REST: a free Gmail account, or one Google refused the Meet API
  | 'spaceHidden' // Meet REST 403 on a space: made by Calendar or another app, or not this person's
  | 'meetingNotFound' // Meet REST 404: no meeting has this code
  | 'meetUnavailable' // Meet REST 5xx, still failing after the retries
  | 'unexpected';

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

/** Names the failure a Google error means, for an action on `subject` (the temporary event or the open one). */
export function toFailure(error: unknown, subject: 'temporary' | 'openEvent'): MeetFailure {
  if (error instanceof MeetFailure) return error;
  if (!(error instanceof GoogleApiError)) {
    return new MeetFailure('unexpected', error instanceof Error ? error.message : String(error), error);
  }
  const kind = failureKindOf(error, subject);
  return new MeetFailure(kind, `${error.status} ${error.reason}: ${error.message}`, error);
}

function failureKindOf(error: GoogleApiError, subject: 'temporary' | 'openEvent'): FailureKind {
  const { status, reason } = error;
  if (status === 401) return 'signedOut';
  if (status === 400 && /conference type/i.test(error.message)) return 'meetNotAllowed';
  if (reason === 'forbiddenForNonOrganizer') return 'notOrganizer';
  if (reason === 'quotaExceeded' || reason === 'dailyLimitExceeded') return 'dailyQuota';
  if (isTransient(error)) return status >= 500 ? 'googleUnavailable' : 'rateLimited';
  if (status === 403) return 'noPermission';
  if ((status === 404 || status === 410) && subject === 'openEvent') return 'eventGone';
  if (status === 404) return 'noPermission';
  if (status >= 500) return 'googleUnavailable';
  return 'unexpected';
}
