import { advancedCalendarApi } from './adapters/advanced-calendar';
import { gmailReplies } from './adapters/gmail-reply';
import { restCalendarApi } from './adapters/rest-calendar';
import { restMeetApi } from './adapters/rest-meet';
import { restMeetConferencesApi } from './adapters/rest-meet-conferences';
import type { App, Consent } from './actions/app';
import { MEET_READ_SCOPES, SCOPES } from './host/feature-scopes';
import { activeLocale, t } from './i18n/locale';
import { friendlyWhen, zoneName } from './i18n/when';
import { callTimes } from './meet/call-time';
import { logSummary } from './meet/errors';
import type { MeetContext, MeetGrant, ProjectBrake } from './meet/context';
import { meetEngine } from './meet/engine';
import type { SelfCheckContext } from './self-check/context';
import type { KeyValueStore } from './storage/key-value-store';
import { userLock, type UserLock } from './lock/user-lock';

/**
 * The one place that touches Apps Script's service globals (Calendar, UrlFetchApp, ScriptApp, Utilities,
 * PropertiesService, Session, Date). Everything below src/ receives what it needs from here, so it can be tested
 * without them. Tests pass the offline runtime's globals; Apps Script uses its own. The exceptions are
 * `CardService`: the views (src/cards/, src/actions/respond.ts, the draft response in link-actions.ts and the
 * universal actions in index.ts) build with it directly, and their tests install the fake one as a global; and
 * `AddOnsResponseService`, with which a Workspace Studio step answers (src/actions/step-response.ts).
 */
export interface AppsScriptGlobals {
  Calendar?: GoogleAppsScript.Calendar;
  GmailApp: GoogleAppsScript.Gmail.GmailApp;
  UrlFetchApp: GoogleAppsScript.URL_Fetch.UrlFetchApp;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  LockService: GoogleAppsScript.Lock.LockService;
  CacheService?: GoogleAppsScript.Cache.CacheService;
  Session: GoogleAppsScript.Base.Session;
  Date: DateConstructor;
  /** Math.random is the script's one source of randomness (backoff jitter): the offline runtime seeds it. */
  Math: Pick<Math, 'random'>;
}

const appsScript = (): AppsScriptGlobals => globalThis as unknown as AppsScriptGlobals;

/**
 * Apps Script stops a card action at 30 s; MeetLink's budget is 25 s, counted from the start of the action.
 * Every Google call of the work (the sweep, retries, polls) must END by WORK_BUDGET_MS, and lock waits stop
 * there too, so that deleting a temporary event already made still fits: cleanup calls must end by
 * CLEANUP_BUDGET_MS, leaving 1.5 s below the 25 s for the journal and the card. A call starts only when it can
 * end by its deadline, at the longest call time this action has seen (src/meet/call-time.ts).
 */
export const ACTION_BUDGET_MS = 25_000;
export const WORK_BUDGET_MS = 20_000;
export const CLEANUP_BUDGET_MS = 23_500;

/**
 * The moment this execution began: the click, for a card action. Every host entry (src/index.ts) reads it once,
 * first thing, and hands it to appsScriptApp, so that every budget below counts from it, whatever ran before the
 * Meet engine was built (a Gmail read, the consent check, a lock wait). A Studio step's entry does the same.
 */
export function clickStart(g: AppsScriptGlobals = appsScript()): number {
  return g.Date.now();
}

/** The person's user lock; its waits end at the action's work deadline, counted from the click. */
export function userLockOf(g: AppsScriptGlobals, start: number): UserLock {
  return userLock(() => g.LockService.getUserLock(), { now: () => g.Date.now(), deadline: start + WORK_BUDGET_MS });
}

export function userStore(g: AppsScriptGlobals = appsScript()): KeyValueStore {
  const properties = g.PropertiesService.getUserProperties();
  return {
    get: (key) => properties.getProperty(key),
    set: (key, value) => void properties.setProperty(key, value),
    remove: (key) => void properties.deleteProperty(key),
  };
}

/** Script-cache key of the Meet API brake: one value for every person using this deployment. */
export const MEET_BRAKE_KEY = 'meetlink.meetBrake';
/** User-cache key of the Meet API brake for one person (their own per-user limit). */
export const MEET_USER_BRAKE_KEY = 'meetlink.meetUserBrake';

/**
 * The Meet API brake: the project's in CacheService.getScriptCache(), the one cache every user of a script shares;
 * a person's own in getUserCache(), "scoped to the current user and script"
 * (developers.google.com/apps-script/reference/cache). An item expires by itself after the seconds given
 * (at most 21600); Google may drop it earlier, which only costs one Meet call.
 */
