import type { MeetContext } from './context';
import { MeetFailure, toFailure } from './errors';
import { meetApiUsable } from './make-link';
import { ACCESS_TYPES, isMemberName, isSpaceName, type AccessType, type Member, type MeetSpacesApi, type OnOff, type Space } from './meet-port';
import { applyEach, isPresetRefusal, PRESET_PATHS, presetConfig } from './presets';
import type { Preset } from '../settings';
import { GoogleApiError } from './google-api-error';
import { isMeetingCode, meetCodeOf, meetUrl } from './meeting-code';
import { canStartCall, withRetry } from './retry';

/** A Meet space as MeetLink shows it. `accessType` is known only to the owner; `active` only after a read. */
export interface SpaceView {
  name: string;
  url: string;
  code: string;
  accessType?: AccessType;
  /** Whether a conference is going on now; undefined when not read (a link just made has none yet). */
  active?: boolean;
  /** Moderation (needed for co-hosts), as the owner reads it. */
  moderation?: OnOff;
  /** Co-hosts as last listed (the link card carries them, so a change of access does not need a list call). */
  cohosts?: Member[];
}

/** A space as Google answered it, checked: a real space name and a Meet link, or a `badLink` failure. */
export function spaceView(space: Space): SpaceView {
  const code = meetCodeOf(space?.meetingUri) ?? (isMeetingCode(space?.meetingCode) ? space.meetingCode : undefined);
  if (!code || !isSpaceName(space.name)) throw new MeetFailure('badLink', 'Google answered a space that is not a Meet meeting.');
  const accessType = ACCESS_TYPES.find((t) => t === space.config?.accessType);
  return {
    name: space.name,
    url: meetUrl(code),
    code,
    // Settings and the active conference reach only the owner (Meet API overview, role table).
    ...(accessType ? { accessType, active: Boolean(space.activeConference) } : {}),
    ...(space.config?.moderation ? { moderation: space.config.moderation } : {}),
  };
}

/** Reads a meeting by code (`GET spaces/{meetingCode}`): one call. */
export function lookupMeeting(ctx: MeetContext, code: string, scope: MeetScope = 'created'): SpaceView {
  // Codes are not case sensitive (Meet API overview); anything that is not one never reaches a URL.
  const typed = String(code).toLowerCase();
  if (!isMeetingCode(typed)) throw new MeetFailure('meetingNotFound', 'Not a meeting code: no request made.');
  return spaceView(call(ctx, (meet) => meet.get(`spaces/${typed}`), 'lookup', scope));
}

/** Re-reads a space this app made (`GET spaces/{space}`), e.g. to see whether a conference is on. */
export function readSpace(ctx: MeetContext, name: string): SpaceView {
  checkSpaceName(name);
  return spaceView(call(ctx, (meet) => meet.get(name)));
}

/** `PATCH spaces/{space}?updateMask=config.accessType`: the rest of the config is left as it is. */
export function setAccessType(ctx: MeetContext, name: string, accessType: AccessType, scope: MeetScope = 'created'): SpaceView {
  checkSpaceName(name);
  if (!ACCESS_TYPES.includes(accessType)) throw new MeetFailure('unexpected', 'Not an access type: no request made.');
  return spaceView(call(ctx, (meet) => meet.setAccessType(name, accessType), 'space', scope));
}

/**
 * "Apply my presets to this meeting": one `PATCH spaces/{space}?updateMask=<the presets' fields>` turning them on.
 * When Google refuses it (an edition or admin that does not allow one of them; the answer is not documented),
 * each preset is tried alone, one patch each, so the card can name the refused ones.
 */
export function applyPresets(ctx: MeetContext, name: string, presets: readonly Preset[]): { view?: SpaceView; refused: Preset[] } {
  checkSpaceName(name);
  if (!presets.length) throw new MeetFailure('unexpected', 'No presets to apply: no request made.');
  let space: Space;
  try {
    space = call(
      ctx,
      (meet) =>
        meet.patchConfig(
          name,
          presetConfig(presets),
          presets.map((p) => PRESET_PATHS[p]),
        ),
      'space',
      'settings',
    );
  } catch (error) {
    const cause = error instanceof MeetFailure ? error.cause : error;
    if (!isPresetRefusal(cause)) throw error;
    const { space: after, refused } = applyEach(ctx, { name, meetingUri: '', meetingCode: '' }, presets);
    // Every one refused: nothing changed, and the card keeps what it showed.
    return { ...(refused.length < presets.length ? { view: spaceView(after) } : {}), refused };
  }
  return { view: spaceView(space), refused: [] };
}

