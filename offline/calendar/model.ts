import type { calendar_v3 } from '@googleapis/calendar';
import { runCall, type ApiEnv } from '../api-env';
import { CALENDAR_ERRORS, type GoogleError } from '../google-errors';
import { calendarScopeAllows, INSUFFICIENT_SCOPES } from '../scopes';
import { BASE32HEX, createRequest, createRequestOf, MEET_ICON, meetLink, withoutCreateRequest, withoutStatus } from './conference';
import { CALENDAR_MODEL_ERRORS, eventTypeRestriction, fail, NotModelled } from './errors';
import { clone, deepEqual, isObject, mergePatch, shortId, toBase64 } from './json';
import { listFilter, orderEvents, pageOffset } from './list';
import { API, boolParam, checkParamNames, conferenceVersion, describeParams, describeWrite, intParam, notificationRecord } from './params';
import {
  DEFAULT_OPTIONS,
  KEEP,
  type CalendarModelOptions,
  type CalendarState,
  type CallParams,
  type ConferenceData,
  type ConferencePlan,
  type Event,
  type JsonObject,
  type NotificationRecord,
  type PendingConference,
  type Route,
  type StoredEvent,
} from './types';
import { checkAttendees, checkBody, checkReminders, checkTimes, sharedPart, validClientId, writableFields } from './validation';

export { CALENDAR_MODEL_ERRORS, NotModelled } from './errors';
export type { CalendarModelOptions, CallParams, NotificationRecord, Route } from './types';

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

const DAY_MS = 24 * 60 * 60 * 1000;

// ---------------------------------------------------------------------------------------------------------

export class CalendarModel {
  options: CalendarModelOptions;
  private readonly calendars = new Map<string, CalendarState>();
  private readonly meetingCodes = new Set<string>();
  /** Event creations per account, for the daily creation quota. */
  private readonly creations = new Map<string, number[]>();
  /** Invitations emailed per account (their times), for CalendarModelOptions.invitationLimit. */
  private readonly invitations = new Map<string, number[]>();

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

