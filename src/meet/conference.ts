import type { CalendarEvent } from './calendar-port';
import type { AccessType, OnOff } from './meet-port';
import type { Preset } from '../settings';
import { meetCodeOf, meetUrl } from './meeting-code';
import { googleMeetUrl, httpsUrl } from '../text/escape';

/** A Google Meet link and how to dial in, as read from an event's conference data. */
export interface MeetLink {
  /** Always `https://meet.google.com/aaa-bbbb-ccc`. */
  url: string;
  /** The meeting code, `aaa-bbbb-ccc`. */
  code: string;
  dialIn?: DialIn;
  /** Google's page with every dial-in number for this meeting. */
  morePhonesUrl?: string;
  /**
   * Set when the link is a Meet REST space this app owns (no phone entry points then). `refused`: presets Google
   * refused this account (now, or within 30 days so they were not asked again); `cohostsDenied`: Google refused this
   * account co-hosts within 30 days (src/meet/account-memory.ts).
   */
  space?: { name: string; accessType?: AccessType; moderation?: OnOff; refused?: Preset[]; cohostsDenied?: boolean };
  /**
   * Presets asked that are not on, though Google did not refuse them: the link came from Calendar, which cannot set
   * them (`calendar`: the Meet API was braked, busy or failing), or Google failed or ran out of time (`meet`).
   */
  presetsNotSet?: { presets: Preset[]; via: 'calendar' | 'meet' };
  /**
   * Calendar method only: Google did not confirm the temporary event was deleted, so it may still be in the
   * person's calendar until the next action sweeps it.
   */
  temporaryEventLeft?: boolean;
}

export interface DialIn {
  /** The number as Google labels it, e.g. `+1 650-555-0100`. */
  number: string;
  pin?: string;
  regionCode?: string;
}

/** What conference an event has, as a person would describe it. */
export type Conference =
  | { kind: 'none' }
  | { kind: 'meet'; link: MeetLink }
  | { kind: 'pending' }
  | { kind: 'failed' }
  | { kind: 'other'; name: string; url?: string };

type EntryPoint = GoogleAppsScript.Calendar.Schema.EntryPoint;

/**
 * Reads an event's conference. Google fills entry points only once `createRequest.status` is `success`
 * (ConferenceData reference); `hangoutLink` is derived from the video entry point.
 */
export function readConference(event: CalendarEvent): Conference {
  const data = event.conferenceData;
  const status = data?.createRequest?.status?.statusCode;
  const entryPoints: EntryPoint[] = data?.entryPoints ?? [];
  const video = entryPoints.find((p) => p.entryPointType === 'video');
  if (!data || (!entryPoints.length && !status)) return event.hangoutLink ? meetFromUrl(event.hangoutLink, []) : { kind: 'none' };
  if (status === 'pending') return { kind: 'pending' };
  if (status === 'failure') return { kind: 'failed' };
  const solution = data.conferenceSolution?.key?.type;
  if (solution && solution !== 'hangoutsMeet') {
    // Its link is shown only when it is an https: URL; anything else (javascript:, data:) is dropped.
    return { kind: 'other', name: data.conferenceSolution?.name || 'Another conferencing service', url: httpsUrl(video?.uri) };
  }
  return meetFromUrl(event.hangoutLink || video?.uri, entryPoints);
}

function meetFromUrl(url: string | undefined | null, entryPoints: EntryPoint[]): Conference {
  const code = meetCodeOf(url);
  if (!code) return url ? { kind: 'other', name: 'Video call', url: httpsUrl(url) } : { kind: 'none' };
  const phone = entryPoints.find((p) => p.entryPointType === 'phone');
  const more = entryPoints.find((p) => p.entryPointType === 'more');
  const link: MeetLink = { url: meetUrl(code), code };
  if (phone?.label || phone?.uri) {
    link.dialIn = {
      number: phone.label || String(phone.uri).replace(/^tel:/, ''),
      ...(phone.pin ? { pin: phone.pin } : {}),
      ...(phone.regionCode ? { regionCode: phone.regionCode } : {}),
    };
  }
  // Google's page of dial-in numbers is offered only when it is on Google's host (tel.meet), over https.
  const morePhones = googleMeetUrl(more?.uri);
  if (morePhones) link.morePhonesUrl = morePhones;
  return { kind: 'meet', link };
}

/** The createRequest that asks Google for a new Meet conference. A requestId must never be reused. */
export function meetCreateRequest(requestId: string): GoogleAppsScript.Calendar.Schema.ConferenceData {
  return { createRequest: { requestId, conferenceSolutionKey: { type: 'hangoutsMeet' } } };
}
