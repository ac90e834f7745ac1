import type { MeetContext } from './context';
import { MeetFailure, toFailure } from './errors';
import { meetApiUsable } from './make-link';
import type { AccessType, MeetSpacesApi, Space } from './meet-port';
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

export function spaceView(space: Space): SpaceView {
  return {
    name: space.name,
    url: space.meetingUri,
    code: space.meetingCode,
    // Settings and the active conference reach only the owner (Meet API overview, role table).
    ...(space.config?.accessType ? { accessType: space.config.accessType, active: Boolean(space.activeConference) } : {}),
  };
}

/** Reads a meeting by code (`GET spaces/{meetingCode}`): one call. */
export function lookupMeeting(ctx: MeetContext, code: string): SpaceView {
  return spaceView(call(ctx, (meet) => meet.get(`spaces/${code}`), 'lookup'));
}

/** Re-reads a space this app made (`GET spaces/{space}`), e.g. to see whether a conference is on. */
export function readSpace(ctx: MeetContext, name: string): SpaceView {
  return spaceView(call(ctx, (meet) => meet.get(name)));
}

/** `PATCH spaces/{space}?updateMask=config.accessType`: the rest of the config is left as it is. */
export function setAccessType(ctx: MeetContext, name: string, accessType: AccessType): SpaceView {
  return spaceView(call(ctx, (meet) => meet.setAccessType(name, accessType)));
}

/** `POST spaces/{space}:endActiveConference`: everyone is removed from the meeting; the link keeps working. */
export function endConference(ctx: MeetContext, name: string): void {
  call(ctx, (meet) => meet.endActiveConference(name));
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
