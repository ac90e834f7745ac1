import { GoogleApiError } from './calendar-port';
import type { MeetContext } from './context';
import { MeetFailure } from './errors';
import { meetApiUsable } from './link-maker';
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

/**
 * The meeting code in what a person typed: a code (`abc-mnop-xyz`, any case, dashes optional for 3-4-3) or a
 * Meet link (`https://meet.google.com/abc-mnop-xyz?authuser=0`). Codes are not case sensitive (Meet API overview).
 */
export function meetingCodeIn(input: string): string | undefined {
  const match = /^(?:(?:https?:\/\/)?meet\.google\.com\/)?([a-z]+-[a-z]+-[a-z]+|[a-z]{10})\/?(?:[?#].*)?$/.exec(input.trim().toLowerCase());
  const code = match?.[1];
  return code && !code.includes('-') ? `${code.slice(0, 3)}-${code.slice(3, 7)}-${code.slice(7)}` : code;
}

/** Reads a meeting by code (`GET spaces/{meetingCode}`): one call. */
export function lookupMeeting(ctx: MeetContext, code: string): SpaceView {
  return spaceView(call(ctx, (meet) => meet.get(`spaces/${code}`)));
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
function call<T>(ctx: MeetContext, operation: (meet: MeetSpacesApi) => T): T {
  if (!meetApiUsable(ctx)) throw new MeetFailure('meetApiUnavailable', 'This account cannot use the Meet REST API.');
  try {
    return withRetry(() => operation(ctx.meet!), ctx);
  } catch (error) {
    throw spaceFailure(error);
  }
}

function spaceFailure(error: unknown): MeetFailure {
  if (!(error instanceof GoogleApiError)) return new MeetFailure('unexpected', error instanceof Error ? error.message : String(error), error);
  const message = `${error.status} ${error.reason}: ${error.message}`;
  if (error.status === 401) return new MeetFailure('signedOut', message, error);
  // meetings.space.created covers only spaces this app created (GAM-team/GAM#1822), and only owners may change them.
  if (error.status === 403) return new MeetFailure('spaceHidden', message, error);
  if (error.status === 404) return new MeetFailure('meetingNotFound', message, error);
  if (error.status === 429) return new MeetFailure('rateLimited', message, error);
  if (error.status >= 500) return new MeetFailure('meetUnavailable', message, error);
  return new MeetFailure('unexpected', message, error);
}
