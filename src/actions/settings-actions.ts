import type { ActionName } from '../host/actions';
import { FIELDS, presetField, settingsCard } from '../cards/settings';
import { confirmCard } from '../cards/confirm';
import { formValues, parameters, type AddOnEvent } from '../host/event-object';
import { t } from '../i18n/locale';
import { STRINGS } from '../i18n/strings';
import { DEFAULT_SETTINGS, PRESETS, parseSettings, saveSettings, templateProblem, type Settings } from '../settings';
import { isFreeGmail } from '../meet/meet-port';
import type { App } from './app';
import { rootListingLinks } from './data-actions';
import { nav, respond, type Handler } from './respond';
import { clearHistory, savedLinks } from '../history';

/**
 * The settings as the form holds them now. A switch that is off sends nothing, and so does an emptied text
 * input (Google leaves it out of formInputs): a missing template is an empty one, which means the default.
 */
function settingsFromForm(e: AddOnEvent): Settings {
  const one = (name: string) => formValues(e, name)?.[0];
  return {
    template: one(FIELDS.template) ?? '',
    format: one(FIELDS.format) === 'html' ? 'html' : 'text',
    composeDefault: one(FIELDS.composeDefault) === 'invitation' ? 'invitation' : 'link',
    keepHistory: one(FIELDS.keepHistory) === 'true',
    notifyGuests: one(FIELDS.notifyGuests) === 'true',
    presets: PRESETS.filter((preset) => one(presetField(preset)) === 'true'),
  };
}

/**
 * What Save answers once the settings are saved: Settings redrawn with them and, under it, a homepage or open
 * message that lists the recent links (or offers the replies in the person's order) redrawn too, so Back never
 * shows links that are gone or an order that changed. `fromConfirmation`: Save was pressed on the question whether
 * pinned links may go, which sits on top of Settings.
 */
function afterSave(app: App, e: AddOnEvent, settings: Settings, notification: string, fromConfirmation: boolean) {
  const card = settingsCard({ settings, freeAccount: isFreeGmail(app.email()) });
  const root = rootListingLinks(app, e);
  const navigation = root
    ? nav().popToRoot().updateCard(root).pushCard(card)
    : fromConfirmation
      ? nav().popCard().updateCard(card)
      : nav().updateCard(card);
  return respond(navigation, notification);
}

/**
 * Switching off "Keep my 10 most recent links" deletes the links kept, pinned ones and their labels too: when there
 * are pinned links, Save asks first (as Clear recent links and Delete my MeetLink data do), and nothing is saved
 * until the person confirms. The question's card has no form, so its button carries the settings as typed.
 */
function askBeforeDeletingPinned(settings: Settings, pinned: number) {
  return respond(
    nav().pushCard(
      confirmCard({
        name: 'confirmHistoryOff',
        title: STRINGS.confirmHistoryOffTitle,
        lines: [t().confirmHistoryOff({ count: pinned, setting: STRINGS.keepHistoryLabel })],
        confirm: [STRINGS.historyOffConfirm, 'saveSettings', { settings: JSON.stringify(settings), historyOff: 'confirmed' }],
      }),
    ),
  );
}

/** The Settings card. */
export const SETTINGS_HANDLERS = {
  saveSettings: (app, e) => {
    // From the question about pinned links: the settings its button carries, checked like the form's.
    const carried = parameters(e).historyOff === 'confirmed' ? parameters(e).settings : undefined;
    const typed = carried !== undefined ? parseSettings(carried).settings : settingsFromForm(e);
    // An empty template means "use the default": saved as such, and the card and notification say so.
    const empty = !typed.template.trim();
    const settings = empty ? { ...typed, template: DEFAULT_SETTINGS.template } : typed;
    const problem = templateProblem(settings.template);
    if (problem) {
      // Nothing is saved, and nothing the person typed is lost: the card comes back with their values.
      const notice = STRINGS.templateProblem(problem);
      return respond(nav().updateCard(settingsCard({ settings, notice, freeAccount: isFreeGmail(app.email()) })), notice);
    }
    const pinned = settings.keepHistory ? 0 : savedLinks(app.store).filter((entry) => entry.pinned).length;
    if (pinned && carried === undefined) return askBeforeDeletingPinned(settings, pinned);
    // Under the user lock, so a link being made at the same time is not remembered after history was switched
    // off; switching it off deletes what was kept.
    app.lock.withUserLock(() => {
      saveSettings(app.store, settings);
      if (!settings.keepHistory) clearHistory(app.store);
    });
    return afterSave(app, e, settings, empty ? STRINGS.savedWithDefaultTemplate : STRINGS.saved, carried !== undefined);
  },
  resetTemplate: (app, e) => {
    // Only the form changes: nothing is saved until Save, and the notification says both.
    const settings = { ...settingsFromForm(e), template: DEFAULT_SETTINGS.template };
    return respond(nav().updateCard(settingsCard({ settings, freeAccount: isFreeGmail(app.email()) })), STRINGS.templateRestored);
  },
} satisfies Partial<Record<ActionName, Handler>>;
