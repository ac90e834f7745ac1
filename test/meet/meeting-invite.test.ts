import { meetingEventId, type MeetingRequest } from '../../src/meet/meeting-invite';
import { failureOf } from '../support/failure';
import { engineHarness, EXACT_MEET_URL } from '../support/harness';

const request = (uuid = '0f1e2d3c-4b5a-6978-8695-a4b3c2d1e0f9'): MeetingRequest => ({
  eventId: meetingEventId(uuid),
  title: 'Budget review',
  startMs: Date.parse('2026-11-24T15:00:00Z'),
  minutes: 30,
  timeZone: 'America/New_York',
  guests: ['bob@example.org', 'carol@example.net'],
  description: 'From an email',
});

describe('scheduling a meeting with guests (the engine)', () => {
  it('one insert with a client-chosen base32hex id, a fresh createRequest, version 1 and sendUpdates all', () => {
    const h = engineHarness();
    const meeting = h.engine().scheduleMeeting(request());
    expect(meeting.eventId).toMatch(/^[a-v0-9]{5,1024}$/);
    expect(meeting.conference.kind === 'ready' && meeting.conference.link.url).toMatch(EXACT_MEET_URL);
    expect(h.calls()).toEqual(['calendar.events.insert 200']);
    expect(h.runtime.calendar.notifications(h.runtime.settings.account.email, meeting.eventId)[0]).toMatchObject({ sendUpdates: 'all' });
    expect(h.runtime.log.calls[0]!.summary).toMatch(/createRequest v1 sendUpdates=all/);
  });

  it('transient errors are retried at most 3 times and never past the work budget; then the outcome is unknown', () => {
    const h = engineHarness({ latencyMs: 300 });
    h.runtime.faults.inject({ api: 'calendar.events.insert', error: 'backendError', times: 'always' });
    const started = h.runtime.clock.now();
    expect(failureOf(() => h.engine().scheduleMeeting(request())).kind).toBe('meetingUncertain');
    expect(h.calls()).toEqual(Array(4).fill('calendar.events.insert 500'));
    expect(h.runtime.clock.now() - started).toBeLessThanOrEqual(20_000);
  });

  it('a rate limit still refused after the retries made nothing, and says so', () => {
    const h = engineHarness();
    h.runtime.faults.inject({ api: 'calendar.events.insert', error: 'rateLimitExceeded', times: 'always' });
    expect(failureOf(() => h.engine().scheduleMeeting(request())).kind).toBe('rateLimited');
    expect(h.runtime.calendar.events(h.runtime.settings.account.email)).toEqual([]);
  });

  it('refuses an id that is not a meeting id before any call, and a taken id that is not MeetLink’s meeting', () => {
    const h = engineHarness();
    expect(failureOf(() => h.engine().scheduleMeeting({ ...request(), eventId: 'meetlinkabc' })).kind).toBe('unexpected');
    expect(h.calls()).toEqual([]);
    const id = meetingEventId('11111111-2222-3333-4444-555555555555');
    h.runtime.calendar.seedEvent(h.runtime.settings.account.email, { id, summary: 'Someone else’s' });
    expect(failureOf(() => h.engine().scheduleMeeting({ ...request(), eventId: id })).kind).toBe('meetingIdTaken');
    expect(h.runtime.calendar.events(h.runtime.settings.account.email)).toHaveLength(1);
  });
});
