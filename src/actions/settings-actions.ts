import type { ActionName } from '../host/actions';
import { FIELDS, presetField, settingsCard } from '../cards/settings';
import { formValues, type AddOnEvent } from '../host/event-object';
import { STRINGS } from '../i18n/strings';
import { DEFAULT_SETTINGS, PRESETS, saveSettings, templateProblem, type Settings } from '../settings';
import { isFreeGmail } from '../meet/meet-port';
import { nav, respond, type Handler } from './respond';
import { clearHistory } from '../history';

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

/** The Settings card. */
export const SETTINGS_HANDLERS = {
  saveSettings: (app, e) => {
    const typed = settingsFromForm(e);
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
    // Only the form changes: nothing is saved until Save, and the notification says both.
    const settings = { ...settingsFromForm(e), template: DEFAULT_SETTINGS.template };
    return respond(nav().updateCard(settingsCard({ settings, freeAccount: isFreeGmail(app.email()) })), STRINGS.templateRestored);
  },
} satisfies Partial<Record<ActionName, Handler>>;
