import { HISTORY_KEY } from '../../src/history';
import { JOURNAL_KEY } from '../../src/meet/temporary-event';
import { MEET_URL, meetCode, openAddOn } from '../support/harness';

/**
 * The open Calendar event, in the cases a daily user meets: events that cannot have a conference, a card left
 * under a retry, MeetLink's own leftover temporary event, and a third-party conference's link.
 */

describe('events that cannot have a Meet (status events, birthdays, events from Gmail)', () => {
  it.each([
    ['focusTime', 'This is a focus time event.'],
    ['outOfOffice', 'This is an out-of-office event.'],
    ['workingLocation', 'This is a working location event.'],
    ['birthday', 'This is a birthday.'],
    ['fromGmail', 'This is an event Gmail added from an email.'],
  ])('%s: Add names the kind of event, changes nothing, and leaves no control that can only fail', (eventType, words) => {
    const { host, runtime, seed, me, calendarCalls } = openAddOn();
    const event = seed({ summary: 'Blocked', eventType });
    host.openEvent({ calendarId: me, id: event.id! }).click('Add Meet link');

    expect(host.stack).toHaveLength(1);
    expect(host.text()).toContain(words);
    expect(host.text()).toContain('Google Calendar does not allow a video conference on it.');
    expect(host.text()).not.toMatch(/unexpected|Try again/);
    expect(host.buttons()).toEqual([]);
    // One read named the type: no patch Google would have refused.
    expect(calendarCalls()).toEqual(['calendar.events.get 200']);
    expect(runtime.calendar.peek(me, event.id!)!.conferenceData).toBeUndefined();
  });

  it('Google’s own refusal of a change is read the same way (Replace on an event that turned out to be focus time)', () => {
    const { host, seed, me } = openAddOn();
    const event = seed({ summary: 'Deep work', eventType: 'focusTime' }, { withMeet: true });
    host.openEvent({ calendarId: me, id: event.id! }).click('Replace with a new link').click('Replace');
    expect(host.stack).toHaveLength(1);
    expect(host.text()).toContain('This is a focus time event.');
    expect(host.buttons()).toEqual([]);
  });
});

describe('a failed Add, a working retry, and Back', () => {
  it('the retry redraws the event’s own card: no stale "no video conference" card is left under it', () => {
    const { host, runtime, seed, me } = openAddOn();
    const event = seed({ summary: 'Planning' });
    runtime.faults.inject({ api: 'calendar.events.patch', error: 'backendError', times: 4 });
    host.openEvent({ calendarId: me, id: event.id! }).click('Add Meet link');
    expect(host.buttons()).toEqual(['Try again', 'Back']);

    host.click('Try again');
    expect(host.stack).toHaveLength(1);
    expect(host.text()).toMatch(MEET_URL);
    expect(host.buttons()).toEqual(['Open in Meet', 'Replace with a new link', 'Remove Meet link', 'After the meeting']);
    expect(host.text()).not.toContain('no video conference yet');
  });

  it('Add on a card that is out of date asks first, and never silently replaces the working link', () => {
    const { host, runtime, seed, me, lastNotification } = openAddOn();
    const event = seed({ summary: 'Planning' });
    host.openEvent({ calendarId: me, id: event.id! });
    // Meanwhile the event got a Meet link elsewhere (another tab, Calendar itself).
    runtime.calendar.patch(
      'advanced',
      me,
      event.id!,
      { conferenceData: { createRequest: { requestId: 'elsewhere1', conferenceSolutionKey: { type: 'hangoutsMeet' } } } },
      { conferenceDataVersion: 1 },
    );
    const working = runtime.calendar.peek(me, event.id!)!.conferenceData!.conferenceId;

    host.click('Add Meet link');
    expect(lastNotification()).toBe('This event already has a video conference. Nothing was changed.');
    expect(runtime.calendar.peek(me, event.id!)!.conferenceData!.conferenceId).toBe(working);
    expect(host.stack).toHaveLength(2);
    expect(host.buttons()).toEqual(['Replace', 'Cancel']);
    host.click('Cancel');
    expect(host.text()).toContain(working!);
    expect(host.buttons()).toEqual(['Open in Meet', 'Replace with a new link', 'Remove Meet link', 'After the meeting']);
  });
});

describe('MeetLink’s own leftover temporary event', () => {
  /** A create whose temporary event Google would not delete: it stays in the calendar. */
  function leftover() {
    const addOn = openAddOn();
    addOn.runtime.faults.inject({ api: 'calendar.events.delete', error: 'backendError', times: 'always' });
    addOn.host.homepage('CALENDAR').click('Create Meet link');
    addOn.runtime.faults.clear();
    const [event] = addOn.leftovers();
    return { ...addOn, event: event! };
  }

  it('the card says what it is and offers to delete it, with no Replace or Remove', () => {
    const { host, me, event } = leftover();
    host.openEvent({ calendarId: me, id: event.id! });
    expect(host.text()).toContain('This is a temporary event MeetLink made to create a Meet link.');
    expect(host.buttons()).toEqual(['Delete event']);
  });

  it('Delete checks MeetLink’s marker, deletes it, and the journal forgets it', () => {
    const { host, runtime, me, event, leftovers, lastNotification } = leftover();
    host.openEvent({ calendarId: me, id: event.id! }).click('Delete event');
    expect(lastNotification()).toBe('Temporary event deleted. You can close it.');
    expect(host.buttons()).toEqual([]);
    expect(leftovers()).toEqual([]);
    expect(runtime.services.userProperties.getProperty(JOURNAL_KEY)).toBeNull();
  });

  it('an event with such an id but without MeetLink’s marker is never deleted', () => {
    const { host, runtime, seed, me } = openAddOn();
    const event = seed({ summary: 'Mine', id: `meetlink${'a'.repeat(32)}` });
    host.openEvent({ calendarId: me, id: event.id! }).click('Delete event');
    expect(host.text()).toContain('This is not a temporary event MeetLink made');
    expect(runtime.calendar.peek(me, event.id!)!.status).toBe('confirmed');
  });
});

describe('a third-party conference', () => {
  it('its https join URL is a link, escaped', () => {
    const { host, seed, me } = openAddOn();
    const event = seed({ summary: 'Vendor call' }, { thirdParty: 'zoom' });
    host.openEvent({ calendarId: me, id: event.id! });
    const url = event.conferenceData!.entryPoints![0]!.uri!;
    expect(JSON.stringify(host.card)).toContain(`<a href=\\"${url}\\">${url}</a>`);
  });
});

describe('saved and pinned links are never attached to an event', () => {
  it('Add asks Google for a new conference, whatever links are saved or pinned', () => {
    const { host, runtime, seed, me } = openAddOn();
    host.homepage('CALENDAR').click('Create Meet link').click('Create another');
    const saved = JSON.parse(runtime.services.userProperties.getProperty(HISTORY_KEY)!).map((e: { code: string }) => e.code);
    host.homepage('CALENDAR').click(saved[0]).click('Pin to the top');
    const event = seed({ summary: 'Planning' });
    host.openEvent({ calendarId: me, id: event.id! }).click('Add Meet link');

    const patches = runtime.log.of('calendar.events.patch').map((c) => c.summary);
    expect(patches).toEqual([expect.stringContaining('createRequest')]);
    expect(saved).not.toContain(meetCode(host.text()));
  });
});
