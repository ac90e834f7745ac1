/**
 * What the Meet engine needs from the Google Meet REST API v2 (`spaces`), for Workspace accounts. One adapter
 * implements it over UrlFetchApp (src/adapters/rest-meet.ts); it throws GoogleApiError, never a platform error.
 * developers.google.com/meet/api/reference/rest/v2/spaces
 */

/** Who may join without asking: anyone with the link, the organization and invitees, or invitees only. */
export type AccessType = 'OPEN' | 'TRUSTED' | 'RESTRICTED';
export const ACCESS_TYPES: readonly AccessType[] = ['OPEN', 'TRUSTED', 'RESTRICTED'];

/** A space as the API answers it; `config` only reaches the space's owner, `activeConference` only while one runs. */
export interface Space {
  /** `spaces/{space}`: the server-generated, case-sensitive id. */
  name: string;
  meetingUri: string;
  meetingCode: string;
  config?: { accessType?: AccessType; entryPointAccess?: string };
  activeConference?: { conferenceRecord?: string };
}

export interface MeetSpacesApi {
  /** POST /v2/spaces: one call makes a link in a space this app owns. */
  create(): Space;
  /** GET /v2/spaces/{space} or /v2/spaces/{meetingCode}. */
  get(name: string): Space;
  /** PATCH /v2/spaces/{space}?updateMask=config.accessType: nothing else in the config changes. */
  setAccessType(name: string, accessType: AccessType): Space;
  /** POST /v2/spaces/{space}:endActiveConference. */
  endActiveConference(name: string): void;
}

/**
 * A space's resource name: `spaces/` and a server-generated id (letters, digits, `-`, `_`). Anything else (a
 * dot segment, a slash, a query) never reaches a URL.
 */
const SPACE_NAME = /^spaces\/[A-Za-z0-9_-]{1,128}$/;

export function isSpaceName(name: unknown): name is string {
  return typeof name === 'string' && SPACE_NAME.test(name);
}

/** Free Gmail accounts (gmail.com, googlemail.com): Google's Meet REST API does not serve them. */
export function isFreeGmail(email: string | undefined): boolean {
  return /@(gmail|googlemail)\.com$/i.test(email ?? '');
}
