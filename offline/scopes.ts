import type { GoogleError } from './google-errors';

/**
 * OAuth scopes as Google checks them: the token an add-on runs with carries the manifest's oauthScopes
 * (developers.google.com/apps-script/concepts/scopes), and each API method accepts the scopes its reference
 * lists under "Authorization scopes". A call whose token lacks them fails with 403.
 */
const AUTH = 'https://www.googleapis.com/auth/';
export const SCOPE = {
  calendar: `${AUTH}calendar`,
  calendarReadonly: `${AUTH}calendar.readonly`,
  events: `${AUTH}calendar.events`,
  eventsReadonly: `${AUTH}calendar.events.readonly`,
  eventsOwned: `${AUTH}calendar.events.owned`,
  eventsOwnedReadonly: `${AUTH}calendar.events.owned.readonly`,
  calendars: `${AUTH}calendar.calendars`,
  calendarsReadonly: `${AUTH}calendar.calendars.readonly`,
  meetCreated: `${AUTH}meetings.space.created`,
  meetReadonly: `${AUTH}meetings.space.readonly`,
  meetSettings: `${AUTH}meetings.space.settings`,
  externalRequest: `${AUTH}script.external_request`,
} as const;

/**
 * The 403 of a token without the method's scope. The Calendar JSON body, seen in the wild (analogdotnow/Analog#296;
 * googleapis/google-api-python-client#1296): code 403, message "Request had insufficient authentication scopes.",
 * errors[0].reason "insufficientPermissions" (message "Insufficient Permission"), status PERMISSION_DENIED and an
 * ErrorInfo detail with reason ACCESS_TOKEN_SCOPE_INSUFFICIENT. The fake keeps the first reason and the status.
 */
export const INSUFFICIENT_SCOPES: GoogleError = {
  code: 403,
  domain: 'global',
  reason: 'insufficientPermissions',
  message: 'Request had insufficient authentication scopes.',
  status: 'PERMISSION_DENIED',
};

/** Meet REST answers google.rpc style; the ErrorInfo reason is the same (ACCESS_TOKEN_SCOPE_INSUFFICIENT). */
export const MEET_INSUFFICIENT_SCOPES: GoogleError = { ...INSUFFICIENT_SCOPES, domain: 'meet.googleapis.com', reason: 'PERMISSION_DENIED' };

/**
 * Calendar API v3, "Authorization scopes" of each method (developers.google.com/workspace/calendar/api/v3/reference):
 * writes take calendar, calendar.events or calendar.events.owned; reads add the read-only ones; calendars.get is
 * not covered by any events scope. The `.owned` scopes cover "events on calendars you own" only
 * (developers.google.com/workspace/calendar/api/auth): `ownedOnly` says which grant that is.
 */
const CALENDAR_METHOD_SCOPES: Record<string, { any: string[]; owned: string[] }> = {
  'calendar.events.insert': { any: [SCOPE.calendar, SCOPE.events], owned: [SCOPE.eventsOwned] },
  'calendar.events.patch': { any: [SCOPE.calendar, SCOPE.events], owned: [SCOPE.eventsOwned] },
  'calendar.events.delete': { any: [SCOPE.calendar, SCOPE.events], owned: [SCOPE.eventsOwned] },
  'calendar.events.get': {
    any: [SCOPE.calendar, SCOPE.calendarReadonly, SCOPE.events, SCOPE.eventsReadonly],
    owned: [SCOPE.eventsOwned, SCOPE.eventsOwnedReadonly],
  },
  'calendar.events.list': {
    any: [SCOPE.calendar, SCOPE.calendarReadonly, SCOPE.events, SCOPE.eventsReadonly],
    owned: [SCOPE.eventsOwned, SCOPE.eventsOwnedReadonly],
  },
  'calendar.calendars.get': { any: [SCOPE.calendar, SCOPE.calendarReadonly, SCOPE.calendars, SCOPE.calendarsReadonly], owned: [] },
};

/** Whether a token with `granted` may call `api` on a calendar the person owns (or not). */
export function calendarScopeAllows(api: string, granted: string[], ownsCalendar: boolean): boolean {
  const rule = CALENDAR_METHOD_SCOPES[api];
  if (!rule) throw new Error(`offline/scopes.ts: no scope rule for ${api}`);
  if (rule.any.some((s) => granted.includes(s))) return true;
  return ownsCalendar && rule.owned.some((s) => granted.includes(s));
}

