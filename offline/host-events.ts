import type { calendar_v3 } from '@googleapis/calendar';
import type { Manifest } from './runtime';
import type { Account } from './services';
import { fieldsOf } from './format-date';

type Json = any;
export type HostApp = 'GMAIL' | 'CALENDAR';

/**
 * The event object a Workspace host passes to an add-on function, built from what the manifest in use
 * allows: Google sends less than an add-on may hope, and the fake sends exactly that.
 * Source for the shape: developers.google.com/workspace/add-ons/concepts/event-objects.
 */

/** What a test may say about the event's capabilities: a value, or `'absent'` for no field at all. */
export type CapabilityValue = boolean | 'absent';

/** What the Calendar host knows of the event open in it. */
export interface OpenEvent {
  calendarId: string;
  /** Missing for an event not saved yet. */
  id?: string;
  /**
   * capabilities.canSetConferenceData as this test wants Google to send it. Google documents it as "true if the
   * add-on can update the event conference data"; what it sends an organizer under READ is unconfirmed
   * (platform facts), so tests try true, false and absent. Default: see defaultCanSet.
   */
  canSetConferenceData?: CapabilityValue;
}

export interface HostEventInput {
  manifest: Manifest;
  hostApp: HostApp;
  account: Account;
  now: number;
  parameters: Record<string, string>;
  /** Field name to the values the card's inputs hold. */
  formValues: Record<string, string[]>;
  /** Which of them are date-time pickers (their one value is ms since the epoch). */
  dateTimeFields?: string[];
  /** Date-only pickers (the date at 00:00 UTC, in ms) and time-only pickers (ms since midnight). */
  dateFields?: string[];
  timeFields?: string[];
  gmail?: Json;
  /** The open event with its stored copy (undefined for an unsaved one). */
  calendar?: { open: OpenEvent; stored?: calendar_v3.Schema$Event };
  /** The scopes the person granted (offline/authorization.ts); every scope of the manifest when absent. */
  granted?: readonly string[];
}

export const LOCALE_SCOPE = 'https://www.googleapis.com/auth/script.locale';

/**
 * userLocale and timeZone are sent only when the manifest sets addOns.common.useLocaleFromApp: true AND lists the
 * script.locale scope (developers.google.com/workspace/add-ons/how-tos/access-user-locale): without them the
 * add-on sees neither, and falls back to the script's zone and English.
 *
 * With granular consent the person may untick that scope ("Granular OAuth permissions allow users to authorize
 * specific scopes": developers.google.com/apps-script/concepts/scopes#handle-granular). The guide makes the scope
 * the condition of sending them, so the fake sends neither when it is not granted: the unkind reading. Whether a
 * real host then still sends `timeZone` is unconfirmed (docs/deploy.md, real-account checklist, "script.locale
 * unticked"); if Google sends it anyway, MeetLink only gains (it asks for the scope before Invite either way).
 */
export function sharesLocale(manifest: Manifest, granted: readonly string[] = manifest.oauthScopes ?? []): boolean {
  return manifest.addOns?.common?.useLocaleFromApp === true && (manifest.oauthScopes ?? []).includes(LOCALE_SCOPE) && granted.includes(LOCALE_SCOPE);
}

/** A zone's offset from UTC in milliseconds at `now`: timeZone.offset "in milliseconds" (event-objects, Common event object). */
export function zoneOffsetMs(timeZone: string, now: number): number {
  return fieldsOf(new Date(now), timeZone).offsetMinutes * 60_000;
}

