import type { CalendarApi, CalendarEvent } from '../meet/calendar-port';
import { meetCreateRequest, readConference } from '../meet/conference';
import { GoogleApiError } from '../meet/google-api-error';
import { PENDING_POLL_MS } from '../meet/await-conference';
import { TEMPORARY_MARKER, temporaryEvent, temporaryEventId, TemporaryEventJournal } from '../meet/temporary-event';
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
  private readonly deleted = new Set<string>();
  private readonly journal: TemporaryEventJournal;

  constructor(private readonly ctx: SelfCheckContext) {
    this.journal = new TemporaryEventJournal(ctx);
  }

  /** Inserts a conferenced temporary event on `api`, reads it straight back, and waits out `pending`. */
  insert(api: CalendarApi): Inserted {
    const { ctx } = this;
    const id = temporaryEventId(ctx.newId());
    this.journal.add({ id, at: ctx.now() });
    this.made.push(id);
    const body = temporaryEvent(id, ctx.now(), meetCreateRequest(ctx.newId()));
    const answered = api.insert('primary', body, { conferenceDataVersion: 1, sendUpdates: 'none' });
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

  /** Deletes every event this check made and has not deleted; answers the ids it could not delete. */
  deleteAll(api: CalendarApi): string[] {
    const failed: string[] = [];
    for (const id of this.made) {
      if (this.deleted.has(id)) continue;
      try {
        api.remove('primary', id);
        this.deleted.add(id);
      } catch (error) {
        if (error instanceof GoogleApiError && (error.status === 404 || error.status === 410)) this.deleted.add(id);
        else failed.push(id);
      }
    }
    this.journal.forget([...this.deleted]);
    return failed;
  }

  /** Live events on the primary calendar carrying MeetLink's temporary marker. */
  leftovers(api: CalendarApi): CalendarEvent[] {
    return api.listByPrivateProperty('primary', `${TEMPORARY_MARKER.key}=${TEMPORARY_MARKER.value}`).filter((e) => e.status !== 'cancelled');
  }
}
