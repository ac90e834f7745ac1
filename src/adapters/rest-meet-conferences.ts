import type { MeetConferencesApi } from '../meet/conferences-port';
import { jsonOverHttp, queryString } from './json-over-http';

const BASE = 'https://meet.googleapis.com/v2/';

/**
 * Meet conference records over UrlFetchApp (no Advanced Meet service exists). Needs meetings.space.readonly (or, for
 * MeetLink's own spaces, meetings.space.created) and script.external_request, and the urlFetchWhitelist entry for
 * BASE. Each method is one call; pages are asked at each list's maximum size (reference, pageSize: records 100,
 * participants and sessions 250, artifacts 100), so that a meeting almost always fits in one.
 * Names are checked by the engine (src/meet/conferences-port.ts) and pass through as path segments.
 */
export function restMeetConferencesApi(fetcher: GoogleAppsScript.URL_Fetch.UrlFetchApp, token: () => string): MeetConferencesApi {
  const request = jsonOverHttp(fetcher, token, BASE);
  const get = <T>(path: string, query: Record<string, string | number>) => request<T>('get', path + queryString(query));
  const page = (size: number, pageToken?: string) => ({ pageSize: size, ...(pageToken ? { pageToken } : {}) });
  return {
    // Ten records are plenty: the engine asks for the ones around one event, newest first.
    listConferenceRecords: (filter, pageToken) => get('conferenceRecords', { filter, ...page(10, pageToken) }),
    getConferenceRecord: (name) => get(name, {}),
    listParticipants: (record, pageToken) => get(`${record}/participants`, page(250, pageToken)),
    listParticipantSessions: (participant, pageToken) => get(`${participant}/participantSessions`, page(250, pageToken)),
    listRecordings: (record, pageToken) => get(`${record}/recordings`, page(100, pageToken)),
    listTranscripts: (record, pageToken) => get(`${record}/transcripts`, page(100, pageToken)),
    listSmartNotes: (record, pageToken) => get(`${record}/smartNotes`, page(100, pageToken)),
  };
}
