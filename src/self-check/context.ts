import type { UserLock } from '../lock/user-lock';
import type { CalendarApi } from '../meet/calendar-port';
import type { MeetConferencesApi } from '../meet/conferences-port';
import type { MeetSpacesApi } from '../meet/meet-port';
import type { Waiting } from '../meet/retry';
import type { KeyValueStore } from '../storage/key-value-store';

/** What the self-check uses; src/platform.ts wires it to Apps Script, the offline runtime to its fakes. */
export interface SelfCheckContext extends Waiting {
  /** The Advanced Calendar service. */
  advanced: CalendarApi;
  /** The Calendar REST endpoint over UrlFetchApp. */
  rest: CalendarApi;
  meet: MeetSpacesApi;
  /** Meet conference records (after the meeting): read once for the space the check made. */
  conferences: MeetConferencesApi;
  store: KeyValueStore;
  /** The user lock around the temporary-event journal, shared with the add-on's own actions. */
  lock: UserLock;
  newId(): string;
  accountEmail(): string;
  /** The scopes this person granted (ScriptApp AuthorizationInfo.getAuthorizedScopes); null when unreadable. */
  grantedScopes(): string[] | null;
}
