import type { ActionName } from '../host/actions';
import { confirmCard } from '../cards/confirm';
import { homeCard } from '../cards/home';
import { messageCard } from '../cards/message';
import { settingsCard } from '../cards/settings';
import { HISTORY_KEY } from '../history';
import { STRINGS } from '../i18n/strings';
import { MEET_API_DENIED_KEY } from '../meet/make-link';
import { MEET_EDITION_KEY } from '../meet/account-memory';
import { isFreeGmail } from '../meet/meet-port';
import { JOURNAL_KEY, MARKER_SWEEP_KEY } from '../meet/temporary-event';
import { HOST_SHAPES_KEY } from '../self-check/host-shapes';
import { DEFAULT_SETTINGS, SETTINGS_KEY } from '../settings';
import type { KeyValueStore } from '../storage/key-value-store';
import { readJson } from '../storage/key-value-store';
import type { AddOnEvent } from '../host/event-object';
import { nav, respond, type Handler } from './respond';
import type { App } from './app';
import { homeView, messageView } from './view-models';

/**
 * Every user property MeetLink stores, and nothing else: README ("What MeetLink guarantees"), Help and the
 * privacy policy name the same seven. A test runs every feature and checks no other `meetlink.` key is left.
 */
export const USER_DATA_KEYS = [
  SETTINGS_KEY,
  HISTORY_KEY,
  JOURNAL_KEY,
  MEET_API_DENIED_KEY,
  MEET_EDITION_KEY,
  MARKER_SWEEP_KEY,
  HOST_SHAPES_KEY,
] as const;

/**
 * Removes every key MeetLink stores. The journal goes only when `keepJournal` is false: a temporary event Google
 * has not confirmed deleted keeps its note, so the next action still removes it. Call it under the user lock.
 */
export function deleteUserData(store: KeyValueStore, keepJournal: boolean): void {
  for (const key of USER_DATA_KEYS) {
    if (key === JOURNAL_KEY && keepJournal) continue;
    if (store.get(key) !== null) store.remove(key);
  }
}

function journalHasEntries(store: KeyValueStore): boolean {
  const entries = readJson<unknown>(store, JOURNAL_KEY, []);
  return Array.isArray(entries) && entries.length > 0;
}

/**
 * The card at the bottom of the stack when it lists the recent links: the open message's card (Gmail, a message
 * open) or the homepage (no message, event or draft in the event object). An event's card lists none, and a
 * compose card is left as it is (its pinned links answer that they are no longer saved).
 */
export function rootListingLinks(app: App, e: AddOnEvent): GoogleAppsScript.Card_Service.Card | undefined {
  if (e.gmail?.messageId || e.messageMetadata?.messageId) return messageCard(messageView(app, e));
  if (e.gmail || e.calendar) return undefined;
  return homeCard(homeView(app, e));
}

/**
 * When Delete my MeetLink data calls Google: only with temporary events journaled, which it deletes on the person's
 * calendar. The dispatcher then asks for the Calendar scope first (feature-scopes.ts, `whenUsed`): without it each
 * delete could only be refused.
 */
export const DATA_WHEN_USED = {
  deleteData: (app: App) => journalHasEntries(app.store),
} satisfies Partial<Record<ActionName, (app: App) => boolean>>;

/** Settings: "Delete my MeetLink data", after a confirmation that says pinned links go too. */
export const DATA_HANDLERS = {
  confirmDeleteData: (app) =>
    respond(
      nav().pushCard(
        confirmCard({
          name: 'confirmDeleteData',
          title: STRINGS.confirmDeleteDataTitle,
          lines: [STRINGS.confirmDeleteData, ...(journalHasEntries(app.store) ? [STRINGS.confirmDeleteDataEvents] : [])],
          confirm: [STRINGS.deleteDataConfirm, 'deleteData', {}],
        }),
      ),
    ),
  deleteData: (app, e) => {
    // Temporary events first (Calendar calls, no lock held): a leftover still in the calendar is never forgotten, and
    // the event of an action another tab is still running is not touched (isLeftover, src/meet/temporary-event.ts).
    if (journalHasEntries(app.store)) app.engine().deleteJournaledEvents();
    // What the journal holds now, read under the lock (another tab may have written an entry since), is kept.
    let remaining = false;
    app.lock.withUserLock(() => {
      remaining = journalHasEntries(app.store);
      deleteUserData(app.store, remaining);
    });
    // Back to Settings, now showing the defaults; under it, a homepage or open message that listed the recent
    // links is redrawn without them, so "Back" does not offer links that are no longer saved.
    const settings = settingsCard({ settings: { ...DEFAULT_SETTINGS }, freeAccount: isFreeGmail(app.email()) });
    const root = rootListingLinks(app, e);
    return respond(
      root ? nav().popToRoot().updateCard(root).pushCard(settings) : nav().popCard().updateCard(settings),
      remaining ? STRINGS.dataDeletedEventKept : STRINGS.dataDeleted,
    );
  },
} satisfies Partial<Record<ActionName, Handler>>;
