import { createOfflineRuntime } from '../../offline/runtime';
import { ApiFailure } from '../../offline/api-env';
import { NotModelled } from '../../offline/calendar/model';
import { thrown } from '../support/failure';
import { allowNotModelled, engineHarness } from '../support/harness';

/**
 * eventType (developers.google.com/workspace/calendar/api/guides/event-types; .../guides/calendar-status;
 * release notes May 22, 2024 for fromGmail): every event has one; events that are not `default` accept few
 * changes and no conference; events.list filters on `eventTypes`.
 */
describe('offline Calendar: event types', () => {
  const setup = () => {
    const runtime = createOfflineRuntime();
    const me = runtime.settings.account.email;
    const plain = runtime.calendar.seedEvent(me, { summary: 'Planning' });
    const focus = runtime.calendar.seedEvent(me, { summary: 'Deep work', eventType: 'focusTime' });
    const birthday = runtime.calendar.seedEvent(me, { summary: 'Ada', eventType: 'birthday' });
    return { runtime, me, plain, focus, birthday };
  };
  const ids = (answer: { items?: { id?: string | null }[] }) => (answer.items ?? []).map((e) => e.id);

  it('every event carries its type; a new one is default', () => {
    const { runtime, me, plain, focus } = setup();
    expect(runtime.calendar.get('advanced', me, plain.id!).eventType).toBe('default');
    expect(runtime.calendar.get('advanced', me, focus.id!).eventType).toBe('focusTime');
  });

  it('events.list without eventTypes returns every type; with it, only those asked for (repeatable)', () => {
    const { runtime, me, plain, focus, birthday } = setup();
    expect(ids(runtime.calendar.list('advanced', me))).toEqual([plain.id, focus.id, birthday.id]);
    expect(ids(runtime.calendar.list('advanced', me, { eventTypes: 'default' }))).toEqual([plain.id]);
    expect(ids(runtime.calendar.list('rest', me, { eventTypes: ['focusTime', 'birthday'] }))).toEqual([focus.id, birthday.id]);
  });

  it('an unknown event type is a 400', () => {
    const { runtime, me } = setup();
    const failure = thrown(() => runtime.calendar.list('advanced', me, { eventTypes: 'holiday' }), ApiFailure);
    expect(failure.error.code).toBe(400);
  });

  it('a conference on a status event or a birthday: 400 eventTypeRestriction, and nothing changes', () => {
    const { runtime, me, focus, birthday } = setup();
    for (const event of [focus, birthday]) {
      const error = thrown(
        () =>
          runtime.calendar.patch(
            'advanced',
            me,
            event.id!,
            { conferenceData: { createRequest: { requestId: `r${event.id}`, conferenceSolutionKey: { type: 'hangoutsMeet' } } } },
            { conferenceDataVersion: 1 },
          ),
        ApiFailure,
      ).error;
      expect(error).toMatchObject({ code: 400, reason: 'eventTypeRestriction' });
      // Users report the birthday's words; for a status type no report names one, so one text serves them all.
      expect(error.message).toBe(
        event.eventType === 'birthday'
          ? "Attempt made to modify 'birthday' event in a way that is not valid for this event type."
          : 'Attempt made to modify an event in a way that is not valid for its event type.',
      );
      expect(runtime.calendar.peek(me, event.id!)!.conferenceData).toBeUndefined();
    }
  });

  it('a Gmail event accepts its documented few changes (colour); others are not modelled, never guessed', () => {
    allowNotModelled();
    const { runtime, me } = setup();
    const flight = runtime.calendar.seedEvent(me, { summary: 'Flight', eventType: 'fromGmail' });
    runtime.calendar.patch('advanced', me, flight.id!, { colorId: '5' });
    expect(runtime.calendar.peek(me, flight.id!)!.colorId).toBe('5');
    expect(() => runtime.calendar.patch('advanced', me, flight.id!, { summary: 'Renamed' })).toThrow(NotModelled);
  });

  it('a birthday or a status event: Gmail’s list is not theirs, so even a colour change is not modelled', () => {
    allowNotModelled();
    const { runtime, me, focus, birthday } = setup();
    for (const event of [focus, birthday]) {
      expect(() => runtime.calendar.patch('advanced', me, event.id!, { colorId: '5' })).toThrow(NotModelled);
      expect(runtime.calendar.peek(me, event.id!)!.colorId).toBeUndefined();
    }
  });
});

describe('the daily list of leftovers asks only for default events', () => {
  it('eventTypes=default on the list by the marker', () => {
    const h = engineHarness({}, { dailySweepDue: true });
    h.engine().createLink();
    expect(h.runtime.log.of('calendar.events.list').map((c) => c.summary)).toEqual([expect.stringContaining('eventTypes=default')]);
  });
});
