/** The calendar the preview starts with, the same on both accounts' calendars (docs/preview.md lists why each is there). */
import { CONSUMER, WORKSPACE, type OfflineRuntime } from '../../offline/runtime';
import { MARKER_SWEEP_KEY } from '../../src/meet/temporary-event';
import { seedPastMeeting } from '../../offline/meet/past-meeting';

export const HOUR = 60 * 60 * 1000;

export function seedCalendars(runtime: OfflineRuntime): void {
  const { calendar } = runtime;
  // The daily check for leftover temporary events has run today for each account (each has its own user properties),
  // as on every day but a person's first: the API log then shows each click's own calls (README, "What MeetLink
  // guarantees", describes the daily list).
  for (const account of [CONSUMER, WORKSPACE]) {
    runtime.services.userPropertiesOf(account.email).setProperty(MARKER_SWEEP_KEY, JSON.stringify({ at: runtime.clock.now() }));
  }
  const day = Date.parse(new Date(runtime.clock.now()).toISOString().slice(0, 10) + 'T00:00:00Z');
  const at = (hours: number, minutes = 0) => ({ dateTime: new Date(day + hours * HOUR + minutes * 60000).toISOString() });
  const allDay = (days: number) => ({ date: new Date(day + days * 24 * HOUR).toISOString().slice(0, 10) });
  for (const account of [CONSUMER, WORKSPACE]) {
    const cal = account.email;
    calendar.addCalendar(cal, { summary: account.email, owner: account.email, timeZone: account.timeZone });
    calendar.seedEvent(cal, { summary: 'Weekly team sync', start: at(10), end: at(10, 30) }, { withMeet: true });
    calendar.seedEvent(cal, { summary: 'Lunch with Sam', start: at(12, 30), end: at(13, 30), location: 'Café Nero' });
    calendar.seedEvent(
      cal,
      { summary: 'Quarterly planning', start: at(14), end: at(15), organizerEmail: 'lin.organizer@example.org' },
      { withMeet: true },
    );
    calendar.seedEvent(cal, { summary: 'Vendor demo', start: at(15, 30), end: at(16) }, { thirdParty: 'zoom' });
    calendar.seedEvent(cal, {
      summary: '1:1 with Priya',
      start: at(16, 30),
      end: at(17),
      recurringEventId: 'oneononepriya',
      originalStartTime: at(16, 30),
    });
    calendar.seedEvent(cal, { summary: 'Project kickoff', start: at(24 + 11), end: at(24 + 12) });
    // A status event: Google Calendar allows no conference on it, and MeetLink names it instead of failing.
    calendar.seedEvent(cal, { summary: 'Focus time', eventType: 'focusTime', start: at(8), end: at(9, 30), transparency: 'opaque' });
    // The other kinds of event that take no conference (developers.google.com/workspace/calendar/api/guides/event-types
    // and .../guides/calendar-status): MeetLink names each one too. Tomorrow, so today's list stays as it was.
    calendar.seedEvent(cal, {
      summary: 'Out of office',
      eventType: 'outOfOffice',
      start: at(24 + 14),
      end: at(24 + 18),
      transparency: 'opaque',
      outOfOfficeProperties: { autoDeclineMode: 'declineAllConflictingInvitations', declineMessage: 'Away this afternoon.' },
    });
    calendar.seedEvent(cal, {
      summary: 'Home',
      eventType: 'workingLocation',
      start: allDay(1),
      end: allDay(2),
      transparency: 'transparent',
      visibility: 'public',
      workingLocationProperties: { type: 'homeOffice', homeOffice: {} },
    });
    // "Birthdays are special all-day events with an annual recurrence" (the event-types guide).
    calendar.seedEvent(cal, {
      summary: 'Sam Lee’s birthday',
      eventType: 'birthday',
      start: allDay(1),
      end: allDay(2),
      recurrence: ['RRULE:FREQ=YEARLY'],
      transparency: 'transparent',
      visibility: 'private',
      birthdayProperties: { type: 'birthday' },
    });
    // Yesterday's meeting, for After the meeting and the recap (issue 24): Ada came late, Carmen left early, Ben joined
    // without signing in, someone dialled in, Dev never came; Google made a recording, a transcript and Gemini notes.
    seedPastMeeting(runtime, {
      start: Date.parse(at(-24 + 15).dateTime),
      organizer: { email: account.email, name: account === WORKSPACE ? 'Grace Hopper' : 'Ada Byron' },
    });
  }
}
