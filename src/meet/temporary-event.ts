import type { CalendarEvent } from './calendar-port';
import { GoogleApiError } from './google-api-error';
import type { MeetContext } from './context';
import { readJson } from '../storage/key-value-store';
import { withRetry } from './retry';

/**
 * The temporary event that makes a Meet link for anyone (free Gmail or Workspace): nobody invited, nobody
 * notified, no reminder, not busy, private, and marked so that a leftover can be found and deleted.
 */
export const TEMPORARY_MARKER = { key: 'meetlinkTemporary', value: '1' } as const;
const JOURNAL_KEY = 'meetlink.temporaryEvents';
/** Keeps the journal far below the 9 KB a property value may hold. */
const JOURNAL_MAX = 100;

/** A client-chosen event id: base32hex (a–v, 0–9), 5–1024 characters (events.insert reference). */
export function temporaryEventId(uuid: string): string {
  return `meetlink${uuid.replace(/[^0-9a-f]/gi, '').toLowerCase()}`;
}

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

/**
 * Ids of temporary events not yet known to be deleted. An id is written before its insert and cleared after
 * its delete, so an event left behind by a failed delete (or a script stopped half-way) is swept later.
 */
export class TemporaryEventJournal {
  constructor(private readonly ctx: Pick<MeetContext, 'store'>) {}
  ids(): string[] {
    const ids = readJson<unknown>(this.ctx.store, JOURNAL_KEY, []);
    return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
  }
  add(id: string): void {
    this.write([...this.ids(), id].slice(-JOURNAL_MAX));
  }
  forget(done: string[]): void {
    this.write(this.ids().filter((id) => !done.includes(id)));
  }
  private write(ids: string[]): void {
    if (ids.length) this.ctx.store.set(JOURNAL_KEY, JSON.stringify(ids));
    else this.ctx.store.remove(JOURNAL_KEY);
  }
}

/** Deletes one temporary event, retrying transient errors. A 410 or 404 means it is already gone. */
export function deleteTemporaryEvent(ctx: MeetContext, id: string): boolean {
  try {
    withRetry(() => ctx.calendar.remove('primary', id), ctx);
    return true;
  } catch (error) {
    return error instanceof GoogleApiError && (error.status === 410 || error.status === 404);
  }
}

/**
 * Deletes temporary events an earlier action could not. Costs nothing when the journal is empty; otherwise
 * one list by the marker (which also finds events the journal lost) and one delete per leftover.
 * Never throws: a sweep that fails is tried again at the next action.
 */
export function sweepTemporaryEvents(ctx: MeetContext): { deleted: number; remaining: number } {
  const journal = new TemporaryEventJournal(ctx);
  const journaled = journal.ids();
  if (!journaled.length) return { deleted: 0, remaining: 0 };
  let found: string[] = [];
  try {
    const marker = `${TEMPORARY_MARKER.key}=${TEMPORARY_MARKER.value}`;
    found = withRetry(() => ctx.calendar.listByPrivateProperty('primary', marker), ctx)
      .map((e) => e.id ?? '')
      .filter(Boolean);
  } catch {
    // The list failed: still try the ids we know.
  }
  const done = [...new Set([...journaled, ...found])].filter((id) => deleteTemporaryEvent(ctx, id));
  journal.forget(done);
  return { deleted: done.length, remaining: journal.ids().length };
}
