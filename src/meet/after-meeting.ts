import type { CalendarApi, CalendarEvent } from './calendar-port';
import { readConference } from './conference';
import {
  isConferenceRecordName,
  isParticipantName,
  type ArtifactState,
  type ConferenceRecord,
  type DocArtifact,
  type MeetConferencesApi,
  type Participant,
  type Recording,
} from './conferences-port';
import { isTransient, MeetFailure } from './errors';
import { GoogleApiError } from './google-api-error';
import { isFreeGmail, isSpaceName } from './meet-port';
import { isMeetingCode } from './meeting-code';
import { backoffDelay, canStartCall, DEFAULT_RETRY, type Waiting } from './retry';
import { httpsUrl } from '../text/escape';

/**
 * After the meeting: who joined, who was invited and did not, and what Google made (recording, transcript, Gemini
 * notes), from Google's own records (Meet REST `conferenceRecords`), with no bot in the meeting. A clean function
 * over two ports, with no CardService: the Calendar event card, the recap in Gmail's compose window and the
 * Workspace Studio step "After the meeting" all call `afterMeeting`.
 *
 * Budget: at most MAX_MEET_READS Meet calls (the conference list, participants, recordings, transcripts, notes; the
 * sessions of each participant only when they all fit) and MAX_CALENDAR_READS Calendar call (the event, when the
 * caller has not read it), each started only if it can end by `ctx.deadline` (src/meet/retry.ts). Names come first:
 * when time runs short the report says what was not read (`missing`, `timeRanShort`), and has everything read before.
 */

export const MAX_MEET_READS = 8;
export const MAX_CALENDAR_READS = 1;
/** Joined more than this after the meeting began: late; left more than this before it ended: left early. */
export const LATE_MS = 5 * 60_000;
/** "The resource is deleted 30 days after the conference ends" (ConferenceRecord.expireTime). */
export const RECORDS_KEPT_MS = 30 * 24 * 60 * 60_000;
/** Participants' pages read at most (250 a page): a meeting of more than 750 is shown in part, and says so. */
const MAX_PARTICIPANT_PAGES = 3;

/** What the engine works with; src/platform.ts builds it (MeetContext has all of it), Studio builds its own. */
export interface AfterMeetingContext extends Waiting {
  /** Meet conference records; absent when the person has not granted their scope (the card asks first). */
  conferences?: MeetConferencesApi;
  /** The Calendar event is read only when the request names it and does not bring it. */
  calendar?: Pick<CalendarApi, 'get'>;
  /** The signed-in account: a free Gmail account makes no Meet call at all. */
  accountEmail?(): string;
}

/** An invited guest as Calendar gives them: an address, and a name when Calendar has one. */
export interface Guest {
  email: string;
  /** The attendee's `displayName` ("The attendee's name, if available"). */
  name?: string;
  /** The signed-in person's own attendee entry (`self`). */
  self?: boolean;
  organizer?: boolean;
  /** responseStatus "declined". */
  declined?: boolean;
}

/** A calendar event, as the engine needs it: when it was, who was invited, its Meet. */
export interface MeetingEvent {
  title?: string;
  /** Epoch ms; an all-day event's day at 00:00 UTC. */
  start?: number;
  end?: number;
  /** Guests, without rooms and resources. */
  guests: Guest[];
  organizer?: string;
  /** The event's Meet code (`conferenceData.conferenceId` / the hangout link), when it has a Google Meet. */
  meetingCode?: string;
}

export interface AfterMeetingRequest {
  /** The meeting's code (`abc-mnop-xyz`), or its space (`spaces/…`, MeetLink's own links). One is needed. */
  meetingCode?: string;
  spaceName?: string;
  /** A conference already listed (one of `otherConferences`): read by name (conferenceRecords.get) instead of a list. */
  conferenceRecord?: string;
  /** The event, when the caller has it: its time chooses the conference and says who was late. */
  event?: MeetingEvent;
  /** Or the event to read (one Calendar call), when the caller does not have it. */
  eventRef?: { calendarId: string; eventId: string };
}

