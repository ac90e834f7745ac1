import { betweenQuery, type CalendarApi, type CalendarEvent } from '../meet/calendar-port';
import { jsonOverHttp, queryString } from './json-over-http';
import { allPages } from './list-pages';

const BASE = 'https://www.googleapis.com/calendar/v3';

/**
 * The engine's Calendar port over the REST endpoint with UrlFetchApp. Its JSON body carries
 * `"conferenceData": null` for sure, which the Advanced service may drop (docs/google-behaviour.md, "Calendar API"). Needs the
 * script.external_request scope and the urlFetchWhitelist entry for BASE.
 */
export function restCalendarApi(fetcher: GoogleAppsScript.URL_Fetch.UrlFetchApp, token: () => string): CalendarApi {
  const json = jsonOverHttp(fetcher, token, BASE);
  const request = <T>(
    method: GoogleAppsScript.URL_Fetch.HttpMethod,
    path: string,
    query: Record<string, string | number | boolean>,
    body?: unknown,
  ): T => json<T>(method, path + queryString(query), body);
  const events = (calendarId: string, eventId?: string) =>
    `/calendars/${encodeURIComponent(calendarId)}/events${eventId === undefined ? '' : `/${encodeURIComponent(eventId)}`}`;
  return {
    insert: (calendarId, event, options) => request<CalendarEvent>('post', events(calendarId), { ...options }, event),
    get: (calendarId, eventId) => request<CalendarEvent>('get', events(calendarId, eventId), {}),
    patch: (calendarId, eventId, patch, options) => request<CalendarEvent>('patch', events(calendarId, eventId), { ...options }, patch),
    remove: (calendarId, eventId, options) => void request('delete', events(calendarId, eventId), { sendUpdates: options?.sendUpdates ?? 'none' }),
    listByPrivateProperty: (calendarId, keyValue) =>
      allPages((pageToken) =>
        request<{ items?: CalendarEvent[]; nextPageToken?: string }>('get', events(calendarId), {
          privateExtendedProperty: keyValue,
          eventTypes: 'default',
          maxResults: 50,
          ...(pageToken ? { pageToken } : {}),
        }),
      ),
    listBetween: (calendarId, timeMin, timeMax, pageToken) =>
      request<{ items?: CalendarEvent[]; nextPageToken?: string }>('get', events(calendarId), betweenQuery(timeMin, timeMax, pageToken)),
  };
}
