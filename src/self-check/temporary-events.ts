import type { CalendarApi, CalendarEvent } from '../meet/calendar-port';
import { meetCreateRequest, readConference } from '../meet/conference';
import { refusedForGood } from '../meet/calendar-link';
import { GoogleApiError } from '../meet/google-api-error';
import { PENDING_POLL_MS } from '../meet/await-conference';
import {
  deleteTemporaryEvent,
  isGone,
  type JournalEntry,
  TEMPORARY_MARKER,
  temporaryEvent,
  temporaryEventId,
  TemporaryEventJournal,
  waitingOf,
} from '../meet/temporary-event';
import type { SelfCheckContext } from './context';

/**
 * The self-check's temporary conferenced events: MeetLink's own temporary event (marker included), journaled
 * like the add-on's (so an execution stopped half-way is swept by the next action), and every one deleted by
 * `deleteAll` whatever happened before.
 */
export interface Inserted {
  event: CalendarEvent;
  /** The insert answered `pending`. */
  pendingAtInsert: boolean;
  /** Reads that still answered `pending`. */
  pendingReads: number;
  /** From the insert's answer to the first non-pending read, in ms (0 when not pending). */
  waitedMs: number;
  /** The get right after the insert answered 404 (replication lag). */
  notFoundRightAfter: boolean;
  /** The conference's kind once settled, or 'pending' when the wait ran out. */
  settled: string;
}

export class TemporaryEvents {
  readonly made: string[] = [];
  private readonly journaled: JournalEntry[] = [];
  private readonly deleted = new Set<string>();
  private readonly journal: TemporaryEventJournal;

  constructor(private readonly ctx: SelfCheckContext) {
    this.journal = new TemporaryEventJournal(ctx);
  }

  /** Inserts a conferenced temporary event on `api`, reads it straight back, and waits out `pending`. */
  insert(api: CalendarApi): Inserted {
    const { ctx } = this;
    const id = temporaryEventId(ctx.newId());
    const entry = { id, at: ctx.now() };
    this.journal.add(entry);
    this.made.push(id);
    this.journaled.push(entry);
    const body = temporaryEvent(id, ctx.now(), meetCreateRequest(ctx.newId()));
    let answered: CalendarEvent;
    try {
      answered = api.insert('primary', body, { conferenceDataVersion: 1, sendUpdates: 'none' });
    } catch (error) {
      // Refused for good: no event was made, so there is nothing to delete or to keep journaled.
      if (refusedForGood(error)) this.deleted.add(id);
      throw error;
    }
    const start = ctx.now();
    const pendingAtInsert = readConference(answered).kind === 'pending';
    let notFoundRightAfter = false;
    let current: CalendarEvent | undefined;
    try {
      current = api.get('primary', id);
    } catch (error) {
      if (!(error instanceof GoogleApiError && error.status === 404)) throw error;
      notFoundRightAfter = true;
    }
    let pendingReads = current && readConference(current).kind === 'pending' ? 1 : 0;
    for (const delay of PENDING_POLL_MS) {
      if (current && readConference(current).kind !== 'pending') break;
      if (ctx.now() + delay >= ctx.deadline) break;
      ctx.sleep(delay);
      try {
        current = api.get('primary', id);
      } catch (error) {
        if (!(error instanceof GoogleApiError && error.status === 404)) throw error;
        continue;
      }
      if (readConference(current).kind === 'pending') pendingReads += 1;
    }
    const event = current ?? answered;
    const settled = readConference(event).kind;
    const waitedMs = pendingAtInsert || pendingReads ? ctx.now() - start : 0;
    return { event, pendingAtInsert, pendingReads, waitedMs, notFoundRightAfter, settled };
  }

  markDeleted(id: string): void {
    this.deleted.add(id);
  }

  /**
   * Deletes every event this check made and has not deleted, by the add-on's own rule
   * (src/meet/temporary-event.ts, deleteTemporaryEvent): gone on success or 410; a 404 about an event inserted
   * seconds ago is replication lag, retried with a backoff within the budget, and if it lasts the event stays in
   * MeetLink's journal for the sweep of a later action; a 404 about an older one counts only once a read agrees
   * (and then the daily list is made due). Answers the ids not confirmed deleted.
   */
  deleteAll(api: CalendarApi): string[] {
    const failed: string[] = [];
    let after404 = false;
    for (const entry of this.journaled) {
      if (this.deleted.has(entry.id)) continue;
      const outcome = deleteTemporaryEvent(api, entry, waitingOf(this.ctx));
      if (isGone(outcome)) this.deleted.add(entry.id);
      else failed.push(entry.id);
      if (outcome === 'goneAfter404') after404 = true;
    }
    try {
      this.journal.forget([...this.deleted], after404);
    } catch {
      // Busy: the entries stay, and a later sweep finds those events already deleted (410).
    }
    return failed;
  }

  /** Live events on the primary calendar carrying MeetLink's temporary marker. */
  leftovers(api: CalendarApi): CalendarEvent[] {
    return api.listByPrivateProperty('primary', `${TEMPORARY_MARKER.key}=${TEMPORARY_MARKER.value}`).filter((e) => e.status !== 'cancelled');
  }
}
