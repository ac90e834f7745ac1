import { CALENDAR_ERRORS, type CalendarErrorName } from '../../offline/google-errors';
import { MeetFailure } from '../../src/meet/errors';
import { failureOf, outcome } from '../support/failure';
import { engineHarness, type EngineHarness } from '../support/harness';

const ME = 'ada@gmail.com';

function withEvent(h: EngineHarness, opts: { withMeet?: boolean } = { withMeet: true }, organizerEmail?: string) {
  const event = h.runtime.calendar.seedEvent(ME, { summary: 'Planning', ...(organizerEmail ? { organizerEmail } : {}) }, opts);
  return { ref: { calendarId: ME, eventId: event.id! }, event };
}

describe('removing a Meet link', () => {
  it('patches conferenceData null with version 1 and verifies with one read: two calls', () => {
    const h = engineHarness();
    const { ref } = withEvent(h);
    const result = h.engine().removeFromEvent(ref);
    expect(result.conference).toEqual({ kind: 'none' });
    expect(result.route).toBe('advanced');
    expect(h.calls()).toEqual(['calendar.events.patch 200', 'calendar.events.get 200']);
    expect(h.runtime.calendar.peek(ME, ref.eventId)!.conferenceData).toBeUndefined();
  });

  it('falls back to REST with an explicit null when the Advanced service drops it', () => {
    const h = engineHarness({ advancedServiceDropsNulls: true });
    const { ref } = withEvent(h);
    const result = h.engine().removeFromEvent(ref);
    expect(result.route).toBe('rest');
    expect(result.conference.kind).toBe('none');
    expect(h.runtime.calendar.peek(ME, ref.eventId)!.hangoutLink).toBeUndefined();
  });

  it('never claims success when Google answers 200 and changes nothing on both routes', () => {
    const h = engineHarness({ calendar: { silentPatch: true } });
    const { ref, event } = withEvent(h);
    expect(failureOf(() => h.engine().removeFromEvent(ref)).kind).toBe('notApplied');
    expect(h.calls()).toEqual([
      'calendar.events.patch 200',
      'calendar.events.get 200',
      'calendar.events.patch (rest) 200',
      'calendar.events.get 200',
    ]);
    expect(h.runtime.calendar.peek(ME, ref.eventId)!.hangoutLink).toBe(event.hangoutLink);
  });

  it('does not retry a refusal to a non-organizer', () => {
    const h = engineHarness();
    const { ref } = withEvent(h, { withMeet: true }, 'boss@example.com');
    expect(failureOf(() => h.engine().removeFromEvent(ref)).kind).toBe('notOrganizer');
    expect(h.calls()).toEqual(['calendar.events.patch 403']);
  });

  it('says the event is gone when it was deleted meanwhile', () => {
    const h = engineHarness();
    const { ref } = withEvent(h);
    (h.globals.Calendar as any).Events.remove(ME, ref.eventId);
    expect(failureOf(() => h.engine().removeFromEvent(ref)).kind).toBe('eventGone');
  });
});

