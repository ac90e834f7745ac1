import type { MeetLink } from './conference';
import { meetCodeOf, meetUrl } from './meeting-code';
import type { MeetContext, ProjectBrake } from './context';
import { createCalendarLink } from './calendar-link';
import { GoogleApiError } from './google-api-error';
import { isFreeGmail, isSpaceName, type Space } from './meet-port';
import type { Preset } from '../settings';
import { createSpace, type PresetOutcome } from './presets';
import { cohostsOffered, RECHECK_MS, refusedRecently, rememberRefusal } from './account-memory';

/** User property: when Google last refused this account the Meet REST API (`{at: epoch ms}`). */
export const MEET_API_DENIED_KEY = 'meetlink.meetApiDenied';
/** A refusal is believed for 30 days, then the Meet API is tried again (an admin may have turned it on). */
export const MEET_API_RECHECK_MS = RECHECK_MS;

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
  return !refusedRecently(ctx, MEET_API_DENIED_KEY);
}

/**
 * After a 429 from spaces.create, links go straight to the Calendar method for this long: for everyone when the
 * project's limit ran out, for this person alone when their own did. Both limits are per minute (100 a project,
 * 10 a user: developers.google.com/meet/api/guides/limits), so a minute's pause lets them refill; the Calendar
 * route has its own, far larger quota.
 */
export const MEET_BRAKE_SECONDS = 60;

/** Which of spaces.create's limits a 429 names: the person's own, the project's, or neither that MeetLink can read. */
export type QuotaLimit = 'user' | 'project' | 'unknown';

/**
 * Google's quota errors name the limit the way the Cloud console lists it: "… and limit 'Reduced write requests per
 * minute per user' of service 'meet.googleapis.com' …" for the person's, "… per minute' …" for the project's
 * (wording unconfirmed for Meet: offline/meet/model.ts MEET_ERRORS, and the self-check's optional 429 line).
 */
export function quotaLimitOf(error: GoogleApiError): QuotaLimit {
  const limit = /\blimit\s+'([^']*)'/i.exec(error.message)?.[1] ?? error.message;
  if (/per\s+user/i.test(limit)) return 'user';
  if (/per\s+(minute|project|day)/i.test(limit) && /quota/i.test(error.message)) return 'project';
  return 'unknown';
}

/** Whether a brake is on; a cache that fails reads as "off" (one Meet call more, nothing worse). */
function braked(brake: ProjectBrake | undefined): boolean {
  try {
    return brake?.engaged() === true;
  } catch {
    return false;
  }
}

/**
 * Brakes the Meet API after a 429 from spaces.create: the project's limit brakes everyone (the script cache), the
 * person's own limit brakes them alone (their user cache), so one heavy user never sends colleagues to Calendar.
 * A 429 whose words name no limit brakes the person alone: if it was the project's, each other person spends one
 * quick refused call before braking themselves, and every link is still made; a project brake on a guess would
 * take the Meet controls from everyone for a minute for one person's burst.
 */
function engageBrake(ctx: MeetContext, error: GoogleApiError): void {
  try {
    (quotaLimitOf(error) === 'project' ? ctx.meetBrake : ctx.meetUserBrake)?.engage(MEET_BRAKE_SECONDS);
  } catch {
    // Not kept: the next click asks the Meet API once more and engages it then.
  }
}

export interface LinkOptions {
  /** The link must carry a dial-in number and PIN (an invitation whose template asks for them). */
  needDialIn?: boolean;
  /** Meeting presets for a Meet space, sent in the same spaces.create call (the Calendar route cannot set them). */
  presets?: readonly Preset[];
}

/**
 * Makes a Meet link the cheapest way this account allows. Workspace accounts: one `spaces.create` call, a space
 * this app owns (nothing to clean up, and its access type can be changed later). Everything else, and every
 * failure of that one call, goes to the Calendar method within the same action, which works for every account:
 * - PERMISSION_DENIED (403): this account cannot use the Meet API; remembered with the date (see above);
 * - 429 (spaces.create allows 10 a minute per user, 100 per project): at once, no wait and no retry, as
 *   create is not idempotent and the Calendar route has its own quota; and a brake is engaged for a minute: for
 *   everyone when Google names the project's limit, for this person alone otherwise (engageBrake);
 * - 5xx, a network exception, or an answer that is not a Meet link: at once too; a retry would spend the
 *   action's 30 s on a route that has a universal alternative.
 * A Workspace link that comes from Calendar while presets were asked says they could not be set (`presetsNotSet`).
 */
export function makeMeetLink(ctx: MeetContext, options: LinkOptions = {}): MeetLink {
  const presets = options.presets ?? [];
  if (!meetApiUsable(ctx)) return createCalendarLink(ctx);
  // Calendar cannot set presets: a Workspace link it makes while some were asked says so.
  const fromCalendar = (): MeetLink => {
    const link = createCalendarLink(ctx);
    return presets.length ? { ...link, presetsNotSet: { presets: [...presets], via: 'calendar' } } : link;
  };
  // A Meet space has no dial-in number or PIN (spaces.create returns none): a link that needs them comes from Calendar.
  if (options.needDialIn || braked(ctx.meetBrake) || braked(ctx.meetUserBrake)) return fromCalendar();
  let space: Space;
  let outcome: PresetOutcome;
  try {
    ({ space, ...outcome } = createSpace(ctx, presets));
  } catch (error) {
    if (error instanceof GoogleApiError && error.status === 403) rememberRefusal(ctx, MEET_API_DENIED_KEY, ctx.now());
    if (error instanceof GoogleApiError && error.status === 429) engageBrake(ctx, error);
    return fromCalendar();
  }
  rememberRefusal(ctx, MEET_API_DENIED_KEY, undefined);
  const code = meetCodeOf(space.meetingUri);
  if (!code || !isSpaceName(space.name)) return fromCalendar();
  const { accessType, moderation } = space.config ?? {};
  return {
    url: meetUrl(code),
    code,
    space: {
      name: space.name,
      ...(accessType ? { accessType } : {}),
      ...(moderation ? { moderation } : {}),
      ...(outcome.refused.length ? { refused: outcome.refused } : {}),
      ...(cohostsOffered(ctx) ? {} : { cohostsDenied: true }),
    },
    ...(outcome.notSet.length ? { presetsNotSet: { presets: outcome.notSet, via: 'meet' as const } } : {}),
  };
}
