import { seedPastMeeting } from '../../offline/meet/past-meeting';
import { WORKSPACE, type RuntimeOptions } from '../../offline/runtime';
import { afterMeeting, MAX_MEET_READS, type AfterMeetingContext } from '../../src/meet/after-meeting';
import { recentMeetings } from '../../src/meet/recent-meetings';
import { engineHarness } from '../support/harness';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** The engine wired as in Apps Script, a Workspace account, and a meeting that ended an hour ago. */
function setup(options: RuntimeOptions = {}, meeting: Partial<Parameters<typeof seedPastMeeting>[1]> = {}) {
  const h = engineHarness({ account: WORKSPACE, ...options });
  const past = seedPastMeeting(h.runtime, { start: h.runtime.clock.now() - 2 * HOUR, ...meeting });
  const ref = { calendarId: WORKSPACE.email, eventId: past.event.id! };
  const meetCalls = () => h.runtime.log.of('meet.').map((c) => c.api.replace('meet.conferenceRecords.', ''));
  return { ...h, past, ref, meetCalls, run: () => h.engine().afterMeeting({ eventRef: ref }) };
}

describe('after the meeting: who joined, who did not, what Google made', () => {
  it('reads the event once and Meet five times: late, left early, phone and anonymous, and the links', () => {
    const { run, calls, meetCalls, past } = setup();
    const report = run();
    expect(report.status).toBe('ready');
    expect(calls()).toEqual(['calendar.events.get 200']);
    expect(meetCalls()).toEqual(['list', 'participants.list', 'recordings.list', 'transcripts.list', 'smartNotes.list']);
    expect(report.reads).toEqual({ meet: 5, calendar: 1 });
    const byName = Object.fromEntries(report.participants.map((p) => [p.name, p]));
    expect(report.participants.map((p) => p.name)).toEqual(['Grace Hopper', 'Carmen Díaz', 'Ben Okafor', '+1 650-***-**12', 'Ada Lovelace']);
    expect(byName['Ada Lovelace']).toMatchObject({ late: true, leftEarly: false, kind: 'signedIn', guest: 'ada.lovelace@example.com' });
    expect(byName['Carmen Díaz']).toMatchObject({ late: false, leftEarly: true, guest: 'carmen@partner.example' });
    expect(byName['Ben Okafor']).toMatchObject({ kind: 'anonymous', guest: 'ben.okafor@partner.example' });
    expect(byName['+1 650-***-**12']).toMatchObject({ kind: 'phone' });
    expect(byName['Grace Hopper']!.guest).toBe(WORKSPACE.email); // "grace@…" is the one Grace: a first-name address
    // Carmen's 40 minutes are her first join to her last leave: 5 participants' sessions would not fit in 8 reads.
    expect(byName['Carmen Díaz']).toMatchObject({ durationMs: 39 * MINUTE, exactDuration: false });
    expect(report.counts).toEqual({ total: 5, signedIn: 3, anonymous: 1, phone: 1 });
    // Dev never came, but a phone caller matches no guest: Dev is "not found by name", never "absent".
    expect(report.absent).toEqual([]);
    expect(report.unmatched.map((g) => g.email)).toEqual(['dev.patel@example.com']);
    expect(report.unidentified).toEqual({ signedIn: 0, anonymous: 0, phone: 1 });
    expect(report.artifacts.recordings).toEqual([
      { state: 'ready', url: `https://drive.google.com/file/d/rec-${past.code}/view`, start: past.start },
    ]);
    expect(report.artifacts.transcripts).toEqual([{ state: 'processing', start: past.start }]);
    expect(report.artifacts.smartNotes[0]).toMatchObject({ state: 'ready', url: expect.stringMatching(/^https:\/\/docs\.google\.com\//) });
    expect(report.missing).toEqual([]);
    expect(report.timeRanShort).toBe(false);
  });

  it('everyone in the meeting matches a guest: the guest who never came is absent, for sure', () => {
    // The same cast without the dial-in and the guests who came anonymously or late.
    const h = setup();
    const me = WORKSPACE.email;
    const at = (m: number) => h.past.start + m * MINUTE;
    const past = seedPastMeeting(h.runtime, {
      start: h.past.start - 24 * HOUR,
      participants: [
        { signedIn: { displayName: 'Grace Hopper', email: me }, sessions: [{ from: at(0), to: at(60) }] },
        { signedIn: { displayName: 'Ada Lovelace', email: 'ada.lovelace@example.com' }, sessions: [{ from: at(0), to: at(60) }] },
      ],
    });
    const report = h.engine().afterMeeting({ eventRef: { calendarId: me, eventId: past.event.id! } });
    expect(report.absent.map((g) => g.email)).toEqual(['ben.okafor@partner.example', 'carmen@partner.example', 'dev.patel@example.com']);
    expect(report.unmatched).toEqual([]);
  });

  it('a small meeting: every participant’s sessions fit in the 8 reads, so durations leave out the time away', () => {
    const h = setup();
    const me = WORKSPACE.email;
    const start = h.past.start - 24 * HOUR;
    const at = (m: number) => start + m * MINUTE;
    const past = seedPastMeeting(h.runtime, {
      start,
      guests: [{ email: 'ada.lovelace@example.com', displayName: 'Ada Lovelace' }],
      participants: [
        { signedIn: { displayName: 'Grace Hopper', email: me }, sessions: [{ from: at(0), to: at(60) }] },
        {
          signedIn: { displayName: 'Ada Lovelace', email: 'ada.lovelace@example.com' },
          sessions: [
            { from: at(0), to: at(20) },
            { from: at(40), to: at(60) },
          ],
        },
      ],
    });
    h.resetLog();
    const report = h.engine().afterMeeting({ eventRef: { calendarId: me, eventId: past.event.id! } });
    expect(report.reads.meet).toBe(7);
    expect(report.participants.find((p) => p.name === 'Ada Lovelace')).toMatchObject({ durationMs: 40 * MINUTE, exactDuration: true });
    expect(report.reads.meet).toBeLessThanOrEqual(MAX_MEET_READS);
  });

  it('several conferences in one space: the one that overlaps the event; the others are named and readable by name', () => {
    const h = setup();
    const earlier = h.runtime.conferenceRecords.seed({
      space: h.past.code,
      start: h.past.start - 7 * 24 * HOUR,
      end: h.past.start - 7 * 24 * HOUR + 30 * MINUTE,
      participants: [{ signedIn: { displayName: 'Grace Hopper', email: WORKSPACE.email }, sessions: [{ from: h.past.start - 7 * 24 * HOUR }] }],
    });
    const report = h.run();
    expect(report.conference!.name).toBe(h.past.record.name);
    expect(report.otherConferences.map((c) => c.name)).toEqual([earlier.name]);
    const other = h.engine().afterMeeting({ meetingCode: h.past.code, conferenceRecord: earlier.name });
    expect(other.conference!.name).toBe(earlier.name);
    expect(other.participants.map((p) => p.name)).toEqual(['Grace Hopper']);
  });

  it('slow Google (4 s a call): names first, and what did not fit is named as such, inside the deadline', () => {
    const h = setup({ latencyMs: 4000 });
    const t0 = h.runtime.clock.now();
    const report = h.run();
    expect(h.runtime.clock.now() - t0).toBeLessThanOrEqual(20_000);
    expect(report.participants).toHaveLength(5);
    expect(report.timeRanShort).toBe(true);
    expect(report.missing).toEqual([{ part: 'smartNotes', why: 'timeRanShort' }]);
    expect(report.artifacts.recordings).toHaveLength(1);
  });

  it('at 3 s a call, the event and the five Meet reads fit in the 20 s of work', () => {
    const h = setup({ latencyMs: 3000 });
    const report = h.run();
    expect(report.missing).toEqual([]);
    expect(report.reads).toEqual({ meet: 5, calendar: 1 });
  });

  it('a transient 503 on the participants is retried within the budget', () => {
    const h = setup();
    h.runtime.faults.inject({ api: 'meet.conferenceRecords.participants.list', error: 'serviceUnavailable' });
    const report = h.run();
    expect(report.participants).toHaveLength(5);
    expect(h.meetCalls().filter((c) => c === 'participants.list')).toHaveLength(2);
  });
});

describe('when Google gives nothing: a status, never an exception', () => {
  it('a meeting not held yet, and one that ended over 30 days ago: no Meet call', () => {
    const h = setup();
    const me = WORKSPACE.email;
    const future = h.runtime.calendar.seedEvent(
      me,
      {
        summary: 'Later',
        start: { dateTime: new Date(h.runtime.clock.now() + HOUR).toISOString() },
        end: { dateTime: new Date(h.runtime.clock.now() + 2 * HOUR).toISOString() },
      },
      { withMeet: true },
    );
    h.resetLog();
    expect(h.engine().afterMeeting({ eventRef: { calendarId: me, eventId: future.id! } }).status).toBe('notHeld');
    h.runtime.clock.advance(32 * 24 * HOUR);
    expect(h.run().status).toBe('expired');
    expect(h.meetCalls()).toEqual([]);
  });

  it('a past event with no conference (nobody joined, or someone else’s meeting you did not join): noConference', () => {
    const h = setup();
    const me = WORKSPACE.email;
    const quiet = h.runtime.calendar.seedEvent(
      me,
      {
        summary: 'Nobody came',
        start: { dateTime: new Date(h.past.start - 4 * HOUR).toISOString() },
        end: { dateTime: new Date(h.past.start - 3 * HOUR).toISOString() },
      },
      { withMeet: true },
    );
    expect(h.engine().afterMeeting({ eventRef: { calendarId: me, eventId: quiet.id! } }).status).toBe('noConference');
  });

  it('a free Gmail account: no call at all; an account Google refuses the Meet API: meetRefused', () => {
    const free = engineHarness();
    expect(free.engine().afterMeeting({ meetingCode: 'abc-mnop-xyz' }).status).toBe('freeAccount');
    expect(free.runtime.log.calls).toEqual([]);
    const refused = engineHarness({ account: { ...WORKSPACE, kind: 'consumer', email: 'ada@lovelace.example' } });
    expect(refused.engine().afterMeeting({ meetingCode: 'abc-mnop-xyz' }).status).toBe('meetRefused');
  });

  it('Business Starter: who joined, and no links (an empty list, or the unconfirmed 403 named as refused)', () => {
    const empty = setup({ account: { ...WORKSPACE, edition: 'businessStarter' } }, { artifacts: false });
    const report = empty.run();
    expect(report.participants).toHaveLength(5);
    expect(report.artifacts).toEqual({ recordings: [], transcripts: [], smartNotes: [] });
    expect(report.missing).toEqual([]);
    const denied = setup(
      { account: { ...WORKSPACE, edition: 'businessStarter' }, conferenceRecords: { editionLacksArtifacts: 'permissionDenied' } },
      { artifacts: false },
    );
    const refused = denied.run();
    expect(refused.participants).toHaveLength(5);
    expect(refused.missing.map((m) => `${m.part} ${m.why}`)).toEqual(['recordings refused', 'transcripts refused', 'smartNotes refused']);
  });

  it('without the read scope wired, no Meet call: noAccess', () => {
    const h = setup();
    const ctx = h.context() as AfterMeetingContext;
    const report = afterMeeting({ ...ctx, conferences: undefined }, { eventRef: h.ref });
    expect(report.status).toBe('noAccess');
    expect(h.meetCalls()).toEqual([]);
  });

  it('Google failing to read the event is "unavailable" (Refresh can help), never "this event has no Google Meet"', () => {
    const h = setup();
    h.runtime.faults.inject({ api: 'calendar.events.get', error: 'backendError', times: 'always' });
    const report = h.run();
    expect(report.status).toBe('unavailable');
    expect(report.missing.map((m) => m.part)).toContain('event');
    expect(h.meetCalls()).toEqual([]);
  });

  it('a deleted event: eventGone', () => {
    const h = setup();
    h.runtime.calendar.remove('advanced', WORKSPACE.email, h.past.event.id!);
    expect(h.run().status).toBe('eventGone');
  });
});

describe('recent meetings for the recap', () => {
  it('one Calendar list: the meetings with a Google Meet of the last 14 days, newest first, not the future ones', () => {
    const h = setup();
    const me = WORKSPACE.email;
    const now = h.runtime.clock.now();
    h.runtime.calendar.seedEvent(me, {
      summary: 'No Meet',
      start: { dateTime: new Date(now - 5 * HOUR).toISOString() },
      end: { dateTime: new Date(now - 4 * HOUR).toISOString() },
    });
    h.runtime.calendar.seedEvent(
      me,
      {
        summary: 'Old',
        start: { dateTime: new Date(now - 15 * 24 * HOUR).toISOString() },
        end: { dateTime: new Date(now - 15 * 24 * HOUR + HOUR).toISOString() },
      },
      { withMeet: true },
    );
    h.runtime.calendar.seedEvent(
      me,
      {
        summary: 'Tomorrow',
        start: { dateTime: new Date(now + 24 * HOUR).toISOString() },
        end: { dateTime: new Date(now + 25 * HOUR).toISOString() },
      },
      { withMeet: true },
    );
    seedPastMeeting(h.runtime, { start: now - 3 * 24 * HOUR, title: 'Three days ago' });
    h.resetLog();
    const { meetings, partial } = recentMeetings(h.context());
    expect(meetings.map((m) => m.title)).toEqual(['Design review', 'Three days ago']);
    expect(partial).toBe(false);
    expect(h.calls()).toEqual(['calendar.events.list 200']);
  });
});