export function meetBrake(g: AppsScriptGlobals = appsScript(), scope: 'project' | 'user' = 'project'): ProjectBrake {
  const key = scope === 'project' ? MEET_BRAKE_KEY : MEET_USER_BRAKE_KEY;
  const cache = () => (scope === 'project' ? g.CacheService?.getScriptCache() : g.CacheService?.getUserCache()) ?? null;
  return {
    engaged: () => (cache()?.get(key) ?? null) !== null,
    engage: (seconds) => cache()?.put(key, String(g.Date.now() + seconds * 1000), seconds),
  };
}

/**
 * The context of one action: its Calendar routes, storage, and deadlines counted from `started`, the click
 * (clickStart), not from when the engine happens to be built.
 */
export function meetContext(
  g: AppsScriptGlobals = appsScript(),
  email: () => string = once(() => userEmail(g)),
  started: number = clickStart(g),
  lock: UserLock = userLockOf(g, started),
  consent: Consent = consentOf(g),
): MeetContext {
  // @types/google-apps-script types the Advanced service `Calendar | undefined`: it exists only when enabled in the manifest.
  const events = g.Calendar?.Events;
  if (!events) throw new Error('The Advanced Calendar service is not enabled: add it under dependencies in appsscript.json.');
  const now = () => g.Date.now();
  // Every Google call of this action is timed: the longest so far is what the next one is given.
  const calls = callTimes(now);
  return {
    calendar: calls.timed(advancedCalendarApi(events)),
    calendarRest: calls.timed(restCalendarApi(g.UrlFetchApp, () => g.ScriptApp.getOAuthToken())),
    // The Meet route only when the person granted a Meet scope and UrlFetchApp's: otherwise every link goes through
    // Calendar, quietly, with no call that could only be refused and no prompt (src/host/feature-scopes.ts, `prefers`).
    // Which Meet scope was granted decides which calls the engine makes (created: make and own; settings: any meeting).
    ...meetRoute(g, consent, (api) => calls.timed(api)),
    // Meet's records of past meetings (after the meeting), only with their read scope: the actions that need it ask first.
    ...(consent.missing(MEET_READ_SCOPES).length
      ? {}
      : { conferences: calls.timed(restMeetConferencesApi(g.UrlFetchApp, () => g.ScriptApp.getOAuthToken())) }),
    accountEmail: email,
    meetBrake: meetBrake(g),
    meetUserBrake: meetBrake(g, 'user'),
    store: userStore(g),
    lock,
    newId: () => g.Utilities.getUuid(),
    sleep: (ms) => g.Utilities.sleep(ms),
    now,
    random: () => g.Math.random(),
    callMs: calls.expectedMs,
    deadline: started + WORK_BUDGET_MS,
    cleanupDeadline: started + CLEANUP_BUDGET_MS,
  };
}

/**
 * The Meet REST port and the Meet scopes the person granted: no port without script.external_request (UrlFetchApp
 * would refuse every call) or without both Meet scopes. One ScriptApp read, no network call.
 */
