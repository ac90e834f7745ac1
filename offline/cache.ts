import type { VirtualClock } from './clock';
import { notModelled } from './not-modelled';

/**
 * CacheService, as far as MeetLink uses it: `getScriptCache()`, ONE cache per script shared by every person
 * who runs it ("Public caches are for things that are not dependent on which user is accessing your script",
 * developers.google.com/apps-script/reference/cache), with `get`, `put` and `remove` on the simulated clock.
 *
 * Limits (developers.google.com/apps-script/reference/cache/cache): "The maximum length of a key is 250
 * characters. The maximum amount of data that can be stored per key is 100KB." put(key, value,
 * expirationInSeconds): "The minimum is 1 second and the maximum is 21600 seconds (6 hours)"; without it "The
 * value will expire from the cache after 600 seconds (10 minutes)". A value outside 1–21600 is not modelled (what
 * Apps Script does then is not published). The words of the exceptions Google throws for a broken size limit are
 * not published (unconfirmed): ours name the limit. A cache may also drop an item before it expires ("not guaranteed"):
 * `evictAll()` lets a test show that MeetLink survives it. `getUserCache()` is the same kind of cache, one per
 * person ("Gets the cache instance scoped to the current user and script": each offline runtime is one person).
 * Anything else (getAll, putAll, document caches) throws "not modelled".
 */
export const CACHE_KEY_MAX = 250;
export const CACHE_VALUE_MAX = 100 * 1024;
export const CACHE_EXPIRATION_MAX_S = 21600;
export const CACHE_EXPIRATION_DEFAULT_S = 600;

export class FakeScriptCache {
  private readonly items = new Map<string, { value: string; until: number }>();

  constructor(private readonly clock: VirtualClock) {}

  get(key: string): string | null {
    checkKey(key);
    const item = this.items.get(key);
    if (!item) return null;
    if (this.clock.now() >= item.until) {
      this.items.delete(key);
      return null;
    }
    return item.value;
  }

  put(key: string, value: string, expirationInSeconds: number = CACHE_EXPIRATION_DEFAULT_S): void {
    checkKey(key);
    const text = String(value);
    if (Buffer.byteLength(text) > CACHE_VALUE_MAX) throw new Error('Exception: Argument too large: value (a cache value holds at most 100 KB)');
    // "The minimum is 1 second and the maximum is 21600 seconds (6 hours)" (put(key, value, expirationInSeconds));
    // without it "The value will expire from the cache after 600 seconds (10 minutes)" (put(key, value)). What Apps
    // Script does with a value outside that range (refuse it, clamp it, keep the default) is not published.
    if (typeof expirationInSeconds !== 'number' || !Number.isInteger(expirationInSeconds)) {
      throw new Error(`Exception: Invalid argument: expirationInSeconds (${String(expirationInSeconds)})`);
    }
    if (expirationInSeconds < 1 || expirationInSeconds > CACHE_EXPIRATION_MAX_S) {
      notModelled(
        `Offline runtime: Cache.put with expirationInSeconds ${expirationInSeconds}, outside 1 to 21600, is not modelled (offline/cache.ts).`,
      );
    }
    this.items.set(key, { value: text, until: this.clock.now() + expirationInSeconds * 1000 });
  }

  remove(key: string): void {
    checkKey(key);
    this.items.delete(key);
  }

  /** Google may drop cached items early (tests: MeetLink must not depend on the cache keeping anything). */
  evictAll(): void {
    this.items.clear();
  }

  getAll(): never {
    return notModelled('Offline runtime: Cache.getAll is not modelled (offline/cache.ts).');
  }

  putAll(): never {
    return notModelled('Offline runtime: Cache.putAll is not modelled (offline/cache.ts).');
  }

  removeAll(): never {
    return notModelled('Offline runtime: Cache.removeAll is not modelled (offline/cache.ts).');
  }
}

function checkKey(key: string): void {
  if (typeof key !== 'string' || key.length === 0) throw new Error('Exception: Invalid argument: key');
  if (key.length > CACHE_KEY_MAX) throw new Error('Exception: Argument too large: key (a cache key holds at most 250 characters)');
}

/** The CacheService global over one script cache (the project's) and one user cache (this person's). */
export function createCacheService(scriptCache: FakeScriptCache, userCache: FakeScriptCache) {
  const notModelledHere = (what: string) => () => {
    notModelled(`Offline runtime: CacheService.${what} is not modelled (offline/cache.ts).`);
  };
  return {
    getScriptCache: () => scriptCache,
    getUserCache: () => userCache,
    getDocumentCache: notModelledHere('getDocumentCache'),
  };
}
