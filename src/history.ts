import type { DialIn, MeetLink } from './meet/conference';
import { readJson, type KeyValueStore } from './storage/key-value-store';

/** The person's recent links, newest first, kept in their own user properties. */
export interface HistoryEntry {
  url: string;
  code: string;
  /** When it was made, epoch ms. */
  at: number;
  /** The person's name for it ("Office hours"), at most LABEL_MAX characters. */
  label?: string;
  /** Pinned links stay at the top and are never pushed out by new ones. */
  pinned?: boolean;
  /** How to dial in, kept so an invitation made later from this link has its phone lines. */
  dialIn?: DialIn;
  morePhonesUrl?: string;
}

export const LABEL_MAX = 40;
/** At most this many pinned links, so at least HISTORY_SIZE - PINNED_MAX recent ones fit beside them. */
export const PINNED_MAX = 5;

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
  const entry: HistoryEntry = {
    url: link.url,
    code: link.code,
    at,
    ...(link.dialIn ? { dialIn: link.dialIn } : {}),
    ...(link.morePhonesUrl ? { morePhonesUrl: link.morePhonesUrl } : {}),
  };
  const entries = withPinnedKept([entry, ...readHistory(store).filter((e) => e.code !== link.code)]);
  store.set(KEY, JSON.stringify(entries));
  return entries;
}

/** Newest first, HISTORY_SIZE in all; pinned links are kept and the oldest unpinned ones go. */
function withPinnedKept(entries: HistoryEntry[]): HistoryEntry[] {
  let room = HISTORY_SIZE - entries.filter((e) => e.pinned === true).length;
  return entries.filter((e) => e.pinned === true || room-- > 0);
}

/** The links to show: pinned first, then the most recent; each optional field only when well formed. */
export function savedLinks(store: KeyValueStore): HistoryEntry[] {
  const entries = readHistory(store).map(normalized);
  return [...entries.filter((e) => e.pinned), ...entries.filter((e) => !e.pinned)];
}

export function findLink(store: KeyValueStore, code: string): HistoryEntry | undefined {
  return savedLinks(store).find((e) => e.code === code);
}

function normalized(e: HistoryEntry): HistoryEntry {
  const entry: HistoryEntry = { url: e.url, code: e.code, at: e.at };
  if (typeof e.label === 'string' && e.label.trim() && e.label.length <= LABEL_MAX) entry.label = e.label;
  if (e.pinned === true) entry.pinned = true;
  if (typeof e.dialIn?.number === 'string') {
    entry.dialIn = { number: e.dialIn.number, ...(typeof e.dialIn.pin === 'string' ? { pin: e.dialIn.pin } : {}) };
  }
  if (typeof e.morePhonesUrl === 'string' && e.morePhonesUrl.startsWith('https://')) entry.morePhonesUrl = e.morePhonesUrl;
  return entry;
}

export type LinkChange = 'done' | 'notFound' | 'tooLong' | 'tooManyPinned';

/** Gives a saved link a label; an empty label removes it. */
export function setLabel(store: KeyValueStore, code: string, label: string): LinkChange {
  const text = label.trim();
  if (text.length > LABEL_MAX) return 'tooLong';
  return change(store, code, (e) => {
    if (text) e.label = text;
    else delete e.label;
  });
}

export function setPinned(store: KeyValueStore, code: string, pinned: boolean): LinkChange {
  if (pinned && readHistory(store).filter((e) => e.pinned === true && e.code !== code).length >= PINNED_MAX) return 'tooManyPinned';
  return change(store, code, (e) => {
    if (pinned) e.pinned = true;
    else delete e.pinned;
  });
}

function change(store: KeyValueStore, code: string, edit: (entry: HistoryEntry) => void): LinkChange {
  const entries = readHistory(store);
  const entry = entries.find((e) => e.code === code);
  if (!entry) return 'notFound';
  edit(entry);
  store.set(KEY, JSON.stringify(entries));
  return 'done';
}

/** "Clear recent links": the pinned ones stay. */
export function clearRecent(store: KeyValueStore): void {
  const pinned = readHistory(store).filter((e) => e.pinned === true);
  if (pinned.length) store.set(KEY, JSON.stringify(pinned));
  else store.remove(KEY);
}

export function clearHistory(store: KeyValueStore): void {
  store.remove(KEY);
}
