import type { ActionName } from '../host/actions';
import { confirmRemoveCard, confirmReplaceCard } from '../cards/confirm-remove';
import { eventCard } from '../cards/event';
import { parameters, type AddOnEvent } from '../host/event-object';
import { STRINGS } from '../i18n/strings';
import type { ChangeOptions, ChangeResult, EventRef } from '../meet/event-conference';
import type { MeetEngine } from '../meet/engine';
import { MeetFailure } from '../meet/errors';
import { loadSettings } from '../settings';
import { isFreeGmail } from '../meet/meet-port';
import type { App } from './app';
import { nav, respond, type Handler } from './respond';
import { eventRefFrom, eventViewAfter } from './view-models';

/**
 * The steps every change to the open event shares: name the event from the card, apply the person's
 * "email guests" setting, run the change, and show the event as Google now has it, with a notification.
 * Changes asked for on a confirmation card go back to the event's card (`toRoot`).
 */
function changeEvent(
  app: App,
  e: AddOnEvent,
  change: (engine: MeetEngine, ref: EventRef, options: ChangeOptions) => ChangeResult,
  notification: string,
  toRoot = false,
) {
  const show = (conference: ChangeResult['conference'], text: string) =>
    respond(
      (toRoot ? nav().popToRoot() : nav()).updateCard(
        eventCard(eventViewAfter(e, conference, app.email(), !isFreeGmail(app.email()) && app.engine().meetApiUsable())),
      ),
      text,
    );
  try {
    const result = change(app.engine(), eventRefFrom(e), { notifyGuests: loadSettings(app.store).settings.notifyGuests });
    return show(result.conference, notification);
  } catch (error) {
    // Google took the request but could not make the conference: the event now shows a failed one. Say so,
    // and show the event as it is, with "Add Meet link" to try again.
    if (error instanceof MeetFailure && error.kind === 'conferenceFailed') return show({ kind: 'failed' }, STRINGS.eventConferenceFailed);
    throw error;
  }
}

const notifyGuests = (app: App) => loadSettings(app.store).settings.notifyGuests;

/** The open Calendar event's conference. */
export const EVENT_HANDLERS = {
  addToEvent: (app, e) => changeEvent(app, e, (engine, ref, options) => engine.addToEvent(ref, options), STRINGS.meetAdded),
  confirmReplace: (app, e) => respond(nav().pushCard(confirmReplaceCard(parameters(e), notifyGuests(app)))),
  replaceOnEvent: (app, e) => {
    const p = parameters(e);
    const previousCode = p.previousCode || undefined;
    const message = p.other ? STRINGS.switchedToMeet : STRINGS.meetReplaced;
    return changeEvent(app, e, (engine, ref, options) => engine.replaceOnEvent(ref, previousCode, options), message, true);
  },
  confirmRemove: (app, e) => respond(nav().pushCard(confirmRemoveCard(parameters(e), notifyGuests(app)))),
  removeFromEvent: (app, e) => {
    const message = parameters(e).other ? STRINGS.conferenceRemoved : STRINGS.meetRemoved;
    return changeEvent(app, e, (engine, ref, options) => engine.removeFromEvent(ref, options), message, true);
  },
} satisfies Partial<Record<ActionName, Handler>>;
