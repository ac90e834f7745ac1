import type { ActionName } from '../host/actions';
import { homeCard } from '../cards/home';
import { linkCard } from '../cards/link';
import { clearHistory, remember } from '../history';
import { STRINGS } from '../i18n/strings';
import { renderInvitation, renderLink } from '../invitation';
import type { MeetLink } from '../meet/conference';
import { isFreeGmail } from '../meet/meet-port';
import { errorText } from '../meet/errors';
import { loadSettings, type Settings } from '../settings';
import type { App } from './app';
import { nav, respond, type Handler } from './respond';
import { homeView } from './view-models';

/**
 * Makes a link and, when the person keeps history, remembers it: a read-change-write under the user lock,
 * deciding on the setting as it is now (history may have been switched off while the link was made). A link
 * made is always shown: when the lock is busy it is only not remembered.
 */
function newLink(app: App): MeetLink {
  const link = app.engine().createLink();
  try {
    app.lock.withUserLock(() => {
      if (loadSettings(app.store).settings.keepHistory) remember(app.store, link, app.now());
    });
  } catch (error) {
    console.warn(`MeetLink: the new link was not added to recent links: ${errorText(error)}`);
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

/** Making links: on the homepage and into the draft being written. */
export const LINK_HANDLERS = {
  createLink: (app, e) => {
    const link = newLink(app);
    // The homepage below is refreshed so "Back" shows the new link among the recent ones.
    return respond(
      nav()
        .popToRoot()
        .updateCard(homeCard(homeView(app, e)))
        .pushCard(linkCard(link, isFreeGmail(app.email()))),
      link.temporaryEventLeft ? STRINGS.temporaryEventLeft : undefined,
    );
  },
  insertLink: (app) => {
    const settings = loadSettings(app.store).settings;
    return insertIntoDraft(renderLink(newLink(app), settings.format), settings.format);
  },
  insertInvitation: (app) => {
    const settings = loadSettings(app.store).settings;
    return insertIntoDraft(renderInvitation(settings.template, newLink(app), settings.format), settings.format);
  },
  clearHistory: (app, e) => {
    app.lock.withUserLock(() => clearHistory(app.store));
    return respond(nav().updateCard(homeCard(homeView(app, e))), STRINGS.recentCleared);
  },
  back: () => respond(nav().popCard()),
} satisfies Partial<Record<ActionName, Handler>>;