function meetRoute(
  g: AppsScriptGlobals,
  consent: Consent,
  timed: (api: NonNullable<MeetContext['meet']>) => NonNullable<MeetContext['meet']>,
): { meet?: MeetContext['meet']; meetGranted?: MeetGrant } {
  const missing = consent.missing([SCOPES.externalRequest, SCOPES.meetCreated, SCOPES.meetSettings]);
  const meetGranted = { created: !missing.includes(SCOPES.meetCreated), settings: !missing.includes(SCOPES.meetSettings) };
  if (missing.includes(SCOPES.externalRequest) || (!meetGranted.created && !meetGranted.settings)) return { meetGranted };
  return { meet: timed(restMeetApi(g.UrlFetchApp, () => g.ScriptApp.getOAuthToken())), meetGranted };
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

/** The script's own zone (the manifest's timeZone), for a call whose host sent none; UTC if even that fails. */
function scriptTimeZone(g: AppsScriptGlobals): string {
  try {
    return g.Session.getScriptTimeZone() || 'Etc/UTC';
  } catch {
    return 'Etc/UTC';
  }
}

/**
 * What one add-on call works with (src/actions/app.ts), its budgets counted from `started` (clickStart, read by the
 * entry). One read of the email per call, shared by the cards and the engine.
 */
export function appsScriptApp(started: number, g: AppsScriptGlobals = appsScript()): App {
  const email = once(() => userEmail(g));
  // One lock port per call, shared by the handlers and the engine, so a section inside another does not wait on itself.
  const lock = userLockOf(g, started);
  const consent = consentOf(g);
  return {
    startedAt: started,
    store: userStore(g),
    lock,
    consent,
    engine: once(() => meetEngine(meetContext(g, email, started, lock, consent))),
    email,
    gmail: () => gmailReplies(g.GmailApp),
    now: () => g.Date.now(),
    newId: () => g.Utilities.getUuid(),
    scriptTimeZone: () => scriptTimeZone(g),
    // Without the person's zone (script.locale not granted) a time is the script's: its zone is named, never implied.
    formatWhen: (ms, timeZone) => {
      const locale = activeLocale().intlLocale;
      if (timeZone) return friendlyWhen(ms, g.Date.now(), timeZone, locale);
      const zone = scriptTimeZone(g);
      return t().whenInZone({ when: friendlyWhen(ms, g.Date.now(), zone, locale), zone: zoneName(zone, locale, ms) });
    },
  };
}

/** AuthorizationInfo as Apps Script has it now; @types/google-apps-script lacks getAuthorizedScopes (String[]|null). */
type AuthorizationInfo = GoogleAppsScript.Script.AuthorizationInfo & { getAuthorizedScopes?(): string[] | null };

/** ScriptApp as Apps Script has it now: @types/google-apps-script lacks the scopes argument and requireScopes. */
type ScriptAppNow = GoogleAppsScript.Script.ScriptApp & {
  getAuthorizationInfo(authMode: GoogleAppsScript.Script.AuthMode, oAuthScopes?: string[]): AuthorizationInfo;
  requireScopes(authMode: GoogleAppsScript.Script.AuthMode, oAuthScopes: string[]): void;
};

/**
 * The person's grant, read from ScriptApp (developers.google.com/apps-script/reference/script/script-app:
 * getAuthorizationInfo(authMode, oAuthScopes), requireScopes(authMode, oAuthScopes)). No network call. When
 * ScriptApp cannot tell (an error), nothing is reported missing and Google's own 403 stays the last word.
 */
export function consentOf(g: AppsScriptGlobals = appsScript()): Consent {
  const script = g.ScriptApp as ScriptAppNow;
  return {
    missing(scopes) {
      if (!scopes.length) return [];
      try {
        const info = script.getAuthorizationInfo(script.AuthMode.FULL, [...scopes]);
        if (info.getAuthorizationStatus() !== script.AuthorizationStatus.REQUIRED) return [];
        const granted = typeof info.getAuthorizedScopes === 'function' ? (info.getAuthorizedScopes() ?? []) : [];
        return scopes.filter((scope) => !granted.includes(scope));
      } catch (error) {
        console.warn(`MeetLink: could not read the granted scopes: ${logSummary(error)}`);
        return [];
      }
    },
    ask(scopes) {
      // Ends the execution when a scope is missing: Google shows the person its consent screen for them.
      script.requireScopes(script.AuthMode.FULL, [...scopes]);
    },
  };
}

/**
 * What the deployer's self-check (src/self-check/) works with: both Calendar routes, Meet, the store, and the
 * granted scopes read from ScriptApp (developers.google.com/apps-script/reference/script/authorization-info),
 * which needs no URL fetch and no urlFetchWhitelist entry, unlike Google's tokeninfo endpoint.
 */
export function selfCheckContext(g: AppsScriptGlobals = appsScript()): SelfCheckContext {
  // The deployer runs it with every scope granted; it probes Meet whatever the consent check would say.
  const ctx = meetContext(g, undefined, undefined, undefined, { missing: () => [], ask: () => {} });
  return {
    advanced: ctx.calendar,
    rest: ctx.calendarRest,
    meet: ctx.meet!,
    conferences: ctx.conferences!,
    store: ctx.store,
    lock: ctx.lock,
    newId: ctx.newId,
    accountEmail: () => ctx.accountEmail?.() ?? '',
    grantedScopes: () => {
      const info = g.ScriptApp.getAuthorizationInfo(g.ScriptApp.AuthMode.FULL) as AuthorizationInfo;
      return typeof info.getAuthorizedScopes === 'function' ? (info.getAuthorizedScopes() ?? null) : null;
    },
    sleep: ctx.sleep,
    now: ctx.now,
    random: ctx.random,
    callMs: ctx.callMs,
    deadline: ctx.deadline,
  };
}
