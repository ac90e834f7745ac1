import { GoogleApiError } from '../meet/google-api-error';

/**
 * Reads a Google error from what an Advanced-service call threw: a GoogleJsonResponseException whose
 * message is "API call to calendar.events.insert failed with error: <message>" and which, in practice, has
 * `details = {code, message, errors: [{domain, reason, message}]}`. Read both, trust neither alone
 * (docs/google-behaviour.md, "Errors").
 */
export function readAdvancedServiceError(thrown: unknown): GoogleApiError {
  if (thrown instanceof GoogleApiError) return thrown;
  const error = (thrown ?? {}) as { message?: unknown; details?: { code?: unknown; message?: unknown; errors?: { reason?: unknown }[] } };
  const text = typeof error.message === 'string' ? error.message : String(thrown);
  const message = (typeof error.details?.message === 'string' && error.details.message) || text.replace(/^.*failed with error:\s*/, '');
  const known = MESSAGE_PATTERNS.find(([pattern]) => pattern.test(message));
  const code = typeof error.details?.code === 'number' ? error.details.code : (known?.[1] ?? 0);
  const reason = typeof error.details?.errors?.[0]?.reason === 'string' ? error.details.errors[0].reason : (known?.[2] ?? 'unknown');
  return new GoogleApiError(code, reason, message);
}

/** Reads the JSON error body Google's REST endpoints answer with (`{error: {code, message, errors}}`). */
export function readRestError(status: number, body: string): GoogleApiError {
  try {
    const { error } = JSON.parse(body) as { error?: { message?: string; status?: string; errors?: { reason?: string }[] } };
    return new GoogleApiError(status, error?.errors?.[0]?.reason ?? error?.status ?? 'unknown', error?.message ?? `HTTP ${status}`);
  } catch {
    return new GoogleApiError(status, 'unknown', `HTTP ${status}`);
  }
}

/** Google's documented messages (Calendar API "Handle API errors"), for when `details` is missing. */
const MESSAGE_PATTERNS: [RegExp, number, string][] = [
  [/user rate limit exceeded/i, 403, 'userRateLimitExceeded'],
  [/rate limit exceeded/i, 403, 'rateLimitExceeded'],
  [/usage limits exceeded|daily limit/i, 403, 'quotaExceeded'],
  [/organizer of the event/i, 403, 'forbiddenForNonOrganizer'],
  [/insufficient permission|insufficient authentication scopes/i, 403, 'insufficientPermissions'],
  [/invalid credentials|login required/i, 401, 'authError'],
  [/conference type/i, 400, 'invalid'],
  [/already exists/i, 409, 'duplicate'],
  [/has been deleted/i, 410, 'deleted'],
  [/not found/i, 404, 'notFound'],
  [/backend error/i, 500, 'backendError'],
  // Apps Script's own non-JSON failure: the request may or may not have been carried out (platform facts).
  [/server error occurred/i, 500, 'platformError'],
  [/service is currently unavailable|unavailable/i, 503, 'backendError'],
];