/** At most this many co-hosts are added in one action: one call each, inside the action's time budget. */
export const MAX_COHOSTS_PER_ACTION = 10;

/** The co-hosts of a space: its members with the COHOST role. */
export function listCohosts(ctx: MeetContext, name: string): Member[] {
  checkSpaceName(name);
  return call(ctx, (meet) => meet.listMembers(name)).filter((m) => m.role === 'COHOST' && isMemberName(m.name));
}

/**
 * Adds co-hosts to a space this app made (spaces.members.create, role COHOST; scope meetings.space.created).
 * Co-host management needs moderation on (SpaceConfig.Moderation: "When the moderation mode is on, the meeting
 * owner has more control over the meeting with features such as co-host management"): one patch of
 * `config.moderation` first when the space does not have it. Then one create per address and one list.
 * Addresses are checked by the caller before any call; an address Google refuses is returned, not thrown.
 */
export function addCohosts(
  ctx: MeetContext,
  name: string,
  emails: readonly string[],
  moderation: OnOff | undefined,
): { cohosts: Member[]; refused: string[]; notTried: string[]; moderation: OnOff } {
  checkSpaceName(name);
  if (!emails.length || emails.length > MAX_COHOSTS_PER_ACTION) throw new MeetFailure('unexpected', 'Not a list of co-hosts: no request made.');
  if (moderation !== 'ON') call(ctx, (meet) => meet.patchConfig(name, { moderation: 'ON' }, ['config.moderation']));
  const refused: string[] = [];
  const notTried: string[] = [];
  for (const email of emails) {
    // Each create must end in time to leave one call for the list that shows who is a co-host.
    if (!canStartCall(ctx, ctx.callMs())) {
      notTried.push(email);
      continue;
    }
    try {
      // Not retried: a create that failed after Google made the member would answer "already a member" next time.
      ctx.meet!.createMember(name, { email, role: 'COHOST' });
    } catch (error) {
      if (error instanceof GoogleApiError && error.status === 401) throw toFailure(error, 'space');
      refused.push(email);
    }
  }
  return { cohosts: listCohosts(ctx, name), refused, notTried, moderation: 'ON' };
}

/** Removes one co-host (spaces.members.delete), then lists who is left. */
export function removeCohost(ctx: MeetContext, name: string, member: string): Member[] {
  checkSpaceName(name);
  if (!isMemberName(member) || !member.startsWith(`${name}/members/`))
    throw new MeetFailure('unexpected', 'Not a member of this space: no request made.');
  call(ctx, (meet) => meet.deleteMember(member));
  return listCohosts(ctx, name);
}

/** `POST spaces/{space}:endActiveConference`: everyone is removed from the meeting; the link keeps working. */
export function endConference(ctx: MeetContext, name: string): void {
  checkSpaceName(name);
  call(ctx, (meet) => meet.endActiveConference(name));
}

/** A space name that is not `spaces/[A-Za-z0-9_-]+` never reaches a URL. */
function checkSpaceName(name: string): void {
  if (!isSpaceName(name)) throw new MeetFailure('unexpected', 'Not a Meet space name: no request made.');
}

/** Which Meet scope a call goes under: this app's spaces (`created`) or any meeting's settings (`settings`). */
export type MeetScope = 'created' | 'settings';

/** One Meet REST call, retried on transient errors (get, patch with a mask and end are idempotent). */
function call<T>(ctx: MeetContext, operation: (meet: MeetSpacesApi) => T, subject: 'space' | 'lookup' = 'space', scope: MeetScope = 'created'): T {
  if (!meetApiUsable(ctx, scope)) throw new MeetFailure('meetApiUnavailable', 'This account cannot use the Meet REST API.');
  try {
    return withRetry(() => operation(ctx.meet!), ctx);
  } catch (error) {
    throw toFailure(error, subject);
  }
}
