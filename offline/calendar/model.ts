import type { calendar_v3 } from '@googleapis/calendar';
import { ApiFailure, runCall, type ApiEnv } from '../api-env';
import { CALENDAR_ERRORS, type GoogleError } from '../google-errors';

/**
 * The one offline Calendar API v3: calendars, events and Meet conferences, with Google's documented rules.
 * The Advanced-service global (advanced-service.ts) and the REST route (rest.ts) are thin adapters over it,
 * so both routes see exactly the same behaviour.
 *
 * Sources are cited next to each rule. "reference" means the Calendar API v3 reference pages
 * (developers.google.com/workspace/calendar/api/v3/reference/...); field notes quoted from the reference are
 * also in @googleapis/calendar's v3.ts doc comments. Where Google does not publish the behaviour, the model
 * throws `NotModelled` instead of guessing kindly.
 */

type Event = calendar_v3.Schema$Event;
type ConferenceData = calendar_v3.Schema$ConferenceData;
type JsonObject = Record<string, unknown>;

export type Route = 'advanced' | 'rest';
/** Optional arguments (Advanced service, JS values) or query parameters (REST, strings): the model reads both. */
export type CallParams = Record<string, unknown>;

export interface CalendarModelOptions {
  /**
   * Reads of a pending conference before it turns success (0 = success at once). With N > 0, the insert/patch
   * answers `pending`, the next N reads (events.get, or events.list including the event) still answer
   * `pending`, and read N+1 answers the final status.
   */
  pendingReads: number;
  /** When true, conference creation ends in status failure. */
  conferenceFailure: boolean;
  /** When true, events.patch answers 200 with the event but changes nothing (the "silent 200"). */
  silentPatch: boolean;
}

/** What a write asked Google to notify, per event, so tests can assert "nobody was notified". */
export interface NotificationRecord {
  api: string;
  /** As sent; absent means Google's default ("The default is false", with "some emails might still be sent"). */
  sendUpdates?: string;
  sendNotifications?: boolean;
  /** Attendees on the event at that moment. */
  attendees: string[];
}

/** Thrown for anything this fake does not model: a loud failure beats a kind guess. */
export class NotModelled extends Error {
  constructor(what: string) {
    super(`Offline Calendar: ${what} is not modelled (offline/calendar/model.ts). Google's behaviour there is unknown to the fake.`);
    this.name = 'NotModelled';
  }
}

interface PendingConference {
  requestId: string;
  readsLeft: number;
  outcome: 'success' | 'failure';
}

interface StoredEvent {
  event: Event;
  pending?: PendingConference;
  notifications: NotificationRecord[];
}

interface CalendarState {
  id: string;
  summary: string;
  timeZone: string;
  allowed: string[];
  owner?: string;
  /** Every event ever made here, deleted ones included (status 'cancelled'), by id. */
  events: Map<string, StoredEvent>;
  /** createRequest.requestId values already used on this calendar. */
  requestIds: Set<string>;
}

type ConferencePlan = { kind: 'keep' } | { kind: 'clear' } | { kind: 'create'; requestId: string };
const KEEP: ConferencePlan = { kind: 'keep' };

const DEFAULT_OPTIONS: CalendarModelOptions = { pendingReads: 0, conferenceFailure: false, silentPatch: false };

const API = {
  insert: 'calendar.events.insert',
  get: 'calendar.events.get',
  patch: 'calendar.events.patch',
  delete: 'calendar.events.delete',
  list: 'calendar.events.list',
  calendarsGet: 'calendar.calendars.get',
} as const;

/** Optional arguments each method models; any other key throws NotModelled (events.* reference, "Optional query parameters"). */
const KNOWN_PARAMS: Record<string, string[]> = {
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
  ],
  [API.calendarsGet]: [],
};

/** Event fields a client may write and the model stores as given (events reference, "Resource representations"). */
const WRITABLE = new Set([
  'summary',
  'description',
  'location',
  'start',
  'end',
  'attendees',
  'reminders',
  'transparency',
  'visibility',
  'extendedProperties',
  'colorId',
  'guestsCanModify',
  'guestsCanInviteOthers',
  'guestsCanSeeOtherGuests',
  'anyoneCanAddSelf',
  'source',
  'status',
  'eventType',
]);
/** Read-only fields: ignored in a request body (events reference marks them "Read-only"; hangoutLink too). */
const READ_ONLY = new Set([
  'kind',
  'etag',
  'htmlLink',
  'created',
  'updated',
  'creator',
  'organizer',
  'hangoutLink',
  'iCalUID',
  'sequence',
  'attendeesOmitted',
  'locked',
  'privateCopy',
]);
/**
 * Fields an attendee may change on their own copy: "change the color it has in their calendar, and add a
 * reminder" (Sharing and attendees guide), and private extended properties, "set on one attendee's local
 * copy" (Extended properties guide). Everything else is shared.
 */
const PRIVATE_TO_COPY = ['colorId', 'reminders'];

const BASE32HEX = '0123456789abcdefghijklmnopqrstuv';
const MEET_ICON = 'https://fonts.gstatic.com/s/i/productlogos/meet_2020q4/v6/web-512dp/logo_meet_2020q4_color_2x_web_512dp.png';
const DAY_MS = 24 * 60 * 60 * 1000;

// ---------------------------------------------------------------------------------------------------------
// Errors Google answers that the shared catalogue does not list (messages as Google's JSON error bodies carry them).

const err = (code: number, reason: string, message: string, domain = 'global'): GoogleError => ({ code, domain, reason, message });
/** A client id breaking the base32hex/5–1024 rule: seen as `400 invalid "Invalid resource id value."`
 * (wanasit/google-calendar#25, googleworkspace/dotnet-samples#33). */
