import type { VirtualClock } from './clock';
import { formatDate } from './format-date';
import { notModelled as notModelledThrow } from './not-modelled';
import type { Edition } from './editions';

/**
 * PropertiesService, Session, Utilities, ScriptApp, Logger and console, each only as far as MeetLink, the
 * preview and the tests use it, with Google's documented limits. Anything else is absent or throws "not
 * modelled", so a call to it fails loudly. LockService, shared by several executions, is in ./lock.ts.
 */

/** Quotas: "Properties value size 9 KB / val", "Properties total storage 500 KB / property store"
 * (developers.google.com/apps-script/guides/services/quotas). */
export const PROPERTY_VALUE_LIMIT = 9 * 1024;
export const PROPERTY_STORE_LIMIT = 500 * 1024;

export class FakeProperties {
  private readonly data = new Map<string, string>();
  getProperty(key: string): string | null {
    return this.data.has(key) ? this.data.get(key)! : null;
  }
  getProperties(): Record<string, string> {
    return Object.fromEntries(this.data);
  }
  getKeys(): string[] {
    return [...this.data.keys()];
  }
  setProperty(key: string, value: string): this {
    const text = String(value);
    const size = Buffer.byteLength(key) + Buffer.byteLength(text);
    if (size > PROPERTY_VALUE_LIMIT) {
      throw new Error('Exception: Argument too large: value');
    }
    const total = [...this.data].reduce((n, [k, v]) => (k === key ? n : n + Buffer.byteLength(k) + Buffer.byteLength(v)), size);
    if (total > PROPERTY_STORE_LIMIT) throw new Error('Exception: You have exceeded the property storage quota.');
    this.data.set(key, text);
    return this;
  }
  setProperties(values: Record<string, string>, deleteAllOthers = false): this {
    if (deleteAllOthers) this.data.clear();
    for (const [k, v] of Object.entries(values)) this.setProperty(k, v);
    return this;
  }
  deleteProperty(key: string): this {
    this.data.delete(key);
    return this;
  }
  deleteAllProperties(): this {
    this.data.clear();
    return this;
  }
}

export interface Account {
  email: string;
  /** `consumer` is a free Gmail account; `workspace` a paid Google Workspace account. */
  kind: 'consumer' | 'workspace';
  timeZone: string;
  locale: string;
  /** Addresses the person may send as (Gmail's "Send mail as"; GmailApp.getAliases()); none by default. */
  aliases?: string[];
  /** A Workspace account's edition: which Meet features it has (offline/editions.ts); every one when not named. */
  edition?: Edition;
}

export function createServices(clock: VirtualClock, account: () => Account, random: () => number, scriptTimeZone: () => string = () => 'Etc/UTC') {
  // getUserProperties(): "a property store that only the current user can access, and only within this script"
  // (developers.google.com/apps-script/reference/properties/properties-service). One store per person, by address:
  // the preview switches the runtime's account, and each account finds its own settings and links.
  const userStores = new Map<string, FakeProperties>();
  const userPropertiesOf = (email: string): FakeProperties => {
    const key = email.toLowerCase();
    if (!userStores.has(key)) userStores.set(key, new FakeProperties());
    return userStores.get(key)!;
  };
  const scriptProperties = new FakeProperties();
  const sleeps: number[] = [];
  const logs: string[] = [];
  const hex = () => Math.floor(random() * 16).toString(16);
  return {
    /** The current person's user properties (the runtime's account now). */
    get userProperties(): FakeProperties {
      return userPropertiesOf(account().email);
    },
    /** Any person's user properties, by address (the preview seeds both of its accounts). */
    userPropertiesOf,
    scriptProperties,
    sleeps,
    logs,
    globals: {
      PropertiesService: {
        getUserProperties: () => userPropertiesOf(account().email),
        getScriptProperties: () => scriptProperties,
        getDocumentProperties: notModelled('PropertiesService.getDocumentProperties'),
      },
      Session: {
        getActiveUser: () => ({ getEmail: () => account().email }),
        getEffectiveUser: notModelled('Session.getEffectiveUser'),
        // "Gets the time zone of the script": the manifest's timeZone field
        // (developers.google.com/apps-script/reference/base/session#getScriptTimeZone(); manifest reference, timeZone).
        getScriptTimeZone: () => scriptTimeZone(),
        getActiveUserLocale: () => account().locale,
        getTemporaryActiveUserKey: notModelled('Session.getTemporaryActiveUserKey'),
      },
      Utilities: {
        /** Recorded and added to simulated time, never slept (reference: utilities#sleep, max 300000 ms). */
        sleep: (ms: number) => {
          if (ms > 300000) throw new Error('Exception: Invalid argument: milliseconds');
          sleeps.push(ms);
          clock.advance(ms);
        },
        getUuid: () =>
          'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, (c) => (c === 'x' ? hex() : ((parseInt(hex(), 16) & 3) | 8).toString(16))),
        formatDate: (date: Date, timeZone: string, pattern: string) => formatDate(date, timeZone, pattern),
        base64Encode: notModelled('Utilities.base64Encode'),
      },
      ScriptApp: {
        getOAuthToken: () => 'offline-oauth-token',
        AuthMode: { NONE: 'NONE', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION', LIMITED: 'LIMITED', FULL: 'FULL' },
      },
      Logger: {
        log: (...args: unknown[]) => {
          logs.push(args.map(String).join(' '));
        },
      },
      console: {
        log: (...args: unknown[]) => void logs.push(args.map(String).join(' ')),
        info: (...args: unknown[]) => void logs.push(args.map(String).join(' ')),
        warn: (...args: unknown[]) => void logs.push('WARN ' + args.map(String).join(' ')),
        error: (...args: unknown[]) => void logs.push('ERROR ' + args.map(String).join(' ')),
      },
    },
  };
}

/** A service method MeetLink, the preview and the tests never call: it throws rather than guess. */
function notModelled(what: string): () => never {
  return () => {
    notModelledThrow(`Offline runtime: ${what} is not modelled (offline/services.ts).`);
  };
}
