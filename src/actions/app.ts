import type { MessageReplies } from '../adapters/gmail-reply';
import { timeZoneOf, type AddOnEvent } from '../host/event-object';
import type { MeetEngine } from '../meet/engine';
import type { KeyValueStore } from '../storage/key-value-store';
import type { UserLock } from '../lock/user-lock';

/** The person's consent, through ScriptApp (developers.google.com/apps-script/concepts/scopes#handle-granular). */
export interface Consent {
  /** Those of `scopes` the person has not granted (none when all are). */
  missing(scopes: readonly string[]): string[];
  /** Has Google ask the person for `scopes` again: ends this execution (ScriptApp.requireScopes). */
  ask(scopes: readonly string[]): void;
}

/**
 * What one add-on call works with. src/platform.ts builds it over Apps Script's globals, per call; the engine
 * and the email are made only when something needs them.
 */
export interface App {
  /** When this execution began (the click; src/platform.ts clickStart): every budget of the action counts from it. */
  startedAt: number;
  store: KeyValueStore;
  /** The person's user lock: history and settings are read-changed-written under it. */
  lock: UserLock;
  engine(): MeetEngine;
  email(): string;
  /** Gmail: replies to the open message. */
  gmail(): MessageReplies;
  now(): number;
  /** A fresh unique id (Utilities.getUuid): the client-chosen id of a meeting's event. */
  newId(): string;
  /** The script's own zone (Session.getScriptTimeZone), for a call whose host sent the person's none. */
  scriptTimeZone(): string;
  /** What the person granted on Google's consent screen (src/host/feature-scopes.ts says what each feature needs). */
  consent: Consent;
  /** A friendly time in the person's zone and language ("Today 09:30"; src/i18n/when.ts); no zone: the script's. */
  formatWhen(ms: number, timeZone: string | undefined): string;
}

/** The person's zone as the host sent it (commonEventObject.timeZone), else the script's: what every card and time of a call is in. */
export function zoneOf(app: App, e: AddOnEvent): string {
  return timeZoneOf(e) ?? app.scriptTimeZone();
}