const INVALID_ID = err(400, 'invalid', 'Invalid resource id value.');
/** End not after start (error body quoted in google-api-ruby-client's specs and many client reports). */
const TIME_RANGE_EMPTY = err(400, 'timeRangeEmpty', 'The specified time range is empty.');
/** reminders.useDefault with overrides (reason seen in Google's 400s, e.g. googleapi "Error 400 ... cannotUse..."). */
const DEFAULT_AND_OVERRIDES = err(
  400,
  'cannotUseDefaultRemindersAndSpecifyOverride',
  'Cannot specify both default reminders and overrides at the same time.',
);
/** More than 5 reminder overrides (events reference: "The maximum number of override reminders is 5"). Message unconfirmed. */
const TOO_MANY_REMINDERS = err(400, 'eventRemindersCountExceedsLimit', 'The number of reminder overrides exceeds the limit of 5.');
const PARSE_ERROR = err(400, 'parseError', 'Parse Error');
const missingTime = (which: string) => err(400, 'required', `Missing ${which} time.`);
const invalidTime = (which: string) => err(400, 'invalid', `Invalid ${which} time.`);
/** A wall-clock dateTime without offset or timeZone: "400 Missing time zone definition for start time" (client reports). Reason unconfirmed. */
const missingZone = (which: string) => err(400, 'badRequest', `Missing time zone definition for ${which} time.`);
/** A parameter outside its documented values; Google does not publish the exact message. */
const invalidParam = (name: string, value: unknown) => err(400, 'invalidParameter', `Invalid value '${String(value)}' for parameter ${name}.`);

export const CALENDAR_MODEL_ERRORS = { INVALID_ID, TIME_RANGE_EMPTY, DEFAULT_AND_OVERRIDES, TOO_MANY_REMINDERS, PARSE_ERROR };

const fail = (error: GoogleError): never => {
  throw new ApiFailure(error);
};

// ---------------------------------------------------------------------------------------------------------
// JSON helpers.

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);
const clone = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T));
const canonical = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(canonical)
    : isObject(value)
      ? Object.fromEntries(
          Object.keys(value)
            .sort()
            .filter((k) => value[k] !== undefined)
            .map((k) => [k, canonical(value[k])]),
        )
      : value;
const deepEqual = (a: unknown, b: unknown): boolean => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

/**
 * Patch semantics (events.patch reference): "Field values you specify replace the existing values. Fields you
 * don't specify in the request remain unchanged. Array fields, if specified, overwrite existing arrays."
 * Nested objects merge (start/end are deep-merged: t4t5/caldir#61), and null removes a field (Extended
 * properties guide: delete a property by patching it to null).
 */
function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isObject(patch)) return clone(patch);
  const merged: JsonObject = isObject(target) ? clone(target) : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    if (value === null) delete merged[key];
    else merged[key] = mergePatch(merged[key], value);
  }
  return merged;
}

const shortId = (id: string) => (id.length > 14 ? `${id.slice(0, 12)}…` : id);
const toBase64 = (text: string) => btoa(unescape(encodeURIComponent(text))).replace(/=+$/, '');

// ---------------------------------------------------------------------------------------------------------
// Parameter reading: the Advanced service passes JS values, REST passes strings; both land here.

function checkParamNames(api: string, params: CallParams): void {
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null) continue;
    if (!KNOWN_PARAMS[api]!.includes(key)) throw new NotModelled(`optional argument "${key}" of ${api}`);
  }
}

function intParam(params: CallParams, name: string, fallback: number, min: number, max: number): number {
  const raw = params[name];
  if (raw === undefined || raw === null) return fallback;
  const value = typeof raw === 'number' ? raw : typeof raw === 'string' && /^-?\d+$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isInteger(value) || value < min || value > max) fail(invalidParam(name, raw));
  return value;
}

function boolParam(params: CallParams, name: string): boolean | undefined {
  const raw = params[name];
  if (raw === undefined || raw === null) return undefined;
  if (raw === true || raw === 'true') return true;
  if (raw === false || raw === 'false') return false;
  return fail(invalidParam(name, raw));
}

function enumParam(params: CallParams, name: string, allowed: string[]): string | undefined {
  const raw = params[name];
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw !== 'string' || !allowed.includes(raw)) fail(invalidParam(name, raw));
  return raw as string;
}

function listParam(params: CallParams, name: string): string[] {
  const raw = params[name];
  if (raw === undefined || raw === null) return [];
  return (Array.isArray(raw) ? raw : [raw]).map(String);
}

/** "conferenceDataVersion ... The default is 0. Acceptable values are 0 to 1, inclusive." (events.insert/patch reference) */
const conferenceVersion = (params: CallParams) => intParam(params, 'conferenceDataVersion', 0, 0, 1);

