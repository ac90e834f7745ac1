import { advancedCalendarApi } from './adapters/advanced-calendar';
import { gmailReplies } from './adapters/gmail-reply';
import { restCalendarApi } from './adapters/rest-calendar';
import { restMeetApi } from './adapters/rest-meet';
import type { App } from './actions/app';
import { activeLocale } from './i18n/locale';
import { friendlyWhen } from './i18n/when';
import type { MeetContext } from './meet/context';
import { meetEngine } from './meet/engine';
import type { KeyValueStore } from './storage/key-value-store';

/**
 * The one place that touches Apps Script's globals. Everything below src/ receives what it needs from here,
 * so it can be tested without them. Tests pass the offline runtime's globals; Apps Script uses its own.
 */
export interface AppsScriptGlobals {
  Calendar?: GoogleAppsScript.Calendar;
  GmailApp: GoogleAppsScript.Gmail.GmailApp;
  UrlFetchApp: GoogleAppsScript.URL_Fetch.UrlFetchApp;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  Session: GoogleAppsScript.Base.Session;
  Date: DateConstructor;
}

const appsScript = (): AppsScriptGlobals => globalThis as unknown as AppsScriptGlobals;

/** Apps Script stops a card action at 30 s; finish retries and waits well before that. */
export const ACTION_BUDGET_MS = 25_000;

export function userStore(g: AppsScriptGlobals = appsScript()): KeyValueStore {
  const properties = g.PropertiesService.getUserProperties();
  return {
    get: (key) => properties.getProperty(key),
    set: (key, value) => void properties.setProperty(key, value),
    remove: (key) => void properties.deleteProperty(key),
  };
}

/** The context of one action: its Calendar routes, storage and a deadline counted from now. */
export function meetContext(g: AppsScriptGlobals = appsScript(), email: () => string = once(() => userEmail(g))): MeetContext {
  // @types/google-apps-script types the Advanced service `Calendar | undefined`: it exists only when enabled in the manifest.
  const events = g.Calendar?.Events;
  if (!events) throw new Error('The Advanced Calendar service is not enabled: add it under dependencies in appsscript.json.');
  const now = () => g.Date.now();
  return {
    calendar: advancedCalendarApi(events),
    calendarRest: restCalendarApi(g.UrlFetchApp, () => g.ScriptApp.getOAuthToken()),
    meet: restMeetApi(g.UrlFetchApp, () => g.ScriptApp.getOAuthToken()),
    accountEmail: email,
    store: userStore(g),
    newId: () => g.Utilities.getUuid(),
    sleep: (ms) => g.Utilities.sleep(ms),
    now,
    random: () => Math.random(),
    deadline: now() + ACTION_BUDGET_MS,
  };
}

/** A value computed on first use and kept: each Apps Script service call costs the person time. */
export function once<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) [value, done] = [compute(), true];
    return value;
  };
}

/** The signed-in person's email; empty when Google does not share it. */
export function userEmail(g: AppsScriptGlobals = appsScript()): string {
  try {
    return g.Session.getActiveUser().getEmail() || '';
  } catch {
    return '';
  }
}

/** What one add-on call works with (src/actions/app.ts). One read of the email per call, shared by the cards and the engine. */
export function appsScriptApp(g: AppsScriptGlobals = appsScript()): App {
  const email = once(() => userEmail(g));
  return {
    store: userStore(g),
    engine: once(() => meetEngine(meetContext(g, email))),
    email,
    gmail: () => gmailReplies(g.GmailApp),
    now: () => g.Date.now(),
    formatWhen: (ms, timeZone) => friendlyWhen(ms, g.Date.now(), timeZone, activeLocale().intlLocale),
  };
}
