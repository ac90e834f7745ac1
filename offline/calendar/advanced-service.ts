import type { calendar_v3 } from '@googleapis/calendar';
import { ApiFailure } from '../api-env';
import { GoogleJsonResponseException } from '../google-errors';
import { NotModelled, type CalendarModel, type CallParams } from './model';

/**
 * The Advanced Calendar service (`Calendar` global) over the one Calendar model.
 *
 * Argument order: request body, then path parameters, then optional arguments
 * (developers.google.com/apps-script/guides/services/advanced; DefinitelyTyped calendar_v3.d.ts):
 * `Events.insert(resource, calendarId, optionalArgs)`, `Events.get(calendarId, eventId, optionalArgs)`,
 * `Events.patch(resource, calendarId, eventId, optionalArgs)`, `Events.remove(calendarId, eventId, optionalArgs)`,
 * `Events.list(calendarId, optionalArgs)`, `Calendars.get(calendarId)`.
 * Errors throw GoogleJsonResponseException with the REST method name (`calendar.events.delete` for remove).
 * Results are plain JSON copies: changing them never changes the calendar.
 */
export function createAdvancedCalendar(model: CalendarModel, options: { dropsNulls: () => boolean }) {
  /** The resource travels as JSON; whether nulls survive is unconfirmed (docs/google-behaviour.md, "Calendar API"), hence the switch. */
  const send = (resource: unknown): unknown => {
    if (typeof resource !== 'object' || resource === null || Array.isArray(resource)) {
      throw new NotModelled(`an Advanced-service resource that is not an object (${String(resource)}); check the argument order`);
    }
    return JSON.parse(JSON.stringify(resource, options.dropsNulls() ? dropNull : undefined));
  };

  return {
    Events: {
      insert: (resource: calendar_v3.Schema$Event, calendarId: string, optionalArgs?: object, headers?: object) =>
        call('calendar.events.insert', () => model.insert('advanced', id('calendarId', calendarId), send(resource), args(optionalArgs, headers))),
      get: (calendarId: string, eventId: string, optionalArgs?: object, headers?: object) =>
        call('calendar.events.get', () => model.get('advanced', id('calendarId', calendarId), id('eventId', eventId), args(optionalArgs, headers))),
      patch: (resource: calendar_v3.Schema$Event, calendarId: string, eventId: string, optionalArgs?: object, headers?: object) =>
        call('calendar.events.patch', () =>
          model.patch('advanced', id('calendarId', calendarId), id('eventId', eventId), send(resource), args(optionalArgs, headers)),
        ),
      remove: (calendarId: string, eventId: string, optionalArgs?: object, headers?: object): void =>
        call('calendar.events.delete', () =>
          model.remove('advanced', id('calendarId', calendarId), id('eventId', eventId), args(optionalArgs, headers)),
        ),
      list: (calendarId: string, optionalArgs?: object, headers?: object) =>
        call('calendar.events.list', () => model.list('advanced', id('calendarId', calendarId), args(optionalArgs, headers))),
      // PUT replaces the whole event and can wipe fields: use patch, not update (docs/google-behaviour.md, "Calendar API").
      update: notModelled('Calendar.Events.update (events.update, PUT)'),
      import: notModelled('Calendar.Events.import'),
      instances: notModelled('Calendar.Events.instances (recurring events)'),
      move: notModelled('Calendar.Events.move'),
      quickAdd: notModelled('Calendar.Events.quickAdd'),
      watch: notModelled('Calendar.Events.watch'),
    },
    Calendars: {
      get: (calendarId: string, optionalArgs?: object, headers?: object) =>
        call('calendar.calendars.get', () => model.getCalendar('advanced', id('calendarId', calendarId), args(optionalArgs, headers))),
      insert: notModelled('Calendar.Calendars.insert'),
      patch: notModelled('Calendar.Calendars.patch'),
      update: notModelled('Calendar.Calendars.update'),
      remove: notModelled('Calendar.Calendars.remove'),
      clear: notModelled('Calendar.Calendars.clear'),
    },
    // The Advanced service's resource constructors answer empty objects to fill in.
    newEvent: (): calendar_v3.Schema$Event => ({}),
    newEventDateTime: (): calendar_v3.Schema$EventDateTime => ({}),
    newEventAttendee: (): calendar_v3.Schema$EventAttendee => ({}),
    newEventReminder: (): calendar_v3.Schema$EventReminder => ({}),
    newEventReminders: (): NonNullable<calendar_v3.Schema$Event['reminders']> => ({}),
    newEventExtendedProperties: (): NonNullable<calendar_v3.Schema$Event['extendedProperties']> => ({}),
    newConferenceData: (): calendar_v3.Schema$ConferenceData => ({}),
    newCreateConferenceRequest: (): calendar_v3.Schema$CreateConferenceRequest => ({}),
    newConferenceSolutionKey: (): calendar_v3.Schema$ConferenceSolutionKey => ({}),
  };
}

/** Runs one model call; an API error becomes what the Advanced service throws; the result a plain copy. */
function call<T>(apiMethod: string, operation: () => T): T {
  try {
    const value = operation();
    return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
  } catch (error) {
    if (error instanceof ApiFailure) throw new GoogleJsonResponseException(apiMethod, error.error);
    throw error;
  }
}

function dropNull(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== null));
}

function id(name: string, value: unknown): string {
  if (typeof value !== 'string' || value === '') {
    throw new NotModelled(`${name} ${JSON.stringify(value)} (not a non-empty string); check the argument order`);
  }
  return value;
}

function args(optionalArgs: object | undefined | null, headers: object | undefined): CallParams {
  if (headers !== undefined) throw new NotModelled('the headers argument of the Advanced Calendar service');
  if (optionalArgs === undefined || optionalArgs === null) return {};
  if (typeof optionalArgs !== 'object' || Array.isArray(optionalArgs)) {
    throw new NotModelled(`optionalArgs ${JSON.stringify(optionalArgs)} (not an object); check the argument order`);
  }
  return { ...(optionalArgs as CallParams) };
}

function notModelled(what: string): (...ignored: unknown[]) => never {
  return () => {
    throw new NotModelled(what);
  };
}
