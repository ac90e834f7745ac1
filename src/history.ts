import type { DialIn, MeetLink } from './meet/conference';
import { isMeetingCode, meetUrl } from './meet/meeting-code';
import { readJson, type KeyValueStore } from './storage/key-value-store';
import { googleMeetUrl } from './text/escape';

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

/**
 * "Meeting codes expire 365 days after last use" and may then be given to another meeting (Meet API overview,
 * developers.google.com/meet/api/guides/overview; spaces reference). MeetLink cannot see when a code was last
 * used (see ARCHITECTURE.md), only when it was made: a pinned link made more than about eleven months ago is
 * marked, a month before the earliest day it could expire.
 */
export const AGING_MS = 335 * 24 * 60 * 60 * 1000;

/** A pinned link old enough that its code may soon expire. */
export function isAging(entry: HistoryEntry, now: number): boolean {
  return entry.pinned === true && now - entry.at >= AGING_MS;
}
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
  return normalized({ ...(value as HistoryEntry), url, code: code as string, at });
}

/** Adds a link at the top. A read-change-write: call it under the user lock. */
export function remember(store: KeyValueStore, link: MeetLink, at: number): HistoryEntry[] {
  const entry: HistoryEntry = {
    url: link.url,
    code: link.code,
    at,
    ...(link.dialIn ? { dialIn: link.dialIn } : {}),
    ...(link.morePhonesUrl ? { morePhonesUrl: link.morePhonesUrl } : {}),
  };
  const entries = withPinnedKept([entry, ...readHistory(store).filter((e) => e.code !== link.code)]);
  store.set(HISTORY_KEY, JSON.stringify(entries));
  return entries;
}

/** Newest first, HISTORY_SIZE in all; pinned links are kept and the oldest unpinned ones go. */
function withPinnedKept(entries: HistoryEntry[]): HistoryEntry[] {
  let room = HISTORY_SIZE - entries.filter((e) => e.pinned === true).length;
  return entries.filter((e) => e.pinned === true || room-- > 0);
}

/** The links to show: pinned first, then the most recent. */
export function savedLinks(store: KeyValueStore): HistoryEntry[] {
  const entries = readHistory(store);
  return [...entries.filter((e) => e.pinned), ...entries.filter((e) => !e.pinned)];
}

export function findLink(store: KeyValueStore, code: string): HistoryEntry | undefined {
  return savedLinks(store).find((e) => e.code === code);
}

/** An entry with each optional field kept only when well formed. */
function normalized(e: HistoryEntry): HistoryEntry {
  const entry: HistoryEntry = { url: e.url, code: e.code, at: e.at };
  if (typeof e.label === 'string' && e.label.trim() && e.label.length <= LABEL_MAX) entry.label = e.label;
  if (e.pinned === true) entry.pinned = true;
  if (typeof e.dialIn?.number === 'string') {
    entry.dialIn = { number: e.dialIn.number, ...(typeof e.dialIn.pin === 'string' ? { pin: e.dialIn.pin } : {}) };
  }
  if (googleMeetUrl(e.morePhonesUrl)) entry.morePhonesUrl = e.morePhonesUrl;
  return entry;
}

/**
 * "Fresh link, same label": the new link takes the old one's label and pin, and the old one is dropped (a pinned
 * link is never pushed out, so the old must go for the pin count to stay). Answers the new entry. A
 * read-change-write: call it under the user lock.
 */
export function replaceWithFresh(store: KeyValueStore, oldCode: string, link: MeetLink, at: number): HistoryEntry {
  const entries = readHistory(store);
  const old = entries.find((e) => e.code === oldCode);
  const entry: HistoryEntry = {
    url: link.url,
    code: link.code,
    at,
    ...(old?.label ? { label: old.label } : {}),
    ...(old?.pinned ? { pinned: true } : {}),
    ...(link.dialIn ? { dialIn: link.dialIn } : {}),
    ...(link.morePhonesUrl ? { morePhonesUrl: link.morePhonesUrl } : {}),
  };
  store.set(HISTORY_KEY, JSON.stringify(withPinnedKept([entry, ...entries.filter((e) => e.code !== oldCode && e.code !== link.code)])));
  return entry;
}

export type LinkChange = 'done' | 'notFound' | 'tooLong' | 'tooManyPinned';

/** Gives a saved link a label; an empty label removes it. A read-change-write: call it under the user lock. */
export function setLabel(store: KeyValueStore, code: string, label: string): LinkChange {
  const text = label.trim();
  if (text.length > LABEL_MAX) return 'tooLong';
  return change(store, code, (e) => {
    if (text) e.label = text;
    else delete e.label;
  });
}

/** Pins or unpins a saved link. A read-change-write: call it under the user lock. */
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
  store.set(HISTORY_KEY, JSON.stringify(entries));
  return 'done';
}

/** "Clear recent links": the pinned ones stay. A read-change-write: call it under the user lock. */
export function clearRecent(store: KeyValueStore): void {
  const pinned = readHistory(store).filter((e) => e.pinned === true);
  if (pinned.length) store.set(HISTORY_KEY, JSON.stringify(pinned));
  else store.remove(HISTORY_KEY);
}

export function clearHistory(store: KeyValueStore): void {
  if (store.get(HISTORY_KEY) !== null) store.remove(HISTORY_KEY);
}
