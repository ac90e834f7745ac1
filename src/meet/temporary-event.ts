import type { CalendarApi, CalendarEvent } from './calendar-port';
import type { MeetContext } from './context';
import { GoogleApiError } from './google-api-error';
import { isTransient } from './errors';
import { canStartCall, DEFAULT_RETRY, withRetry, type RetryPolicy, type Waiting } from './retry';
import { readJson, type KeyValueStore } from '../storage/key-value-store';

/**
 * The temporary event that makes a Meet link for anyone (free Gmail or Workspace): nobody invited, nobody
 * notified, no reminder, not busy, private, and marked so that a leftover can be found and deleted.
 */
export const TEMPORARY_MARKER = { key: 'meetlinkTemporary', value: '1' } as const;
/** User property: the journal of temporary events not yet known to be deleted, `[{id, at}]`. */
export const JOURNAL_KEY = 'meetlink.temporaryEvents';
/** User property: when the last daily list by the marker ran, `{at}`. */
export const MARKER_SWEEP_KEY = 'meetlink.markerSweep';
/** Keeps the journal far below the 9 KB a property value may hold (an entry is about 60 bytes). */
const JOURNAL_MAX = 100;

/**
 * A sweep touches only events at least this old, so it never deletes an event another action of the same
 * person is still waiting on (a create takes seconds; Apps Script stops any action at 30 s).
 */
export const SAFE_AGE_MS = 2 * 60 * 1000;
/** The list by the marker runs at most about once a day: it costs a call, and the journal covers the rest. */
export const MARKER_SWEEP_EVERY_MS = 24 * 60 * 60 * 1000;
/** The sweep's small slice of an action: a few seconds, a few deletes, short waits; the rest waits for the next action. */
export const SWEEP_BUDGET_MS = 3000;
export const SWEEP_MAX_DELETES = 3;
const SWEEP_RETRY: RetryPolicy = { maxRetries: 1, baseMs: 250, capMs: 500 };

/** A client-chosen event id: base32hex (a–v, 0–9), 5–1024 characters (events.insert reference). */
export function temporaryEventId(uuid: string): string {
  return `meetlink${uuid.replace(/[^0-9a-f]/gi, '').toLowerCase()}`;
}

const EVENT_ID = /^[a-v0-9]{5,1024}$/;

export function temporaryEvent(id: string, now: number, conferenceData: CalendarEvent['conferenceData']): CalendarEvent {
  return {
    id,
    summary: 'MeetLink temporary event',
    description: 'Made by MeetLink to create a Google Meet link and deleted straight away. Safe to delete.',
    start: { dateTime: new Date(now).toISOString() },
    end: { dateTime: new Date(now + 15 * 60 * 1000).toISOString() },
    transparency: 'transparent',
    visibility: 'private',
    guestsCanInviteOthers: false,
    reminders: { useDefault: false, overrides: [] },
    extendedProperties: { private: { [TEMPORARY_MARKER.key]: TEMPORARY_MARKER.value } },
    conferenceData,
  };
}

/** One temporary event not yet known to be deleted, and when MeetLink wrote it down (epoch ms). */
export interface JournalEntry {
  id: string;
  at: number;
  /**
   * Set when the action that made it could not get its delete confirmed: it may be in the calendar now. An entry
   * without it is either an action still running (its insert may not have reached Google yet) or one that
   * stopped half-way; the person is told about it only once it is SAFE_AGE_MS old (temporaryEventsWaiting).
   */
  left?: true;
}

/**
 * Temporary events not yet known to be deleted. An entry is written before its insert and cleared only when
 * Google confirms the event is gone, so an event left by a failed delete, an ambiguous insert or a script
 * stopped half-way is swept later. Every change is a read-change-write under the user lock.
 */
export class TemporaryEventJournal {
  constructor(private readonly ctx: Pick<MeetContext, 'store' | 'lock' | 'now'>) {}

  /** The entries as stored; anything malformed is dropped, and an absurd time reads as "long ago". */
  entries(): JournalEntry[] {
    return readJournal(this.ctx.store, this.ctx.now());
  }

