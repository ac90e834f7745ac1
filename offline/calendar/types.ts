import type { calendar_v3 } from '@googleapis/calendar';

/** The offline Calendar's shared types (split from model.ts by concern). */
export type Event = calendar_v3.Schema$Event;
export type ConferenceData = calendar_v3.Schema$ConferenceData;
export type JsonObject = Record<string, unknown>;

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
  /**
   * The most events one events.list page holds, whatever maxResults asks: "The number of events in the resulting
   * page may be less than this value, or none at all, even if there are more events matching the query.
   * Incomplete pages can be detected by a non-empty nextPageToken field" (events.list reference, maxResults).
   */
  listPageSize: number;
  /**
   * Calendar's limit on invitations: "To prevent spam, Calendar limits the number of invitations you can send to
   * external guests", with stricter limits for trial accounts, paid accounts in their first 60 days, legacy free
   * accounts and nonprofits, whose "exact limits" Google does not disclose; the limit lifts after some hours
   * (Google Workspace Admin Help, "Avoid Calendar use limits", support.google.com/a/answer/2905486). Through the API
   * it is 403 quotaExceeded "Calendar usage limits exceeded." (Calendar API errors guide; the Help page's "Calendar
   * usage limits exceeded: this is the result of an API call"). The numbers are unconfirmed, so it is off unless a
   * test sets one: at most `guests` invitations emailed (sendUpdates all or externalOnly) within `windowMs`. Guests
   * outside the account's domain count; on a consumer account every guest does (unconfirmed).
   */
  invitationLimit?: { guests: number; windowMs: number };
  /**
   * How many inserts with an id already taken Google fails to notice. The events reference, "id": "Due to the
   * globally distributed nature of the system, we cannot guarantee that ID collisions will be detected at event
   * creation time", so a duplicate is not always refused with 409 duplicate.
   * What Google then makes is not published: here a second event under an id of its own choosing (unconfirmed).
   * 0 by default: every duplicate answers 409.
   */
  duplicateIdMisses: number;
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
export interface PendingConference {
  requestId: string;
  readsLeft: number;
  outcome: 'success' | 'failure';
}

export interface StoredEvent {
  event: Event;
  pending?: PendingConference;
  notifications: NotificationRecord[];
  /** Gone from the trash too (CalendarModel.purge): reads and deletes answer 404. */
  purged?: true;
}

export interface CalendarState {
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

export type ConferencePlan = { kind: 'keep' } | { kind: 'clear' } | { kind: 'create'; requestId: string };
export const KEEP: ConferencePlan = { kind: 'keep' };

export const DEFAULT_OPTIONS: CalendarModelOptions = {
  pendingReads: 0,
  conferenceFailure: false,
  silentPatch: false,
  listPageSize: 250,
  duplicateIdMisses: 0,
};
