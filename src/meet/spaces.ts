import type { MeetContext } from './context';
import { MeetFailure, toFailure } from './errors';
import { meetApiUsable } from './make-link';
import { ACCESS_TYPES, isSpaceName, type AccessType, type MeetSpacesApi, type Space } from './meet-port';
import { isMeetingCode, meetCodeOf, meetUrl } from './meeting-code';
import { withRetry } from './retry';

/** A Meet space as MeetLink shows it. `accessType` is known only to the owner; `active` only after a read. */
export interface SpaceView {
  name: string;
  url: string;
  code: string;
  accessType?: AccessType;
  /** Whether a conference is going on now; undefined when not read (a link just made has none yet). */
  active?: boolean;
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
  };
}

/** Reads a meeting by code (`GET spaces/{meetingCode}`): one call. */
export function lookupMeeting(ctx: MeetContext, code: string): SpaceView {
  // Codes are not case sensitive (Meet API overview); anything that is not one never reaches a URL.
  const typed = String(code).toLowerCase();
  if (!isMeetingCode(typed)) throw new MeetFailure('meetingNotFound', 'Not a meeting code: no request made.');
  return spaceView(call(ctx, (meet) => meet.get(`spaces/${typed}`), 'lookup'));
}

/** Re-reads a space this app made (`GET spaces/{space}`), e.g. to see whether a conference is on. */
export function readSpace(ctx: MeetContext, name: string): SpaceView {
  checkSpaceName(name);
  return spaceView(call(ctx, (meet) => meet.get(name)));
}

/** `PATCH spaces/{space}?updateMask=config.accessType`: the rest of the config is left as it is. */
export function setAccessType(ctx: MeetContext, name: string, accessType: AccessType): SpaceView {
  checkSpaceName(name);
  if (!ACCESS_TYPES.includes(accessType)) throw new MeetFailure('unexpected', 'Not an access type: no request made.');
  return spaceView(call(ctx, (meet) => meet.setAccessType(name, accessType)));
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

/** One Meet REST call, retried on transient errors (get, patch with a mask and end are idempotent). */
function call<T>(ctx: MeetContext, operation: (meet: MeetSpacesApi) => T, subject: 'space' | 'lookup' = 'space'): T {
  if (!meetApiUsable(ctx)) throw new MeetFailure('meetApiUnavailable', 'This account cannot use the Meet REST API.');
  try {
    return withRetry(() => operation(ctx.meet!), ctx);
  } catch (error) {
    throw toFailure(error, subject);
  }
}
