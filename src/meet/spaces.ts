import type { MeetContext } from './context';
import { MeetFailure, toFailure } from './errors';
import { meetApiUsable } from './make-link';
import { ACCESS_TYPES, isMemberName, isSpaceName, type AccessType, type Member, type MeetSpacesApi, type OnOff, type Space } from './meet-port';
import { applyEach, isPresetRefusal, patchPresets, refusedEarlier, type PresetOutcome } from './presets';
import type { Preset } from '../settings';
import { GoogleApiError } from './google-api-error';
import { isMeetingCode, meetCodeOf, meetUrl } from './meeting-code';
import { canStartCall, withRetry } from './retry';
import { cohostsOffered, rememberCohostRefusal } from './account-memory';

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
 * "Apply my presets to this meeting": one `PATCH spaces/{space}?updateMask=<the presets' fields>` turning them on,
 * leaving out those Google refused this account within 30 days (no call at all when that is every one); its answer
 * is compared with what was asked (src/meet/presets.ts). When Google refuses the patch, a 403 may mean the person
 * does not own this meeting rather than the edition: one read tells (`config` reaches owners only, Meet API
 * overview's role table), and a non-owner is told only the organizer can change it. Otherwise each preset is tried
 * alone, one patch each, so the card can name the refused ones.
 */
export function applyPresets(ctx: MeetContext, name: string, presets: readonly Preset[]): PresetOutcome & { view?: SpaceView } {
  checkSpaceName(name);
  if (!presets.length) throw new MeetFailure('unexpected', 'No presets to apply: no request made.');
  const earlier = refusedEarlier(ctx, presets);
  const asked = presets.filter((p) => !earlier.includes(p));
  if (!asked.length) return { refused: earlier, notSet: [] };
  let answered: { space: Space; off: Preset[] };
  try {
    answered = call(ctx, () => patchPresets(ctx, name, asked), 'space', 'settings');
  } catch (error) {
    const cause = error instanceof MeetFailure ? error.cause : error;
    if (!isPresetRefusal(cause)) throw error;
    if (cause instanceof GoogleApiError && cause.status === 403 && !ownsSpace(ctx, name)) {
      throw new MeetFailure('notMeetingOwner', 'Google refused the patch, and the space read shows no settings: not the owner.', cause);
    }
    const each = applyEach(ctx, { name, meetingUri: '', meetingCode: '' }, asked);
    // Every one refused: nothing changed, and the card keeps what it showed.
    const changed = each.refused.length + each.notSet.length < asked.length;
    return { ...(changed ? { view: spaceView(each.space) } : {}), refused: [...earlier, ...each.refused], notSet: each.notSet };
  }
  return { view: spaceView(answered.space), refused: [...earlier, ...answered.off], notSet: [] };
}

/** Whether the person owns this space: a read answers its settings to owners only. A read that fails says "owner". */
function ownsSpace(ctx: MeetContext, name: string): boolean {
  try {
    return call(ctx, (meet) => meet.get(name), 'space', 'settings').config?.accessType !== undefined;
  } catch {
    return true;
  }
}

/** At most this many co-hosts are added in one action: one call each, inside the action's time budget. */
export const MAX_COHOSTS_PER_ACTION = 10;
/** "Some Workspace editions can use Host Management to add up to 25 co-hosts" (Meet Help 10885841). */
export const MAX_COHOSTS = 25;

export { cohostsOffered };

/** What became of each address asked to be a co-host. */
export interface CohostsResult {
  /** The space's co-hosts after the action, as listed (or as made, when the list could not be read). */
  cohosts: Member[];
  added: string[];
  /** Google refused this address itself: its answer names it, or other addresses were accepted. */
  refused: string[];
  /** Google refused it and said nothing that tells the address from the account. */
  unclear: string[];
  /** This account's edition or admin does not allow co-hosts: every address refused alike. */
  notAllowed: string[];
  /** Google was busy (429, 5xx) or asked to sign in again: not added, worth another try. */
  busy: string[];
  /** No time left in the action to try them. */
  notTried: string[];
  moderation: OnOff;
  /** MeetLink turned the meeting's host controls (moderation) on in this action, and they stay on. */
  hostControlsOn: boolean;
}

/** The co-hosts of a space: its members with the COHOST role. */
export function listCohosts(ctx: MeetContext, name: string): Member[] {
  checkSpaceName(name);
  return call(ctx, (meet) => meet.listMembers(name)).filter((m) => m.role === 'COHOST' && isMemberName(m.name));
}

/**
 * Adds co-hosts to a space this app made (spaces.members.create, role COHOST; scope meetings.space.created).
 *
 * Host controls: co-host management is a feature of moderation (SpaceConfig.Moderation: "When the moderation mode
 * is on, the meeting owner has more control over the meeting with features such as co-host management"; Meet Help
 * 10885841 adds co-hosts "using Host Management"). Whether the API refuses a COHOST without it is not published,
 * so MeetLink keeps Google's order: one patch of `config.moderation` first when the space does not have it, and
 * says so (`hostControlsOn`), since host controls change who may present, chat and record. The deployer's
 * self-check reports what Google answers a co-host without them.
 *
 * Then one create per address and one list. Not retried: a create that failed after Google made the member
 * would answer "already a member" next time. What each refusal means (google/rpc/code.proto):
 * - 403 PERMISSION_DENIED or 400 FAILED_PRECONDITION with no co-host on this space yet: the account (its edition
 *   or admin) does not allow co-hosts; the other addresses would be refused alike, so they are not tried, the
 *   refusal is remembered (`meetlink.meetEdition`) and host controls go back off (nothing was added);
 * - 400 INVALID_ARGUMENT ("arguments that are problematic regardless of the state of the system"): this address,
 *   when the answer names it or another address was accepted; every address alike: the account; one address and
 *   nothing to compare with: said as unclear, blaming neither;
 * - 401, 429, 5xx: Google busy, never "check the address"; a 429 or 401 ends the tries (the write quota or the
 *   token is spent). A list that shows such an address after all (a 500 after Google made it) counts it as added.
 * `current` is the co-hosts the card shows: a space that has some proves the account may have co-hosts, and at
 * most MAX_COHOSTS in all (checked by the caller, no call).
 */
export function addCohosts(
  ctx: MeetContext,
  name: string,
  emails: readonly string[],
  moderation: OnOff | undefined,
  current: readonly Member[] = [],
): CohostsResult {
  checkSpaceName(name);
  if (!emails.length || emails.length > MAX_COHOSTS_PER_ACTION) throw new MeetFailure('unexpected', 'Not a list of co-hosts: no request made.');
  const result: CohostsResult = {
    cohosts: [...current],
    added: [],
    refused: [],
    unclear: [],
    notAllowed: [],
    busy: [],
    notTried: [],
    moderation: moderation ?? 'OFF',
    hostControlsOn: false,
  };
  // A card drawn before Google refused this account co-hosts (another tab): no call.
  if (!cohostsOffered(ctx)) return { ...result, notAllowed: [...emails] };
  if (moderation !== 'ON') {
    call(ctx, (meet) => meet.patchConfig(name, { moderation: 'ON' }, ['config.moderation']));
    Object.assign(result, { moderation: 'ON', hostControlsOn: true });
  }
  const made: Member[] = [];
  const unnamed: { email: string; said: string }[] = [];
  const allowedHere = () => current.length > 0 || made.length > 0;
  for (const [index, email] of emails.entries()) {
    // Each create must end in time to leave one call for the list that shows who is a co-host.
    if (!canStartCall(ctx, ctx.callMs())) {
      result.notTried.push(email);
      continue;
    }
    try {
      made.push(ctx.meet!.createMember(name, { email, role: 'COHOST' }));
      result.added.push(email);
    } catch (error) {
      const kind = refusalOf(error, email);
      if (kind === 'account' && !allowedHere()) {
        result.notAllowed.push(...emails.slice(index));
        break;
      }
      // A 429 spent the write quota and a 401 the token: the next addresses would answer the same.
      if (kind === 'busy' && error instanceof GoogleApiError && (error.status === 429 || error.status === 401)) {
        result.busy.push(...emails.slice(index));
        break;
      }
      if (kind === 'unnamed') unnamed.push({ email, said: `${(error as GoogleApiError).reason} ${(error as GoogleApiError).message}` });
      else (kind === 'address' ? result.refused : kind === 'busy' ? result.busy : result.unclear).push(email);
    }
  }
  // Unnamed 400s: the address when others were accepted; every address alike, with none accepted: the account.
  const alike = unnamed.length > 1 && unnamed.every((u) => u.said === unnamed[0]!.said);
  if (allowedHere()) result.refused.push(...unnamed.map((u) => u.email));
  else if (alike && unnamed.length === emails.length) result.notAllowed.push(...unnamed.map((u) => u.email));
  else result.unclear.push(...unnamed.map((u) => u.email));

  if (result.notAllowed.length && !allowedHere()) return cohostsRefusedHere(ctx, name, result);
  if (result.added.length) rememberCohostRefusal(ctx, undefined);
  return listAfterAdding(ctx, name, result, made);
}

/** The account refused co-hosts: remembered, and the host controls MeetLink just turned on go back off. */
function cohostsRefusedHere(ctx: MeetContext, name: string, result: CohostsResult): CohostsResult {
  rememberCohostRefusal(ctx, ctx.now());
  if (result.hostControlsOn && canStartCall(ctx)) {
    try {
      ctx.meet!.patchConfig(name, { moderation: 'OFF' }, ['config.moderation']);
      Object.assign(result, { moderation: 'OFF', hostControlsOn: false });
    } catch {
      // Left on: the card says so (hostControlsOn).
    }
  }
  return result;
}

/** One list shows who is a co-host now; when it cannot be read, the members Google answered stand in for it. */
function listAfterAdding(ctx: MeetContext, name: string, result: CohostsResult, made: Member[]): CohostsResult {
  if (!canStartCall(ctx)) return { ...result, cohosts: [...result.cohosts, ...made] };
  let listed: Member[];
  try {
    listed = listCohosts(ctx, name);
  } catch {
    return { ...result, cohosts: [...result.cohosts, ...made] };
  }
  // A 500 (or a timeout) after Google made the member: the list is the truth.
  const isCohost = (email: string) => listed.some((m) => m.email.toLowerCase() === email.toLowerCase());
  const late = result.busy.filter(isCohost);
  return { ...result, cohosts: listed, added: [...result.added, ...late], busy: result.busy.filter((e) => !late.includes(e)) };
}

/** What a refused spaces.members.create means (see addCohosts). */
function refusalOf(error: unknown, email: string): 'account' | 'address' | 'unnamed' | 'busy' | 'unclear' {
  if (!(error instanceof GoogleApiError)) return 'busy';
  if (error.status === 401 || error.status === 429 || error.status >= 500) return 'busy';
  if (error.status === 403 || error.reason === 'FAILED_PRECONDITION') return 'account';
  if (error.status === 400) return error.message.toLowerCase().includes(email.toLowerCase()) ? 'address' : 'unnamed';
  return 'unclear';
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
