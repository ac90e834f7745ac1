import type { GoogleError } from '../google-errors';
import { jsonBody as sharedJsonBody, okJson, restRoute } from '../rest-plumbing';
import { MEET_INSUFFICIENT_SCOPES, meetScopeAllows } from '../scopes';
import type { FetchRequest, FetchRoute } from '../url-fetch';
import { MEET_ERRORS, MeetNotModelled, type MeetModel } from './model';
import { findRecordOperation, type ConferenceRecordsModel } from './conference-records';

/**
 * The Meet REST API v2 over UrlFetchApp, routed to the model (reference, "HTTP request" of each method,
 * developers.google.com/meet/api/reference/rest/v2/spaces):
 *   POST  /v2/spaces                                  spaces.create
 *   GET   /v2/{name=spaces/*}                         spaces.get (spaces/{space} or spaces/{meetingCode})
 *   PATCH /v2/{space.name=spaces/*}?updateMask=...    spaces.patch
 *   POST  /v2/{name=spaces/*}:endActiveConference     spaces.endActiveConference
 *   POST  /v2/{parent=spaces/*}/members               spaces.members.create (v2, GA: .../rest/v2/spaces.members)
 *   GET   /v2/{parent=spaces/*}/members               spaces.members.list
 *   DELETE /v2/{name=spaces/*\/members/*}             spaces.members.delete
 *   GET   /v2/conferenceRecords…                      conferenceRecords.list/get and their participants, sessions,
 *                                                     recordings, transcripts and smart notes (./conference-records.ts)
 * Anything else under /v2/ throws MeetNotModelled; other URLs are left to other routes.
 * Errors answer google.rpc style: `{error: {code, message, status}}`.
 */
const BASE = 'https://meet.googleapis.com/v2/';

type Operation = { api: string; run: () => unknown };

export function meetRestRoute(model: MeetModel, scopes: () => string[], records?: ConferenceRecordsModel): FetchRoute {
  return restRoute<Operation>({
    base: BASE,
    notModelled: (what) => new MeetNotModelled(what),
    find: (request, url, query) => {
      const path = decodeURIComponent(url.pathname.slice('/v2/'.length));
      return (
        (records && findRecordOperation(records, request.method, path, query as Record<string, string>)) ??
        findOperation(model, request, path, query as Record<string, string>)
      );
    },
    refuse: (op, summary) => model.refuse(op.api, summary, MEET_ERRORS.unauthenticated),
    run: (op) => {
      // Each method's "Authorization scopes" (offline/scopes.ts): without them, 403 insufficient scopes.
      if (!meetScopeAllows(op.api, scopes())) model.refuse(op.api, `${op.api} (token lacks the method's scopes)`, MEET_INSUFFICIENT_SCOPES);
      return okJson(op.run());
    },
    errorBody: rpcBody,
  });
}

function findOperation(model: MeetModel, request: FetchRequest, path: string, query: Record<string, string>): Operation {
  const where = `${request.method} /v2/${path}`;
  const noQuery = (allowed: string[] = []) => {
    for (const key of Object.keys(query)) if (!allowed.includes(key)) throw new MeetNotModelled(`query parameter "${key}" on ${where}`);
  };
  if (path === 'spaces' && request.method === 'POST') {
    noQuery();
    return { api: 'meet.spaces.create', run: () => model.create(jsonBody(request, 'meet.spaces.create')) };
  }
  const custom = /^(spaces\/[^/:]+):endActiveConference$/.exec(path);
  if (custom && request.method === 'POST') {
    noQuery();
    return {
      api: 'meet.spaces.endActiveConference',
      run: () => model.endActiveConference(custom[1]!, request.payload ? jsonBody(request, 'meet.spaces.endActiveConference') : undefined),
    };
  }
  const members = /^(spaces\/[^/:]+)\/members$/.exec(path);
  if (members && request.method === 'POST') {
    noQuery();
    return { api: 'meet.spaces.members.create', run: () => model.createMember(members[1]!, jsonBody(request, 'meet.spaces.members.create')) };
  }
  if (members && request.method === 'GET') {
    // pageSize/pageToken are not sent by MeetLink: one page holds 250 members (members.list reference).
    noQuery();
    return { api: 'meet.spaces.members.list', run: () => model.listMembers(members[1]!) };
  }
  if (/^spaces\/[^/:]+\/members\/[^/:]+$/.test(path) && request.method === 'DELETE') {
    noQuery();
    return { api: 'meet.spaces.members.delete', run: () => model.deleteMember(path) };
  }
  if (/^spaces\/[^/:]+$/.test(path)) {
    if (request.method === 'GET') {
      noQuery();
      return { api: 'meet.spaces.get', run: () => model.get(path) };
    }
    if (request.method === 'PATCH') {
      noQuery(['updateMask']);
      // Without updateMask, or with an empty one, the fields sent change (the current discovery document; model.ts).
      return { api: 'meet.spaces.patch', run: () => model.patch(path, jsonBody(request, 'meet.spaces.patch'), query.updateMask) };
    }
  }
  throw new MeetNotModelled(`Meet REST ${where}`);
}

function jsonBody(request: FetchRequest, api: string): unknown {
  return sharedJsonBody(
    request,
    api,
    (what) => new MeetNotModelled(what),
    () => {
      throw new MeetNotModelled(`a ${api} body that is not JSON`);
    },
  );
}

/** google.rpc.Status as JSON (reference, "Status"): `{error: {code, message, status}}`. */
export function rpcBody(error: GoogleError): string {
  return JSON.stringify({ error: { code: error.code, message: error.message, status: error.status ?? 'UNKNOWN' } });
}
