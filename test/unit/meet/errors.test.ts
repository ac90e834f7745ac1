import { GoogleApiError } from '../../../src/meet/google-api-error';
import { errorText, MeetFailure, toFailure } from '../../../src/meet/errors';

const google = (status: number, reason: string, message = 'x') => new GoogleApiError(status, reason, message);

describe('what a Google error means for the person', () => {
  it('names Calendar failures by what the person can do about them', () => {
    expect(toFailure(google(401, 'authError'), 'temporary').kind).toBe('signedOut');
    expect(toFailure(google(403, 'quotaExceeded'), 'temporary').kind).toBe('dailyQuota');
    expect(toFailure(google(403, 'forbiddenForNonOrganizer'), 'openEvent').kind).toBe('notOrganizer');
    expect(toFailure(google(400, 'invalid', 'Invalid conference type value.'), 'temporary').kind).toBe('meetNotAllowed');
    expect(toFailure(google(503, 'backendError'), 'temporary').kind).toBe('googleUnavailable');
  });

  it('says the open event is gone only for the open event', () => {
    expect(toFailure(google(410, 'deleted'), 'openEvent').kind).toBe('eventGone');
    expect(toFailure(google(404, 'notFound'), 'temporary').kind).not.toBe('eventGone');
  });

  it('reads Meet REST errors for spaces', () => {
    expect(toFailure(google(403, 'PERMISSION_DENIED'), 'space').kind).toBe('spaceHidden');
    expect(toFailure(google(429, 'RESOURCE_EXHAUSTED'), 'space').kind).toBe('rateLimited');
  });

  it('keeps a failure already named, and calls anything else unexpected', () => {
    const named = new MeetFailure('conferenceFailed', 'x');
    expect(toFailure(named, 'temporary')).toBe(named);
    expect(toFailure(new TypeError('boom'), 'temporary').kind).toBe('unexpected');
    expect(errorText(new TypeError('boom'))).toBe('boom');
    expect(errorText('plain')).toBe('plain');
  });
});
