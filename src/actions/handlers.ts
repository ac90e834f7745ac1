import { confirmRemoveCard, eventCard } from '../cards/event';
import { linkCard } from '../cards/home';
import { FIELDS, settingsCard } from '../cards/settings';
import { clearHistory, remember } from '../history';
import { renderInvitation, renderLink } from '../invitation';
import type { MeetLink } from '../meet/conference';
import { DEFAULT_SETTINGS, loadSettings, saveSettings, templateProblem, type Settings } from '../settings';
import { formValues, parameters, type AddOnEvent } from '../ui/event-object';
import { STRINGS } from '../ui/strings';
import { isFreeGmail } from '../meet/meet-port';
import type { App } from './app';
import { eventRefFrom, eventViewAfter, homeFor } from './views';

import { respond, type Handler } from './respond';

/** Makes a link and, when the person keeps history, remembers it. */
function newLink(app: App, settings: Settings = loadSettings(app.store).settings): MeetLink {
  const link = app.engine().createLink();
  if (settings.keepHistory) remember(app.store, link, app.now());
  return link;
}

function insertIntoDraft(content: string, format: Settings['format']) {
  const type = format === 'html' ? CardService.ContentType.MUTABLE_HTML : CardService.ContentType.TEXT;
  return CardService.newUpdateDraftActionResponseBuilder()
    .setUpdateDraftBodyAction(
      CardService.newUpdateDraftBodyAction().addUpdateContent(content, type).setUpdateType(CardService.UpdateDraftBodyType.IN_PLACE_INSERT),
    )
    .build();
}

/** The settings as the form holds them now; a switch that is off sends nothing. */
function settingsFromForm(e: AddOnEvent, saved: Settings): Settings {
  const one = (name: string) => formValues(e, name)?.[0];
  return {
    template: one(FIELDS.template) ?? saved.template,
    format: one(FIELDS.format) === 'html' ? 'html' : 'text',
    composeDefault: one(FIELDS.composeDefault) === 'invitation' ? 'invitation' : 'link',
    keepHistory: one(FIELDS.keepHistory) === 'true',
    notifyGuests: one(FIELDS.notifyGuests) === 'true',
  };
}

/** Making links: on the homepage and into the draft being written. */
export const LINK_HANDLERS = {
  createLink: (app, e) => {
    const link = newLink(app);
    // The homepage below is refreshed so "Back" shows the new link among the recent ones.
    return respond(
      CardService.newNavigation()
        .popToRoot()
        .updateCard(homeFor(app, e))
        .pushCard(linkCard(link, isFreeGmail(app.email()))),
    );
  },
  insertLink: (app) => {
    const settings = loadSettings(app.store).settings;
    return insertIntoDraft(renderLink(newLink(app, settings), settings.format), settings.format);
  },
  insertInvitation: (app) => {
    const settings = loadSettings(app.store).settings;
    return insertIntoDraft(renderInvitation(settings.template, newLink(app, settings), settings.format), settings.format);
  },
  clearHistory: (app, e) => {
    clearHistory(app.store);
    return respond(CardService.newNavigation().updateCard(homeFor(app, e)), STRINGS.recentCleared);
  },
  back: () => respond(CardService.newNavigation().popCard()),
} satisfies Record<string, Handler>;

/** The open Calendar event's conference. */
export const EVENT_HANDLERS = {
  addToEvent: (app, e) => {
    const p = parameters(e);
    const result = app.engine().addToEvent(eventRefFrom(p), { notifyGuests: loadSettings(app.store).settings.notifyGuests });
    return respond(CardService.newNavigation().updateCard(eventCard(eventViewAfter(p, result.conference))), STRINGS.meetAdded);
  },
  replaceOnEvent: (app, e) => {
    const p = parameters(e);
    const result = app
      .engine()
      .replaceOnEvent(eventRefFrom(p), p.previousCode || undefined, { notifyGuests: loadSettings(app.store).settings.notifyGuests });
    return respond(CardService.newNavigation().updateCard(eventCard(eventViewAfter(p, result.conference))), STRINGS.meetReplaced);
  },
  confirmRemove: (_app, e) => respond(CardService.newNavigation().pushCard(confirmRemoveCard(parameters(e)))),
  removeFromEvent: (app, e) => {
    const p = parameters(e);
    const result = app.engine().removeFromEvent(eventRefFrom(p), { notifyGuests: loadSettings(app.store).settings.notifyGuests });
    const card = eventCard(eventViewAfter(p, result.conference));
    return respond(CardService.newNavigation().popToRoot().updateCard(card), p.other ? STRINGS.conferenceRemoved : STRINGS.meetRemoved);
  },
} satisfies Record<string, Handler>;

/** The Settings card. */
export const SETTINGS_HANDLERS = {
  saveSettings: (app, e) => {
    const settings = settingsFromForm(e, loadSettings(app.store).settings);
    const problem = templateProblem(settings.template);
    if (problem) {
      // Nothing is saved, and nothing the person typed is lost: the card comes back with their values.
      const notice = STRINGS.templateProblem(problem);
      return respond(CardService.newNavigation().updateCard(settingsCard({ settings, notice })), notice);
    }
    saveSettings(app.store, settings);
    return respond(CardService.newNavigation().updateCard(settingsCard({ settings })), STRINGS.saved);
  },
  resetTemplate: (app, e) => {
    const settings = { ...settingsFromForm(e, loadSettings(app.store).settings), template: DEFAULT_SETTINGS.template };
    return respond(CardService.newNavigation().updateCard(settingsCard({ settings })));
  },
} satisfies Record<string, Handler>;
