import type { ActionName } from '../host/actions';
import { confirmCard } from '../cards/confirm';
import { homeCard } from '../cards/home';
import { linkCard } from '../cards/link';
import { LABEL_FIELD, savedLinkCard } from '../cards/saved-link';
import { parameters, formValues, type AddOnEvent } from '../host/event-object';
import {
  clearRecent,
  findLink,
  isAging,
  LABEL_MAX,
  remember,
  replaceWithFresh,
  setLabel,
  setPinned,
  type HistoryEntry,
  type LinkChange,
} from '../history';
import { STRINGS } from '../i18n/strings';
import { linkAtCursor, onItsOwnLine, renderInvitation, type InvitationLink } from '../invitation';
import type { MeetLink } from '../meet/conference';
import { logSummary, MeetFailure } from '../meet/errors';
import { isFreeGmail } from '../meet/meet-port';
import { loadSettings, needsDialIn, type Preset, type Settings } from '../settings';
import type { App } from './app';
import { nav, notify, respond, type Handler, type Response } from './respond';
import { homeView } from './view-models';

/**
 * Makes a link and, when the person keeps history, remembers it: a read-change-write under the user lock,
 * deciding on the setting as it is now (history may have been switched off while the link was made). A link
 * made is always shown: when the lock is busy it is only not remembered.
 */