/**
 * - `ready`: a conference was found and read (see `missing` for what was not);
 * - `notHeld`: the event has not begun yet, or it is going on and nobody has joined (no record yet);
 * - `noConference`: the event is over and Google lists no conference in its time: nobody joined, or it is someone
 *   else's meeting that this person did not join (Google shares records with the organizer and the people who joined);
 * - `expired`: the event ended over 30 days ago: Google has deleted its records;
 * - `freeAccount`: a free Gmail account: Meet's records are not available to apps on personal accounts (no call);
 * - `meetRefused`: Google refused the Meet API for this account (403 on the list);
 * - `noAccess`: the person has not granted the Meet read scope (no call made, or Google said the token lacks it);
 * - `noMeet`: the event has no Google Meet;
 * - `eventGone`: the event no longer exists (Calendar 404/410);
 * - `unavailable`: Google failed, or time ran out, before the conference could be found.
 */
export type AfterMeetingStatus =
  | 'ready'
  | 'notHeld'
  | 'noConference'
  | 'expired'
  | 'freeAccount'
  | 'meetRefused'
  | 'noAccess'
  | 'noMeet'
  | 'eventGone'
  | 'unavailable';

export interface ConferenceSummary {
  /** `conferenceRecords/…`: pass it back as `conferenceRecord` to read that one. */
  name: string;
  start: number;
  /** Missing while it is going on. */
  end?: number;
}

export type AttendeeKind = 'signedIn' | 'anonymous' | 'phone';

export interface Attendee {
  kind: AttendeeKind;
  /** As Meet gives it: a signed-in person's name, the name an anonymous guest typed, a redacted phone number. */
  name: string;
  firstJoined: number;
  /** Missing while they are still in the meeting. */
  lastLeft?: number;
  /** Time in the meeting: the sum of their sessions when read (`exactDuration`), else first join to last leave. */
  durationMs: number;
  exactDuration: boolean;
  /** Joined more than LATE_MS after the meeting began (the event's start, else the conference's). */
  late: boolean;
  /** Left more than LATE_MS before it ended (the earlier of the event's end and the conference's). */
  leftEarly: boolean;
  /** The invited guest this participant was matched to, by name. */
  guest?: string;
}

/** One recording, transcript or set of Gemini notes. */
export interface ArtifactView {
  /** `inProgress`: STARTED; `processing`: ENDED, the file not made yet; `ready`: FILE_GENERATED. */
  state: 'inProgress' | 'processing' | 'ready';
  /** The https exportUri, when Google gave one. */
  url?: string;
  start?: number;
}

export type ArtifactKind = 'recordings' | 'transcripts' | 'smartNotes';

/** A part of the report that was not read, and why. */
export interface Missing {
  part: 'event' | 'participants' | 'sessions' | ArtifactKind;
  /** `timeRanShort`: no time (or calls) left; `refused`: Google answered 403 (an edition or admin that allows none); `failed`: an error. */
  why: 'timeRanShort' | 'refused' | 'failed';
}

export interface AfterMeetingReport {
  status: AfterMeetingStatus;
  /** The event (read, or as given). */
  event?: MeetingEvent;
  meetingCode?: string;
  /** The conference shown; with `ongoing` when it has not ended. */
  conference?: ConferenceSummary & { ongoing: boolean };
  /** The space's other conferences found (newest first): another use of the same link, another occurrence. */
  otherConferences: ConferenceSummary[];
  /** Everyone Meet lists, by first join. */
  participants: Attendee[];
  counts: { total: number; signedIn: number; anonymous: number; phone: number };
  /** Invited guests who surely did not join: no participant matches them, and every participant is accounted for. */
  absent: Guest[];
  /**
   * Invited guests no participant matches by name while some participants match no guest (`unidentified`): they may
   * have joined under another name, by phone or anonymously, so they are not called absent.
   */
  unmatched: Guest[];
  /** Participants matched to no guest, by kind. */
  unidentified: { signedIn: number; anonymous: number; phone: number };
  /** What Google made; an empty list where it made none (or where it was not read: see `missing`). */
  artifacts: Record<ArtifactKind, ArtifactView[]>;
  missing: Missing[];
  /** Some read did not start for lack of time or of calls. */
  timeRanShort: boolean;
  /** Calls made. */
  reads: { meet: number; calendar: number };
}

/** A report with nothing in it: what a card shows for a status known without any call (a free Gmail account). */
export function emptyAfterMeetingReport(status: AfterMeetingStatus, reads = { meet: 0, calendar: 0 }): AfterMeetingReport {
  return {
    status,
    otherConferences: [],
    participants: [],
    counts: { total: 0, signedIn: 0, anonymous: 0, phone: 0 },
    absent: [],
    unmatched: [],
    unidentified: { signedIn: 0, anonymous: 0, phone: 0 },
    artifacts: { recordings: [], transcripts: [], smartNotes: [] },
    missing: [],
    timeRanShort: false,
    reads,
  };
}

