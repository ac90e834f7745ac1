import type { KeyValueStore } from '../../src/storage/key-value-store';

/** A KeyValueStore in memory, as user properties are to the code that reads them; `values` to look inside. */
export function memoryStore(initial: Record<string, string> = {}): KeyValueStore & { values: Map<string, string> } {
  const values = new Map(Object.entries(initial));
  return {
    values,
    get: (key) => values.get(key) ?? null,
    set: (key, value) => void values.set(key, value),
    remove: (key) => void values.delete(key),
  };
}
