/**
 * Every function a Google Workspace host can call, and nothing else: the add-on's whole global surface. The
 * build generates one top-level Apps Script function per export of this file (scripts/build.ts). The deployer's
 * selfCheck is not here: it lives in src/index-self-check.ts, built only for the dev deployment.
 */
import { dispatch } from './actions/dispatcher';
import { configureStep, runStep } from './actions/steps';
import { composeView, eventView, homeView, messageView } from './actions/view-models';
import { composeCard } from './cards/compose';
import { eventCard } from './cards/event';
import { failureCard } from './cards/failure';
import { helpCard } from './cards/help';
import { messageCard } from './cards/message';
import { homeCard } from './cards/home';
import { settingsCard } from './cards/settings';
import type { AddOnEvent } from './host/event-object';
import { useLocale } from './i18n/locale';
import { STRINGS } from './i18n/strings';
import { logSummary } from './meet/errors';
import { isFreeGmail } from './meet/meet-port';
import { appsScriptApp, userStore } from './platform';
import { rememberHostShape } from './self-check';
import { loadSettings } from './settings';

/**
 * Every entry starts here: the person's language is chosen from this call's event object
 * (`commonEventObject.userLocale`), never kept from an earlier call (src/i18n/locale.ts says why a per-call
 * active catalogue is safe in Apps Script). Without a locale, or with one MeetLink has no catalogue for, English.
 */
function enter(e: AddOnEvent | undefined): void {
  useLocale(e?.commonEventObject?.userLocale);
}

/** A card trigger that fails shows the failure in words instead of the host's generic error. */
function cardOrFailure(build: () => GoogleAppsScript.Card_Service.Card): GoogleAppsScript.Card_Service.Card {
  try {
    return build();
  } catch (error) {
    console.error(`MeetLink: a card failed: ${logSummary(error)}`);
    return failureCard('unexpected');
  }
}

/** Homepage trigger, in Gmail and in Calendar. */
export function onHomepage(e: AddOnEvent) {
  enter(e);
  rememberHostShape(userStore, 'homepage', e);
  return cardOrFailure(() => homeCard(homeView(appsScriptApp(), e)));
}

/** Gmail compose trigger: insert a link or an invitation into the draft. */
export function onCompose(e: AddOnEvent) {
  enter(e);
  return cardOrFailure(() => composeCard(composeView(appsScriptApp(), e)));
}

/** Gmail contextual trigger (unconditional): a message is open; reply to everyone with a Meet link. */
export function onGmailMessageOpen(e: AddOnEvent) {
  enter(e);
  return cardOrFailure(() => messageCard(messageView(appsScriptApp(), e)));
}

/** Calendar eventOpenTrigger: the open event's conference, and what this person may do with it. */
export function onCalendarEventOpen(e: AddOnEvent) {
  enter(e);
  rememberHostShape(userStore, 'eventOpen', e);
  return cardOrFailure(() => eventCard(eventView(appsScriptApp(), e)));
}

/** Universal action "Settings". */
export function onSettings(e?: AddOnEvent) {
  enter(e);
  const card = cardOrFailure(() => {
    const app = appsScriptApp();
    const { settings, damaged } = loadSettings(app.store);
    return settingsCard({ settings, notice: damaged ? STRINGS.settingsDamaged : undefined, freeAccount: isFreeGmail(app.email()) });
  });
  return CardService.newUniversalActionResponseBuilder().displayAddOnCards([card]).build();
}

/** Universal action "Help". */
export function onHelp(e?: AddOnEvent) {
  enter(e);
  const card = cardOrFailure(() => helpCard({ freeAccount: isFreeGmail(appsScriptApp().email()) }));
  return CardService.newUniversalActionResponseBuilder().displayAddOnCards([card]).build();
}

/** Every card action. */
export function onAction(e: AddOnEvent) {
  enter(e);
  return dispatch(appsScriptApp(), e);
}

/**
 * Google Workspace Studio, the step "Make a Meet link" (src/host/studio-steps.ts; appsscript.json addOns.flows):
 * its config card, and its run in a flow, with nobody watching. The app is made first, so the step's time budget
 * counts from the start of the call.
 */
export function onConfigMakeMeetLink(e?: AddOnEvent) {
  const app = appsScriptApp();
  enter(e);
  return configureStep(app, 'makeMeetLink', e);
}

export function onExecuteMakeMeetLink(e?: AddOnEvent) {
  const app = appsScriptApp();
  enter(e);
  return runStep(app, 'makeMeetLink', e);
}