/** The report for a meeting: see the types above. Throws only MeetFailure `signedOut` (401) and bugs. */
export function afterMeeting(ctx: AfterMeetingContext, request: AfterMeetingRequest): AfterMeetingReport {
  const budget = new Budget(ctx);
  const report = emptyAfterMeetingReport('ready', budget.reads);
  const done = (status: AfterMeetingStatus) => ({ ...report, status, timeRanShort: budget.ranShort });
  if (isFreeGmail(ctx.accountEmail?.())) return done('freeAccount');

  let event = request.event;
  if (!event && request.eventRef && ctx.calendar) {
    const { calendarId, eventId } = request.eventRef;
    const read = budget.call('calendar', () => ctx.calendar!.get(calendarId, eventId));
    // "The get method always returns" deleted events, with status 'cancelled' (events reference).
    if (read.ok && read.value.status === 'cancelled') return done('eventGone');
    if (read.ok) event = meetingEventOf(read.value);
    else if (read.error instanceof GoogleApiError && read.error.status === 401) throw signedOut(read.error);
    else if (read.error instanceof GoogleApiError && (read.error.status === 404 || read.error.status === 410)) return done('eventGone');
    else report.missing.push({ part: 'event', why: read.why });
  }
  if (event) report.event = event;
  const code = (request.meetingCode ?? event?.meetingCode)?.toLowerCase();
  if (code && isMeetingCode(code)) report.meetingCode = code;
  const space = isSpaceName(request.spaceName) ? request.spaceName : undefined;
  const named = isConferenceRecordName(request.conferenceRecord) ? request.conferenceRecord : undefined;
  // An event Google did not let us read is not an event without a Meet: say Google is unavailable, so Refresh can help.
  if (!report.meetingCode && !space && !named) return done(report.missing.some((m) => m.part === 'event') ? 'unavailable' : 'noMeet');
  if (!ctx.conferences) return done('noAccess');
  const meet = ctx.conferences;
  const now = ctx.now();
  // A meeting not held yet, and one whose records Google has deleted, need no call to say so.
  if (!named && event?.start !== undefined && event.start > now) return done('notHeld');
  if (!named && event?.end !== undefined && now - event.end > RECORDS_KEPT_MS + 24 * 60 * 60_000) return done('expired');

  // The conference: the one named, or the one of the space that overlaps the event most (the newest without one).
  let chosen: ConferenceSummary | undefined;
  if (named) {
    const read = budget.call('meet', () => meet.getConferenceRecord(named));
    if (!read.ok) return done(listFailure(read, report));
    chosen = summaryOf(read.value);
  } else {
    const filters = [space ? `space.name = "${space}"` : `space.meeting_code = "${report.meetingCode}"`];
    // Only conferences that began before the event ended can overlap it; newest first, the overlapping one leads.
    if (event?.end !== undefined) filters.push(`start_time <= "${new Date(event.end).toISOString()}"`);
    const read = budget.call('meet', () => meet.listConferenceRecords(filters.join(' AND ')));
    if (!read.ok) return done(listFailure(read, report));
    const found = (read.value.conferenceRecords ?? []).map(summaryOf).filter((c): c is ConferenceSummary => c !== undefined);
    chosen = event?.start !== undefined && event.end !== undefined ? mostOverlapping(found, event.start, event.end, now) : found[0];
    report.otherConferences = found.filter((c) => c !== chosen);
    if (!chosen) {
      if (event?.end !== undefined && now - event.end > RECORDS_KEPT_MS) return done('expired');
      return done(!event || (event.end !== undefined && event.end <= now) ? 'noConference' : 'notHeld');
    }
  }
  if (!chosen) return done('unavailable');
  report.conference = { ...chosen, ongoing: chosen.end === undefined };

  // Names first: every participant page that fits, then what Google made, then the sessions if they all fit.
  const participants: Participant[] = [];
  let token: string | undefined;
  for (let page = 0; page < MAX_PARTICIPANT_PAGES; page++) {
    const read = budget.call('meet', () => meet.listParticipants(chosen.name, token));
    if (!read.ok) {
      if (read.error instanceof GoogleApiError && read.error.status === 401) throw signedOut(read.error);
      report.missing.push({ part: 'participants', why: read.why });
      break;
    }
    participants.push(...(read.value.participants ?? []));
    token = read.value.nextPageToken || undefined;
    if (!token) break;
    if (page === MAX_PARTICIPANT_PAGES - 1) report.missing.push({ part: 'participants', why: 'timeRanShort' });
  }
  readArtifacts(budget, meet, chosen.name, report);
  const sessions = readSessionsIfTheyFit(budget, meet, participants, report);

  const attendees = participants
    .map((p) => attendeeOf(p, sessions.get(p.name), chosen, event, now))
    .filter((a): a is Attendee => a !== undefined)
    .sort((a, b) => a.firstJoined - b.firstJoined);
  report.participants = attendees;
  report.counts = {
    total: attendees.length,
    signedIn: attendees.filter((a) => a.kind === 'signedIn').length,
    anonymous: attendees.filter((a) => a.kind === 'anonymous').length,
    phone: attendees.filter((a) => a.kind === 'phone').length,
  };
  Object.assign(report, matchGuests(event?.guests ?? [], attendees));
  return done('ready');
}

