import type { AccessType, MeetSpacesApi, Space } from '../meet/meet-port';
import { jsonOverHttp } from './json-over-http';

const BASE = 'https://meet.googleapis.com/v2/';

/**
 * The Meet REST API over UrlFetchApp: there is no Advanced Meet service (docs/google-behaviour.md, "Meet REST API"). Needs the
 * meetings.space.created and script.external_request scopes and the urlFetchWhitelist entry for BASE.
 * Errors come back google.rpc style, `{error: {code, message, status}}`: readRestError keeps `status` as the reason.
 */
export function restMeetApi(fetcher: GoogleAppsScript.URL_Fetch.UrlFetchApp, token: () => string): MeetSpacesApi {
  const request = jsonOverHttp(fetcher, token, BASE);
  // A space name is `spaces/{id}`; its id and a meeting code need no escaping beyond encodeURIComponent.
  const path = (name: string) => `spaces/${encodeURIComponent(name.replace(/^spaces\//, ''))}`;
  return {
    create: () => request<Space>('post', 'spaces', {}),
    get: (name) => request<Space>('get', path(name)),
    setAccessType: (name, accessType: AccessType) =>
      request<Space>('patch', `${path(name)}?updateMask=config.accessType`, { config: { accessType } }),
    endActiveConference: (name) => void request('post', `${path(name)}:endActiveConference`),
  };
}
