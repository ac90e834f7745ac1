import { ApiFailure } from '../api-env';
import { CALENDAR_ERRORS, errorBody } from '../google-errors';
import type { FetchRequest, FetchResult, FetchRoute } from '../url-fetch';
import { CALENDAR_MODEL_ERRORS, NotModelled, type CalendarModel, type CallParams } from './model';

/**
 * The Calendar API v3 over UrlFetchApp, routed to the same model as the Advanced service
 * (reference: "HTTP request" of events.insert/get/patch/delete/list and calendars.get):
 *   POST   /calendar/v3/calendars/{calendarId}/events             events.insert
 *   GET    /calendar/v3/calendars/{calendarId}/events             events.list
 *   GET    /calendar/v3/calendars/{calendarId}/events/{eventId}   events.get
 *   PATCH  /calendar/v3/calendars/{calendarId}/events/{eventId}   events.patch
 *   DELETE /calendar/v3/calendars/{calendarId}/events/{eventId}   events.delete (204, empty body)
 *   GET    /calendar/v3/calendars/{calendarId}                    calendars.get
 * Anything else under /calendar/v3/ throws NotModelled; other URLs are left to other routes.
 */
const BASE = 'https://www.googleapis.com/calendar/v3/';
/** Query parameters that may repeat (events.list reference: "This parameter might be repeated multiple times"). */
const REPEATABLE = new Set(['privateExtendedProperty', 'sharedExtendedProperty', 'eventTypes']);
/** Standard query parameters that do not change the answer here; `fields` (partial responses) is not modelled. */
const HARMLESS = new Set(['alt', 'prettyPrint', 'quotaUser']);

interface RestOperation {
  api: string;
  run: (params: CallParams, body: () => unknown) => FetchResult;
}

export function calendarRestRoute(model: CalendarModel): FetchRoute {
  return (request) => {
    if (!request.url.startsWith(BASE)) return undefined;
    const url = new URL(request.url);
    const operation = findOperation(model, request.method, pathSegments(url));
    const params = queryParams(url);
    try {
      // An API request needs OAuth credentials: "401: Invalid Credentials" (Calendar errors guide).
      if (!/^Bearer \S+$/.test(request.headers.authorization ?? '')) {
        model.refuse('rest', operation.api, `${request.method} ${url.pathname} (no Bearer token)`, CALENDAR_ERRORS.authError);
      }
      return operation.run(params, () => jsonBody(model, operation.api, request));
    } catch (error) {
      if (error instanceof ApiFailure) return { status: error.error.code, body: errorBody(error.error) };
      throw error;
    }
  };
}

/** Path segments after /calendar/v3/, URL-decoded (calendar ids are emails: ada%40gmail.com). */
function pathSegments(url: URL): string[] {
  return url.pathname
    .slice('/calendar/v3/'.length)
    .split('/')
    .filter((s) => s !== '')
    .map(decodeURIComponent);
}

function findOperation(model: CalendarModel, method: string, segments: string[]): RestOperation {
  const [collection, calendarId, sub, eventId, ...rest] = segments;
  const where = `${method} /calendar/v3/${segments.join('/')}`;
  if (collection !== 'calendars' || !calendarId || rest.length > 0) throw new NotModelled(`Calendar REST ${where}`);
  if (sub === undefined && method === 'GET') {
    return { api: 'calendar.calendars.get', run: (params) => ok(model.getCalendar('rest', calendarId, params)) };
  }
  if (sub !== 'events') throw new NotModelled(`Calendar REST ${where}`);
  if (eventId === undefined) return eventsCollection(model, method, calendarId, where);
  return singleEvent(model, method, calendarId, eventId, where);
}

function eventsCollection(model: CalendarModel, method: string, calendarId: string, where: string): RestOperation {
  if (method === 'POST') {
    return { api: 'calendar.events.insert', run: (params, body) => ok(model.insert('rest', calendarId, body(), params)) };
  }
  if (method === 'GET') return { api: 'calendar.events.list', run: (params) => ok(model.list('rest', calendarId, params)) };
  throw new NotModelled(`Calendar REST ${where}`);
}

function singleEvent(model: CalendarModel, method: string, calendarId: string, eventId: string, where: string): RestOperation {
  switch (method) {
    case 'GET':
      return { api: 'calendar.events.get', run: (params) => ok(model.get('rest', calendarId, eventId, params)) };
    case 'PATCH':
      return { api: 'calendar.events.patch', run: (params, body) => ok(model.patch('rest', calendarId, eventId, body(), params)) };
    case 'DELETE':
      return {
        api: 'calendar.events.delete',
        run: (params) => {
          model.remove('rest', calendarId, eventId, params);
          return { status: 204, body: '' };
        },
      };
    case 'PUT':
      // events.update replaces the event; use patch, a PUT echoing conference fields fails (docs/google-behaviour.md, "Calendar API").
      throw new NotModelled(`events.update (${where})`);
    default:
      throw new NotModelled(`Calendar REST ${where}`);
  }
}

function ok(value: unknown): FetchResult {
  return { status: 200, body: JSON.stringify(value, null, 1) };
}

/** Query parameters as strings (repeatable ones as arrays); the model reads and checks their values. */
function queryParams(url: URL): CallParams {
  const params: CallParams = {};
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key);
    if (HARMLESS.has(key)) {
      if (key === 'alt' && values[0] !== 'json') throw new NotModelled(`alt=${values[0]}`);
      continue;
    }
    params[key] = REPEATABLE.has(key) ? values : values[0];
  }
  return params;
}

/**
 * The JSON request body, nulls kept ({"conferenceData":null} reaches Google as null). UrlFetchApp sends
 * `application/x-www-form-urlencoded` unless told otherwise (UrlFetchApp reference, contentType): what Google
 * makes of a JSON text sent that way is not modelled, so say so loudly.
 */
function jsonBody(model: CalendarModel, api: string, request: FetchRequest): unknown {
  const type = request.headers['content-type'] ?? '';
  if (!/^application\/json\b/i.test(type)) {
    throw new NotModelled(`a ${api} body sent with content-type "${type || '(none)'}"; send contentType: 'application/json'`);
  }
  try {
    return JSON.parse(request.payload ?? '');
  } catch {
    return model.refuse('rest', api, `${request.method} ${request.url} (body is not JSON)`, CALENDAR_MODEL_ERRORS.PARSE_ERROR);
  }
}
