import { ApiFailure } from './api-env';
import type { GoogleError } from './google-errors';
import type { FetchRequest, FetchResult, FetchRoute } from './url-fetch';

/**
 * What the offline Calendar and Meet REST routes share: the base-URL match, query parameters, the Bearer token,
 * JSON bodies, and errors turned into the JSON body each API answers with.
 */

/** Standard query parameters that do not change the answer here; `fields` (partial responses) is not modelled
 * (developers.google.com/workspace/calendar/api/guides/performance; "System parameters" of Google APIs). */
const HARMLESS = new Set(['alt', 'prettyPrint', 'quotaUser']);

export interface RestApi<Op extends { api: string }> {
  base: string;
  /** How this API says "not modelled" (its own error class). */
  notModelled: (what: string) => Error;
  /** Query parameters that may repeat; any other repeated one is not modelled. */
  repeatable?: Set<string>;
  /** The operation a request names, or a thrown notModelled. */
  find: (request: FetchRequest, url: URL, query: Record<string, string | string[]>) => Op;
  /** Logs and throws the refusal of a request without credentials. */
  refuse: (op: Op, summary: string) => never;
  /** Runs the operation; an ApiFailure becomes an error answer. */
  run: (op: Op) => FetchResult;
  errorBody: (error: GoogleError) => string;
}

export function restRoute<Op extends { api: string }>(api: RestApi<Op>): FetchRoute {
  return (request) => {
    if (!request.url.startsWith(api.base)) return undefined;
    const url = new URL(request.url);
    const op = api.find(request, url, queryParams(url, api));
    try {
      // An API request needs OAuth credentials: 401 (Calendar errors guide "401: Invalid Credentials";
      // Meet reference, "Authorization scopes": UNAUTHENTICATED).
      if (!/^Bearer \S+$/.test(request.headers.authorization ?? '')) api.refuse(op, `${request.method} ${url.pathname} (no Bearer token)`);
      return api.run(op);
    } catch (error) {
      if (error instanceof ApiFailure) return { status: error.error.code, body: api.errorBody(error.error) };
      throw error;
    }
  };
}

function queryParams(url: URL, api: Pick<RestApi<never>, 'notModelled' | 'repeatable'>): Record<string, string | string[]> {
  const params: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key);
    if (HARMLESS.has(key)) {
      if (key === 'alt' && values[0] !== 'json') throw api.notModelled(`alt=${values[0]}`);
      continue;
    }
    if (api.repeatable?.has(key)) params[key] = values;
    else if (values.length > 1) throw api.notModelled(`repeated query parameter "${key}"`);
    else params[key] = values[0]!;
  }
  return params;
}

/**
 * A JSON request body, nulls kept ({"conferenceData":null} reaches Google as null). UrlFetchApp sends
 * `application/x-www-form-urlencoded` unless told otherwise (UrlFetchApp reference, contentType): what Google
 * makes of a JSON text sent that way is not modelled, so say so loudly. `onParseError` answers a body that is not JSON.
 */
export function jsonBody(request: FetchRequest, api: string, notModelled: (what: string) => Error, onParseError: () => never): unknown {
  const type = request.headers['content-type'] ?? '';
  if (!/^application\/json\b/i.test(type)) {
    throw notModelled(`a ${api} body sent with content-type "${type || '(none)'}"; send contentType: 'application/json'`);
  }
  try {
    return JSON.parse(request.payload ?? '');
  } catch {
    return onParseError();
  }
}

export function okJson(value: unknown): FetchResult {
  return { status: 200, body: JSON.stringify(value, null, 1) };
}