export function newLink(app: App, options: { needDialIn?: boolean; presets?: readonly Preset[]; label?: string } = {}): MeetLink {
  const { label, ...make } = options;
  // The person's meeting presets (or a Studio step's) go into the same spaces.create call (Workspace links; ignored by
  // the Calendar route).
  const link = app.engine().createLink({ ...make, presets: make.presets ?? loadSettings(app.store).settings.presets });
  try {
    app.lock.withUserLock(() => {
      if (!loadSettings(app.store).settings.keepHistory) return;
      remember(app.store, link, app.now());
      if (label) setLabel(app.store, link.code, label.slice(0, LABEL_MAX));
    });
  } catch (error) {
    console.warn(`MeetLink: the new link was not added to recent links: ${logSummary(error)}`);
  }
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

/**
 * A compose action. Success answers with the draft update alone, which cannot change the card; so a failure
 * answers with a notification alone too, and the compose card stays as it was: a retry that works leaves no
 * stale "That didn't work" behind.
 */
function intoDraft(app: App, make: (settings: Settings) => string): Response {
  const settings = loadSettings(app.store).settings;
  try {
    return insertIntoDraft(make(settings), settings.format);
  } catch (error) {
    console.error(`MeetLink compose action failed: ${logSummary(error)}`);
    return notify(STRINGS.failure(error instanceof MeetFailure ? error.kind : 'unexpected'));
  }
}

/** The saved link a card action names, with its label for {label}. */
function savedLink(app: App, e: AddOnEvent): (InvitationLink & HistoryEntry) | undefined {
  const code = parameters(e).code;
  return code ? findLink(app.store, code) : undefined;
}

/** What a change to a saved link answers: its card again, or why not. */
function afterLinkChange(app: App, e: AddOnEvent, result: LinkChange, done: string): Response {
  if (result === 'tooLong') return notify(STRINGS.labelTooLong);
  if (result === 'tooManyPinned') return notify(STRINGS.pinLimit);
  const entry = result === 'done' ? savedLink(app, e) : undefined;
  if (!entry) return notify(STRINGS.linkForgotten);
  // The homepage below is redrawn, so "Back" shows the new label or order.
  return respond(
    nav()
      .popToRoot()
      .updateCard(homeCard(homeView(app, e)))
      .pushCard(savedLinkCard(entry, app.email(), isAging(entry, app.now()))),
    done,
  );
}

/** Making links: on the homepage and into the draft being written; the person's saved links. */
export const LINK_HANDLERS = {
  createLink: (app, e) => {
    const link = newLink(app);
    // The homepage below is refreshed so "Back" shows the new link among the recent ones.
    return respond(
      nav()
        .popToRoot()
        .updateCard(homeCard(homeView(app, e)))
        .pushCard(linkCard(link, isFreeGmail(app.email()), app.email())),
      link.temporaryEventLeft ? STRINGS.temporaryEventLeft : undefined,
    );
  },
  insertLink: (app) => intoDraft(app, (settings) => linkAtCursor(newLink(app), settings.format)),
  insertInvitation: (app) =>
    intoDraft(app, (settings) =>
      // A template that asks for {phone}, {pin} or {morePhones} needs a link made through Calendar.
      onItsOwnLine(
        renderInvitation(settings.template, newLink(app, { needDialIn: needsDialIn(settings.template) }), settings.format),
        settings.format,
      ),
    ),
  insertSaved: (app, e) => {
    const link = savedLink(app, e);
    if (!link) return notify(STRINGS.linkForgotten);
    const asInvitation = parameters(e).as === 'invitation';
    return intoDraft(app, (settings) =>
      asInvitation ? onItsOwnLine(renderInvitation(settings.template, link, settings.format), settings.format) : linkAtCursor(link, settings.format),
    );
  },
  openSavedLink: (app, e) => {
    const entry = savedLink(app, e);
    return entry ? respond(nav().pushCard(savedLinkCard(entry, app.email(), isAging(entry, app.now())))) : notify(STRINGS.linkForgotten);
  },
  /**
   * "Fresh link, same label" on a pinned link whose code may expire: a new link (made like any other, never the
   * old code again), which takes the label and the pin; the old one is dropped, all under the user lock.
   */
  freshLink: (app, e) => {
    const oldCode = parameters(e).code ?? '';
    if (!findLink(app.store, oldCode)) return notify(STRINGS.linkForgotten);
    const link = app.engine().createLink();
    let entry: HistoryEntry;
    try {
      entry = app.lock.withUserLock(() => replaceWithFresh(app.store, oldCode, link, app.now()));
    } catch (error) {
      // Busy: the new link is still shown, so it is not lost; the old one stays saved.
      console.warn(`MeetLink: the fresh link was not saved: ${logSummary(error)}`);
      return respond(nav().pushCard(linkCard(link, isFreeGmail(app.email()), app.email())), STRINGS.failure('busy'));
    }
    return respond(
      nav()
        .popToRoot()
        .updateCard(homeCard(homeView(app, e)))
        .pushCard(savedLinkCard(entry, app.email())),
      STRINGS.freshLinkDone,
    );
  },
  saveLabel: (app, e) => {
    const label = formValues(e, LABEL_FIELD)?.[0] ?? '';
    const result = app.lock.withUserLock(() => setLabel(app.store, parameters(e).code ?? '', label));
    return afterLinkChange(app, e, result, label.trim() ? STRINGS.labelSaved : STRINGS.labelRemoved);
  },
  pinLink: (app, e) => {
    const pin = parameters(e).pin === '1';
    return afterLinkChange(
      app,
      e,
      app.lock.withUserLock(() => setPinned(app.store, parameters(e).code ?? '', pin)),
      pin ? STRINGS.pinnedDone : STRINGS.unpinnedDone,
    );
  },
  confirmClearHistory: () =>
    respond(
      nav().pushCard(
        confirmCard({
          name: 'confirmClear',
          title: STRINGS.confirmClearTitle,
          lines: [STRINGS.confirmClear],
          confirm: [STRINGS.clear, 'clearHistory', {}],
        }),
      ),
    ),
  clearHistory: (app, e) => {
    app.lock.withUserLock(() => clearRecent(app.store));
    return respond(
      nav()
        .popToRoot()
        .updateCard(homeCard(homeView(app, e))),
      STRINGS.recentCleared,
    );
  },
  back: () => respond(nav().popCard()),
} satisfies Partial<Record<ActionName, Handler>>;
