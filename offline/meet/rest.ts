import { ApiFailure } from '../api-env';
import type { GoogleError } from '../google-errors';
import type { FetchRequest, FetchRoute } from '../url-fetch';
import { MEET_ERRORS, MeetNotModelled, type MeetModel } from './model';

/**
 * The Meet REST API v2 over UrlFetchApp, routed to the model (reference, "HTTP request" of each method,
 * developers.google.com/meet/api/reference/rest/v2/spaces):
 *   POST  /v2/spaces                                  spaces.create
 *   GET   /v2/{name=spaces/*}                         spaces.get (spaces/{space} or spaces/{meetingCode})
 *   PATCH /v2/{space.name=spaces/*}?updateMask=...    spaces.patch
 *   POST  /v2/{name=spaces/*}:endActiveConference     spaces.endActiveConference
 * Anything else under /v2/ throws MeetNotModelled; other URLs are left to other routes.
 * Errors answer google.rpc style: `{error: {code, message, status}}`.
 */
const BASE = 'https://meet.googleapis.com/v2/';
/** Standard query parameters that do not change the answer here; `fields` (partial responses) is not modelled. */
const HARMLESS = new Set(['alt', 'prettyPrint', 'quotaUser']);

type Operation = { api: string; run: () => unknown };

export function meetRestRoute(model: MeetModel): FetchRoute {
  return (request) => {
    if (!request.url.startsWith(BASE)) return undefined;
    const url = new URL(request.url);
    const query = queryParams(url);
    const operation = findOperation(model, request, decodeURIComponent(url.pathname.slice('/v2/'.length)), query);
    try {
      // Every method needs OAuth credentials (reference, "Authorization scopes"): without them, 401 UNAUTHENTICATED.
      if (!/^Bearer \S+$/.test(request.headers.authorization ?? '')) {
        model.refuse(operation.api, `${request.method} ${url.pathname} (no Bearer token)`, MEET_ERRORS.unauthenticated);
      }
      return { status: 200, body: JSON.stringify(operation.run(), null, 1) };
    } catch (error) {
      if (error instanceof ApiFailure) return { status: error.error.code, body: rpcBody(error.error) };
      throw error;
    }
  };
}

function findOperation(model: MeetModel, request: FetchRequest, path: string, query: Record<string, string>): Operation {
  const where = `${request.method} /v2/${path}`;
  const noQuery = (allowed: string[] = []) => {
    for (const key of Object.keys(query)) if (!allowed.includes(key)) throw new MeetNotModelled(`query parameter "${key}" on ${where}`);
  };
  if (path === 'spaces' && request.method === 'POST') {
    noQuery();
    return { api: 'meet.spaces.create', run: () => model.create(jsonBody(request, 'meet.spaces.create')) };
  }
  const custom = /^(spaces\/[^/:]+):endActiveConference$/.exec(path);
  if (custom && request.method === 'POST') {
    noQuery();
    return {
      api: 'meet.spaces.endActiveConference',
      run: () => model.endActiveConference(custom[1]!, request.payload ? jsonBody(request, 'meet.spaces.endActiveConference') : undefined),
    };
  }
  if (/^spaces\/[^/:]+$/.test(path)) {
    if (request.method === 'GET') {
      noQuery();
      return { api: 'meet.spaces.get', run: () => model.get(path) };
    }
    if (request.method === 'PATCH') {
      noQuery(['updateMask']);
      return { api: 'meet.spaces.patch', run: () => model.patch(path, jsonBody(request, 'meet.spaces.patch'), query.updateMask) };
    }
  }
  throw new MeetNotModelled(`Meet REST ${where}`);
}

function queryParams(url: URL): Record<string, string> {
  const params: Record<string, string> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key);
    if (values.length > 1) throw new MeetNotModelled(`repeated query parameter "${key}"`);
    if (HARMLESS.has(key)) {
      if (key === 'alt' && values[0] !== 'json') throw new MeetNotModelled(`alt=${values[0]}`);
      continue;
    }
    params[key] = values[0]!;
  }
  return params;
}

/** A JSON body. UrlFetchApp's default content type is form-encoded (UrlFetchApp reference): not modelled. */
function jsonBody(request: FetchRequest, api: string): unknown {
  const type = request.headers['content-type'] ?? '';
  if (!/^application\/json\b/i.test(type)) throw new MeetNotModelled(`a ${api} body sent with content-type "${type || '(none)'}"`);
  try {
    return JSON.parse(request.payload ?? '');
  } catch {
    throw new MeetNotModelled(`a ${api} body that is not JSON`);
  }
}

/** google.rpc.Status as JSON (reference, "Status"): `{error: {code, message, status}}`. */
export function rpcBody(error: GoogleError): string {
  return JSON.stringify({ error: { code: error.code, message: error.message, status: error.status ?? 'UNKNOWN' } });
}
