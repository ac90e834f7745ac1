/**
 * Google's documented API errors, as the offline runtime answers them.
 *
 * Calendar: developers.google.com/workspace/calendar/api/guides/errors — each error's JSON body is
 * `{error: {errors: [{domain, reason, message}], code, message}}`.
 * Meet REST (google.rpc.Status style): developers.google.com/meet/api/reference/rest — `{error: {code, message, status}}`.
 */
export interface GoogleError {
  code: number;
  reason: string;
  domain: string;
  message: string;
  /** google.rpc status name (Meet REST answers carry it; Calendar's JSON does not need it). */
  status?: string;
}

const e = (code: number, domain: string, reason: string, message: string, status?: string): GoogleError => ({
  code,
  domain,
  reason,
  message,
  ...(status ? { status } : {}),
});

/** Source: Calendar API "Handle API errors" guide, one entry per documented error. */
export const CALENDAR_ERRORS = {
  badRequest: e(400, 'global', 'badRequest', 'Bad Request'),
  invalidConferenceType: e(400, 'global', 'invalid', 'Invalid conference type value.'),
  authError: e(401, 'global', 'authError', 'Invalid Credentials'),
  userRateLimitExceeded: e(403, 'usageLimits', 'userRateLimitExceeded', 'User Rate Limit Exceeded'),
  rateLimitExceeded: e(403, 'usageLimits', 'rateLimitExceeded', 'Rate Limit Exceeded'),
  quotaExceeded: e(403, 'usageLimits', 'quotaExceeded', 'Calendar usage limits exceeded.'),
  forbiddenForNonOrganizer: e(403, 'calendar', 'forbiddenForNonOrganizer', 'Shared properties can only be changed by the organizer of the event.'),
  insufficientPermissions: e(403, 'global', 'insufficientPermissions', 'Insufficient Permission'),
  notFound: e(404, 'global', 'notFound', 'Not Found'),
  duplicate: e(409, 'global', 'duplicate', 'The requested identifier already exists.'),
  deleted: e(410, 'global', 'deleted', 'Resource has been deleted'),
  tooManyRequests: e(429, 'usageLimits', 'rateLimitExceeded', 'Rate Limit Exceeded'),
  backendError: e(500, 'global', 'backendError', 'Backend Error'),
  serviceUnavailable: e(503, 'global', 'backendError', 'The service is currently unavailable.'),
} satisfies Record<string, GoogleError>;

export type CalendarErrorName = keyof typeof CALENDAR_ERRORS;

/** The JSON body Google's REST endpoints answer an error with. */
export function errorBody(error: GoogleError): string {
  return JSON.stringify({
    error: {
      errors: [{ domain: error.domain, reason: error.reason, message: error.message }],
      code: error.code,
      message: error.message,
      ...(error.status ? { status: error.status } : {}),
    },
  });
}

/**
 * What an Advanced-service call throws: a GoogleJsonResponseException whose message is
 * "API call to calendar.events.insert failed with error: <message>", with `details` holding the JSON error
 * (docs/google-behaviour.md, "Errors": read both, trust neither alone).
 */
export class GoogleJsonResponseException extends Error {
  readonly details: { code: number; message: string; errors: { domain: string; reason: string; message: string }[] };
  constructor(apiMethod: string, error: GoogleError) {
    super(`API call to ${apiMethod} failed with error: ${error.message}`);
    this.name = 'GoogleJsonResponseException';
    this.details = {
      code: error.code,
      message: error.message,
      errors: [{ domain: error.domain, reason: error.reason, message: error.message }],
    };
  }
}
