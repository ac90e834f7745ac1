import { CALENDAR_ERRORS, type CalendarErrorName } from '../../../offline/google-errors';
import { MEET_ERRORS } from '../../../offline/meet/model';
import { GoogleApiError } from '../../../src/meet/google-api-error';
import { errorText, isTransient, MeetFailure, toFailure, type FailureKind } from '../../../src/meet/errors';

/** A Calendar error as the adapters hand it to the engine. */
const calendar = (name: CalendarErrorName) => {
  const { code, reason, message } = CALENDAR_ERRORS[name];
  return new GoogleApiError(code, reason, message);
};
const meet = (name: Exclude<keyof typeof MEET_ERRORS, 'invalidArgument'>) => {
  const { code, status, message } = MEET_ERRORS[name];
  return new GoogleApiError(code, status ?? 'UNKNOWN', message);
};

describe('isTransient: what is worth retrying (Calendar API error guide)', () => {
  it.each<[CalendarErrorName, boolean]>([
    ['rateLimitExceeded', true],
    ['userRateLimitExceeded', true],
    ['tooManyRequests', true],
    ['backendError', true],
    ['serviceUnavailable', true],
    ['quotaExceeded', false],
    ['forbiddenForNonOrganizer', false],
    ['insufficientPermissions', false],
    ['authError', false],
    ['badRequest', false],
    ['notFound', false],
    ['duplicate', false],
    ['deleted', false],
  ])('%s: %s', (name, expected) => {
    expect(isTransient(calendar(name))).toBe(expected);
  });

  it('an error that is not from Google is never retried', () => {
    expect(isTransient(new Error('Rate Limit Exceeded'))).toBe(false);
  });
});

describe('toFailure: the one mapping of Google errors to what a person is told', () => {
  it.each<[CalendarErrorName, FailureKind, FailureKind]>([
    // error, making a link (temporary event), changing the open event
    ['authError', 'signedOut', 'signedOut'],
    ['invalidConferenceType', 'meetNotAllowed', 'meetNotAllowed'],
    ['forbiddenForNonOrganizer', 'notOrganizer', 'notOrganizer'],
    ['quotaExceeded', 'dailyQuota', 'dailyQuota'],
    ['rateLimitExceeded', 'rateLimited', 'rateLimited'],
    ['tooManyRequests', 'rateLimited', 'rateLimited'],
    ['backendError', 'googleUnavailable', 'googleUnavailable'],
    ['serviceUnavailable', 'googleUnavailable', 'googleUnavailable'],
    ['insufficientPermissions', 'noPermission', 'noPermission'],
    ['notFound', 'noPermission', 'eventGone'],
    ['deleted', 'unexpected', 'eventGone'],
    ['badRequest', 'unexpected', 'unexpected'],
  ])('Calendar %s: %s for a new link, %s for the open event', (name, temporary, openEvent) => {
    expect(toFailure(calendar(name), 'temporary').kind).toBe(temporary);
    expect(toFailure(calendar(name), 'openEvent').kind).toBe(openEvent);
  });

  it.each<[Parameters<typeof meet>[0], FailureKind]>([
    ['unauthenticated', 'signedOut'],
    ['permissionDenied', 'spaceHidden'],
    ['notFound', 'meetingNotFound'],
    ['rateLimited', 'rateLimited'],
    ['internal', 'meetUnavailable'],
    ['unavailable', 'meetUnavailable'],
  ])('Meet %s on a space: %s', (name, kind) => {
    expect(toFailure(meet(name), 'space').kind).toBe(kind);
  });

  it('keeps the Google error as the cause, and its status and reason in the log message', () => {
    const error = calendar('forbiddenForNonOrganizer');
    const failure = toFailure(error, 'openEvent');
    expect(failure).toBeInstanceOf(MeetFailure);
    expect(failure.cause).toBe(error);
    expect(failure.message).toBe('403 forbiddenForNonOrganizer: Shared properties can only be changed by the organizer of the event.');
  });

  it('a MeetFailure passes through unchanged; anything else is unexpected', () => {
    const failure = new MeetFailure('conferenceTimeout', 'still pending');
    expect(toFailure(failure, 'temporary')).toBe(failure);
    const bug = new TypeError('x is undefined');
    expect(toFailure(bug, 'openEvent')).toMatchObject({ kind: 'unexpected', message: 'x is undefined', cause: bug });
  });
});

describe('errorText', () => {
  it('the message of an Error, or the thing itself in words', () => {
    expect(errorText(new Error('Backend Error'))).toBe('Backend Error');
    expect(errorText('Exception: Service invoked too many times')).toBe('Exception: Service invoked too many times');
    expect(errorText(undefined)).toBe('undefined');
  });
});