// ---- Calendar ----------------------------------------------------------------------------------------------------

/** An event as the engine reads it: times, guests (no rooms), organizer, its Google Meet's code. */
export function meetingEventOf(event: CalendarEvent): MeetingEvent {
  const instant = (time: CalendarEvent['start']) => {
    const ms = time?.dateTime ? Date.parse(time.dateTime) : time?.date ? Date.parse(`${time.date}T00:00:00Z`) : NaN;
    return Number.isNaN(ms) ? undefined : ms;
  };
  const conference = readConference(event);
  const start = instant(event.start);
  const end = instant(event.end);
  const guests: Guest[] = (event.attendees ?? [])
    .filter((a) => !a.resource && typeof a.email === 'string' && a.email)
    .map((a) => ({
      email: a.email!,
      ...(a.displayName ? { name: a.displayName } : {}),
      ...(a.self ? { self: true } : {}),
      ...(a.organizer ? { organizer: true } : {}),
      ...(a.responseStatus === 'declined' ? { declined: true } : {}),
    }));
  return {
    ...(event.summary ? { title: event.summary } : {}),
    ...(start !== undefined ? { start } : {}),
    ...(end !== undefined ? { end } : {}),
    guests,
    ...(event.organizer?.email ? { organizer: event.organizer.email } : {}),
    ...(conference.kind === 'meet' ? { meetingCode: conference.link.code } : {}),
  };
}

// ---- calls within the budget -------------------------------------------------------------------------------------

type Read<T> = { ok: true; value: T } | { ok: false; why: 'timeRanShort' | 'refused' | 'failed'; error?: unknown };

/** Counts calls against their caps and the deadline; retries Google's transient errors while both allow. */
class Budget {
  readonly reads = { meet: 0, calendar: 0 };
  ranShort = false;
  constructor(private readonly ctx: Waiting) {}

  call<T>(kind: 'meet' | 'calendar', operation: () => T): Read<T> {
    const cap = kind === 'meet' ? MAX_MEET_READS : MAX_CALENDAR_READS;
    const fits = (afterMs = 0) => this.reads[kind] < cap && canStartCall(this.ctx, afterMs);
    if (!fits()) {
      this.ranShort = true;
      return { ok: false, why: 'timeRanShort' };
    }
    for (let retry = 0; ; retry++) {
      this.reads[kind] += 1;
      try {
        return { ok: true, value: operation() };
      } catch (error) {
        if (!(error instanceof GoogleApiError)) throw error;
        const delay = backoffDelay(DEFAULT_RETRY, retry, this.ctx.random());
        if (isTransient(error) && retry < DEFAULT_RETRY.maxRetries && fits(delay)) {
          this.ctx.sleep(delay);
          continue;
        }
        return { ok: false, why: error.status === 403 ? 'refused' : 'failed', error };
      }
    }
  }
}

function signedOut(error: GoogleApiError): MeetFailure {
  return new MeetFailure('signedOut', `${error.status} ${error.reason}: the authorization has expired.`, error);
}

