import type { ActionName } from '../host/actions';
import { confirmRemoveCard, confirmReplaceCard } from '../cards/confirm-remove';
import { eventCard, leftoverDeletedCard } from '../cards/event';
import { parameters, type AddOnEvent } from '../host/event-object';
import { STRINGS } from '../i18n/strings';
import { AlreadyHasConference, EventTypeRefusal, type ChangeOptions, type ChangeResult, type EventRef } from '../meet/event-conference';
import type { MeetEngine } from '../meet/engine';
import { MeetFailure } from '../meet/errors';
import { loadSettings } from '../settings';
import { isFreeGmail } from '../meet/meet-port';
import type { App } from './app';
import { nav, respond, type Handler } from './respond';
import { eventRefFrom, eventViewAfter } from './view-models';
import { eventParameters, type EventView } from '../cards/event';

/**
 * The steps every change to the open event shares: name the event from the card, apply the person's
 * "email guests" setting, run the change, and show the event as Google now has it, with a notification.
 *
 * The answer always goes back to the event's own card and redraws it (`popToRoot` then `updateCard`), wherever
 * the action was pressed: on the event card, on a confirmation, or on a failure card's "Try again". So no card
 * under the top one is left showing an older state: after a failed Add and a working retry, there is no stale
 * "no video conference yet" card for Back to reveal, with an Add that would replace the working link.
 */
function changeEvent(
  app: App,
  e: AddOnEvent,
  change: (engine: MeetEngine, ref: EventRef, options: ChangeOptions) => ChangeResult,
  notification: string,
) {
  const view = (conference: ChangeResult['conference'], extra: Partial<EventView> = {}) => ({
    ...eventViewAfter(e, conference, app.email(), !isFreeGmail(app.email()) && app.engine().meetApiOffered()),
    ...extra,
  });
  const show = (conference: ChangeResult['conference'], text?: string, extra: Partial<EventView> = {}) =>
    respond(
      nav()
        .popToRoot()
        .updateCard(eventCard(view(conference, extra))),
      text,
    );
  try {
    const result = change(app.engine(), eventRefFrom(e), { notifyGuests: notifyGuests(app) });
    // The event read back after the change names itself (the event object that opened the card has no title).
    return show(result.conference, notification, titled(result.event.summary));
  } catch (error) {
    // Google took the request but could not make the conference: the event now shows a failed one. Say so,
    // and show the event as it is, with "Add Meet link" to try again.
    if (error instanceof MeetFailure && error.kind === 'conferenceFailed') return show({ kind: 'failed' }, STRINGS.eventConferenceFailed);
    // A focus time, out of office, working location, birthday or Gmail event: name it, offer nothing that fails.
    if (error instanceof EventTypeRefusal) return show(error.conference, undefined, { eventType: error.eventType, ...titled(error.title) });
    // Add on an event that has a conference already (the card was stale): show it as it is, and ask first.
    if (error instanceof AlreadyHasConference) return askBeforeReplacing(app, view(error.conference, titled(error.title)));
    throw error;
  }
}

/** The event as Google has it, and on top the question whether to replace its conference (nothing changed yet). */
function askBeforeReplacing(app: App, current: EventView) {
  const { conference } = current;
  const navigation = nav().popToRoot().updateCard(eventCard(current));
  const ask: Record<string, string> | undefined =
    conference.kind === 'meet' ? { previousCode: conference.link.code } : conference.kind === 'other' ? { other: conference.name } : undefined;
  if (ask) navigation.pushCard(confirmReplaceCard(eventParameters(current, ask), notifyGuests(app)));
  return respond(navigation, STRINGS.eventAlreadyHasConference);
}

const notifyGuests = (app: App) => loadSettings(app.store).settings.notifyGuests;

/** The event's title, when Google's answer had one. */
const titled = (title: string | null | undefined): Partial<EventView> => (title ? { title } : {});

/** The open Calendar event's conference. */
export const EVENT_HANDLERS = {
  addToEvent: (app, e) => changeEvent(app, e, (engine, ref, options) => engine.addToEvent(ref, options), STRINGS.meetAdded),
  confirmReplace: (app, e) => respond(nav().pushCard(confirmReplaceCard(parameters(e), notifyGuests(app)))),
  replaceOnEvent: (app, e) => {
    const p = parameters(e);
    const previousCode = p.previousCode || undefined;
    const message = p.other ? STRINGS.switchedToMeet : STRINGS.meetReplaced;
    return changeEvent(app, e, (engine, ref, options) => engine.replaceOnEvent(ref, previousCode, options), message);
  },
  confirmRemove: (app, e) => respond(nav().pushCard(confirmRemoveCard(parameters(e), notifyGuests(app)))),
  removeFromEvent: (app, e) => {
    const message = parameters(e).other ? STRINGS.conferenceRemoved : STRINGS.meetRemoved;
    return changeEvent(app, e, (engine, ref, options) => engine.removeFromEvent(ref, options), message);
  },
  deleteLeftover: (app, e) => {
    app.engine().deleteLeftover(eventRefFrom(e));
    return respond(nav().popToRoot().updateCard(leftoverDeletedCard()), STRINGS.leftoverDeleted);
  },
} satisfies Partial<Record<ActionName, Handler>>;
