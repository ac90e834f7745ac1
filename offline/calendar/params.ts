import { fail, invalidParam, NotModelled } from './errors';
import type { CallParams, Event, JsonObject, NotificationRecord } from './types';
import { isObject } from './json';

/** Reading optional arguments and query parameters, and describing a call for the log. */
export const API = {
  insert: 'calendar.events.insert',
  get: 'calendar.events.get',
  patch: 'calendar.events.patch',
  delete: 'calendar.events.delete',
  list: 'calendar.events.list',
  calendarsGet: 'calendar.calendars.get',
} as const;

/** Optional arguments each method models; any other key throws NotModelled (events.* reference, "Optional query parameters"). */
export const KNOWN_PARAMS: Record<string, string[]> = {
  [API.insert]: ['conferenceDataVersion', 'sendUpdates', 'sendNotifications', 'supportsAttachments'],
  [API.get]: ['alwaysIncludeEmail'],
  [API.patch]: ['conferenceDataVersion', 'sendUpdates', 'sendNotifications', 'supportsAttachments', 'alwaysIncludeEmail'],
  [API.delete]: ['sendUpdates', 'sendNotifications'],
  [API.list]: [
    'privateExtendedProperty',
    'sharedExtendedProperty',
    'showDeleted',
    'maxResults',
    'pageToken',
    'timeMin',
    'timeMax',
    'orderBy',
    'singleEvents',
    'alwaysIncludeEmail',
    'eventTypes',
  ],
  [API.calendarsGet]: [],
};

// ---------------------------------------------------------------------------------------------------------
// Parameter reading: the Advanced service passes JS values, REST passes strings; both land here.

export function checkParamNames(api: string, params: CallParams): void {
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null) continue;
    if (!KNOWN_PARAMS[api]!.includes(key)) throw new NotModelled(`optional argument "${key}" of ${api}`);
  }
}

export function intParam(params: CallParams, name: string, fallback: number, min: number, max: number): number {
  const raw = params[name];
  if (raw === undefined || raw === null) return fallback;
  const value = typeof raw === 'number' ? raw : typeof raw === 'string' && /^-?\d+$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isInteger(value) || value < min || value > max) fail(invalidParam(name, raw));
  return value;
}

export function boolParam(params: CallParams, name: string): boolean | undefined {
  const raw = params[name];
  if (raw === undefined || raw === null) return undefined;
  if (raw === true || raw === 'true') return true;
  if (raw === false || raw === 'false') return false;
  return fail(invalidParam(name, raw));
}

export function enumParam(params: CallParams, name: string, allowed: string[]): string | undefined {
  const raw = params[name];
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw !== 'string' || !allowed.includes(raw)) fail(invalidParam(name, raw));
  return raw as string;
}

export function listParam(params: CallParams, name: string): string[] {
  const raw = params[name];
  if (raw === undefined || raw === null) return [];
  return (Array.isArray(raw) ? raw : [raw]).map(String);
}

/** "conferenceDataVersion ... The default is 0. Acceptable values are 0 to 1, inclusive." (events.insert/patch reference) */
export const conferenceVersion = (params: CallParams) => intParam(params, 'conferenceDataVersion', 0, 0, 1);

/** sendUpdates: "all", "externalOnly", "none" (events.insert/patch/delete reference). */
export function notificationRecord(api: string, params: CallParams, event: Event): NotificationRecord {
  const sendUpdates = enumParam(params, 'sendUpdates', ['all', 'externalOnly', 'none']);
  const sendNotifications = boolParam(params, 'sendNotifications');
  return {
    api,
    ...(sendUpdates !== undefined ? { sendUpdates } : {}),
    ...(sendNotifications !== undefined ? { sendNotifications } : {}),
    attendees: (event.attendees ?? []).map((a) => a.email ?? ''),
  };
}

export function describeParams(params: CallParams): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null) continue;
    if (key === 'conferenceDataVersion') parts.push(`v${String(value)}`);
    else for (const v of Array.isArray(value) ? value : [value]) parts.push(`${key}=${String(v)}`);
  }
  return parts.length ? ` ${parts.join(' ')}` : '';
}

export function describeWrite(body: JsonObject, params: CallParams): string {
  const conference = body.conferenceData;
  const what =
    conference === null
      ? ' conferenceData:null'
      : isObject(conference) && conference.createRequest
        ? ' createRequest'
        : conference !== undefined
          ? ' conferenceData'
          : '';
  return `${what}${describeParams(params)}`;
}
