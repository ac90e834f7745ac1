import { CALENDAR_ERRORS, errorBody, GoogleJsonResponseException } from '../../../offline/google-errors';
import { MEET_ERRORS } from '../../../offline/meet/model';
import { rpcBody } from '../../../offline/meet/rest';
import { readAdvancedServiceError, readRestError } from '../../../src/adapters/read-google-error';
import { GoogleApiError } from '../../../src/meet/google-api-error';

const READ = (error: GoogleApiError) => ({ status: error.status, reason: error.reason, message: error.message });

describe('readAdvancedServiceError: what an Advanced Calendar service call threw', () => {
  it('a GoogleJsonResponseException with details: status, reason and message from the details', () => {
    const thrown = new GoogleJsonResponseException('calendar.events.patch', CALENDAR_ERRORS.forbiddenForNonOrganizer);
    expect(READ(readAdvancedServiceError(thrown))).toEqual({
      status: 403,
      reason: 'forbiddenForNonOrganizer',
      message: 'Shared properties can only be changed by the organizer of the event.',
    });
  });

  it.each([
    ['Rate Limit Exceeded', 403, 'rateLimitExceeded'],
    ['User Rate Limit Exceeded', 403, 'userRateLimitExceeded'],
    ['Calendar usage limits exceeded.', 403, 'quotaExceeded'],
    ['Shared properties can only be changed by the organizer of the event.', 403, 'forbiddenForNonOrganizer'],
    ['Insufficient Permission', 403, 'insufficientPermissions'],
    ['Invalid Credentials', 401, 'authError'],
    ['Invalid conference type value.', 400, 'invalid'],
    ['The requested identifier already exists.', 409, 'duplicate'],
    ['Resource has been deleted', 410, 'deleted'],
    ['Not Found', 404, 'notFound'],
    ['Backend Error', 500, 'backendError'],
    ['The service is currently unavailable.', 503, 'backendError'],
  ])('without details, Google’s documented message %j is read as %i %s', (message, status, reason) => {
    const thrown = new Error(`API call to calendar.events.insert failed with error: ${message}`);
    expect(READ(readAdvancedServiceError(thrown))).toEqual({ status, reason, message });
  });

  it('an unknown platform error keeps its words, with no status and an unknown reason', () => {
    const thrown = new Error('We’re sorry, a server error occurred. Please wait a bit and try again.');
    expect(READ(readAdvancedServiceError(thrown))).toEqual({ status: 0, reason: 'unknown', message: thrown.message });
  });

  it('details win over the message when both are there', () => {
    const thrown = Object.assign(new Error('API call to calendar.events.get failed with error: Not Found'), {
      details: { code: 410, message: 'Resource has been deleted', errors: [{ reason: 'deleted' }] },
    });
    expect(READ(readAdvancedServiceError(thrown))).toEqual({ status: 410, reason: 'deleted', message: 'Resource has been deleted' });
  });

  it('something thrown that is not an Error is read from its text; a GoogleApiError passes through', () => {
    expect(READ(readAdvancedServiceError('Backend Error'))).toEqual({ status: 500, reason: 'backendError', message: 'Backend Error' });
    const already = new GoogleApiError(409, 'duplicate', 'The requested identifier already exists.');
    expect(readAdvancedServiceError(already)).toBe(already);
  });
});

describe('readRestError: an error answer of a REST endpoint', () => {
  it('Calendar’s JSON: the reason of the first error', () => {
    expect(READ(readRestError(403, errorBody(CALENDAR_ERRORS.quotaExceeded)))).toEqual({
      status: 403,
      reason: 'quotaExceeded',
      message: 'Calendar usage limits exceeded.',
    });
  });

  it('Meet’s google.rpc JSON: the status name as the reason', () => {
    expect(READ(readRestError(403, rpcBody(MEET_ERRORS.permissionDenied)))).toEqual({
      status: 403,
      reason: 'PERMISSION_DENIED',
      message: 'The caller does not have permission',
    });
  });

  it('a body that is not JSON (an HTML error page) still gives the HTTP status', () => {
    expect(READ(readRestError(502, '<html><body>Bad Gateway</body></html>'))).toEqual({ status: 502, reason: 'unknown', message: 'HTTP 502' });
    expect(READ(readRestError(500, '{}'))).toEqual({ status: 500, reason: 'unknown', message: 'HTTP 500' });
  });
});
