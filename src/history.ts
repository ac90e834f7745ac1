import type { MeetLink } from './meet/conference';
import { readJson, type KeyValueStore } from './storage/key-value-store';

/** The person's recent links, newest first, kept in their own user properties. */
export interface HistoryEntry {
  url: string;
  code: string;
  /** When it was made, epoch ms. */
  at: number;
}

export const HISTORY_SIZE = 10;
const KEY = 'meetlink.history';

export function readHistory(store: KeyValueStore): HistoryEntry[] {
  const entries = readJson<unknown>(store, KEY, []);
  if (!Array.isArray(entries)) return [];
  return entries
    .filter((e): e is HistoryEntry => typeof e?.url === 'string' && typeof e?.code === 'string' && typeof e?.at === 'number')
    .slice(0, HISTORY_SIZE);
}

export function remember(store: KeyValueStore, link: MeetLink, at: number): HistoryEntry[] {
  const entries = [{ url: link.url, code: link.code, at }, ...readHistory(store).filter((e) => e.code !== link.code)].slice(0, HISTORY_SIZE);
  store.set(KEY, JSON.stringify(entries));
  return entries;
}

export function clearHistory(store: KeyValueStore): void {
  store.remove(KEY);
}