export function buildEventObject(input: HostEventInput): Json {
  const { manifest, hostApp, account } = input;
  const locale = sharesLocale(manifest, input.granted);
  const formInputs: Json = {};
  const formInput: Json = {};
  // An empty text input is left out of formInputs altogether (developers.google.com/workspace/add-ons/concepts/
  // event-objects, "Form inputs"): a field whose only value is '' is not sent, in the common and the legacy object.
  const filled = Object.entries(input.formValues)
    .map(([name, values]) => [name, values.filter((v) => v !== '')] as const)
    .filter(([, values]) => values.length);
  const dates = new Set(input.dateFields ?? []);
  const times = new Set(input.timeFields ?? []);
  const dateTimes = new Set([...(input.dateTimeFields ?? []), ...dates, ...times]);
  for (const [name, values] of filled) {
    // "dateInput: {msSinceEpoch}" for a date picker, "timeInput: {hours, minutes}" for a time picker (event-objects,
    // "Form inputs"); what the legacy formInput(s) carry for them is unconfirmed: left out, as for date-time.
    if (dates.has(name)) {
      formInputs[name] = { dateInput: { msSinceEpoch: String(values[0]) } };
      continue;
    }
    if (times.has(name)) {
      const minutes = Math.floor(Number(values[0]) / 60_000);
      formInputs[name] = { timeInput: { hours: Math.floor(minutes / 60) % 24, minutes: minutes % 60 } };
      continue;
    }
    if (dateTimes.has(name)) {
      // "dateTimeInput: {msSinceEpoch, hasDate, hasTime}" for a date-time picker; a date picker would send
      // dateInput.msSinceEpoch and a time picker timeInput {hours, minutes} (event-objects, "Form inputs").
      // msSinceEpoch is an int64: a string in JSON. What the legacy formInput(s) carry for it is unconfirmed: left out.
      formInputs[name] = { dateTimeInput: { msSinceEpoch: String(values[0]), hasDate: true, hasTime: true } };
      continue;
    }
    formInputs[name] = { stringInputs: { value: [...values] } };
    formInput[name] = values[0];
  }
  const timeZone = { id: account.timeZone, offset: zoneOffsetMs(account.timeZone, input.now) };
  // Common event object: hostApp, platform, formInputs, parameters; userLocale and timeZone per sharesLocale.
  const common: Json = { hostApp, platform: 'WEB', parameters: { ...input.parameters }, formInputs };
  if (locale) Object.assign(common, { userLocale: account.locale, timeZone });
  // Legacy fields ("Deprecated" in the event-objects page, still sent): clientPlatform, formInput (first value
  // per field), formInputs (values per field), parameters; userLocale and userTimezone {id, offset} are gated
  // like their common counterparts (access-user-locale names both).
  const object: Json = {
    commonEventObject: common,
    hostApp: hostApp.toLowerCase(),
    clientPlatform: 'web',
    parameters: { ...input.parameters },
    formInput,
    formInputs: Object.fromEntries(filled.filter(([name]) => !dateTimes.has(name)).map(([k, v]) => [k, [...v]])),
  };
  if (locale) Object.assign(object, { userLocale: account.locale, userTimezone: { id: timeZone.id, offset: String(timeZone.offset) } });
  if (hostApp === 'GMAIL' && input.gmail) {
    object.gmail = { ...input.gmail };
    // The legacy Gmail field: Google's own Gmail add-on samples read `e.messageMetadata.accessToken` and
    // `.messageId` (the Gmail add-on quickstarts and codelab; the event-objects page documents only `gmail`).
    // Whether Google still sends it beside `gmail` is unconfirmed (docs/deploy.md, the Gmail step): the fake sends
    // both for an open message, so an add-on reading either works here as it would there.
    if (input.gmail.messageId) {
      object.messageMetadata = { messageId: input.gmail.messageId, ...(input.gmail.accessToken ? { accessToken: input.gmail.accessToken } : {}) };
    }
  }
  if (hostApp === 'CALENDAR' && input.calendar) object.calendar = calendarEventObject(manifest, account, input.calendar);
  return object;
}

/**
 * The Calendar event object (event-objects, "Calendar event object"): calendarId, id, organizer and
 * recurringEventId are metadata; capabilities, attendees and conferenceData come only with
 * addOns.calendar.currentEventAccess READ or READ_WRITE ("if not provided, no event metadata is passed":
 * developers.google.com/apps-script/manifest/calendar-addons, currentEventAccess). An unsaved event has no id.
 */
function calendarEventObject(manifest: Manifest, account: Account, { open, stored }: NonNullable<HostEventInput['calendar']>): Json {
  const access: string | undefined = manifest.addOns?.calendar?.currentEventAccess;
  if (!access) return {};
  const organizer = stored?.organizer?.email ?? account.email;
  const object: Json = { calendarId: open.calendarId, organizer: { email: organizer } };
  if (open.id) object.id = open.id;
  if (stored?.recurringEventId) object.recurringEventId = stored.recurringEventId;
  if (access !== 'READ' && access !== 'READ_WRITE') return object;
  const canSet = open.canSetConferenceData ?? defaultCanSet(access, organizer === account.email);
  object.capabilities = {
    canSeeConferenceData: true,
    ...(canSet === 'absent' ? {} : { canSetConferenceData: canSet }),
    canSeeAttendees: true,
    canAddAttendees: access === 'READ_WRITE' && organizer === account.email,
  };
  if (stored?.attendees) object.attendees = structuredClone(stored.attendees);
  if (stored?.conferenceData) object.conferenceData = structuredClone(stored.conferenceData);
  return object;
}

/**
 * "true if the add-on can update the event conference data" (event-objects, Calendar event object): READ grants
 * the add-on no write, so the fake answers false under READ even to the organizer, the unkind reading of an
 * unconfirmed fact; READ_WRITE answers whether the person organizes the event.
 */
function defaultCanSet(access: string, organizer: boolean): boolean {
  return access === 'READ_WRITE' && organizer;
}
