import type { AccessType, Member, MeetSpacesApi, Space, SpaceConfig } from '../meet/meet-port';
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
    // No presets: the body stays `{}`, exactly the one call MeetLink has always made.
    create: (config?: SpaceConfig) => request<Space>('post', 'spaces', config ? { config } : {}),
    get: (name) => request<Space>('get', path(name)),
    setAccessType: (name, accessType: AccessType) =>
      request<Space>('patch', `${path(name)}?updateMask=config.accessType`, { config: { accessType } }),
    patchConfig: (name, config, mask) =>
      request<Space>('patch', `${path(name)}?updateMask=${mask.map((m) => encodeURIComponent(m)).join(',')}`, { config }),
    endActiveConference: (name) => void request('post', `${path(name)}:endActiveConference`),
    // spaces.members is GA in v2 (developers.google.com/workspace/meet/api/reference/rest/v2/spaces.members).
    createMember: (space, member) => request<Member>('post', `${path(space)}/members`, member),
    listMembers: (space) => request<{ members?: Member[] }>('get', `${path(space)}/members`)?.members ?? [],
    deleteMember: (name) => {
      const [, space, member] = /^spaces\/([^/]+)\/members\/([^/]+)$/.exec(name) ?? [];
      void request('delete', `spaces/${encodeURIComponent(space ?? '')}/members/${encodeURIComponent(member ?? '')}`);
    },
  };
}
