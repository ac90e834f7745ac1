/** The JSON API's POST routes (preview/protocol.ts `Routes`, docs/preview.md): each runs one thing in the session. */
import { clickables, type Json } from '../../offline/card-query';
import type { HostApp } from '../../offline/host';
import type { ActionResult, RoutePath } from '../protocol';
import { HttpError } from './http-error';
import { HOUR } from './seed';
import type { PreviewSession } from './session';
import { applySettings } from './settings';

export type Route = (body: Json) => ActionResult;

export function createRoutes(session: PreviewSession): Record<RoutePath, Route> {
  const open = (event: { calendarId: string; id?: string }) => session.act(() => session.enter({ kind: 'event', event }));
  return {
    '/api/homepage': (body) => {
      const app: HostApp = body.app === 'CALENDAR' ? 'CALENDAR' : 'GMAIL';
      return session.act(() => session.enter({ kind: 'homepage', app }));
    },
    '/api/compose': (body) => {
      session.applyPage(body);
      return session.act(() => session.enter({ kind: 'compose' }));
    },
    '/api/message/open': (body) => {
      if (typeof body.id !== 'string') throw new HttpError(400, 'id is required');
      // A message of another account's inbox is refused with 404 by the session.
      return session.act(() => session.enter({ kind: 'message', messageId: body.id }));
    },
    '/api/event/open': (body) => {
      if (typeof body.id !== 'string') throw new HttpError(400, 'id is required');
      const calendarId = typeof body.calendarId === 'string' ? body.calendarId : session.calendarId;
      if (!session.runtime.calendar.peek(calendarId, body.id)) throw new HttpError(404, `No event ${body.id}`);
      return open({ calendarId, id: body.id });
    },
    '/api/event/new': () => open({ calendarId: session.calendarId }),
    '/api/event/save': (body) => {
      // The person saves the event in Calendar (not the add-on): it lands on their calendar, then stays open.
      const summary =
        String(body.summary ?? '')
          .trim()
          .slice(0, 200) || '(No title)';
      // Default: the next full hour after now, as Calendar proposes.
      const start = Date.parse(String(body.start ?? '')) || Math.ceil((session.runtime.clock.now() + 1) / HOUR) * HOUR;
      const minutes = Math.min(Math.max(Number(body.minutes) || 30, 5), 24 * 60);
      const calendarId = session.calendarId;
      const event = session.runtime.calendar.seedEvent(calendarId, {
        summary,
        start: { dateTime: new Date(start).toISOString() },
        end: { dateTime: new Date(start + minutes * 60000).toISOString() },
      });
      return open({ calendarId, id: event.id! });
    },
    '/api/click': (body) => {
      const card = session.host.card;
      const index = Number(body.index);
      const target = card ? clickables(card)[index] : undefined;
      if (!target || (typeof body.label === 'string' && body.label !== target.label)) {
        throw new HttpError(409, 'The card changed since the page drew it: the button is gone. Reload the sidebar.');
      }
      session.applyPage(body);
      return session.act((host) => host.clickAt(index));
    },
    '/api/change': (body) => {
      if (typeof body.name !== 'string') throw new HttpError(400, 'name is required');
      session.applyPage(body);
      const value = Array.isArray(body.value) ? body.value.map(String) : String(body.value ?? '');
      return session.act((host) => host.change(body.name, value));
    },
    '/api/universal': (body) => {
      session.applyPage(body);
      return session.act((host) => host.universal(String(body.label)));
    },
    '/api/back': () => session.act((host) => host.back()),
    '/api/settings': (body) => {
      const reopen = applySettings(session, body ?? {});
      if (reopen === 'homepage') return session.act(() => session.enter({ kind: 'homepage', app: session.host.hostApp }));
      if (reopen === 'context') return session.act(() => session.enter(session.context));
      return session.act(() => undefined);
    },
    '/api/log/clear': () => {
      session.runtime.log.clear();
      session.host.errors.length = 0;
      return session.act(() => undefined);
    },
    '/api/reset': () => {
      session.reset();
      return session.act(() => undefined);
    },
    '/api/studio/run': (body) => {
      if (typeof body.step !== 'string') throw new HttpError(400, 'step is required');
      const inputs: Record<string, string | boolean> = {};
      for (const [id, value] of Object.entries((body.inputs ?? {}) as Record<string, unknown>)) {
        if (typeof value === 'boolean' || typeof value === 'string') inputs[id] = value;
      }
      return session.act(() => session.runStep(body.step, inputs));
    },
  };
}
