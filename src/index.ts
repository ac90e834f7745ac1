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
import { appsScriptApp, clickStart, userStore } from './platform';
import { rememberHostShape } from './self-check';
import { loadSettings } from './settings';

/**
 * Every entry starts here: the moment the click began is read first (clickStart: every budget of the call counts
 * from it), and the person's language is chosen from this call's event object (`commonEventObject.userLocale`),
 * never kept from an earlier call (src/i18n/locale.ts says why a per-call active catalogue is safe in Apps
 * Script). Without a locale, or with one MeetLink has no catalogue for, English. Answers the start.
 */
function enter(e: AddOnEvent | undefined): number {
  const started = clickStart();
  useLocale(e?.commonEventObject?.userLocale);
  return started;
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
  const started = enter(e);
  rememberHostShape(userStore, 'homepage', e);
  return cardOrFailure(() => homeCard(homeView(appsScriptApp(started), e)));
}

/** Gmail compose trigger: insert a link or an invitation into the draft. */
export function onCompose(e: AddOnEvent) {
  const started = enter(e);
  return cardOrFailure(() => composeCard(composeView(appsScriptApp(started), e)));
}

/** Gmail contextual trigger (unconditional): a message is open; reply to everyone with a Meet link. */
export function onGmailMessageOpen(e: AddOnEvent) {
  const started = enter(e);
  return cardOrFailure(() => messageCard(messageView(appsScriptApp(started), e)));
}

/** Calendar eventOpenTrigger: the open event's conference, and what this person may do with it. */
export function onCalendarEventOpen(e: AddOnEvent) {
  const started = enter(e);
  rememberHostShape(userStore, 'eventOpen', e);
  return cardOrFailure(() => eventCard(eventView(appsScriptApp(started), e)));
}

/** Universal action "Settings". */
export function onSettings(e?: AddOnEvent) {
  const started = enter(e);
  const card = cardOrFailure(() => {
    const app = appsScriptApp(started);
    const { settings, damaged } = loadSettings(app.store);
    return settingsCard({ settings, notice: damaged ? STRINGS.settingsDamaged : undefined, freeAccount: isFreeGmail(app.email()) });
  });
  return CardService.newUniversalActionResponseBuilder().displayAddOnCards([card]).build();
}

/** Universal action "Help". */
export function onHelp(e?: AddOnEvent) {
  const started = enter(e);
  const card = cardOrFailure(() => helpCard({ freeAccount: isFreeGmail(appsScriptApp(started).email()) }));
  return CardService.newUniversalActionResponseBuilder().displayAddOnCards([card]).build();
}

/** Every card action. */
export function onAction(e: AddOnEvent) {
  const started = enter(e);
  return dispatch(appsScriptApp(started), e);
}

/**
 * Google Workspace Studio, the step "Make a Meet link" (src/host/studio-steps.ts; appsscript.json addOns.flows):
 * its config card, and its run in a flow, with nobody watching. The step's time budget counts from the start of the
 * call, as every entry's does.
 */
export function onConfigMakeMeetLink(e?: AddOnEvent) {
  const started = enter(e);
  return configureStep(appsScriptApp(started), 'makeMeetLink', e);
}

export function onExecuteMakeMeetLink(e?: AddOnEvent) {
  const started = enter(e);
  return runStep(appsScriptApp(started), 'makeMeetLink', e);
}

/**
 * Google Workspace Studio, the step "After the meeting": Meet's records of a meeting (who joined, who did not, what
 * Google made), each part its own output for the flow's next steps; nothing is sent to anyone.
 */
export function onConfigAfterMeeting(e?: AddOnEvent) {
  const started = enter(e);
  return configureStep(appsScriptApp(started), 'afterMeeting', e);
}

export function onExecuteAfterMeeting(e?: AddOnEvent) {
  const started = enter(e);
  return runStep(appsScriptApp(started), 'afterMeeting', e);
}
