import { CALENDAR_MODEL_ERRORS, err, fail, invalidParam, NotModelled } from './errors';
import { boolParam, enumParam, listParam } from './params';
import { hasOffset } from './validation';
import type { CallParams, Event, StoredEvent } from './types';

/** events.list: filters, order and pages. */
/** The time an event starts/ends, for timeMin/timeMax; all-day dates are taken at UTC midnight. */
export function instant(value: Event['start']): number {
  if (value?.dateTime) return Date.parse(hasOffset(value.dateTime) ? value.dateTime : `${value.dateTime}Z`);
  return value?.date ? Date.parse(`${value.date}T00:00:00Z`) : NaN;
}

/** timeMin/timeMax "Must be an RFC3339 timestamp with mandatory time zone offset" (events.list reference). */
export function boundParam(params: CallParams, name: string): number | undefined {
  const raw = params[name];
  if (raw === undefined || raw === null) return undefined;
  const text = String(raw);
  const ms = hasOffset(text) ? Date.parse(text) : NaN;
  return Number.isNaN(ms) ? fail(invalidParam(name, raw)) : ms;
}

/**
 * events.list filters: showDeleted ("The default is False"), privateExtendedProperty / sharedExtendedProperty
 * ("propertyName=value"), timeMin ("Lower bound (exclusive) for an event's end time") and timeMax ("Upper bound
 * (exclusive) for an event's start time").
 *
 * More than one extended-property constraint throws: Google's documents disagree on how they combine (the
 * events.list reference says events "that match all given constraints"; the Extended properties guide says
 * the constraints are joined with OR). Query one constraint and filter the rest yourself.
 */
export function listFilter(params: CallParams): (stored: StoredEvent) => boolean {
  const showDeleted = boolParam(params, 'showDeleted') ?? false;
  boolParam(params, 'singleEvents'); // recurring events are not modelled, so every event is already single
  const privateConstraints = listParam(params, 'privateExtendedProperty').map(parseConstraint);
  const sharedConstraints = listParam(params, 'sharedExtendedProperty').map(parseConstraint);
  if (privateConstraints.length + sharedConstraints.length > 1) {
    throw new NotModelled('events.list with several extended-property constraints (AND or OR: Google documents both)');
  }
  const types = eventTypesParam(params);
  const timeMin = boundParam(params, 'timeMin');
  const timeMax = boundParam(params, 'timeMax');
  if (timeMin !== undefined && timeMax !== undefined && timeMax <= timeMin) fail(CALENDAR_MODEL_ERRORS.TIME_RANGE_EMPTY);
  return ({ event }) =>
    (showDeleted || event.status !== 'cancelled') &&
    (types === undefined || types.includes(event.eventType ?? 'default')) &&
    privateConstraints.every(([k, v]) => event.extendedProperties?.private?.[k] === v) &&
    sharedConstraints.every(([k, v]) => event.extendedProperties?.shared?.[k] === v) &&
    (timeMin === undefined || instant(event.end) > timeMin) &&
    (timeMax === undefined || instant(event.start) < timeMax);
}

/**
 * eventTypes: "Event types to return. Optional. This parameter can be repeated multiple times to return events of
 * different types. If unset, returns all event types." Values: birthday, default, focusTime, fromGmail,
 * outOfOffice, workingLocation (events.list reference; developers.google.com/workspace/calendar/api/guides/event-types).
 */
export const EVENT_TYPES = ['default', 'birthday', 'focusTime', 'fromGmail', 'outOfOffice', 'workingLocation'] as const;

function eventTypesParam(params: CallParams): string[] | undefined {
  const types = listParam(params, 'eventTypes');
  if (!types.length) return undefined;
  for (const type of types) if (!(EVENT_TYPES as readonly string[]).includes(type)) fail(invalidParam('eventTypes', type));
  return types;
}

export function parseConstraint(text: string): [string, string] {
  const at = text.indexOf('=');
  if (at <= 0) return fail(invalidParam('privateExtendedProperty', text));
  return [text.slice(0, at), text.slice(at + 1)];
}

/** orderBy: "startTime" needs singleEvents=true; "updated"; default "an unspecified, stable order" (events.list reference). */
export function orderEvents(events: StoredEvent[], params: CallParams): StoredEvent[] {
  const orderBy = enumParam(params, 'orderBy', ['startTime', 'updated']);
  if (orderBy === 'startTime' && boolParam(params, 'singleEvents') !== true) {
    fail(err(400, 'badRequest', 'The requested ordering is not available for the particular query.'));
  }
  const key = (s: StoredEvent) => (orderBy === 'startTime' ? instant(s.event.start) : Date.parse(s.event.updated ?? ''));
  return orderBy ? [...events].sort((a, b) => key(a) - key(b)) : events;
}

export function pageOffset(token: unknown): number {
  if (token === undefined || token === null) return 0;
  const match = /^page-(\d+)$/.exec(String(token));
  return match ? Number(match[1]) : fail(invalidParam('pageToken', token));
}
