import { readAdvancedServiceError, readRestError } from '../../../src/adapters/read-google-error';

describe('reading Google errors', () => {
  it('reads status and reason from an Advanced-service exception that carries details', () => {
    const thrown = Object.assign(new Error('API call to calendar.events.insert failed with error: Rate Limit Exceeded'), {
      details: { code: 403, message: 'Rate Limit Exceeded', errors: [{ reason: 'rateLimitExceeded' }] },
    });
    expect(readAdvancedServiceError(thrown)).toMatchObject({ status: 403, reason: 'rateLimitExceeded', message: 'Rate Limit Exceeded' });
  });

  it('falls back to Google’s documented messages when details are missing', () => {
    const error = readAdvancedServiceError(
      new Error('API call to calendar.events.patch failed with error: Shared properties can only be changed by the organizer of the event.'),
    );
    expect(error).toMatchObject({ status: 403, reason: 'forbiddenForNonOrganizer' });
    expect(readAdvancedServiceError(new Error('API call to calendar.events.delete failed with error: Resource has been deleted'))).toMatchObject({
      status: 410,
    });
  });

  it('reads Calendar’s and google.rpc’s REST error bodies, and survives a body that is not JSON', () => {
    expect(readRestError(404, JSON.stringify({ error: { code: 404, message: 'Not Found', errors: [{ reason: 'notFound' }] } }))).toMatchObject({
      status: 404,
      reason: 'notFound',
    });
    expect(readRestError(403, JSON.stringify({ error: { code: 403, message: 'denied', status: 'PERMISSION_DENIED' } }))).toMatchObject({
      reason: 'PERMISSION_DENIED',
    });
    expect(readRestError(500, "We're sorry, a server error occurred.")).toMatchObject({ status: 500, reason: 'unknown' });
  });
});
