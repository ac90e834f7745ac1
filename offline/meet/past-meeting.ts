import type { calendar_v3 } from '@googleapis/calendar';
import type { OfflineRuntime } from '../runtime';
import type { SeedParticipant } from './conference-records';

const MINUTE = 60_000;

export interface PastMeetingOptions {
  /** When the event begins (simulated ms); it lasts `minutes`. */
  start: number;
  minutes?: number;
  title?: string;
  /** The calendar it is on, the person's own by default. */
  calendarId?: string;
  /** Google made a recording, a transcript (still being processed) and Gemini notes: not on Business Starter. */
  artifacts?: boolean;
  /** The people in the meeting other than the person; the default cast below when not given. */
  participants?: SeedParticipant[];
  /** The event's guests other than the person; the default cast below when not given. */
  guests?: calendar_v3.Schema$EventAttendee[];
  /** The conference is still going on. */
  ongoing?: boolean;
  /** Who organizes it, with the name Meet shows: the signed-in account by default (the preview seeds both of its accounts). */
  organizer?: { email: string; name: string };
}

/** The name Meet shows for the offline accounts (offline/runtime.ts CONSUMER and WORKSPACE). */
const NAMES: Record<string, string> = { 'grace@example.com': 'Grace Hopper', 'ada@gmail.com': 'Ada Byron' };

/**
 * A meeting that took place, for tests, the bench and the preview: an event on the person's calendar with a Google
 * Meet and five guests, and its conference record. The person (the organizer) was there throughout; Ada came 12
 * minutes late; Carmen left 20 minutes early, after dropping out once; Ben, who has no Google account, joined
 * anonymously under his own name; someone dialled in; Dev, invited, never came. Google made a recording (ready),
 * a transcript (still being processed) and Gemini notes (ready).
 */
export function seedPastMeeting(runtime: OfflineRuntime, options: PastMeetingOptions) {
  const me = options.organizer ?? { email: runtime.settings.account.email, name: NAMES[runtime.settings.account.email] ?? 'Meeting Organizer' };
  const calendarId = options.calendarId ?? me.email;
  const minutes = options.minutes ?? 60;
  const start = options.start;
  const end = start + minutes * MINUTE;
  const at = (m: number) => start + m * MINUTE;
  const guests = options.guests ?? [
    { email: 'ada.lovelace@example.com', displayName: 'Ada Lovelace', responseStatus: 'accepted' },
    { email: 'ben.okafor@partner.example', displayName: 'Ben Okafor', responseStatus: 'accepted' },
    { email: 'carmen@partner.example', displayName: 'Carmen Díaz', responseStatus: 'accepted' },
    { email: 'dev.patel@example.com', displayName: 'Dev Patel', responseStatus: 'needsAction' },
  ];
  const event = runtime.calendar.seedEvent(
    calendarId,
    {
      summary: options.title ?? 'Design review',
      start: { dateTime: new Date(start).toISOString() },
      end: { dateTime: new Date(end).toISOString() },
      attendees: [{ email: me.email, organizer: true, self: true, responseStatus: 'accepted' }, ...guests],
    },
    { withMeet: true },
  );
  const code = event.conferenceData!.conferenceId!;
  const last = (m: number) => (options.ongoing ? undefined : at(m));
  const participants = options.participants ?? [
    {
      signedIn: { displayName: me.email === 'grace@example.com' ? 'Grace Hopper' : 'Ada Byron', email: me.email },
      sessions: [{ from: at(-2), to: last(minutes) }],
    },
    { signedIn: { displayName: 'Ada Lovelace', email: 'ada.lovelace@example.com' }, sessions: [{ from: at(12), to: last(minutes) }] },
    {
      signedIn: { displayName: 'Carmen Díaz', email: 'carmen@partner.example' },
      sessions: [
        { from: at(1), to: at(20) },
        { from: at(24), to: at(minutes - 20) },
      ],
    },
    { anonymous: { displayName: 'Ben Okafor' }, sessions: [{ from: at(3), to: last(minutes - 1) }] },
    { phone: { displayName: '+1 650-***-**12' }, sessions: [{ from: at(5), to: last(minutes - 2) }] },
  ];
  const made = options.artifacts ?? true;
  const record = runtime.conferenceRecords.seed({
    space: code,
    start: at(-2),
    ...(options.ongoing ? {} : { end: at(minutes) }),
    participants,
    ...(made
      ? {
          recordings: [
            { state: 'FILE_GENERATED' as const, from: at(0), to: at(minutes), exportUri: `https://drive.google.com/file/d/rec-${code}/view` },
          ],
          transcripts: [{ state: 'ENDED' as const, from: at(0), to: at(minutes) }],
          smartNotes: [
            { state: 'FILE_GENERATED' as const, from: at(0), to: at(minutes), exportUri: `https://docs.google.com/document/d/notes-${code}/view` },
          ],
        }
      : {}),
  });
  return { event, code, record, start, end };
}