/** A list (or get) of conferences that failed: what it means for the whole report. */
function listFailure(read: Extract<Read<unknown>, { ok: false }>, report: AfterMeetingReport): AfterMeetingStatus {
  const error = read.error;
  if (error instanceof GoogleApiError && error.status === 401) throw signedOut(error);
  if (error instanceof GoogleApiError && error.status === 403) {
    const scope = error.reason === 'ACCESS_TOKEN_SCOPE_INSUFFICIENT' || /insufficient authentication scopes/i.test(error.message);
    return scope ? 'noAccess' : 'meetRefused';
  }
  report.missing.push({ part: 'participants', why: read.why });
  return 'unavailable';
}

function readArtifacts(budget: Budget, meet: MeetConferencesApi, record: string, report: AfterMeetingReport): void {
  const lists: [ArtifactKind, () => (Recording | DocArtifact)[] | undefined][] = [
    ['recordings', () => meet.listRecordings(record).recordings],
    ['transcripts', () => meet.listTranscripts(record).transcripts],
    ['smartNotes', () => meet.listSmartNotes(record).smartNotes],
  ];
  for (const [kind, list] of lists) {
    const read = budget.call('meet', list);
    if (!read.ok) {
      if (read.error instanceof GoogleApiError && read.error.status === 401) throw signedOut(read.error);
      report.missing.push({ part: kind, why: read.why });
      continue;
    }
    report.artifacts[kind] = (read.value ?? []).map(artifactOf).sort((a, b) => (a.start ?? 0) - (b.start ?? 0));
  }
}

/**
 * Each participant's sessions (one call each), only when every participant's fit in the calls and the time left:
 * then every duration is the time really spent in the meeting; otherwise none is, and each is first join to last
 * leave (`exactDuration: false`), so the card never mixes the two.
 */
function readSessionsIfTheyFit(
  budget: Budget,
  meet: MeetConferencesApi,
  participants: Participant[],
  report: AfterMeetingReport,
): Map<string, { start: number; end?: number }[]> {
  const sessions = new Map<string, { start: number; end?: number }[]>();
  const names = participants.map((p) => p.name).filter(isParticipantName);
  if (!names.length || names.length !== participants.length || budget.reads.meet + names.length > MAX_MEET_READS) return sessions;
  for (const name of names) {
    const read = budget.call('meet', () => meet.listParticipantSessions(name));
    if (!read.ok || read.value.nextPageToken) {
      if (!read.ok) report.missing.push({ part: 'sessions', why: read.why });
      return new Map();
    }
    sessions.set(
      name,
      (read.value.participantSessions ?? []).flatMap((s) => {
        const start = ms(s.startTime);
        return start === undefined ? [] : [{ start, ...(ms(s.endTime) !== undefined ? { end: ms(s.endTime)! } : {}) }];
      }),
    );
  }
  return sessions;
}

// ---- reading Google's answers ------------------------------------------------------------------------------------

const ms = (time: string | undefined): number | undefined => {
  const value = time ? Date.parse(time) : NaN;
  return Number.isNaN(value) ? undefined : value;
};

function summaryOf(record: ConferenceRecord): ConferenceSummary | undefined {
  const start = ms(record.startTime);
  if (!isConferenceRecordName(record.name) || start === undefined) return undefined;
  const end = ms(record.endTime);
  return { name: record.name, start, ...(end !== undefined ? { end } : {}) };
}

/** The conference that overlaps the event's time most; none when none overlaps it. */
function mostOverlapping(found: ConferenceSummary[], start: number, end: number, now: number): ConferenceSummary | undefined {
  let best: ConferenceSummary | undefined;
  let bestMs = 0;
  for (const c of found) {
    const overlap = Math.min(end, c.end ?? now) - Math.max(start, c.start);
    if (overlap > bestMs) [best, bestMs] = [c, overlap];
  }
  return best;
}

const STATES: Record<ArtifactState, ArtifactView['state']> = {
  STARTED: 'inProgress',
  ENDED: 'processing',
  FILE_GENERATED: 'ready',
  STATE_UNSPECIFIED: 'processing',
};

function artifactOf(artifact: Recording | DocArtifact): ArtifactView {
  const uri = 'driveDestination' in artifact ? artifact.driveDestination?.exportUri : (artifact as DocArtifact).docsDestination?.exportUri;
  const url = httpsUrl(uri);
  const start = ms(artifact.startTime);
  return { state: STATES[artifact.state ?? 'STATE_UNSPECIFIED'] ?? 'processing', ...(url ? { url } : {}), ...(start !== undefined ? { start } : {}) };
}

