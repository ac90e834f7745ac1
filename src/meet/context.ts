import type { CalendarApi } from './calendar-port';
import type { MeetConferencesApi } from './conferences-port';
import type { MeetSpacesApi } from './meet-port';
import type { Waiting } from './retry';
import type { KeyValueStore } from '../storage/key-value-store';
import type { UserLock } from '../lock/user-lock';

/** Everything the Meet engine uses from the outside world; src/platform.ts wires it to Apps Script. */
export interface MeetContext extends Waiting {
  /** The Advanced Calendar service. */
  calendar: CalendarApi;
  /** The Calendar REST endpoint over UrlFetchApp: sends explicit nulls for sure. */
  calendarRest: CalendarApi;
  store: KeyValueStore;
  /** The person's user lock, around every read-change-write of `store` that matters. */
  lock: UserLock;
  /**
   * `deadline` (from Waiting) ends the work: every call of the sweep, retries and polls must have ended by then,
   * and lock waits stop there. Deleting a temporary event that is already made may go on until
   * `cleanupDeadline`, a little later (its calls must have ended by then), and still inside the 25 s.
   */
  cleanupDeadline: number;
  /** A fresh unique id (Utilities.getUuid). */
  newId(): string;
  /** The Meet REST API (Workspace accounts); without it, links are made through Calendar. */
  meet?: MeetSpacesApi;
  /**
   * Which of Meet's scopes the person granted (granular consent; src/host/feature-scopes.ts): `created` for the
   * spaces this app makes (create, members, end), `settings` for the settings of any of the person's meetings.
   * Absent: both (the self-check, the engine's own tests).
   */
  meetGranted?: MeetGrant;
  /** Meet conference records (after the meeting), when the person granted meetings.space.readonly. */
  conferences?: MeetConferencesApi;
  /** The signed-in account's email, to send free Gmail accounts straight to the Calendar method. */
  accountEmail?(): string;
  /**
   * A short pause of the Meet REST API for every person using this deployment, after Google answered 429 naming
   * the project's limit (spaces.create's 100 a minute per Cloud project). src/platform.ts keeps it in the script cache.
   */
  meetBrake?: ProjectBrake;
  /** The same pause for this person alone, after their own limit (10 a minute): kept in their user cache. */
  meetUserBrake?: ProjectBrake;
}

export interface MeetGrant {
  created: boolean;
  settings: boolean;
}

/** A pause of the Meet API (for the project, or one person): on once engaged, off by itself after the seconds given. */
export interface ProjectBrake {
  engaged(): boolean;
  engage(seconds: number): void;
}