/** sendUpdates: "all", "externalOnly", "none" (events.insert/patch/delete reference). */
function notificationRecord(api: string, params: CallParams, event: Event): NotificationRecord {
  const sendUpdates = enumParam(params, 'sendUpdates', ['all', 'externalOnly', 'none']);
  const sendNotifications = boolParam(params, 'sendNotifications');
  return {
    api,
    ...(sendUpdates !== undefined ? { sendUpdates } : {}),
    ...(sendNotifications !== undefined ? { sendNotifications } : {}),
    attendees: (event.attendees ?? []).map((a) => a.email ?? ''),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Request-body checks that need no state (thrown before the call, so they are loud whatever faults are injected).

function checkBody(api: string, body: unknown): asserts body is JsonObject {
  if (!isObject(body)) throw new NotModelled(`${api} with a request body that is not a JSON object`);
  for (const key of Object.keys(body)) {
    if (body[key] === undefined) continue;
    if (!WRITABLE.has(key) && !READ_ONLY.has(key) && key !== 'id' && key !== 'conferenceData') {
      throw new NotModelled(`event field "${key}" in ${api}`);
    }
  }
  if (body.eventType != null && body.eventType !== 'default') throw new NotModelled(`eventType "${String(body.eventType)}"`);
  if (body.status != null && body.status !== 'confirmed' && body.status !== 'tentative') {
    throw new NotModelled(`setting status "${String(body.status)}" through ${api} (delete is modelled by events.delete)`);
  }
  checkExtendedProperties(body.extendedProperties);
}

/** extendedProperties: {private, shared} string maps (events reference: "(key): string"). */
function checkExtendedProperties(value: unknown): void {
  if (value == null) return;
  if (!isObject(value)) throw new NotModelled('extendedProperties that is not an object');
  for (const [scope, map] of Object.entries(value)) {
    if (scope !== 'private' && scope !== 'shared') throw new NotModelled(`extendedProperties.${scope}`);
    if (map == null) continue;
    if (!isObject(map)) throw new NotModelled(`extendedProperties.${scope} that is not a string map`);
    for (const [k, v] of Object.entries(map)) {
      if (v !== null && v !== undefined && typeof v !== 'string') throw new NotModelled(`non-string extended property value ${scope}.${k}`);
    }
  }
}

// ---------------------------------------------------------------------------------------------------------
// Event validation (needs no model state; answers 400s).

const hasOffset = (dateTime: string) => /(Z|[+-]\d{2}:\d{2})$/i.test(dateTime);

function timeOf(which: 'start' | 'end', value: Event['start']): number {
  if (!value || (!value.date && !value.dateTime)) return fail(missingTime(which));
  // Both forms at once is rejected with "Invalid start time" (t4t5/caldir#61: all-day <-> timed switches).
  if (value.date && value.dateTime) return fail(invalidTime(which));
  if (value.dateTime) {
    if (!hasOffset(value.dateTime) && !value.timeZone) return fail(missingZone(which));
    // A wall-clock time with a timeZone is compared as if UTC: exact for start and end in the same zone.
    const ms = Date.parse(hasOffset(value.dateTime) ? value.dateTime : `${value.dateTime}Z`);
    return Number.isNaN(ms) ? fail(invalidTime(which)) : ms;
  }
  const ms = Date.parse(`${value.date}T00:00:00Z`);
  return Number.isNaN(ms) || !/^\d{4}-\d{2}-\d{2}$/.test(value.date!) ? fail(invalidTime(which)) : ms;
}

/** start and end are required (events.insert reference, "Required properties"); end must be after start. */
function checkTimes(event: Event): void {
  const start = timeOf('start', event.start);
  const end = timeOf('end', event.end);
  if (Boolean(event.start!.date) !== Boolean(event.end!.date)) throw new NotModelled('an event mixing an all-day start with a timed end');
  // Equal start and end is also refused, as client reports of timeRangeEmpty describe.
  if (end <= start) fail(TIME_RANGE_EMPTY);
}

/** reminders: "The maximum number of override reminders is 5"; useDefault with overrides is refused (see above). */
function checkReminders(event: Event): void {
  const overrides = event.reminders?.overrides ?? [];
  if (event.reminders?.useDefault && overrides.length > 0) fail(DEFAULT_AND_OVERRIDES);
  if (overrides.length > 5) fail(TOO_MANY_REMINDERS);
}

/** Event ids chosen by clients: base32hex (a–v, 0–9), 5–1024 characters (events reference, "id"). */
const validClientId = (id: unknown): id is string => typeof id === 'string' && /^[a-v0-9]{5,1024}$/.test(id);

// ---------------------------------------------------------------------------------------------------------
// Conference data.

/** hangoutLink is read-only and derived from conferenceData (events reference, "hangoutLink": Read-only). */
function meetLink(conference: ConferenceData | undefined): string | undefined {
  if (conference?.conferenceSolution?.key?.type !== 'hangoutsMeet') return undefined;
  return conference.entryPoints?.find((e) => e.entryPointType === 'video')?.uri ?? undefined;
}

/** conferenceData without its createRequest.status, to recognise a client echoing back what it read. */
function withoutStatus(conference: unknown): unknown {
  if (!isObject(conference) || !isObject(conference.createRequest)) return conference;
  const { status: _status, ...createRequest } = conference.createRequest;
  return { ...conference, createRequest };
}

function createRequestOf(conference: JsonObject): { requestId: string; type: string } | undefined {
  const request = conference.createRequest;
  if (request === undefined || request === null) return undefined;
  if (!isObject(request)) throw new NotModelled('conferenceData.createRequest that is not an object');
  if (typeof request.requestId !== 'string' || request.requestId === '') {
    throw new NotModelled('a createRequest without a requestId');
  }
  const key = request.conferenceSolutionKey;
  if (!isObject(key) || typeof key.type !== 'string') {
    throw new NotModelled('a createRequest without conferenceSolutionKey.type (which default Google picks is not published)');
  }
  return { requestId: request.requestId, type: key.type };
}

// ---------------------------------------------------------------------------------------------------------

export class CalendarModel {
  options: CalendarModelOptions;
  private readonly calendars = new Map<string, CalendarState>();
  private readonly meetingCodes = new Set<string>();
  /** Event creations per account, for the daily creation quota. */
  private readonly creations = new Map<string, number[]>();

  constructor(
    private readonly env: ApiEnv,
    options: Partial<CalendarModelOptions> = {},
  ) {
    this.options = { ...DEFAULT_OPTIONS, ...options };
  }

  // ----- setup and inspection (not logged) -------------------------------------------------------------

  /** Adds or reconfigures a calendar. 'primary' is the signed-in account's own calendar. */
  addCalendar(id: string, props: { summary?: string; allowedConferenceSolutionTypes?: string[]; owner?: string; timeZone?: string } = {}): void {
    const resolved = this.resolveId(id);
    const existing = this.calendar(resolved) ?? this.newCalendar(resolved);
    if (props.summary !== undefined) existing.summary = props.summary;
    if (props.allowedConferenceSolutionTypes !== undefined) existing.allowed = [...props.allowedConferenceSolutionTypes];
    if (props.owner !== undefined) existing.owner = props.owner;
    if (props.timeZone !== undefined) existing.timeZone = props.timeZone;
    this.calendars.set(resolved, existing);
  }

  /**
   * Puts an event on a calendar as if it had been made elsewhere (tests, preview). `organizerEmail` other than
   * the calendar makes it an invitation's copy, owned by someone else. Unspecified times default to the next hour.
   */
  seedEvent(calendarId: string, input: Event & { organizerEmail?: string }, opts: { withMeet?: boolean; thirdParty?: 'zoom' } = {}): Event {
    const cal = this.calendar(calendarId);
    if (!cal) throw new Error(`seedEvent: no calendar "${calendarId}" (call addCalendar first)`);
    const { organizerEmail, ...fields } = input;
    const id = fields.id ?? this.newEventId(cal);
    if (cal.events.has(id)) throw new Error(`seedEvent: event "${id}" already exists on ${cal.id}`);
    const event: Event = { ...this.baseEvent(cal, id), ...this.defaultTimes(), ...clone(fields), id };
    delete event.hangoutLink;
    if (organizerEmail && organizerEmail !== cal.id) this.makeInvitationCopy(cal, event, organizerEmail);
    if (opts.withMeet) event.conferenceData = this.meetConference(`seed-${this.randomString(BASE32HEX, 10)}`);
    else if (opts.thirdParty === 'zoom') event.conferenceData = this.zoomConference();
    cal.events.set(id, { event, notifications: [] });
    return this.render(cal.events.get(id)!);
  }

  /** The stored event, deleted ones included, without counting as a read. */
  peek(calendarId: string, eventId: string): Event | undefined {
    const stored = this.calendar(calendarId)?.events.get(eventId);
    return stored && this.render(stored);
  }

  /** Live (not cancelled) events of a calendar, without counting as reads. */
  events(calendarId: string): Event[] {
    const cal = this.calendar(calendarId);
    return cal ? [...cal.events.values()].filter((s) => s.event.status !== 'cancelled').map((s) => this.render(s)) : [];
  }

  /** What each write of an event asked Google to notify (sendUpdates / sendNotifications as sent). */
  notifications(calendarId: string, eventId: string): NotificationRecord[] {
    return clone(this.calendar(calendarId)?.events.get(eventId)?.notifications ?? []);
  }

  /** Whether a Calendar conference ever got this meeting code (read by the offline Meet REST model). */
  hasMeetingCode(code: string): boolean {
    return this.meetingCodes.has(code);
  }

  // ----- the API ---------------------------------------------------------------------------------------

  /** events.insert. */
  insert(route: Route, calendarId: string, body: unknown, params: CallParams = {}): Event {
    checkParamNames(API.insert, params);
    checkBody(API.insert, body);
    const summary = `insert ${calendarId} ${body.id ? shortId(String(body.id)) : '(new id)'}${describeWrite(body, params)}`;
    return runCall(this.env, { api: API.insert, route, summary }, () => {
      const cal = this.requireCalendar(calendarId);
      const version = conferenceVersion(params);
      boolParam(params, 'supportsAttachments'); // attachments themselves are not modelled (checkBody refuses them)
      const id = this.acceptId(cal, body.id);
      const event = this.buildEvent(cal, id, body);
      // conferenceDataVersion 0 "assumes no conference data support and ignores conference data in the
      // event's body" (events.insert reference): the silent trap, answered with 200.
      const plan = version === 1 ? this.conferencePlan(cal, undefined, body.conferenceData) : KEEP;
      const notification = notificationRecord(API.insert, params, event);
      this.checkCreationQuota();
      const stored: StoredEvent = { event, notifications: [notification] };
      this.applyConference(cal, stored, plan);
      cal.events.set(id, stored);
      this.recordCreation();
      return { status: 200, value: this.render(stored) };
    });
  }

  /** events.get. A deleted event still answers, with status 'cancelled' ("The get method always returns them"). */
  get(route: Route, calendarId: string, eventId: string, params: CallParams = {}): Event {
    checkParamNames(API.get, params);
    return runCall(this.env, { api: API.get, route, summary: `get ${calendarId} ${shortId(eventId)}` }, () => {
      const cal = this.requireCalendar(calendarId);
      boolParam(params, 'alwaysIncludeEmail'); // "Deprecated and ignored."
      const stored = this.requireEvent(cal, eventId);
      return { status: 200, value: this.read(stored) };
    });
  }

  /** events.patch. */
  patch(route: Route, calendarId: string, eventId: string, body: unknown, params: CallParams = {}): Event {
    checkParamNames(API.patch, params);
    checkBody(API.patch, body);
    const summary = `patch ${calendarId} ${shortId(eventId)}${describeWrite(body, params)}`;
    return runCall(this.env, { api: API.patch, route, summary }, () => {
      const cal = this.requireCalendar(calendarId);
      const version = conferenceVersion(params);
      boolParam(params, 'supportsAttachments');
      boolParam(params, 'alwaysIncludeEmail'); // "Deprecated and ignored."
      const stored = this.requireEvent(cal, eventId);
      if (body.id != null && body.id !== eventId) throw new NotModelled('a patch whose body id differs from the path eventId');
      // Patching a deleted event: not documented. The Event.status notes say organizers' cancelled events "can be
      // restored (undeleted)", without saying how, and clients report 403 on an update of a deleted event
      // (google-api-ruby-client#1811). We answer 410 deleted, like events.delete does, and refuse to guess a restore.
      if (stored.event.status === 'cancelled') {
        if (body.status === 'confirmed' || body.status === 'tentative') throw new NotModelled('restoring a deleted event');
        fail(CALENDAR_ERRORS.deleted);
      }
      const notification = notificationRecord(API.patch, params, stored.event);
      // "in some cases a 200 that changes nothing" (googleapis/google-api-nodejs-client#2989).
      if (this.options.silentPatch) return { status: 200, value: this.render(stored) };
      const next = this.patchedEvent(stored.event, body);
      const plan = version === 1 ? this.conferencePlan(cal, stored.event.conferenceData, body.conferenceData) : KEEP;
      if (!this.mayChangeShared(cal, stored.event) && (plan.kind !== 'keep' || sharedPart(next) !== sharedPart(stored.event))) {
        fail(CALENDAR_ERRORS.forbiddenForNonOrganizer);
      }
      this.commitPatch(cal, stored, next, plan, notification);
      return { status: 200, value: this.render(stored) };
    });
  }

  /**
   * events.delete: the event is kept with status 'cancelled' (like the trash); deleting it again answers
   * 410 "Resource has been deleted", an unknown id 404 (google-api-python-client#210; docs/google-behaviour.md, "Calendar API").
   */
  remove(route: Route, calendarId: string, eventId: string, params: CallParams = {}): void {
    checkParamNames(API.delete, params);
    const summary = `delete ${calendarId} ${shortId(eventId)}${describeParams(params)}`;
    runCall(this.env, { api: API.delete, route, summary }, () => {
      const cal = this.requireCalendar(calendarId);
      const stored = this.requireEvent(cal, eventId);
      const notification = notificationRecord(API.delete, params, stored.event);
      if (stored.event.status === 'cancelled') fail(CALENDAR_ERRORS.deleted);
      stored.event.status = 'cancelled';
      this.touch(stored.event);
      stored.notifications.push(notification);
      return { status: 204, value: undefined };
    });
  }

  /** events.list. */
  list(route: Route, calendarId: string, params: CallParams = {}): calendar_v3.Schema$Events {
    checkParamNames(API.list, params);
    const summary = `list ${calendarId}${describeParams(params)}`;
    return runCall(this.env, { api: API.list, route, summary }, () => {
      const cal = this.requireCalendar(calendarId);
      const matches = [...cal.events.values()].filter(listFilter(params));
      const ordered = orderEvents(matches, params);
      const maxResults = Math.min(intParam(params, 'maxResults', 250, 1, Number.MAX_SAFE_INTEGER), 2500);
      const offset = pageOffset(params.pageToken);
      const page = ordered.slice(offset, offset + maxResults);
      const more = offset + maxResults < ordered.length;
      return {
        status: 200,
        value: {
          kind: 'calendar#events',
          etag: `"${this.env.clock.now()}"`,
          summary: cal.summary,
          updated: new Date(this.env.clock.now()).toISOString(),
          timeZone: cal.timeZone,
          accessRole: 'owner',
          defaultReminders: [{ method: 'popup', minutes: 30 }],
          ...(more ? { nextPageToken: `page-${offset + maxResults}` } : { nextSyncToken: `offline-sync-${this.env.clock.now()}` }),
          items: page.map((stored) => this.read(stored)),
        },
      };
    });
  }

  /** calendars.get. */
  getCalendar(route: Route, calendarId: string, params: CallParams = {}): calendar_v3.Schema$Calendar {
    checkParamNames(API.calendarsGet, params);
    return runCall(this.env, { api: API.calendarsGet, route, summary: `calendars.get ${calendarId}` }, () => {
      const cal = this.requireCalendar(calendarId);
      return {
        status: 200,
        value: {
          kind: 'calendar#calendar',
          etag: `"${cal.id.length}${cal.allowed.length}"`,
          id: cal.id,
          summary: cal.summary,
          timeZone: cal.timeZone,
          ...(cal.owner && cal.owner !== cal.id ? { dataOwner: cal.owner } : {}),
          conferenceProperties: { allowedConferenceSolutionTypes: [...cal.allowed] },
        },
      };
    });
  }

  /** Logs one call that Google refuses before reaching the model (a REST request without credentials, say). */
  refuse(route: Route, api: string, summary: string, error: GoogleError): never {
    return runCall(this.env, { api, route, summary }, () => fail(error));
  }

  // ----- calendars -------------------------------------------------------------------------------------

  /** 'primary' is "the primary calendar of the currently logged in user" (events reference, calendarId). */
  private resolveId(calendarId: string): string {
    return calendarId === 'primary' ? this.env.account().email : calendarId;
  }

  /** The account's own calendar always exists; any other must have been added. */
  private calendar(calendarId: string): CalendarState | undefined {
    const id = this.resolveId(calendarId);
    const found = this.calendars.get(id);
    if (found || id !== this.env.account().email) return found;
    const own = this.newCalendar(id);
    this.calendars.set(id, own);
    return own;
  }

  private newCalendar(id: string): CalendarState {
    const account = this.env.account();
    return {
      id,
      summary: id,
      timeZone: account.timeZone,
      allowed: ['hangoutsMeet'],
      ...(id === account.email ? { owner: id } : {}),
      events: new Map(),
      requestIds: new Set(),
    };
  }

  private requireCalendar(calendarId: string): CalendarState {
    return this.calendar(calendarId) ?? fail(CALENDAR_ERRORS.notFound);
  }

  private requireEvent(cal: CalendarState, eventId: string): StoredEvent {
    return cal.events.get(eventId) ?? fail(CALENDAR_ERRORS.notFound);
  }

  // ----- events ----------------------------------------------------------------------------------------

  /** A client id must be valid base32hex and unused, deleted events included (google-api-ruby-client#1811). */
  private acceptId(cal: CalendarState, id: unknown): string {
    if (id === undefined || id === null) return this.newEventId(cal);
    if (!validClientId(id)) return fail(INVALID_ID);
    return cal.events.has(id) ? fail(CALENDAR_ERRORS.duplicate) : id;
  }

  private newEventId(cal: CalendarState): string {
    let id: string;
    do id = this.randomString(BASE32HEX, 26);
    while (cal.events.has(id));
    return id;
  }

  private baseEvent(cal: CalendarState, id: string): Event {
    const now = new Date(this.env.clock.now()).toISOString();
    const me = this.env.account().email;
    return {
      kind: 'calendar#event',
      etag: `"${this.env.clock.now()}"`,
      id,
      status: 'confirmed',
      // htmlLink's eid is base64 of "<eventId> <calendarId>", as links in Google's answers decode.
      htmlLink: `https://www.google.com/calendar/event?eid=${toBase64(`${id} ${cal.id}`)}`,
      created: now,
      updated: now,
      // creator/organizer "self": whether they are the calendar on which this copy appears (events reference).
      creator: { email: me, ...(me === cal.id ? { self: true } : {}) },
      organizer: { email: cal.id, ...(cal.id !== me ? { displayName: cal.summary } : {}), self: true },
      iCalUID: `${id}@google.com`,
      sequence: 0,
      // An event without reminders follows the calendar's defaults.
      reminders: { useDefault: true },
      eventType: 'default',
    };
  }

  private defaultTimes(): Pick<Event, 'start' | 'end'> {
    const hour = Math.ceil(this.env.clock.now() / 3600000) * 3600000;
    return { start: { dateTime: new Date(hour).toISOString() }, end: { dateTime: new Date(hour + 3600000).toISOString() } };
  }

  private buildEvent(cal: CalendarState, id: string, body: JsonObject): Event {
    const base = this.baseEvent(cal, id);
    if (body.reminders != null) delete base.reminders; // a new event's reminders are the body's, not merged
    const event = mergePatch(base, writableFields(body)) as Event;
    checkTimes(event);
    checkReminders(event);
    return event;
  }

  private patchedEvent(current: Event, body: JsonObject): Event {
    const next = mergePatch(current, writableFields(body)) as Event;
    checkTimes(next);
    checkReminders(next);
    return next;
  }

  private makeInvitationCopy(cal: CalendarState, event: Event, organizerEmail: string): void {
    event.organizer = { email: organizerEmail };
    event.creator = { email: organizerEmail };
    event.attendees ??= [
      { email: organizerEmail, organizer: true, responseStatus: 'accepted' },
      { email: cal.id, self: true, responseStatus: 'needsAction' },
    ];
  }

  /**
   * "Only the organizer may change shared properties" (forbiddenForNonOrganizer, Calendar errors guide),
   * unless "guestsCanModify: Whether attendees other than the organizer can modify the event" (events reference).
   */
  private mayChangeShared(cal: CalendarState, event: Event): boolean {
    return event.organizer?.email === cal.id || event.guestsCanModify === true;
  }

  private commitPatch(cal: CalendarState, stored: StoredEvent, next: Event, plan: ConferencePlan, note: NotificationRecord): void {
    const changed = plan.kind !== 'keep' || !deepEqual(next, stored.event);
    stored.event = next;
    this.applyConference(cal, stored, plan);
    if (changed) {
      this.touch(stored.event);
      stored.event.sequence = (stored.event.sequence ?? 0) + 1;
    }
    stored.notifications.push({ ...note, attendees: (next.attendees ?? []).map((a) => a.email ?? '') });
  }

  private touch(event: Event): void {
    event.updated = new Date(this.env.clock.now()).toISOString();
    event.etag = `"${this.env.clock.now()}"`;
  }

  /** What a caller sees: a copy, with the derived read-only hangoutLink. */
  private render(stored: StoredEvent): Event {
    const event = clone(stored.event);
    const link = meetLink(event.conferenceData);
    if (link) event.hangoutLink = link;
    else delete event.hangoutLink;
    return event;
  }

  /** A read through get/list: a pending conference moves on (see CalendarModelOptions.pendingReads). */
  private read(stored: StoredEvent): Event {
    const pending = stored.pending;
    if (pending && pending.readsLeft > 0) pending.readsLeft -= 1;
    else if (pending) this.settleConference(stored, pending);
    return this.render(stored);
  }

  // ----- quotas ----------------------------------------------------------------------------------------

  /**
   * Apps Script quotas: "Calendar events created: 5,000 / day" for consumer accounts, 10,000 for Workspace
   * (developers.google.com/apps-script/guides/services/quotas), answered as 403 quotaExceeded "Calendar usage
   * limits exceeded." (Calendar errors guide). Counted over a rolling 24 hours; that Google counts API inserts
   * against it is unconfirmed.
   */
  private checkCreationQuota(): void {
    const account = this.env.account();
    const limit = account.kind === 'workspace' ? 10000 : 5000;
    const since = this.env.clock.now() - DAY_MS;
    const recent = (this.creations.get(account.email) ?? []).filter((t) => t > since);
    this.creations.set(account.email, recent);
    if (recent.length >= limit) fail(CALENDAR_ERRORS.quotaExceeded);
  }

  private recordCreation(): void {
    const email = this.env.account().email;
    this.creations.set(email, [...(this.creations.get(email) ?? []), this.env.clock.now()]);
  }

  // ----- conferences -----------------------------------------------------------------------------------

  /**
   * What conferenceData in a version-1 request does (events reference; docs/google-behaviour.md, "Calendar API", removing with null):
   * omitted keeps it; null clears it; a createRequest with a new requestId makes a new conference; "If an ID
   * provided is the same as for the previous request, the request is ignored" (CreateConferenceRequest.requestId).
   */
  private conferencePlan(cal: CalendarState, current: ConferenceData | undefined, requested: unknown): ConferencePlan {
    if (requested === undefined) return KEEP;
    if (requested === null) return current ? { kind: 'clear' } : KEEP;
    if (!isObject(requested)) throw new NotModelled('conferenceData that is not an object');
    const request = createRequestOf(requested);
    if (request && !cal.requestIds.has(request.requestId)) {
      const { createRequest: _ignored, ...rest } = requested;
      if (Object.keys(rest).length > 0 && !deepEqual(rest, withoutCreateRequest(current))) {
        throw new NotModelled('a createRequest sent together with other conferenceData fields');
      }
      this.checkSolutionType(cal, request.type);
      return { kind: 'create', requestId: request.requestId };
    }
    if (request) return KEEP; // a reused requestId: ignored
    if (deepEqual(withoutStatus(requested), withoutStatus(current))) return KEEP; // the client echoed what it read
    throw new NotModelled('setting conferenceData without a createRequest (copying or editing a conference)');
  }

  /**
   * "Invalid conference type value." when the calendar does not allow the type (docs/google-behaviour.md, "Calendar API";
   * Calendars.conferenceProperties.allowedConferenceSolutionTypes). eventHangout/eventNamedHangout are deprecated:
   * "new conferences cannot be created" (ConferenceSolutionKey.type); addOn conferences come from add-ons.
   */
  private checkSolutionType(cal: CalendarState, type: string): void {
    if (type === 'addOn') throw new NotModelled('creating an addOn (third-party) conference');
    if (type !== 'hangoutsMeet' || !cal.allowed.includes(type)) fail(CALENDAR_ERRORS.invalidConferenceType);
  }

  private applyConference(cal: CalendarState, stored: StoredEvent, plan: ConferencePlan): void {
    if (plan.kind === 'keep') return;
    stored.pending = undefined;
    if (plan.kind === 'clear') {
      delete stored.event.conferenceData;
      return;
    }
    cal.requestIds.add(plan.requestId);
    const outcome = this.options.conferenceFailure ? 'failure' : 'success';
    const pending: PendingConference = { requestId: plan.requestId, readsLeft: this.options.pendingReads, outcome };
    // "The data is generated asynchronously. To see whether the data is present check the status field."
    if (pending.readsLeft > 0) {
      stored.pending = pending;
      stored.event.conferenceData = { createRequest: createRequest(plan.requestId, 'pending') };
    } else {
      this.settleConference(stored, pending);
    }
  }

  private settleConference(stored: StoredEvent, pending: PendingConference): void {
    stored.pending = undefined;
    stored.event.conferenceData =
      pending.outcome === 'success'
        ? this.meetConference(pending.requestId)
        : // "failure": "there are no entry points"; conferenceSolution and signature are "Unset for a conference
          // with a failed create request" (ConferenceRequestStatus, ConferenceData reference).
          { createRequest: createRequest(pending.requestId, 'failure') };
  }

  /**
   * A Meet conference as Google answers it: conferenceId is "the 10-letter meeting code, for example
   * aaa-bbbb-ccc"; entry points video, phone (with pin and regionCode) and more (ConferenceData, EntryPoint).
   */
  private meetConference(requestId: string): ConferenceData {
    const code = this.newMeetingCode();
    const pin = this.randomString('0123456789', 9);
    const phone = `${this.randomString('23456789', 1)}${this.randomString('0123456789', 2)}-${this.randomString('0123456789', 3)}-${this.randomString('0123456789', 4)}`;
    return {
      entryPoints: [
        { entryPointType: 'video', uri: `https://meet.google.com/${code}`, label: `meet.google.com/${code}` },
        { entryPointType: 'phone', uri: `tel:+1-${phone}`, label: `+1 ${phone}`, pin, regionCode: 'US' },
        { entryPointType: 'more', uri: `https://tel.meet/${code}?pin=${pin}`, pin },
      ],
      conferenceSolution: { key: { type: 'hangoutsMeet' }, name: 'Google Meet', iconUri: MEET_ICON },
      conferenceId: code,
      signature: this.randomString(BASE32HEX, 32),
      createRequest: createRequest(requestId, 'success'),
    };
  }

  /** A third-party (add-on) conference: type addOn, so no hangoutLink (ConferenceSolutionKey.type "addOn"). */
  private zoomConference(): ConferenceData {
    const meetingId = this.randomString('0123456789', 11);
    return {
      entryPoints: [
        {
          entryPointType: 'video',
          uri: `https://us02web.zoom.us/j/${meetingId}`,
          label: `us02web.zoom.us/j/${meetingId}`,
          meetingCode: meetingId,
        },
      ],
      conferenceSolution: { key: { type: 'addOn' }, name: 'Zoom Meeting', iconUri: 'https://lh3.googleusercontent.com/zoom-icon' },
      conferenceId: meetingId,
      signature: this.randomString(BASE32HEX, 32),
    };
  }

  private newMeetingCode(): string {
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    let code: string;
    do code = `${this.randomString(letters, 3)}-${this.randomString(letters, 4)}-${this.randomString(letters, 3)}`;
    while (this.meetingCodes.has(code));
    this.meetingCodes.add(code);
    return code;
  }

  private randomString(alphabet: string, length: number): string {
    let out = '';
    for (let i = 0; i < length; i += 1) out += alphabet[Math.floor(this.env.random() * alphabet.length)];
    return out;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Pure helpers used by the model.

function createRequest(requestId: string, statusCode: 'pending' | 'success' | 'failure'): calendar_v3.Schema$CreateConferenceRequest {
  return { requestId, conferenceSolutionKey: { type: 'hangoutsMeet' }, status: { statusCode } };
}

function withoutCreateRequest(conference: ConferenceData | undefined): JsonObject {
  if (!conference) return {};
  const { createRequest: _ignored, ...rest } = conference;
  return rest as JsonObject;
}

/** The writable fields of a body; read-only ones (hangoutLink included) and conferenceData are left out. */
function writableFields(body: JsonObject): JsonObject {
  return Object.fromEntries(Object.entries(body).filter(([key]) => WRITABLE.has(key)));
}

/** The event minus what an attendee may change on their own copy and what Google stamps. */
function sharedPart(event: Event): string {
  const copy = clone(event) as JsonObject;
  for (const key of [...PRIVATE_TO_COPY, 'updated', 'etag', 'sequence', 'conferenceData']) delete copy[key];
  const shared = isObject(copy.extendedProperties) ? copy.extendedProperties.shared : undefined;
  delete copy.extendedProperties;
  if (isObject(shared) && Object.keys(shared).length > 0) copy.sharedProperties = shared;
  return JSON.stringify(canonical(copy));
}

function describeParams(params: CallParams): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null) continue;
    if (key === 'conferenceDataVersion') parts.push(`v${String(value)}`);
    else for (const v of Array.isArray(value) ? value : [value]) parts.push(`${key}=${String(v)}`);
  }
  return parts.length ? ` ${parts.join(' ')}` : '';
}

function describeWrite(body: JsonObject, params: CallParams): string {
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

/** The time an event starts/ends, for timeMin/timeMax; all-day dates are taken at UTC midnight. */
function instant(value: Event['start']): number {
  if (value?.dateTime) return Date.parse(hasOffset(value.dateTime) ? value.dateTime : `${value.dateTime}Z`);
  return value?.date ? Date.parse(`${value.date}T00:00:00Z`) : NaN;
}

/** timeMin/timeMax "Must be an RFC3339 timestamp with mandatory time zone offset" (events.list reference). */
function boundParam(params: CallParams, name: string): number | undefined {
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
function listFilter(params: CallParams): (stored: StoredEvent) => boolean {
  const showDeleted = boolParam(params, 'showDeleted') ?? false;
  boolParam(params, 'singleEvents'); // recurring events are not modelled, so every event is already single
  const privateConstraints = listParam(params, 'privateExtendedProperty').map(parseConstraint);
  const sharedConstraints = listParam(params, 'sharedExtendedProperty').map(parseConstraint);
  if (privateConstraints.length + sharedConstraints.length > 1) {
    throw new NotModelled('events.list with several extended-property constraints (AND or OR: Google documents both)');
  }
  const timeMin = boundParam(params, 'timeMin');
  const timeMax = boundParam(params, 'timeMax');
  if (timeMin !== undefined && timeMax !== undefined && timeMax <= timeMin) fail(TIME_RANGE_EMPTY);
  return ({ event }) =>
    (showDeleted || event.status !== 'cancelled') &&
    privateConstraints.every(([k, v]) => event.extendedProperties?.private?.[k] === v) &&
    sharedConstraints.every(([k, v]) => event.extendedProperties?.shared?.[k] === v) &&
    (timeMin === undefined || instant(event.end) > timeMin) &&
    (timeMax === undefined || instant(event.start) < timeMax);
}

function parseConstraint(text: string): [string, string] {
  const at = text.indexOf('=');
  if (at <= 0) return fail(invalidParam('privateExtendedProperty', text));
  return [text.slice(0, at), text.slice(at + 1)];
}

/** orderBy: "startTime" needs singleEvents=true; "updated"; default "an unspecified, stable order" (events.list reference). */
function orderEvents(events: StoredEvent[], params: CallParams): StoredEvent[] {
  const orderBy = enumParam(params, 'orderBy', ['startTime', 'updated']);
  if (orderBy === 'startTime' && boolParam(params, 'singleEvents') !== true) {
    fail(err(400, 'badRequest', 'The requested ordering is not available for the particular query.'));
  }
  const key = (s: StoredEvent) => (orderBy === 'startTime' ? instant(s.event.start) : Date.parse(s.event.updated ?? ''));
  return orderBy ? [...events].sort((a, b) => key(a) - key(b)) : events;
}

function pageOffset(token: unknown): number {
  if (token === undefined || token === null) return 0;
  const match = /^page-(\d+)$/.exec(String(token));
  return match ? Number(match[1]) : fail(invalidParam('pageToken', token));
}