  /** Notes that Google did not confirm this event's delete: the person is told at once that it may be there. */
  markLeft(id: string): void {
    this.ctx.lock.withUserLock(() => this.write(this.entries().map((e) => (e.id === id ? { ...e, left: true as const } : e))));
  }

  add(...added: JournalEntry[]): void {
    this.ctx.lock.withUserLock(() => {
      const kept = this.entries().filter((e) => !added.some((a) => a.id === e.id));
      this.write([...kept, ...added].slice(-JOURNAL_MAX));
    });
  }

  /**
   * Forgets entries Google confirmed gone. `after404`: some were confirmed only by a 404 and a read that agreed; the
   * daily list by the marker is then made due, so that if both answers were wrong the next action still finds it.
   */
  forget(ids: string[], after404 = false): void {
    if (!ids.length) return;
    this.ctx.lock.withUserLock(() => {
      this.write(this.entries().filter((e) => !ids.includes(e.id)));
      if (after404 && this.ctx.store.get(MARKER_SWEEP_KEY) !== null) this.ctx.store.remove(MARKER_SWEEP_KEY);
    });
  }

  private write(entries: JournalEntry[]): void {
    if (entries.length) this.ctx.store.set(JOURNAL_KEY, JSON.stringify(entries));
    else if (this.ctx.store.get(JOURNAL_KEY) !== null) this.ctx.store.remove(JOURNAL_KEY);
  }
}

function readJournal(store: KeyValueStore, now: number): JournalEntry[] {
  const stored = readJson<unknown>(store, JOURNAL_KEY, []);
  if (!Array.isArray(stored)) return [];
  const entries: JournalEntry[] = [];
  for (const item of stored) {
    // Before entries had times, the journal held bare ids: old, so due for the sweep.
    const id: unknown = typeof item === 'string' ? item : item?.id;
    const at: unknown = typeof item === 'string' ? 0 : item?.at;
    if (typeof id !== 'string' || !EVENT_ID.test(id) || entries.some((e) => e.id === id)) continue;
    entries.push({
      id,
      at: typeof at === 'number' && Number.isFinite(at) && at >= 0 && at <= now + SAFE_AGE_MS ? at : 0,
      ...(item?.left === true ? { left: true as const } : {}),
    });
  }
  return entries;
}

/**
 * A leftover, as opposed to an entry in use: one whose delete Google did not confirm (`left`), or one an action
 * wrote down at least SAFE_AGE_MS ago and never cleared (it stopped half-way). An entry younger than that without
 * `left` belongs to an action still running (Apps Script stops any action at 30 s): its insert may not have reached
 * Google yet, and that action deletes its event itself. Nothing but that action may touch it.
 */
export function isLeftover(entry: JournalEntry, now: number): boolean {
  return entry.left === true || now - entry.at >= SAFE_AGE_MS;
}

/**
 * Whether a temporary event may still be in the person's calendar, waiting for the next sweep (a store read, no
 * call): a leftover (isLeftover). Not the entry of an action still running: that action says itself what it left.
 */
export function temporaryEventsWaiting(store: KeyValueStore, now: number): boolean {
  return readJournal(store, now).some((e) => isLeftover(e, now));
}

/**
 * What a delete found out: the event is gone for sure (`gone`; `goneAfter404` when only a 404 and a read that
 * agreed say so), or it may still be in the calendar.
 */
export type DeleteOutcome = 'gone' | 'goneAfter404' | 'mayRemain';

export const isGone = (outcome: DeleteOutcome) => outcome !== 'mayRemain';

/** Reads and deletes of an event MeetLink made: a 404 may be replication lag, so it is retried too. */
export const retryOwnEvent = (error: unknown) => isTransient(error) || (error instanceof GoogleApiError && error.status === 404);

/** Whether an event journaled at `at` is still young enough for a 404 about it to be replication lag. */
export const mayBeReplicating = (at: number, now: number) => now - at < SAFE_AGE_MS;

