import type { CalendarApi, CalendarEvent } from './calendar-port';
import { meetingEventOf, type MeetingEvent } from './after-meeting';
import { toFailure } from './errors';
import { canStartCall, withRetry, type Waiting } from './retry';

/** How far back the recap offers meetings, and how many it lists. */
export const RECENT_DAYS = 14;
export const RECENT_MAX = 10;
/** Pages of events read at most (250 a page): a calendar with more events in 14 days shows its earliest ones, and says so. */
const MAX_PAGES = 3;

export interface RecentMeeting extends MeetingEvent {
  calendarId: string;
  eventId: string;
  /** Always set here: only events with a Google Meet are listed. */
  meetingCode: string;
}

export interface RecentMeetings {
  /** Newest first: events with a Google Meet that began in the last 14 days (held, or going on now). */
  meetings: RecentMeeting[];
  /** More events than were read (pages or time ran out): the newest may be missing. */
  partial: boolean;
}

/**
 * The person's recent meetings with a Google Meet, from their primary calendar: ONE events.list call (timeMin 14 days
 * ago, timeMax now, one occurrence each) in nearly every case, more pages only for a calendar with over 250 events in
 * 14 days, each within the deadline. `calendar.events.owned` reads it: the primary calendar is the person's own.
 */
export function recentMeetings(ctx: Waiting & { calendar: Pick<CalendarApi, 'listBetween'> }): RecentMeetings {
  const now = ctx.now();
  const timeMin = new Date(now - RECENT_DAYS * 24 * 60 * 60_000).toISOString();
  const timeMax = new Date(now).toISOString();
  const items: CalendarEvent[] = [];
  let token: string | undefined;
  let partial = false;
  for (let page = 0; page < MAX_PAGES; page++) {
    if (page > 0 && !canStartCall(ctx)) {
      partial = true;
      break;
    }
    let answer: { items?: CalendarEvent[]; nextPageToken?: string };
    try {
      answer = withRetry(() => ctx.calendar.listBetween('primary', timeMin, timeMax, token), ctx);
    } catch (error) {
      // A later page that fails leaves what was read; the first one is the answer.
      if (page === 0) throw toFailure(error, 'openEvent');
      partial = true;
      break;
    }
    items.push(...(answer.items ?? []));
    token = answer.nextPageToken || undefined;
    if (!token) break;
    if (page === MAX_PAGES - 1) partial = true;
  }
  const meetings = items
    .filter((e) => e.status !== 'cancelled' && typeof e.id === 'string')
    .map((e) => ({ ...meetingEventOf(e), calendarId: 'primary', eventId: e.id! }))
    .filter((m): m is RecentMeeting => typeof m.meetingCode === 'string' && m.start !== undefined && m.start <= now)
    .sort((a, b) => b.start! - a.start!)
    .slice(0, RECENT_MAX);
  return { meetings, partial };
}
