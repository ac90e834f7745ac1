import { CALENDAR_ERRORS, errorBody } from '../google-errors';
import { jsonBody, okJson, restRoute } from '../rest-plumbing';
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

interface RestOperation {
  api: string;
  request: FetchRequest;
  params: CallParams;
  run: (params: CallParams, body: () => unknown) => FetchResult;
}

export function calendarRestRoute(model: CalendarModel): FetchRoute {
  return restRoute<RestOperation>({
    base: BASE,
    notModelled: (what) => new NotModelled(what),
    repeatable: REPEATABLE,
    find: (request, url, params) => ({ ...findOperation(model, request.method, pathSegments(url)), request, params }),
    refuse: (op, summary) => model.refuse('rest', op.api, summary, CALENDAR_ERRORS.authError),
    run: (op) =>
      op.run(op.params, () =>
        jsonBody(
          op.request,
          op.api,
          (what) => new NotModelled(what),
          () => model.refuse('rest', op.api, `${op.request.method} ${op.request.url} (body is not JSON)`, CALENDAR_MODEL_ERRORS.PARSE_ERROR),
        ),
      ),
    errorBody,
  });
}

/** Path segments after /calendar/v3/, URL-decoded (calendar ids are emails: ada%40gmail.com). */
function pathSegments(url: URL): string[] {
  return url.pathname
    .slice('/calendar/v3/'.length)
    .split('/')
    .filter((s) => s !== '')
    .map(decodeURIComponent);
}

function findOperation(model: CalendarModel, method: string, segments: string[]): Pick<RestOperation, 'api' | 'run'> {
  const [collection, calendarId, sub, eventId, ...rest] = segments;
  const where = `${method} /calendar/v3/${segments.join('/')}`;
  if (collection !== 'calendars' || !calendarId || rest.length > 0) throw new NotModelled(`Calendar REST ${where}`);
  if (sub === undefined && method === 'GET') {
    return { api: 'calendar.calendars.get', run: (params) => okJson(model.getCalendar('rest', calendarId, params)) };
  }
  if (sub !== 'events') throw new NotModelled(`Calendar REST ${where}`);
  if (eventId === undefined) return eventsCollection(model, method, calendarId, where);
  return singleEvent(model, method, calendarId, eventId, where);
}

function eventsCollection(model: CalendarModel, method: string, calendarId: string, where: string): Pick<RestOperation, 'api' | 'run'> {
  if (method === 'POST') {
    return { api: 'calendar.events.insert', run: (params, body) => okJson(model.insert('rest', calendarId, body(), params)) };
  }
  if (method === 'GET') return { api: 'calendar.events.list', run: (params) => okJson(model.list('rest', calendarId, params)) };
  throw new NotModelled(`Calendar REST ${where}`);
}

function singleEvent(model: CalendarModel, method: string, calendarId: string, eventId: string, where: string): Pick<RestOperation, 'api' | 'run'> {
  switch (method) {
    case 'GET':
      return { api: 'calendar.events.get', run: (params) => okJson(model.get('rest', calendarId, eventId, params)) };
    case 'PATCH':
      return { api: 'calendar.events.patch', run: (params, body) => okJson(model.patch('rest', calendarId, eventId, body(), params)) };
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
