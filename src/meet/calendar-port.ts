/**
 * What the Meet engine needs from Google Calendar. Two adapters implement it: the Advanced Calendar service
 * (src/adapters/advanced-calendar.ts) and the REST endpoint over UrlFetchApp (src/adapters/rest-calendar.ts),
 * which is the only route certain to send an explicit `conferenceData: null`.
 * Adapters throw GoogleApiError (./google-api-error.ts), never a platform exception.
 */
export type CalendarEvent = GoogleAppsScript.Calendar.Schema.Event;

/** A patch body: `conferenceData: null` clears the conference (with conferenceDataVersion 1). */
export type EventPatch = Omit<CalendarEvent, 'conferenceData'> & {
  conferenceData?: GoogleAppsScript.Calendar.Schema.ConferenceData | null;
};

export interface WriteOptions {
  /** Always 1 here: at 0 Google ignores every conference field and still answers 200 OK. */
  conferenceDataVersion: 1;
  sendUpdates: 'none' | 'all';
}

export interface CalendarApi {
  insert(calendarId: string, event: CalendarEvent, options: WriteOptions): CalendarEvent;
  get(calendarId: string, eventId: string): CalendarEvent;
  patch(calendarId: string, eventId: string, patch: EventPatch, options: WriteOptions): CalendarEvent;
  /** sendUpdates 'none' unless told: a temporary event has no guests; a duplicate meeting's guests hear it is cancelled. */
  remove(calendarId: string, eventId: string, options?: { sendUpdates: 'none' | 'all' }): void;
  /**
   * Events of type default whose private extended properties include `key=value` (MeetLink's temporary events
   * are default events: asking only for those keeps birthdays and status events out of the answer).
   */
  listByPrivateProperty(calendarId: string, keyValue: string): CalendarEvent[];
  /**
   * ONE page of the default events whose time overlaps [timeMin, timeMax), one occurrence each, ordered by start
   * (events.list timeMin "Lower bound (exclusive) for an event's end time", timeMax "Upper bound (exclusive) for an
   * event's start time", singleEvents, orderBy startTime): the caller pages, within its own budget.
   */
  listBetween(calendarId: string, timeMin: string, timeMax: string, pageToken?: string): { items?: CalendarEvent[]; nextPageToken?: string };
}

/** The query of `listBetween`, the same on both routes: at most 250 events a page (events.list maxResults default). */
export function betweenQuery(timeMin: string, timeMax: string, pageToken?: string): Record<string, string | number | boolean> {
  return { timeMin, timeMax, singleEvents: true, orderBy: 'startTime', eventTypes: 'default', maxResults: 250, ...(pageToken ? { pageToken } : {}) };
}