/**
 * Deletes one temporary event and answers `gone` only when Google confirms it: the delete succeeded, or answered
 * 410; or, for an event journaled at least SAFE_AGE_MS ago, answered 404 and one read agrees (`goneAfter404`).
 *
 * A 404 is not proof of absence (platform facts; Calendar's error guide answers it with "use exponential backoff":
 * developers.google.com/workspace/calendar/api/guides/errors#404_not_found). About a younger event (inserted by this
 * action, or by another action in the last two minutes) it is replication lag, which lasts seconds: the delete is
 * tried again after a backoff while the budget allows, and if Google still answers 404 the event stays journaled
 * (`mayRemain`); reading it would not help, a lagging event answers 404 to reads too. About an older event, a 404
 * may still come from a part of Google that has not seen it: so the event is read once (events.get, one call, only
 * on a 404). 404, 410 or `status: cancelled` ("The get method always returns them" for deleted events): gone. A live
 * event, any other answer, or no time left for the read: it stays journaled.
 */
export function deleteTemporaryEvent(api: CalendarApi, entry: JournalEntry, waiting: Waiting, policy: RetryPolicy = DEFAULT_RETRY): DeleteOutcome {
  const lagging = (error: unknown) => error instanceof GoogleApiError && error.status === 404 && mayBeReplicating(entry.at, waiting.now());
  try {
    withRetry(
      () => api.remove('primary', entry.id),
      waiting,
      policy,
      (error) => isTransient(error) || lagging(error),
    );
    return 'gone';
  } catch (error) {
    if (!(error instanceof GoogleApiError)) return 'mayRemain';
    if (error.status === 410) return 'gone';
    if (error.status === 404 && !mayBeReplicating(entry.at, waiting.now())) return readAgrees(api, entry, waiting);
    return 'mayRemain';
  }
}

/** After a 404 on the delete of an old entry: one read, and only its 404, 410 or `cancelled` make the event gone. */
function readAgrees(api: CalendarApi, entry: JournalEntry, waiting: Waiting): DeleteOutcome {
  if (!canStartCall(waiting)) return 'mayRemain';
  try {
    return api.get('primary', entry.id).status === 'cancelled' ? 'goneAfter404' : 'mayRemain';
  } catch (error) {
    return error instanceof GoogleApiError && (error.status === 404 || error.status === 410) ? 'goneAfter404' : 'mayRemain';
  }
}

/** Reads the temporary event MeetLink just inserted, retrying a 404 (replication lag) and transient errors. */
export function readOwnEvent(ctx: MeetContext, id: string): CalendarEvent {
  return withRetry(() => ctx.calendar.get('primary', id), ctx, undefined, retryOwnEvent);
}

export interface SweepResult {
  deleted: number;
  /** Entries still journaled after the sweep (left for the next action). */
  remaining: number;
  /** Whether the daily list by the marker ran in this sweep. */
  listed: boolean;
}

/**
 * Deletes temporary events earlier actions could not, in a small slice of this action. Free when there is
 * nothing to do: no Calendar call and no lock when the journal holds nothing due and the daily list is not due.
 * - the journal: entries at least SAFE_AGE_MS old;
 * - about once a day, a list by the marker (which does not depend on the journal, so an event any bug or race
 *   lost is still found), again only events at least SAFE_AGE_MS old;
 * - at most SWEEP_MAX_DELETES deletes within SWEEP_BUDGET_MS, with short waits; found events not deleted now
 *   are journaled for the next action.
 * Never throws: a sweep that cannot run (another action holds the lock, Google fails) runs at the next action.
 */
