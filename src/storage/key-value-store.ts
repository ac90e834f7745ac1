/** A string store: the person's own user properties in Apps Script, a Map in tests. */
export interface KeyValueStore {
  get(key: string): string | null;
  set(key: string, value: string): void;
  remove(key: string): void;
}

/** Parses a stored JSON value, answering `fallback` for a missing or malformed one. */
export function readJson<T>(store: KeyValueStore, key: string, fallback: T): T {
  const text = store.get(key);
  if (text === null) return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}