describe('adding and replacing a Meet link', () => {
  it('adds a link to an event without one: a read first (the card may be stale), the patch, a verifying read', () => {
    const h = engineHarness();
    const { ref } = withEvent(h, {});
    const result = h.engine().addToEvent(ref);
    expect(result.conference.kind).toBe('meet');
    expect(h.calls()).toEqual(['calendar.events.get 200', 'calendar.events.patch 200', 'calendar.events.get 200']);
    expect(h.runtime.calendar.peek(ME, ref.eventId)!.hangoutLink).toMatch(/^https:\/\/meet\.google\.com\//);
  });

  it('waits for a pending conference on the event', () => {
    const h = engineHarness({ calendar: { pendingReads: 2 } });
    const { ref } = withEvent(h, {});
    expect(h.engine().addToEvent(ref).conference.kind).toBe('meet');
  });

  it('replaces the link with a different one, and a fresh request id on the REST retry', () => {
    const h = engineHarness();
    const { ref, event } = withEvent(h);
    const old = event.hangoutLink!.slice(24);
    const result = h.engine().replaceOnEvent(ref, old);
    expect(result.conference.kind === 'meet' && result.conference.link.code).not.toBe(old);
  });

  it.each(['add', 'replace'] as const)(
    '%s: a conference Google could not create is reported as such, not sent again over REST: two calls (add reads first)',
    (operation) => {
      const h = engineHarness({ calendar: { conferenceFailure: true } });
      const { ref, event } = withEvent(h, operation === 'add' ? {} : { withMeet: true });
      const run = () => (operation === 'add' ? h.engine().addToEvent(ref) : h.engine().replaceOnEvent(ref, event.hangoutLink!.slice(24)));
      expect(failureOf(run).kind).toBe('conferenceFailed');
      const firstRead = operation === 'add' ? ['calendar.events.get 200'] : [];
      expect(h.calls()).toEqual([...firstRead, 'calendar.events.patch 200', 'calendar.events.get 200']);
      expect(h.runtime.calendar.peek(ME, ref.eventId)!.conferenceData?.createRequest?.status?.statusCode).toBe('failure');
    },
  );

  it('keeps sendUpdates none unless guests are to be told', () => {
    const h = engineHarness();
    const { ref } = withEvent(h, {});
    h.engine().addToEvent(ref);
    h.engine().removeFromEvent(ref, { notifyGuests: true });
    expect(h.runtime.calendar.notifications(ME, ref.eventId).map((n) => n.sendUpdates)).toEqual(['none', 'all']);
  });
});

describe('retries and the 30-second budget', () => {
  it('retries a backend error at most three times, waiting less than 4 s in all', () => {
    const h = engineHarness();
    const { ref } = withEvent(h);
    h.runtime.faults.inject({ api: 'calendar.events.patch', error: 'backendError', times: 'always' });
    expect(failureOf(() => h.engine().removeFromEvent(ref)).kind).toBe('googleUnavailable');
    expect(h.calls().filter((c) => c.startsWith('calendar.events.patch'))).toHaveLength(4);
    expect(h.sleptMs()).toBeLessThan(4000);
  });

  it('never sleeps past the action’s deadline, however slow Google is', () => {
    const h = engineHarness({ latencyMs: 9000 });
    const { ref } = withEvent(h);
    h.runtime.faults.inject({ api: 'calendar.events.patch', error: 'backendError', times: 'always' });
    const started = h.runtime.clock.now();
    failureOf(() => h.engine().removeFromEvent(ref));
    expect(h.runtime.clock.now() - started).toBeLessThan(30_000);
  });
});

describe('every documented error at every step of removing a link', () => {
  const steps = ['calendar.events.patch', 'calendar.events.get'];
  const cases = steps.flatMap((api) =>
    (Object.keys(CALENDAR_ERRORS) as CalendarErrorName[]).flatMap((error) => [
      { api, error, times: 1 as const, dropsNulls: false },
      { api, error, times: 'always' as const, dropsNulls: false },
      { api, error, times: 'always' as const, dropsNulls: true },
    ]),
  );

  it.each(cases)(
    '$api answering $error ($times, null dropped: $dropsNulls): success only when a read shows it',
    ({ api, error, times, dropsNulls }) => {
      const h = engineHarness({ advancedServiceDropsNulls: dropsNulls });
      const { ref } = withEvent(h);
      h.runtime.faults.inject({ api, error, times });
      const removed = outcome(() => h.engine().removeFromEvent(ref));
      if (!removed.ok) expect(removed.error).toBeInstanceOf(MeetFailure);
      const calls = h.runtime.log.calls;
      if (removed.ok) {
        // The last call was a read that answered, and the event really has no conference.
        expect(calls[calls.length - 1].api).toBe('calendar.events.get');
        expect(calls[calls.length - 1].status).toBe(200);
        expect(h.runtime.calendar.peek(ME, ref.eventId)!.conferenceData).toBeUndefined();
      }
      // One try plus at most three retries per request, two routes at most.
      expect(h.runtime.log.of('calendar.events.patch').length).toBeLessThanOrEqual(8);
      expect(h.runtime.services.sleeps.length).toBeLessThanOrEqual(2 * 2 * 3);
    },
  );
});
