import type { MeetLink } from './conference';
import { meetCodeOf, meetUrl } from './meeting-code';
import type { MeetContext } from './context';
import { createCalendarLink } from './calendar-link';
import { GoogleApiError } from './google-api-error';
import { isFreeGmail, isSpaceName, type Space } from './meet-port';
import { readJson } from '../storage/key-value-store';
import type { Preset } from '../settings';
import { createSpace } from './presets';

/** User property: when Google last refused this account the Meet REST API (`{at: epoch ms}`). */
export const MEET_API_DENIED_KEY = 'meetlink.meetApiDenied';
/** A refusal is believed for 30 days, then the Meet API is tried again (an admin may have turned it on). */
export const MEET_API_RECHECK_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * Whether this account should use the Meet REST API now: not a free Gmail account (Google's Meet API does not
 * serve them, so no call is wasted), and not refused within the last 30 days; and the person granted the Meet
 * scope the calls need (`created`: make a space, its members, end it; `settings`: the settings of any meeting).
 */
export function meetApiUsable(ctx: MeetContext, scope: 'created' | 'settings' = 'created'): boolean {
  if (!ctx.meet || (ctx.meetGranted && !ctx.meetGranted[scope])) return false;
  return meetApiOffered(ctx);
}

/**
 * Whether Meet's controls are offered at all: not a free Gmail account and not refused by Google within 30 days,
 * whichever Meet scope the person granted (an action asks for the one it needs: src/host/feature-scopes.ts).
 */
export function meetApiOffered(ctx: MeetContext): boolean {
  if ((!ctx.meet && !ctx.meetGranted) || isFreeGmail(ctx.accountEmail?.())) return false;
  const denied = readJson<{ at?: unknown }>(ctx.store, MEET_API_DENIED_KEY, {});
  const at = denied && typeof denied === 'object' ? denied.at : undefined;
  return !(typeof at === 'number' && at <= ctx.now() && ctx.now() - at < MEET_API_RECHECK_MS);
}

/**
 * After a 429 from spaces.create, every person goes straight to the Calendar method for this long. The quota is
 * 100 calls a minute per Cloud project (developers.google.com/meet/api/guides/limits), counted over a minute,
 * so a minute's pause lets it refill; the Calendar route has its own, far larger quota.
 */
export const MEET_BRAKE_SECONDS = 60;

/** Whether the project-wide brake is on; a cache that fails reads as "off" (one Meet call more, nothing worse). */
function braked(ctx: MeetContext): boolean {
  try {
    return ctx.meetBrake?.engaged() === true;
  } catch {
    return false;
  }
}

function engageBrake(ctx: MeetContext): void {
  try {
    ctx.meetBrake?.engage(MEET_BRAKE_SECONDS);
  } catch {
    // Not kept: the next person asks the Meet API once more and engages it then.
  }
}

export interface LinkOptions {
  /** The link must carry a dial-in number and PIN (an invitation whose template asks for them). */
  needDialIn?: boolean;
  /** Meeting presets for a Meet space, sent in the same spaces.create call (ignored on the Calendar route). */
  presets?: readonly Preset[];
}

/**
 * Makes a Meet link the cheapest way this account allows. Workspace accounts: one `spaces.create` call, a space
 * this app owns (nothing to clean up, and its access type can be changed later). Everything else, and every
 * failure of that one call, goes to the Calendar method within the same action, which works for every account:
 * - PERMISSION_DENIED (403): this account cannot use the Meet API; remembered with the date (see above);
 * - 429 (spaces.create allows 10 a minute per user, 100 per project): at once, no wait and no retry, as
 *   create is not idempotent and the Calendar route has its own quota; and the project-wide brake is engaged,
 *   so that for the next minute nobody using this deployment spends a call on a quota that is used up (a 429
 *   does not say whether the person's or the project's quota ran out: either way a minute of Calendar links
 *   costs nothing but the space controls);
 * - 5xx, a network exception, or an answer that is not a Meet link: at once too; a retry would spend the
 *   action's 30 s on a route that has a universal alternative.
 */
export function makeMeetLink(ctx: MeetContext, options: LinkOptions = {}): MeetLink {
  // A Meet space has no dial-in number or PIN (spaces.create returns none): a link that needs them comes from Calendar.
  if (options.needDialIn || !meetApiUsable(ctx) || braked(ctx)) return createCalendarLink(ctx);
  let space: Space;
  let refused: Preset[] = [];
  try {
    ({ space, refused } = createSpace(ctx, options.presets ?? []));
  } catch (error) {
    if (error instanceof GoogleApiError && error.status === 403) rememberMeetApi(ctx, ctx.now());
    if (error instanceof GoogleApiError && error.status === 429) engageBrake(ctx);
    return createCalendarLink(ctx);
  }
  if (ctx.store.get(MEET_API_DENIED_KEY) !== null) rememberMeetApi(ctx, undefined);
  const code = meetCodeOf(space.meetingUri);
  if (!code || !isSpaceName(space.name)) return createCalendarLink(ctx);
  const { accessType, moderation } = space.config ?? {};
  return {
    url: meetUrl(code),
    code,
    space: { name: space.name, ...(accessType ? { accessType } : {}), ...(moderation ? { moderation } : {}), ...(refused.length ? { refused } : {}) },
  };
}

/** Writes (or clears) the Meet API refusal under the user lock; a busy lock only means it is written next time. */
function rememberMeetApi(ctx: MeetContext, deniedAt: number | undefined): void {
  try {
    ctx.lock.withUserLock(() => {
      if (deniedAt === undefined) ctx.store.remove(MEET_API_DENIED_KEY);
      else ctx.store.set(MEET_API_DENIED_KEY, JSON.stringify({ at: deniedAt }));
    });
  } catch {
    // Not remembered: the next action asks the Meet API again, which costs one call and is otherwise harmless.
  }
}
