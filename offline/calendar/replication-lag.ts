import type { VirtualClock } from '../clock';
import { CALENDAR_ERRORS } from '../google-errors';
import type { CalendarModel, Route } from './model';

/**
 * Replication lag, opt-in per test: for `lagMs` of simulated time after its insert, an event answers 404 to
 * get, patch and delete; after that it is seen. Calendar's error guide gives 404 "Not found" the suggested
 * action "use exponential backoff" (developers.google.com/workspace/calendar/api/guides/errors#404_not_found):
 * a 404 is not proof that an event does not exist. Google publishes no figure for the lag; it is seconds after
 * a write (platform facts), and it is counted in TIME, never in requests, so asking again sooner or more often
 * does not get past it: only waiting does. The default, 3 s, is longer than an action's retries of one call.
 */
export class ReplicationLag {
  enabled = false;
  /** For how long after its insert an event answers 404, in simulated ms. */
  lagMs = 3000;
  /**
   * How many of the next deletes reach a part of Google that has not seen the event, however old it is: they answer
   * 404 and delete nothing, while reads see the event. The error guide's advice for a 404 is "use exponential
   * backoff", and the platform facts say to forget an event only on 410 or "on a 404 that a later read confirms";
   * whether a read right after such a delete sees the event is not published (**unconfirmed**): this fake takes the
   * case that a delete alone would get wrong. Counted whether or not `enabled` is set.
   */
  staleDeletes = 0;
  private readonly insertedAt = new Map<string, number>();

  constructor(model: CalendarModel, clock: VirtualClock) {
    const insert = model.insert.bind(model);
    model.insert = (route, calendarId, body, params) => {
      const event = insert(route, calendarId, body, params);
      if (this.enabled && event.id) this.insertedAt.set(event.id, clock.now());
      return event;
    };
    const lagging = (api: string, verb: string, route: Route, calendarId: string, eventId: string): void => {
      const at = this.insertedAt.get(eventId);
      if (!this.enabled || at === undefined || clock.now() - at >= this.lagMs) return;
      model.refuse(route, api, `${verb} ${calendarId} ${eventId.slice(0, 16)} (not replicated yet)`, CALENDAR_ERRORS.notFound);
    };
    const get = model.get.bind(model);
    model.get = (route, calendarId, eventId, params) => {
      lagging('calendar.events.get', 'get', route, calendarId, eventId);
      return get(route, calendarId, eventId, params);
    };
    const patch = model.patch.bind(model);
    model.patch = (route, calendarId, eventId, body, params) => {
      lagging('calendar.events.patch', 'patch', route, calendarId, eventId);
      return patch(route, calendarId, eventId, body, params);
    };
    const remove = model.remove.bind(model);
    model.remove = (route, calendarId, eventId, params) => {
      lagging('calendar.events.delete', 'delete', route, calendarId, eventId);
      if (this.staleDeletes > 0 && model.peek(calendarId, eventId)?.status !== 'cancelled') {
        this.staleDeletes -= 1;
        model.refuse(
          route,
          'calendar.events.delete',
          `delete ${calendarId} ${eventId.slice(0, 16)} (a replica without it)`,
          CALENDAR_ERRORS.notFound,
        );
      }
      remove(route, calendarId, eventId, params);
    };
  }
}
