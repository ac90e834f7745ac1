import { CALENDAR_ERRORS } from '../google-errors';
import type { CalendarModel, Route } from './model';

/**
 * Replication lag, opt-in per test: a just-inserted event answers 404 to its first reads, patches or deletes.
 * Calendar's error guide gives 404 "Not found" the suggested action "use exponential backoff"
 * (developers.google.com/workspace/calendar/api/guides/errors#404_not_found): a 404 is not proof that an event
 * does not exist. `missesPerEvent` calls of get/patch/delete answer 404 after each insert; then the event is seen.
 */
export class ReplicationLag {
  enabled = false;
  missesPerEvent = 1;
  private readonly unseen = new Map<string, number>();

  constructor(model: CalendarModel) {
    const insert = model.insert.bind(model);
    model.insert = (route, calendarId, body, params) => {
      const event = insert(route, calendarId, body, params);
      if (this.enabled && event.id) this.unseen.set(event.id, this.missesPerEvent);
      return event;
    };
    const lagging = (api: string, verb: string, route: Route, calendarId: string, eventId: string): void => {
      const misses = this.unseen.get(eventId) ?? 0;
      if (misses <= 0) return;
      this.unseen.set(eventId, misses - 1);
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
      remove(route, calendarId, eventId, params);
    };
  }
}
