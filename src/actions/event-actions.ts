import type { ActionName } from '../host/actions';
import { confirmRemoveCard } from '../cards/confirm-remove';
import { eventCard } from '../cards/event';
import { parameters, type AddOnEvent } from '../host/event-object';
import { STRINGS } from '../i18n/strings';
import type { ChangeOptions, ChangeResult, EventRef } from '../meet/event-conference';
import type { MeetEngine } from '../meet/engine';
import { loadSettings } from '../settings';
import type { App } from './app';
import { nav, respond, type Handler } from './respond';
import { eventRefFrom, eventViewAfter } from './view-models';

/**
 * The steps every change to the open event shares: name the event from the card, apply the person's
 * "email guests" setting, run the change, and show the event as Google now has it, with a notification.
 */
function changeEvent(
  app: App,
  e: AddOnEvent,
  change: (engine: MeetEngine, ref: EventRef, options: ChangeOptions) => ChangeResult,
  notification: string,
  toRoot = false,
) {
  const result = change(app.engine(), eventRefFrom(e), { notifyGuests: loadSettings(app.store).settings.notifyGuests });
  const card = eventCard(eventViewAfter(e, result.conference));
  return respond((toRoot ? nav().popToRoot() : nav()).updateCard(card), notification);
}

/** The open Calendar event's conference. */
export const EVENT_HANDLERS = {
  addToEvent: (app, e) => changeEvent(app, e, (engine, ref, options) => engine.addToEvent(ref, options), STRINGS.meetAdded),
  replaceOnEvent: (app, e) => {
    const previousCode = parameters(e).previousCode || undefined;
    return changeEvent(app, e, (engine, ref, options) => engine.replaceOnEvent(ref, previousCode, options), STRINGS.meetReplaced);
  },
  confirmRemove: (_app, e) => respond(nav().pushCard(confirmRemoveCard(parameters(e)))),
  removeFromEvent: (app, e) => {
    const message = parameters(e).other ? STRINGS.conferenceRemoved : STRINGS.meetRemoved;
    return changeEvent(app, e, (engine, ref, options) => engine.removeFromEvent(ref, options), message, true);
  },
} satisfies Partial<Record<ActionName, Handler>>;
