import type { EventView } from '../cards/event';
import type { HomeView } from '../cards/home';
import { parameters, timeZoneOf, type AddOnEvent } from '../host/event-object';
import { readHistory, type HistoryEntry } from '../history';
import { temporaryEventsWaiting } from '../meet/temporary-event';
import { readConference, type Conference } from '../meet/conference';
import { MeetFailure } from '../meet/errors';
import type { EventRef } from '../meet/event-conference';
import { isFreeGmail } from '../meet/meet-port';
import { loadSettings } from '../settings';
import type { App } from './app';

/** View models from what the host sent and what is stored: no Calendar call is made to render a card. */

export function homeView(app: App, e: AddOnEvent | undefined): HomeView {
  const { settings } = loadSettings(app.store);
  const timeZone = timeZoneOf(e);
  const history = settings.keepHistory ? readHistory(app.store).flatMap((entry) => withTime(app, entry, timeZone)) : null;
  return { history, freeAccount: isFreeGmail(app.email()), temporaryEventWaiting: temporaryEventsWaiting(app.store) };
}

/** An entry with its time as the person reads it; one the formatter cannot show is left out, never fatal. */
function withTime(app: App, entry: HistoryEntry, timeZone: string): { entry: HistoryEntry; when: string }[] {
  try {
    return [{ entry, when: app.formatWhen(entry.at, timeZone) }];
  } catch {
    return [];
  }
}

export function eventView(app: App, e: AddOnEvent | undefined): EventView {
  const calendar = e?.calendar ?? {};
  const organizer = calendar.organizer?.email;
  const me = app.email();
  const isOrganizer = !organizer || !me || organizer.toLowerCase() === me.toLowerCase();
  return {
    calendarId: calendar.calendarId ?? 'primary',
    eventId: calendar.id,
    conference: calendar.conferenceData ? readConference({ conferenceData: calendar.conferenceData }) : { kind: 'none' },
    canChange: isOrganizer && calendar.capabilities?.canSetConferenceData !== false,
    organizer,
    occurrence: Boolean(calendar.recurringEventId),
  };
}

/** The view after a change MeetLink made: only offered to someone who can change it. */
export function eventViewAfter(e: AddOnEvent, conference: Conference): EventView {
  const p = parameters(e);
  return { calendarId: p.calendarId, eventId: p.eventId, conference, canChange: true, occurrence: p.occurrence === '1' };
}

/** The event a card action names; a card that names none is a bug, reported as such. */
export function eventRefFrom(e: AddOnEvent): EventRef {
  const p = parameters(e);
  if (!p.calendarId || !p.eventId) throw new MeetFailure('unexpected', 'The card did not name an event.');
  return { calendarId: p.calendarId, eventId: p.eventId };
}
