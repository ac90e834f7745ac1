import type { calendar_v3 } from '@googleapis/calendar';
import { NotModelled } from './errors';
import { isObject } from './json';
import type { ConferenceData, JsonObject } from './types';

/** Conference data helpers (events reference, ConferenceData). */
export const BASE32HEX = '0123456789abcdefghijklmnopqrstuv';
export const MEET_ICON = 'https://fonts.gstatic.com/s/i/productlogos/meet_2020q4/v6/web-512dp/logo_meet_2020q4_color_2x_web_512dp.png';
// ---------------------------------------------------------------------------------------------------------
// Conference data.

/** hangoutLink is read-only and derived from conferenceData (events reference, "hangoutLink": Read-only). */
export function meetLink(conference: ConferenceData | undefined): string | undefined {
  if (conference?.conferenceSolution?.key?.type !== 'hangoutsMeet') return undefined;
  return conference.entryPoints?.find((e) => e.entryPointType === 'video')?.uri ?? undefined;
}

/** conferenceData without its createRequest.status, to recognise a client echoing back what it read. */
export function withoutStatus(conference: unknown): unknown {
  if (!isObject(conference) || !isObject(conference.createRequest)) return conference;
  const { status: _status, ...createRequest } = conference.createRequest;
  return { ...conference, createRequest };
}

export function createRequestOf(conference: JsonObject): { requestId: string; type: string } | undefined {
  const request = conference.createRequest;
  if (request === undefined || request === null) return undefined;
  if (!isObject(request)) throw new NotModelled('conferenceData.createRequest that is not an object');
  if (typeof request.requestId !== 'string' || request.requestId === '') {
    throw new NotModelled('a createRequest without a requestId');
  }
  const key = request.conferenceSolutionKey;
  if (!isObject(key) || typeof key.type !== 'string') {
    throw new NotModelled('a createRequest without conferenceSolutionKey.type (which default Google picks is not published)');
  }
  return { requestId: request.requestId, type: key.type };
}

export function createRequest(requestId: string, statusCode: 'pending' | 'success' | 'failure'): calendar_v3.Schema$CreateConferenceRequest {
  return { requestId, conferenceSolutionKey: { type: 'hangoutsMeet' }, status: { statusCode } };
}

export function withoutCreateRequest(conference: ConferenceData | undefined): JsonObject {
  if (!conference) return {};
  const { createRequest: _ignored, ...rest } = conference;
  return rest as JsonObject;
}
