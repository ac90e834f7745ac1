import type { VirtualClock } from './clock';

/**
 * PropertiesService, CacheService, Session, Utilities, ScriptApp, Logger and console,
 * each only as far as MeetLink uses it, with Google's documented limits. Anything else is absent, so a call
 * to it fails loudly. LockService, shared by several executions, is in ./lock.ts.
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

/** Cache: 100 KB a value, keys up to 250 characters, expiry up to 6 hours (reference: cache/cache). */
export class FakeCache {
  private readonly data = new Map<string, { value: string; expires: number }>();
  constructor(private readonly clock: VirtualClock) {}
  get(key: string): string | null {
    this.checkKey(key);
    const hit = this.data.get(key);
    if (!hit || hit.expires <= this.clock.now()) return null;
    return hit.value;
  }
  put(key: string, value: string, expirationInSeconds = 600): void {
    this.checkKey(key);
    if (Buffer.byteLength(value) > 100 * 1024) throw new Error('Exception: Argument too large: value');
    const seconds = Math.min(Math.max(expirationInSeconds, 1), 21600);
    this.data.set(key, { value, expires: this.clock.now() + seconds * 1000 });
  }
  remove(key: string): void {
    this.data.delete(key);
  }
  private checkKey(key: string): void {
    if (key.length > 250) throw new Error('Exception: Argument too large: key');
  }
}

export interface Account {
  email: string;
  /** `consumer` is a free Gmail account; `workspace` a paid Google Workspace account. */
  kind: 'consumer' | 'workspace';
  timeZone: string;
  locale: string;
}

export function createServices(clock: VirtualClock, account: () => Account, random: () => number) {
  const userProperties = new FakeProperties();
  const scriptProperties = new FakeProperties();
  const userCache = new FakeCache(clock);
  const sleeps: number[] = [];
  const logs: string[] = [];
  const hex = () => Math.floor(random() * 16).toString(16);
  return {
    userProperties,
    scriptProperties,
    userCache,
    sleeps,
    logs,
    globals: {
      PropertiesService: {
        getUserProperties: () => userProperties,
        getScriptProperties: () => scriptProperties,
        getDocumentProperties: () => null,
      },
      CacheService: {
        getUserCache: () => userCache,
        getScriptCache: () => userCache,
        getDocumentCache: () => null,
      },
      Session: {
        getActiveUser: () => ({ getEmail: () => account().email }),
        getEffectiveUser: () => ({ getEmail: () => account().email }),
        getScriptTimeZone: () => 'Etc/UTC',
        getActiveUserLocale: () => account().locale,
        getTemporaryActiveUserKey: () => 'offline-user-key',
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
        base64Encode: (text: string) => Buffer.from(text).toString('base64'),
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

/** The subset of Utilities.formatDate patterns MeetLink uses (SimpleDateFormat letters y M d H m). */
function formatDate(date: Date, timeZone: string, pattern: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  return pattern.replace(
    /yyyy|MM|dd|HH|mm/g,
    (token) => ({ yyyy: parts.year, MM: parts.month, dd: parts.day, HH: parts.hour, mm: parts.minute })[token]!,
  );
}