/**
 * Meet REST v2, "Authorization scopes" of each method (developers.google.com/workspace/meet/api/reference/rest/v2/spaces
 * and .../spaces.members): create, endActiveConference, members.create and members.delete need
 * meetings.space.created; patch takes meetings.space.created or meetings.space.settings; get also takes
 * meetings.space.readonly and meetings.space.settings; members.list takes created or readonly. Which spaces a
 * scope reaches (created: this app's; settings: any the person owns; readonly: reading any) is checked per space
 * by the model (offline/meet/model.ts, `visible`).
 */
const MEET_METHOD_SCOPES: Record<string, string[]> = {
  'meet.spaces.create': [SCOPE.meetCreated],
  'meet.spaces.patch': [SCOPE.meetCreated, SCOPE.meetSettings],
  'meet.spaces.endActiveConference': [SCOPE.meetCreated],
  'meet.spaces.get': [SCOPE.meetCreated, SCOPE.meetReadonly, SCOPE.meetSettings],
  'meet.spaces.members.create': [SCOPE.meetCreated],
  'meet.spaces.members.list': [SCOPE.meetCreated, SCOPE.meetReadonly],
  'meet.spaces.members.delete': [SCOPE.meetCreated],
  // Every conferenceRecords method (get, list, and the lists below it): created or readonly (v2 discovery document, "scopes").
  'meet.conferenceRecords.list': [SCOPE.meetCreated, SCOPE.meetReadonly],
  'meet.conferenceRecords.get': [SCOPE.meetCreated, SCOPE.meetReadonly],
  'meet.conferenceRecords.participants.list': [SCOPE.meetCreated, SCOPE.meetReadonly],
  'meet.conferenceRecords.participants.participantSessions.list': [SCOPE.meetCreated, SCOPE.meetReadonly],
  'meet.conferenceRecords.recordings.list': [SCOPE.meetCreated, SCOPE.meetReadonly],
  'meet.conferenceRecords.transcripts.list': [SCOPE.meetCreated, SCOPE.meetReadonly],
  'meet.conferenceRecords.smartNotes.list': [SCOPE.meetCreated, SCOPE.meetReadonly],
};

export function meetScopeAllows(api: string, granted: string[]): boolean {
  const rule = MEET_METHOD_SCOPES[api];
  if (!rule) throw new Error(`offline/scopes.ts: no scope rule for ${api}`);
  return rule.some((s) => granted.includes(s));
}

/**
 * Every scope that lets a token make this call, whatever the calendar: Calendar and Meet from the rules above, Gmail
 * from offline/gmail/scopes.ts (the open message's headers; a draft from a compose action). For a test that checks
 * MeetLink's consent table against the calls it makes (test/addon/consent-calls.test.ts).
 */
export function acceptedScopes(api: string): string[] {
  const calendar = CALENDAR_METHOD_SCOPES[api];
  if (calendar) return [...calendar.any, ...calendar.owned];
  const meet = MEET_METHOD_SCOPES[api];
  if (meet) return [...meet];
  const gmail = GMAIL_CALL_SCOPES[api];
  if (gmail) return [...gmail];
  throw new Error(`offline/scopes.ts: no scope rule for ${api}`);
}

/** gmail.messages.get reads headers (the add-on metadata scope or more); gmail.drafts.create needs compose (or full). */
const GMAIL_CALL_SCOPES: Record<string, readonly string[]> = {
  'gmail.messages.get': ['https://mail.google.com/', `${AUTH}gmail.addons.current.message.metadata`, `${AUTH}gmail.addons.current.message.readonly`],
  'gmail.drafts.create': ['https://mail.google.com/', `${AUTH}gmail.addons.current.action.compose`],
};

/**
 * Apps Script refuses a service call the project's scopes do not cover, before anything is sent: "Exception: You do
 * not have permission to call UrlFetchApp.fetch. Required permissions: https://www.googleapis.com/auth/script.external_request"
 * (the form of Apps Script's authorization error; developers.google.com/apps-script/concepts/scopes).
 */
export function requireServiceScope(granted: string[], call: string, scope: string): void {
  if (!granted.includes(scope)) throw new Error(`Exception: You do not have permission to call ${call}. Required permissions: ${scope}`);
}