  /**
   * A deleted event gone for good: Calendar keeps deleted events in its trash for 30 days, then removes them (Google
   * Calendar Help, "Restore deleted events"). From then on reads and deletes answer 404; its id stays taken
   * (whether Google ever gives a purged id again is not published). Setup, not logged.
   */
  purge(calendarId: string, eventId: string): void {
    const stored = this.calendar(calendarId)?.events.get(eventId);
    if (!stored) throw new Error(`purge: no event "${eventId}" on ${calendarId}`);
    stored.event.status = 'cancelled';
    stored.purged = true;
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

  /**
   * The organizer of the event whose Meet conference has this code, deleted events included (the link outlives
   * its event): who owns that meeting space for the offline Meet REST model.
   */
  meetingCodeOrganizer(code: string): string | undefined {
    for (const cal of this.calendars.values()) {
      for (const { event } of cal.events.values()) {
        if (event.conferenceData?.conferenceId === code) return event.organizer?.email ?? cal.id;
      }
    }
    return undefined;
  }

  // ----- the API ---------------------------------------------------------------------------------------

  /** events.insert. */
  insert(route: Route, calendarId: string, body: unknown, params: CallParams = {}): Event {
    checkParamNames(API.insert, params);
    checkBody(API.insert, body);
    const summary = `insert ${calendarId} ${body.id ? shortId(String(body.id)) : '(new id)'}${describeWrite(body, params)}`;
    return runCall(this.env, { api: API.insert, route, summary }, () => {
      const cal = this.requireCalendar(calendarId, API.insert);
      const version = conferenceVersion(params);
      boolParam(params, 'supportsAttachments'); // attachments themselves are not modelled (checkBody refuses them)
      const id = this.acceptId(cal, body.id);
      const event = this.buildEvent(cal, id, body);
      // conferenceDataVersion 0 "assumes no conference data support and ignores conference data in the
      // event's body" (events.insert reference): the silent trap, answered with 200.
      const plan = version === 1 ? this.conferencePlan(cal, undefined, body.conferenceData) : KEEP;
      const notification = notificationRecord(API.insert, params, event);
      this.checkCreationQuota();
      this.checkInvitationLimit(notification);
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
      const cal = this.requireCalendar(calendarId, API.get);
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
      const cal = this.requireCalendar(calendarId, API.patch);
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
      this.checkEventTypeAllows(stored.event, next, plan);
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
      const cal = this.requireCalendar(calendarId, API.delete);
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
      const cal = this.requireCalendar(calendarId, API.list);
      const matches = [...cal.events.values()].filter((stored) => !stored.purged).filter(listFilter(params));
      const ordered = orderEvents(matches, params);
      const asked = Math.min(intParam(params, 'maxResults', 250, 1, Number.MAX_SAFE_INTEGER), 2500);
      const maxResults = Math.min(asked, this.options.listPageSize);
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
      const cal = this.requireCalendar(calendarId, API.calendarsGet);
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

  /**
   * The calendar a call names, if the token's scopes let this method reach it (offline/scopes.ts): a token
   * with none of the method's scopes fails first; calendar.events.owned reaches only calendars the person owns
   * ("events on calendars you own"), so a team calendar they may write to answers 403 insufficient scopes.
   */
  private requireCalendar(calendarId: string, api: string): CalendarState {
    const granted = this.env.scopes();
    if (!calendarScopeAllows(api, granted, true)) fail(INSUFFICIENT_SCOPES);
    const cal = this.calendar(calendarId) ?? fail(CALENDAR_ERRORS.notFound);
    if (!calendarScopeAllows(api, granted, cal.owner === this.env.account().email)) fail(INSUFFICIENT_SCOPES);
    return cal;
  }

  private requireEvent(cal: CalendarState, eventId: string): StoredEvent {
    const stored = cal.events.get(eventId);
    return stored && !stored.purged ? stored : fail(CALENDAR_ERRORS.notFound);
  }

  // ----- events ----------------------------------------------------------------------------------------

  /** A client id must be valid base32hex and unused, deleted events included (google-api-ruby-client#1811). */
  private acceptId(cal: CalendarState, id: unknown): string {
    if (id === undefined || id === null) return this.newEventId(cal);
    if (!validClientId(id)) return fail(CALENDAR_MODEL_ERRORS.INVALID_ID);
    if (!cal.events.has(id)) return id;
    // Detecting a taken id "cannot be guaranteed" (events.insert reference): see CalendarModelOptions.duplicateIdMisses.
    if (this.options.duplicateIdMisses > 0) {
      this.options.duplicateIdMisses -= 1;
      return this.newEventId(cal);
    }
    return fail(CALENDAR_ERRORS.duplicate);
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
    checkAttendees(event);
    return event;
  }

  private patchedEvent(current: Event, body: JsonObject): Event {
    const next = mergePatch(current, writableFields(body)) as Event;
    checkTimes(next);
    checkReminders(next);
    checkAttendees(next);
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
   * Events that are not of type default accept few changes (developers.google.com/workspace/calendar/api/guides/event-types;
   * .../guides/calendar-status for focusTime, outOfOffice, workingLocation; release notes May 22, 2024 for
   * fromGmail: "You can only update the event properties, such as reminders, color ID, visibility, status, and
   * extended properties"). None of them takes a conference: a conference change answers 400 eventTypeRestriction
   * (errors.ts). Other changes than fromGmail's few are not modelled: what Google allows per type varies.
   */
  private checkEventTypeAllows(current: Event, next: Event, plan: ConferencePlan): void {
    const type = current.eventType ?? 'default';
    if (type === 'default') return;
    if (plan.kind !== 'keep') fail(eventTypeRestriction(type));
    // Only fromGmail's few fields are published (release notes, 22 May 2024); for a birthday or a status event
    // which other fields may change is not, so any change is not modelled rather than guessed.
    const published = type === 'fromGmail' ? ['reminders', 'colorId', 'visibility', 'status', 'extendedProperties'] : [];
    const allowed = new Set([...published, 'updated', 'etag', 'sequence']);
    const changed = Object.keys({ ...current, ...next }).filter(
      (key) => !allowed.has(key) && !deepEqual((current as JsonObject)[key], (next as JsonObject)[key]),
    );
    if (changed.length) throw new NotModelled(`changing ${changed.join(', ')} of a ${type} event`);
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

  /** Counts the guests this write emails and refuses it, making nothing, past the limit (CalendarModelOptions.invitationLimit). */
  private checkInvitationLimit(notification: NotificationRecord): void {
    const limit = this.options.invitationLimit;
    if (!limit || (notification.sendUpdates !== 'all' && notification.sendUpdates !== 'externalOnly')) return;
    const account = this.env.account();
    const domain = account.email.split('@')[1]?.toLowerCase();
    const counted = notification.attendees.filter((email) => {
      const lower = email.toLowerCase();
      if (!lower || lower === account.email.toLowerCase()) return false;
      return account.kind !== 'workspace' || lower.split('@')[1] !== domain;
    });
    if (!counted.length) return;
    const now = this.env.clock.now();
    const recent = (this.invitations.get(account.email) ?? []).filter((t) => t > now - limit.windowMs);
    if (recent.length + counted.length > limit.guests) fail(CALENDAR_ERRORS.quotaExceeded);
    this.invitations.set(account.email, [...recent, ...counted.map(() => now)]);
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
