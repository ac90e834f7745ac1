import type { MeetLink } from './meet/conference';
import { isMeetingCode, meetUrl } from './meet/meeting-code';
import { readJson, type KeyValueStore } from './storage/key-value-store';

/** The person's recent links, newest first, kept in their own user properties. */
export interface HistoryEntry {
  url: string;
  code: string;
  /** When it was made, epoch ms. */
  at: number;
}

export const HISTORY_SIZE = 10;
/** User property: the recent links, when the person keeps them. */
export const HISTORY_KEY = 'meetlink.history';
/** Times outside these years are damage, not links (a date the formatter cannot show). */
const EARLIEST = Date.UTC(2000, 0, 1);
const LATEST = Date.UTC(2100, 0, 1);

/**
 * The stored entries, each checked: a Meet link whose URL is exactly its code's, and a sane time. A damaged
 * entry is dropped, never fatal; a damaged value reads as no history.
 */
export function readHistory(store: KeyValueStore): HistoryEntry[] {
  const entries = readJson<unknown>(store, HISTORY_KEY, []);
  if (!Array.isArray(entries)) return [];
  const valid: HistoryEntry[] = [];
  for (const e of entries) {
    const entry = validEntry(e);
    if (entry && !valid.some((v) => v.code === entry.code)) valid.push(entry);
    if (valid.length === HISTORY_SIZE) break;
  }
  return valid;
}

function validEntry(value: unknown): HistoryEntry | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const { url, code, at } = value as Record<string, unknown>;
  if (!isMeetingCode(code as string | undefined) || url !== meetUrl(code as string)) return undefined;
  if (typeof at !== 'number' || !Number.isFinite(at) || at < EARLIEST || at > LATEST) return undefined;
  return { url, code: code as string, at };
}

/** Adds a link at the top. A read-change-write: call it under the user lock. */
export function remember(store: KeyValueStore, link: MeetLink, at: number): HistoryEntry[] {
  const entries = [{ url: link.url, code: link.code, at }, ...readHistory(store).filter((e) => e.code !== link.code)].slice(0, HISTORY_SIZE);
  store.set(HISTORY_KEY, JSON.stringify(entries));
  return entries;
}

export function clearHistory(store: KeyValueStore): void {
  if (store.get(HISTORY_KEY) !== null) store.remove(HISTORY_KEY);
}
