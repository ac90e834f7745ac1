import { MEET_URL, meetCode, openAddOn } from '../support/harness';

describe('an open Calendar event', () => {
  it('with Meet: shows the link and dial-in, and removes it after asking, as read back from Calendar', () => {
    const { host, runtime, seed, me, calendarCalls, lastNotification } = openAddOn();
    const event = seed({ summary: 'Planning' }, { withMeet: true });
    host.openEvent({ calendarId: me, id: event.id! });
    expect(host.text()).toContain('This event has a Google Meet link.');
    expect(host.text()).toContain(event.hangoutLink!);
    expect(host.text()).toMatch(/Join by phone/);
    expect(host.buttons()).toEqual(['Open in Meet', 'Replace with a new link', 'Remove Meet link', 'After the meeting']);
    expect(calendarCalls()).toEqual([]);

    expect(host.card.header).toBeUndefined(); // the panel is titled MeetLink already

    host.click('Remove Meet link');
    expect(host.text()).toContain('Remove the Meet link?');
    expect(host.text()).toContain('Guests will not be emailed.');
    expect(runtime.calendar.peek(me, event.id!)!.conferenceData).toBeDefined(); // nothing happens before confirming
    host.click('Remove');

    expect(host.stack).toHaveLength(1);
    expect(host.text()).toContain('This event has no video conference yet.');
    expect(host.buttons()).toEqual(['Add Meet link']);
    expect(lastNotification()).toBe('Meet link removed from the event.');
    // The event read back after the change names itself: a read MeetLink makes anyway, no call more.
    expect(host.card.header.title).toBe('Planning');
    const stored = runtime.calendar.peek(me, event.id!)!;
    expect(stored.conferenceData).toBeUndefined();
    expect(stored.hangoutLink).toBeUndefined();
    expect(calendarCalls()).toEqual(['calendar.events.patch 200', 'calendar.events.get 200']);
  });

  it('cancelling the removal changes nothing', () => {
    const { host, runtime, seed, me } = openAddOn();
    const event = seed({ summary: 'Planning' }, { withMeet: true });
    host.openEvent({ calendarId: me, id: event.id! }).click('Remove Meet link').click('Cancel');
    expect(host.text()).toContain('This event has a Google Meet link.');
    expect(runtime.calendar.peek(me, event.id!)!.hangoutLink).toBe(event.hangoutLink);
  });

  it('replaces the link with a new one after asking', () => {
    const { host, runtime, seed, me, lastNotification, calendarCalls } = openAddOn();
    const event = seed({ summary: 'Planning' }, { withMeet: true });
    host.openEvent({ calendarId: me, id: event.id! }).click('Replace with a new link');
    expect(host.text()).toContain('Replace the Meet link?');
    expect(host.text()).toContain('Guests will not be emailed.');
    expect(calendarCalls()).toEqual([]);
    host.click('Cancel');
    expect(runtime.calendar.peek(me, event.id!)!.hangoutLink).toBe(event.hangoutLink);

    host.click('Replace with a new link').click('Replace');
    expect(host.stack).toHaveLength(1);
    const shown = meetCode(host.text())!;
    expect(shown).not.toBe(meetCode(event.hangoutLink!));
    expect(runtime.calendar.peek(me, event.id!)!.hangoutLink).toBe(`https://meet.google.com/${shown}`);
    expect(lastNotification()).toBe('The event has a new Meet link.');
  });

  it('without a conference: adds a Meet link, notifying no guest unless the person asked', () => {
    const { host, runtime, seed, me } = openAddOn();
    const event = seed({ summary: '1:1', attendees: [{ email: 'bob@example.com' }] });
    host.openEvent({ calendarId: me, id: event.id! });
    expect(host.text()).toContain('This event has no video conference yet.');
    host.click('Add Meet link');
    expect(host.text()).toMatch(MEET_URL);
    expect(runtime.calendar.peek(me, event.id!)!.hangoutLink).toMatch(MEET_URL);
    expect(runtime.calendar.notifications(me, event.id!).map((n) => n.sendUpdates)).toEqual(['none']);

    host.universal('Settings').input('notifyGuests', true).click('Save');
    host.openEvent({ calendarId: me, id: event.id! }).click('Replace with a new link');
    expect(host.text()).toContain('Guests will get an email about the change.');
    host.click('Replace');
    expect(runtime.calendar.notifications(me, event.id!).map((n) => n.sendUpdates)).toEqual(['none', 'all']);
  });

  it('with a third-party conference: shows it, and warns that removing it cannot be undone', () => {
    const { host, runtime, seed, me } = openAddOn();
    const event = seed({ summary: 'Vendor call' }, { thirdParty: 'zoom' });
    host.openEvent({ calendarId: me, id: event.id! });
    expect(host.text()).toMatch(/This event uses Zoom/);
    host.click('Remove Zoom Meeting');
    expect(host.text()).toContain('MeetLink cannot restore them');
    host.click('Remove');
    expect(host.text()).toContain('This event has no video conference yet.');
    expect(runtime.calendar.peek(me, event.id!)!.conferenceData).toBeUndefined();
  });

  it('organized by someone else: shows the link, says only the organizer can change it, offers no change', () => {
    const { host, seed, me } = openAddOn();
    const event = seed({ summary: 'All hands', organizerEmail: 'boss@example.com' }, { withMeet: true });
    host.openEvent({ calendarId: me, id: event.id! });
    expect(host.text()).toMatch(MEET_URL);
    expect(host.text()).toContain('Only the organizer (boss@example.com) can change');
    expect(host.buttons()).toEqual(['Open in Meet', 'After the meeting']);
  });

  it('not saved yet: asks to save it first', () => {
    const { host, me } = openAddOn();
    host.openEvent({ calendarId: me });
    expect(host.text()).toContain('Save the event first');
    expect(host.buttons()).toEqual([]);
  });

  it('an occurrence of a repeating event: says the change applies to this occurrence', () => {
    const { host, seed, me } = openAddOn();
    const event = seed({ summary: 'Weekly', recurringEventId: 'weekly0001' }, { withMeet: true });
    host.openEvent({ calendarId: me, id: event.id! });
    expect(host.text()).toContain('changes apply to this occurrence only');
  });

  it('removes the link over REST when the Advanced service drops the null, and says it worked', () => {
    const { host, runtime, seed, me, calendarCalls } = openAddOn({ advancedServiceDropsNulls: true });
    const event = seed({ summary: 'Planning' }, { withMeet: true });
    host.openEvent({ calendarId: me, id: event.id! }).click('Remove Meet link').click('Remove');
    expect(host.text()).toContain('This event has no video conference yet.');
    expect(runtime.calendar.peek(me, event.id!)!.conferenceData).toBeUndefined();
    expect(calendarCalls()).toEqual([
      'calendar.events.patch 200',
      'calendar.events.get 200',
      'calendar.events.patch (rest) 200',
      'calendar.events.get 200',
    ]);
  });

  it('reports a silent 200 as a failure and claims nothing', () => {
    const { host, runtime, seed, me } = openAddOn({ calendar: { silentPatch: true } });
    const event = seed({ summary: 'Planning' }, { withMeet: true });
    host.openEvent({ calendarId: me, id: event.id! }).click('Remove Meet link').click('Remove');
    expect(host.text()).toContain('Google said the change was made, but the event did not change.');
    expect(host.notifications).not.toContain('Meet link removed from the event.');
    expect(runtime.calendar.peek(me, event.id!)!.hangoutLink).toBe(event.hangoutLink);
  });

  it('reports a silent 200 on Replace as "not applied": the old link stays, nothing is claimed', () => {
    const { host, runtime, seed, me, calendarCalls, resetLog } = openAddOn({ calendar: { silentPatch: true } });
    const event = seed({ summary: 'Planning' }, { withMeet: true });
    host.openEvent({ calendarId: me, id: event.id! }).click('Replace with a new link');
    resetLog();
    host.click('Replace');
    expect(host.text()).toContain('Google said the change was made, but the event did not change.');
    expect(host.notifications).not.toContain('The event has a new Meet link.');
    expect(host.buttons()).toContain('Try again');
    expect(runtime.calendar.peek(me, event.id!)!.hangoutLink).toBe(event.hangoutLink);
    // Both routes tried, each verified by a read; never a success without one.
    expect(calendarCalls()).toEqual([
      'calendar.events.patch 200',
      'calendar.events.get 200',
      'calendar.events.patch (rest) 200',
      'calendar.events.get 200',
    ]);
  });

  it.each([
    // Pressing again cannot make the person the organizer: Back only.
    ['forbiddenForNonOrganizer', 'Only the event’s organizer can change its video conference.', ['Back']],
    ['insufficientPermissions', 'not allowed to change this calendar or event', ['Try again', 'Back']],
    ['deleted', 'This event no longer exists.', ['Try again', 'Back']],
    ['backendError', 'Google Calendar is not answering right now', ['Try again', 'Back']],
  ] as const)('explains %s in plain words', (error, words, buttons) => {
    const { host, runtime, seed, me } = openAddOn();
    const event = seed({ summary: 'Planning' });
    runtime.faults.inject({ api: 'calendar.events.patch', error, times: 'always' });
    host.openEvent({ calendarId: me, id: event.id! }).click('Add Meet link');
    expect(host.text()).toContain(words);
    expect(host.buttons()).toEqual(buttons);
    expect(host.errors).toEqual([]);
  });

  it('says Meet is not allowed on a calendar that does not allow it', () => {
    const { host, runtime, seed, me } = openAddOn();
    runtime.calendar.addCalendar(me, { allowedConferenceSolutionTypes: [] });
    const event = seed({ summary: 'Planning' });
    host.openEvent({ calendarId: me, id: event.id! }).click('Add Meet link');
    expect(host.text()).toContain('does not allow Google Meet');
  });
});
