/**
 * What the Meet engine needs from the Google Meet REST API v2 (`spaces`), for Workspace accounts. One adapter
 * implements it over UrlFetchApp (src/adapters/rest-meet.ts); it throws GoogleApiError, never a platform error.
 * developers.google.com/meet/api/reference/rest/v2/spaces
 */

/** Who may join without asking: anyone with the link, the organization and invitees, or invitees only. */
export type AccessType = 'OPEN' | 'TRUSTED' | 'RESTRICTED';
export const ACCESS_TYPES: readonly AccessType[] = ['OPEN', 'TRUSTED', 'RESTRICTED'];

export type OnOff = 'ON' | 'OFF';

/**
 * SpaceConfig, the fields MeetLink sends or reads (spaces reference, "SpaceConfig"). MeetLink never sends
 * `entryPointAccess`: CREATOR_APP_ONLY would make the link stop working in Meet itself.
 */
export interface SpaceConfig {
  accessType?: AccessType;
  entryPointAccess?: string;
  moderation?: OnOff;
  attendanceReportGenerationType?: 'GENERATE_REPORT' | 'DO_NOT_GENERATE';
  artifactConfig?: {
    recordingConfig?: { autoRecordingGeneration?: OnOff };
    transcriptionConfig?: { autoTranscriptionGeneration?: OnOff };
    smartNotesConfig?: { autoSmartNotesGeneration?: OnOff };
  };
}

/** A space as the API answers it; `config` only reaches the space's owner, `activeConference` only while one runs. */
export interface Space {
  /** `spaces/{space}`: the server-generated, case-sensitive id. */
  name: string;
  meetingUri: string;
  meetingCode: string;
  config?: SpaceConfig;
  activeConference?: { conferenceRecord?: string };
}

/** A member of a space (spaces.members, v2 GA): joins without knocking; COHOST co-manages the meeting. */
export interface Member {
  /** `spaces/{space}/members/{member}`. */
  name: string;
  email: string;
  role?: 'COHOST' | 'ROLE_UNSPECIFIED';
}

export interface MeetSpacesApi {
  /** POST /v2/spaces: one call makes a link in a space this app owns; `config` (presets) goes in the same call. */
  create(config?: SpaceConfig): Space;
  /** GET /v2/spaces/{space} or /v2/spaces/{meetingCode}. */
  get(name: string): Space;
  /** PATCH /v2/spaces/{space}?updateMask=config.accessType: nothing else in the config changes. */
  setAccessType(name: string, accessType: AccessType): Space;
  /** PATCH /v2/spaces/{space}?updateMask=<paths>: only the masked config fields change (paths under `config.`). */
  patchConfig(name: string, config: SpaceConfig, mask: string[]): Space;
  /** POST /v2/spaces/{space}:endActiveConference. */
  endActiveConference(name: string): void;
  /** POST /v2/spaces/{space}/members. */
  createMember(space: string, member: { email: string; role: 'COHOST' }): Member;
  /** GET /v2/spaces/{space}/members (one page: up to 250). */
  listMembers(space: string): Member[];
  /** DELETE /v2/spaces/{space}/members/{member}. */
  deleteMember(name: string): void;
}

/** A member's resource name, checked before it reaches a URL. */
export function isMemberName(name: unknown): name is string {
  return typeof name === 'string' && /^spaces\/[A-Za-z0-9_-]{1,128}\/members\/[A-Za-z0-9_-]{1,128}$/.test(name);
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
