import { homeCard } from '../cards/home';
import type { EventView } from '../cards/event';
import { readHistory } from '../history';
import { readConference, type Conference } from '../meet/conference';
import { MeetFailure } from '../meet/errors';
import type { EventRef } from '../meet/event-conference';
import { loadSettings } from '../settings';
import { timeZoneOf, type AddOnEvent } from '../ui/event-object';
import { isFreeGmail } from '../meet/meet-port';
import type { App } from './app';

/** Builds views from what the host sent and what is stored: no Calendar call is made to render a card. */
export function homeFor(app: App, e: AddOnEvent | undefined) {
  const { settings } = loadSettings(app.store);
  const timeZone = timeZoneOf(e);
  const history = settings.keepHistory ? readHistory(app.store).map((entry) => ({ entry, when: app.formatWhen(entry.at, timeZone) })) : null;
  return homeCard({ history, freeAccount: isFreeGmail(app.email()) });
}

export function eventViewFor(app: App, e: AddOnEvent | undefined): EventView {
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
export function eventViewAfter(parameters: Record<string, string>, conference: Conference): EventView {
  return {
    calendarId: parameters.calendarId,
    eventId: parameters.eventId,
    conference,
    canChange: true,
    occurrence: parameters.occurrence === '1',
  };
}

/** The event a card action names; a card that names none is a bug, reported as such. */
export function eventRefFrom(parameters: Record<string, string>): EventRef {
  if (!parameters.calendarId || !parameters.eventId) throw new MeetFailure('unexpected', 'The card did not name an event.');
  return { calendarId: parameters.calendarId, eventId: parameters.eventId };
}