export function sweepTemporaryEvents(ctx: MeetContext): SweepResult {
  const journal = new TemporaryEventJournal(ctx);
  const now = ctx.now();
  // Every call of the sweep must end within its slice (and within the work's deadline).
  const slice: Waiting = { ...waitingOf(ctx), deadline: Math.min(ctx.deadline, now + SWEEP_BUDGET_MS) };
  const dueOf = (entries: JournalEntry[]) => entries.filter((e) => !mayBeReplicating(e.at, now));
  const entries = journal.entries();
  if (!dueOf(entries).length && !markerSweepDue(ctx, now)) return { deleted: 0, remaining: entries.length, listed: false };

  let due: JournalEntry[] = [];
  let listNow = false;
  try {
    ctx.lock.withUserLock(() => {
      due = dueOf(journal.entries());
      listNow = markerSweepDue(ctx, now);
      if (listNow) ctx.store.set(MARKER_SWEEP_KEY, JSON.stringify({ at: now }));
    });
  } catch {
    return { deleted: 0, remaining: entries.length, listed: false };
  }

  const found = listNow ? listOldTemporaryEvents(ctx, slice, now) : [];
  const candidates = [...due, ...found.filter((f) => !due.some((d) => d.id === f.id))];
  const gone: string[] = [];
  let after404 = false;
  let tried = 0;
  for (const entry of candidates) {
    if (tried >= SWEEP_MAX_DELETES || !canStartCall(slice)) break;
    tried += 1;
    const outcome = deleteTemporaryEvent(ctx.calendar, entry, slice, SWEEP_RETRY);
    if (isGone(outcome)) gone.push(entry.id);
    if (outcome === 'goneAfter404') after404 = true;
  }
  try {
    ctx.lock.withUserLock(() => {
      const known = new Set(journal.entries().map((e) => e.id));
      const lost = found.filter((f) => !known.has(f.id) && !gone.includes(f.id));
      if (lost.length) journal.add(...lost);
      journal.forget(gone, after404);
    });
  } catch {
    // Busy: what was deleted stays journaled and answers 410 next time; nothing is lost.
  }
  return { deleted: gone.length, remaining: journal.entries().length, listed: listNow };
}

/** The context's clock and waits, for a stretch of work with a deadline of its own. */
export function waitingOf(ctx: Waiting): Waiting {
  return { now: ctx.now, sleep: ctx.sleep, random: ctx.random, callMs: ctx.callMs, deadline: ctx.deadline };
}

function markerSweepDue(ctx: MeetContext, now: number): boolean {
  const last = readJson<{ at?: unknown }>(ctx.store, MARKER_SWEEP_KEY, {});
  const at = last && typeof last === 'object' ? last.at : undefined;
  // A missing, damaged or future time means due: an upgrade from a version with no journal finds its leftovers.
  return !(typeof at === 'number' && at <= now && now - at < MARKER_SWEEP_EVERY_MS);
}

/** Temporary events on the primary calendar made at least SAFE_AGE_MS ago, by the private marker. */
function listOldTemporaryEvents(ctx: MeetContext, slice: Waiting, now: number): JournalEntry[] {
  try {
    const marker = `${TEMPORARY_MARKER.key}=${TEMPORARY_MARKER.value}`;
    const events = withRetry(() => ctx.calendar.listByPrivateProperty('primary', marker), slice, SWEEP_RETRY);
    return events.flatMap((event) => {
      const at = Date.parse(event.created ?? '');
      const id = event.id ?? '';
      if (!EVENT_ID.test(id) || event.status === 'cancelled' || !Number.isFinite(at) || now - at < SAFE_AGE_MS) return [];
      return [{ id, at }];
    });
  } catch {
    return [];
  }
}

/**
 * "Delete my MeetLink data": deletes every journaled leftover (isLeftover: never the event of an action another tab
 * is still running, which deletes it itself), within the action's deadline, and forgets those Google confirms gone.
 * Answers how many entries remain: their events may still be in the calendar (or belong to an action still
 * running), so their notes must be kept, never silently dropped.
 */
export function deleteJournaledEvents(ctx: MeetContext): number {
  const journal = new TemporaryEventJournal(ctx);
  const now = ctx.now();
  const gone: string[] = [];
  let after404 = false;
  for (const entry of journal.entries()) {
    if (!canStartCall(ctx)) break;
    if (!isLeftover(entry, now)) continue;
    const outcome = deleteTemporaryEvent(ctx.calendar, entry, ctx, SWEEP_RETRY);
    if (isGone(outcome)) gone.push(entry.id);
    if (outcome === 'goneAfter404') after404 = true;
  }
  journal.forget(gone, after404);
  return journal.entries().length;
}
