import { betweenQuery, type CalendarApi, type CalendarEvent } from '../meet/calendar-port';
import { allPages } from './list-pages';
import { readAdvancedServiceError } from './read-google-error';

/**
 * The engine's Calendar port over the Advanced Calendar service. Argument order is the service's own:
 * request body, then path parameters, then optional arguments (developers.google.com/apps-script/guides/services/advanced).
 */
export function advancedCalendarApi(events: GoogleAppsScript.Calendar.Collection.EventsCollection): CalendarApi {
  const call = <T>(operation: () => T): T => {
    try {
      return operation();
    } catch (error) {
      throw readAdvancedServiceError(error);
    }
  };
  return {
    insert: (calendarId, event, options) => call(() => events.insert(event, calendarId, options)),
    get: (calendarId, eventId) => call(() => events.get(calendarId, eventId)),
    // `conferenceData: null` is handed over as is; whether the service sends it is unconfirmed, hence the verifying read.
    patch: (calendarId, eventId, patch, options) => call(() => events.patch(patch as CalendarEvent, calendarId, eventId, options)),
    remove: (calendarId, eventId, options) => call(() => events.remove(calendarId, eventId, { sendUpdates: options?.sendUpdates ?? 'none' })),
    listByPrivateProperty: (calendarId, keyValue) =>
      call(() =>
        allPages((pageToken) =>
          events.list(calendarId, { privateExtendedProperty: keyValue, eventTypes: 'default', maxResults: 50, ...(pageToken ? { pageToken } : {}) }),
        ),
      ),
    listBetween: (calendarId, timeMin, timeMax, pageToken) => call(() => events.list(calendarId, betweenQuery(timeMin, timeMax, pageToken))),
  };
}
