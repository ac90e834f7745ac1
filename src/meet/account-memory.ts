import type { Preset } from '../settings';
import { readJson } from '../storage/key-value-store';
import type { MeetContext } from './context';

/**
 * What Google refused this account, remembered in the person's user properties with the date: the Meet API
 * (`meetlink.meetApiDenied`, src/meet/make-link.ts), and what its edition or admin does not allow (co-hosts, each
 * meeting preset: `meetlink.meetEdition`). A refusal is believed for 30 days, then tried again: an admin may have
 * turned the feature on, or the account moved to another edition. Written under the user lock; a lock that is
 * busy only means it is written next time.
 */
export const RECHECK_MS = 30 * 24 * 60 * 60 * 1000;

/** What remembering needs of the engine's context. */
export type Memory = Pick<MeetContext, 'store' | 'lock' | 'now'>;

/** Whether a time stored by `remember` is recent enough to believe. */
export function believed(ctx: Memory, at: unknown): boolean {
  return typeof at === 'number' && at <= ctx.now() && ctx.now() - at < RECHECK_MS;
}

/** A refusal stored as `{at}`: whether it is still believed. */
export function refusedRecently(ctx: Memory, key: string): boolean {
  const stored = readJson<{ at?: unknown }>(ctx.store, key, {});
  return believed(ctx, stored && typeof stored === 'object' ? stored.at : undefined);
}

/** Writes (`at`) or clears (undefined) a refusal stored as `{at}`; clearing what is not there writes nothing. */
export function rememberRefusal(ctx: Memory, key: string, at: number | undefined): void {
  if (at === undefined && ctx.store.get(key) === null) return;
  update(ctx, () => {
    if (at === undefined) ctx.store.remove(key);
    else ctx.store.set(key, JSON.stringify({ at }));
  });
}

/** A read-change-write under the user lock that may be skipped: not remembered only costs one call more later. */
function update(ctx: Memory, change: () => void): void {
  try {
    ctx.lock.withUserLock(change);
  } catch {
    // Busy or failing lock: nothing written; the next action asks Google again, which is otherwise harmless.
  }
}

// ---- what this account's edition or admin allows, as Google last answered ---------------------------------------

/**
 * User property: when Google last refused this account co-hosts as a whole (Business Starter, Frontline and
 * Nonprofits have none: Meet Help 10885841, Workspace Updates April 2022; an admin may turn them off), when it last
 * refused each preset, and when a read last showed each preset on after MeetLink asked for it:
 * `{cohostsRefused: at, presetsRefused: {record: at}, presetsConfirmed: {notes: at}}`, each believed for 30 days.
 */
export const MEET_EDITION_KEY = 'meetlink.meetEdition';

export interface EditionSeen {
  cohostsRefused?: number;
  presetsRefused?: Partial<Record<Preset, number>>;
  presetsConfirmed?: Partial<Record<Preset, number>>;
}

export function editionSeen(ctx: Memory): EditionSeen {
  const seen = readJson<EditionSeen>(ctx.store, MEET_EDITION_KEY, {});
  return seen && typeof seen === 'object' && !Array.isArray(seen) ? seen : {};
}

/** Changes what is remembered of the edition, under the user lock; writes nothing when nothing changed. */
export function rememberEdition(ctx: Memory, change: (seen: EditionSeen) => EditionSeen): void {
  update(ctx, () => {
    const before = editionSeen(ctx);
    const after = change(before);
    if (JSON.stringify(after) !== JSON.stringify(before)) ctx.store.set(MEET_EDITION_KEY, JSON.stringify(after));
  });
}

/** Whether the link card offers co-hosts: Google has not refused this account co-hosts within 30 days. */
export function cohostsOffered(ctx: Memory): boolean {
  return !believed(ctx, editionSeen(ctx).cohostsRefused);
}

/** Notes (`at`) or forgets (undefined) that Google refused this account co-hosts; nothing to forget writes nothing. */
export function rememberCohostRefusal(ctx: Memory, at: number | undefined): void {
  if (at === undefined && editionSeen(ctx).cohostsRefused === undefined) return;
  rememberEdition(ctx, ({ cohostsRefused: _, ...rest }) => (at === undefined ? rest : { ...rest, cohostsRefused: at }));
}
