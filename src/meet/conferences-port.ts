/**
 * What the after-the-meeting engine needs from the Google Meet REST API v2, `conferenceRecords` and below it:
 * read-only. One adapter implements it over UrlFetchApp (src/adapters/rest-meet-conferences.ts); it throws
 * GoogleApiError, never a platform error. Each method is ONE call answering ONE page; the engine pages, within its
 * budget of calls and time. Every method takes `meetings.space.readonly` (any meeting the person organized or joined)
 * or `meetings.space.created` (only spaces this app made).
 * developers.google.com/workspace/meet/api/reference/rest/v2/conferenceRecords
 */

/** "Single instance of a meeting held in a space." `endTime` is unset while it is going on. */
export interface ConferenceRecord {
  /** `conferenceRecords/{conferenceRecord}`. */
  name: string;
  startTime?: string;
  endTime?: string;
  /** "The resource is deleted 30 days after the conference ends." */
  expireTime?: string;
  /** `spaces/{space}`. */
  space?: string;
}

/** A participant: exactly one of the three users; Meet gives names, never addresses. */
export interface Participant {
  /** `conferenceRecords/{conferenceRecord}/participants/{participant}`. */
  name: string;
  /** `user` is `users/{user}`; `displayName` the person's first and last name, or a room's device name. */
  signedinUser?: { user?: string; displayName?: string };
  /** "User provided name when they join a conference anonymously." */
  anonymousUser?: { displayName?: string };
  /** "Partially redacted user's phone number when calling." */
  phoneUser?: { displayName?: string };
  earliestStartTime?: string;
  /** Unset while they are still in the meeting. */
  latestEndTime?: string;
}

/** One join and leave from a device. */
export interface ParticipantSession {
  name: string;
  startTime?: string;
  endTime?: string;
}

/** STARTED, ENDED ("the file hasn't been generated yet") or FILE_GENERATED ("ready to download"). */
export type ArtifactState = 'STATE_UNSPECIFIED' | 'STARTED' | 'ENDED' | 'FILE_GENERATED';

export interface Recording {
  name: string;
  state?: ArtifactState;
  startTime?: string;
  endTime?: string;
  /** `exportUri`: "Link used to play back the recording file in the browser". */
  driveDestination?: { file?: string; exportUri?: string };
}

/** A transcript or Gemini's notes ("Take notes for me"): a Google Doc. */
export interface DocArtifact {
  name: string;
  state?: ArtifactState;
  startTime?: string;
  endTime?: string;
  docsDestination?: { document?: string; exportUri?: string };
}

export interface MeetConferencesApi {
  /** GET /v2/conferenceRecords?filter=…: newest first. */
  listConferenceRecords(filter: string, pageToken?: string): { conferenceRecords?: ConferenceRecord[]; nextPageToken?: string };
  /** GET /v2/conferenceRecords/{id}. */
  getConferenceRecord(name: string): ConferenceRecord;
  /** GET /v2/{record}/participants (250 a page): newest join first. */
  listParticipants(record: string, pageToken?: string): { participants?: Participant[]; nextPageToken?: string };
  /** GET /v2/{participant}/participantSessions (250 a page). */
  listParticipantSessions(participant: string, pageToken?: string): { participantSessions?: ParticipantSession[]; nextPageToken?: string };
  /** GET /v2/{record}/recordings (100 a page). */
  listRecordings(record: string, pageToken?: string): { recordings?: Recording[]; nextPageToken?: string };
  /** GET /v2/{record}/transcripts (100 a page). */
  listTranscripts(record: string, pageToken?: string): { transcripts?: DocArtifact[]; nextPageToken?: string };
  /** GET /v2/{record}/smartNotes (100 a page). */
  listSmartNotes(record: string, pageToken?: string): { smartNotes?: DocArtifact[]; nextPageToken?: string };
}

/** A conference record's name, checked before it reaches a URL. */
export function isConferenceRecordName(name: unknown): name is string {
  return typeof name === 'string' && /^conferenceRecords\/[A-Za-z0-9_-]{1,128}$/.test(name);
}

/** A participant's name, checked before it reaches a URL. */
export function isParticipantName(name: unknown): name is string {
  return typeof name === 'string' && /^conferenceRecords\/[A-Za-z0-9_-]{1,128}\/participants\/[A-Za-z0-9_-]{1,128}$/.test(name);
}
