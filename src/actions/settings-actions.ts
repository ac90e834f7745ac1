import type { ActionName } from '../host/actions';
import { FIELDS, presetField, settingsCard } from '../cards/settings';
import { formValues, type AddOnEvent } from '../host/event-object';
import { STRINGS } from '../i18n/strings';
import { DEFAULT_SETTINGS, loadSettings, PRESETS, saveSettings, templateProblem, type Settings } from '../settings';
import { isFreeGmail } from '../meet/meet-port';
import { nav, respond, type Handler } from './respond';
import { clearHistory } from '../history';

/** The settings as the form holds them now; a switch that is off sends nothing. */
function settingsFromForm(e: AddOnEvent, saved: Settings): Settings {
  const one = (name: string) => formValues(e, name)?.[0];
  return {
    template: one(FIELDS.template) ?? saved.template,
    format: one(FIELDS.format) === 'html' ? 'html' : 'text',
    composeDefault: one(FIELDS.composeDefault) === 'invitation' ? 'invitation' : 'link',
    keepHistory: one(FIELDS.keepHistory) === 'true',
    notifyGuests: one(FIELDS.notifyGuests) === 'true',
    presets: PRESETS.filter((preset) => one(presetField(preset)) === 'true'),
  };
}

/** The Settings card. */
export const SETTINGS_HANDLERS = {
  saveSettings: (app, e) => {
    const typed = settingsFromForm(e, loadSettings(app.store).settings);
    // An empty template means "use the default": saved as such, and the card and notification say so.
    const empty = !typed.template.trim();
    const settings = empty ? { ...typed, template: DEFAULT_SETTINGS.template } : typed;
    const problem = templateProblem(settings.template);
    if (problem) {
      // Nothing is saved, and nothing the person typed is lost: the card comes back with their values.
      const notice = STRINGS.templateProblem(problem);
      return respond(nav().updateCard(settingsCard({ settings, notice, freeAccount: isFreeGmail(app.email()) })), notice);
    }
    // Under the user lock, so a link being made at the same time is not remembered after history was switched
    // off; switching it off deletes what was kept.
    app.lock.withUserLock(() => {
      saveSettings(app.store, settings);
      if (!settings.keepHistory) clearHistory(app.store);
    });
    return respond(
      nav().updateCard(settingsCard({ settings, freeAccount: isFreeGmail(app.email()) })),
      empty ? STRINGS.savedWithDefaultTemplate : STRINGS.saved,
    );
  },
  resetTemplate: (app, e) => {
    const settings = { ...settingsFromForm(e, loadSettings(app.store).settings), template: DEFAULT_SETTINGS.template };
    return respond(nav().updateCard(settingsCard({ settings, freeAccount: isFreeGmail(app.email()) })));
  },
} satisfies Partial<Record<ActionName, Handler>>;
