import type { EventView } from '../cards/event';
import { MEET_ROUTE_SCOPES } from '../host/feature-scopes';
import type { ComposeView } from '../cards/compose';
import type { HomeView, SavedLinkView } from '../cards/home';
import type { MessageView } from '../cards/message';
import { parameters, timeZoneOf, type AddOnEvent } from '../host/event-object';
import { isAging, savedLinks, type HistoryEntry } from '../history';
import { temporaryEventsWaiting } from '../meet/temporary-event';
import { readConference, type Conference } from '../meet/conference';
import { MeetFailure } from '../meet/errors';
import type { EventRef } from '../meet/event-conference';
import { isFreeGmail } from '../meet/meet-port';
import { looksLikeTemporaryEvent } from '../meet/leftover-event';
import { loadSettings } from '../settings';
import type { App } from './app';

/** View models from what the host sent and what is stored: no Calendar call is made to render a card. */

export function homeView(app: App, e: AddOnEvent | undefined): HomeView {
  const { settings } = loadSettings(app.store);
  const history = settings.keepHistory ? savedLinkViews(app, e) : null;
  const me = app.email();
  const freeAccount = isFreeGmail(me);
  const lookup = app.engine().meetApiUsable();
  return {
    history,
    freeAccount,
    lookup,
    // Not free Gmail, yet the Meet API is not used: Google refused it within the last 30 days, or the person did not
    // allow MeetLink's Meet scope (then the card says that, not that Google refused).
    ...(!freeAccount && !lookup
      ? app.consent.missing(MEET_ROUTE_SCOPES).length
        ? { meetControlsNotAllowed: true }
        : { meetControlsRefused: true }
      : {}),
    me,
    temporaryEventWaiting: temporaryEventsWaiting(app.store, app.now()),
  };
}

/** Pinned, then recent links, each with when it was made in the person's zone. */
export function savedLinkViews(app: App, e: AddOnEvent | undefined): SavedLinkView[] {
  const timeZone = timeZoneOf(e);
  return savedLinks(app.store).flatMap((entry) => withTime(app, entry, timeZone));
}

/** An entry with its time as the person reads it; one the formatter cannot show is left out, never fatal. */
function withTime(app: App, entry: HistoryEntry, timeZone: string | undefined): SavedLinkView[] {
  try {
    return [{ entry, when: app.formatWhen(entry.at, timeZone), ...(isAging(entry, app.now()) ? { aging: true } : {}) }];
  } catch {
    return [];
  }
}

export function composeView(app: App, e: AddOnEvent | undefined): ComposeView {
  const { settings } = loadSettings(app.store);
  return { first: settings.composeDefault, links: settings.keepHistory ? savedLinkViews(app, e) : [], recap: afterMeetingOffer(app.email()) };
}

/** Gmail, an open message: the homepage's view, and which reply the person offers first. */
export function messageView(app: App, e: AddOnEvent | undefined): MessageView {
  return { ...homeView(app, e), first: loadSettings(app.store).settings.composeDefault };
}

export function eventView(app: App, e: AddOnEvent | undefined): EventView {
  const calendar = e?.calendar ?? {};
  const organizer = calendar.organizer?.email;
  const me = app.email();
  const calendarId = calendar.calendarId ?? 'primary';
  return {
    calendarId,
    eventId: calendar.id,
    conference: calendar.conferenceData ? readConference({ conferenceData: calendar.conferenceData }) : { kind: 'none' },
    canChange: mayOfferChanges(organizer, calendarId, me),
    organizer,
    occurrence: Boolean(calendar.recurringEventId),
    me,
    // MeetLink's own temporary event, recognised by the id MeetLink chose (the event object has no extended properties).
    leftover: looksLikeTemporaryEvent(calendar.id) && (calendarId === 'primary' || calendarId.toLowerCase() === me.toLowerCase()),
    // No call: a free Gmail account, or one Google refused the Meet API within 30 days, gets no control.
    // Meeting settings work on any maker's Meet, under meetings.space.settings.
    meetControls: !isFreeGmail(me) && app.engine().meetApiOffered(),
    afterMeeting: afterMeetingOffer(me),
  };
}

/** What "After the meeting" does for this account: read Meet's records, or (free Gmail, no Meet API) say why not. */
export function afterMeetingOffer(me: string): 'read' | 'explain' {
  return isFreeGmail(me) ? 'explain' : 'read';
}

/**
 * Whether to offer Add/Replace/Remove: decided by who organizes the event on whose calendar, never by
 * capabilities.canSetConferenceData, which Google documents as what the add-on (not the person) may do and may
 * send false or nothing under READ access (docs/google-behaviour.md). The organizer's own copy, or an event the
 * calendar it is on organizes (a team calendar), gets the controls; the Calendar API's answer is final (a 403 is
 * told plainly). An invitation's copy, organized by someone else, does not.
 */
function mayOfferChanges(organizer: string | undefined, calendarId: string, me: string): boolean {
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  if (!organizer || !me || same(organizer, me)) return true;
  return calendarId !== 'primary' && same(organizer, calendarId);
}

/** The view after a change MeetLink made: only offered to someone who can change it. */
export function eventViewAfter(e: AddOnEvent, conference: Conference, me?: string, meetControls = false): EventView {
  const p = parameters(e);
  return {
    calendarId: p.calendarId,
    eventId: p.eventId,
    conference,
    canChange: true,
    occurrence: p.occurrence === '1',
    me,
    meetControls,
    ...(me ? { afterMeeting: afterMeetingOffer(me) } : {}),
  };
}

/** The event a card action names; a card that names none is a bug, reported as such. */
export function eventRefFrom(e: AddOnEvent): EventRef {
  const p = parameters(e);
  if (!p.calendarId || !p.eventId) throw new MeetFailure('unexpected', 'The card did not name an event.');
  return { calendarId: p.calendarId, eventId: p.eventId };
}
