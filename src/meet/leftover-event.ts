import type { CalendarEvent } from './calendar-port';
import type { MeetContext } from './context';
import { MeetFailure, toFailure } from './errors';
import type { EventRef } from './event-conference';
import { withRetry } from './retry';
import { deleteTemporaryEvent, isGone, TEMPORARY_MARKER, TemporaryEventJournal } from './temporary-event';

/**
 * MeetLink's own temporary event, open in Calendar: a leftover whose delete Google did not confirm. The add-on's
 * event object carries no extended properties (developers.google.com/workspace/add-ons/concepts/event-objects,
 * Calendar event object: id, calendarId, organizer, attendees, conferenceData, capabilities, recurringEventId),
 * so the card recognises it by its id, which MeetLink chose: `meetlink` and 32 hex digits (temporaryEventId). A
 * person's own event has a random id (26 base32hex characters when Calendar makes it), so the chance that one
 * matches is nil; and before anything is deleted, the event is read and its private marker checked.
 */
const TEMPORARY_ID = /^meetlink[0-9a-f]{32}$/;

export function looksLikeTemporaryEvent(eventId: string | undefined): boolean {
  return typeof eventId === 'string' && TEMPORARY_ID.test(eventId);
}

/**
 * Deletes the open leftover: one read to check MeetLink's private marker (only the owner's copy carries it), then
 * the same confirmed delete as the sweep, and the journal forgets it. An event without the marker is never
 * deleted: `leftoverNotOurs`.
 */
export function deleteLeftoverEvent(ctx: MeetContext, ref: EventRef): void {
  const own = ref.calendarId === 'primary' || ref.calendarId.toLowerCase() === (ctx.accountEmail?.() ?? '').toLowerCase();
  if (!own || !looksLikeTemporaryEvent(ref.eventId)) throw new MeetFailure('leftoverNotOurs', 'Not a MeetLink temporary event: nothing deleted.');
  let event: CalendarEvent;
  try {
    event = withRetry(() => ctx.calendar.get('primary', ref.eventId), ctx);
  } catch (error) {
    throw toFailure(error, 'openEvent');
  }
  if (event.extendedProperties?.private?.[TEMPORARY_MARKER.key] !== TEMPORARY_MARKER.value) {
    throw new MeetFailure('leftoverNotOurs', 'The event has no MeetLink marker: nothing deleted.');
  }
  // The same rule as the sweep: a 404 forgets the event only once it is past the safe age (replication lag).
  const journaled = new TemporaryEventJournal(ctx).entries().find((e) => e.id === ref.eventId);
  const created = Date.parse(event.created ?? '');
  const entry = { id: ref.eventId, at: journaled?.at ?? (Number.isFinite(created) ? created : 0) };
  const outcome = event.status === 'cancelled' ? 'gone' : deleteTemporaryEvent(ctx.calendar, entry, ctx);
  if (!isGone(outcome)) throw new MeetFailure('googleUnavailable', 'Google did not confirm the delete.');
  try {
    new TemporaryEventJournal(ctx).forget([ref.eventId], outcome === 'goneAfter404');
  } catch {
    // Busy: the entry stays, and the next sweep finds the event already deleted (410).
  }
}