function attendeeOf(
  participant: Participant,
  sessions: { start: number; end?: number }[] | undefined,
  conference: ConferenceSummary,
  event: MeetingEvent | undefined,
  now: number,
): Attendee | undefined {
  const firstJoined = ms(participant.earliestStartTime);
  if (firstJoined === undefined) return undefined;
  const lastLeft = ms(participant.latestEndTime);
  const kind: AttendeeKind = participant.signedinUser ? 'signedIn' : participant.anonymousUser ? 'anonymous' : 'phone';
  const name = (participant.signedinUser ?? participant.anonymousUser ?? participant.phoneUser)?.displayName ?? '';
  const until = (end: number | undefined) => end ?? conference.end ?? now;
  const durationMs = sessions?.length
    ? sessions.reduce((sum, s) => sum + Math.max(0, until(s.end) - s.start), 0)
    : Math.max(0, until(lastLeft) - firstJoined);
  const began = event?.start ?? conference.start;
  const ended = event?.end !== undefined ? Math.min(event.end, conference.end ?? event.end) : conference.end;
  return {
    kind,
    name,
    firstJoined,
    ...(lastLeft !== undefined ? { lastLeft } : {}),
    durationMs,
    exactDuration: Boolean(sessions?.length),
    late: firstJoined > began + LATE_MS,
    leftEarly: lastLeft !== undefined && ended !== undefined && lastLeft < ended - LATE_MS,
  };
}

// ---- who was invited and did not join ----------------------------------------------------------------------------

/** A name as words: accents and case set aside, split on anything that is not a letter or a digit. */
function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** The ways a name can be written the same: its words in any order, or run together ("adalovelace"). */
function nameKeys(text: string): string[] {
  const list = words(text);
  return list.length ? [[...list].sort().join(' '), list.join('')] : [];
}

/** A guest's names: Calendar's displayName, and the name part of the address ("ada.lovelace@…" → "ada lovelace"). */
function guestKeys(guest: Guest): Set<string> {
  return new Set([...(guest.name ? nameKeys(guest.name) : []), ...nameKeys(guest.email.split('@')[0] ?? '')]);
}

/**
 * Matches guests to participants by name (Meet gives names and `users/{id}`, never addresses; MeetLink reads no
 * directory). A phone caller has a redacted number, never a name. A guest is `absent` only when no participant is
 * left unaccounted for; else `unmatched`, so nobody who joined is ever called absent.
 */
function matchGuests(guests: Guest[], attendees: Attendee[]): Pick<AfterMeetingReport, 'absent' | 'unmatched' | 'unidentified'> {
  const matched = new Set<Guest>();
  const named = attendees.filter((a) => a.kind !== 'phone');
  for (const attendee of named) {
    const keys = nameKeys(attendee.name);
    const guest = guests.find((g) => !matched.has(g) && keys.some((k) => guestKeys(g).has(k)));
    if (guest) {
      attendee.guest = guest.email;
      matched.add(guest);
    }
  }
  // An address that is only a first name ("grace@…") matches the one participant whose name begins with it, when no
  // other participant or guest could be meant: a wrong match would only call someone present, never absent.
  const firstWord = (a: Attendee) => words(a.name)[0];
  for (const guest of guests.filter((g) => !matched.has(g) && !g.name)) {
    const local = words(guest.email.split('@')[0] ?? '');
    if (local.length !== 1) continue;
    const same = named.filter((a) => firstWord(a) === local[0]);
    const rivals = guests.filter((g) => g !== guest && (g.name ? words(g.name)[0] : words(g.email.split('@')[0] ?? '')[0]) === local[0]);
    if (same.length === 1 && !same[0]!.guest && !rivals.length) {
      same[0]!.guest = guest.email;
      matched.add(guest);
    }
  }
  const left = attendees.filter((a) => !a.guest);
  const unidentified = {
    signedIn: left.filter((a) => a.kind === 'signedIn').length,
    anonymous: left.filter((a) => a.kind === 'anonymous').length,
    phone: left.filter((a) => a.kind === 'phone').length,
  };
  const notFound = guests.filter((g) => !matched.has(g));
  return left.length ? { absent: [], unmatched: notFound, unidentified } : { absent: notFound, unmatched: [], unidentified };
}
