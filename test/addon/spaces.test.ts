import { WORKSPACE } from '../../offline/runtime';
import { MEET_URL, meetCode, openAddOn } from '../support/harness';

/** The add-on opened by a Workspace account, with the Meet calls it made. */
function workspace() {
  const opened = openAddOn({ account: WORKSPACE });
  const meetCalls = () => opened.runtime.log.of('meet.').map((c) => `${c.api} ${c.status}`);
  return { ...opened, meetCalls };
}

describe('Workspace accounts: links in Meet spaces MeetLink owns', () => {
  it('makes a link with one Meet call and shows who may join, which the owner can change', () => {
    const { host, runtime, meetCalls, calendarCalls } = workspace();
    host.homepage('GMAIL').click('Create Meet link');

    expect(meetCalls()).toEqual(['meet.spaces.create 200']);
    expect(calendarCalls()).toEqual([]);
    const text = host.text();
    const code = meetCode(text)!;
    expect(text).toMatch(MEET_URL);
    expect(text).toContain('Who can join without asking\nPeople in your organization, invited guests and phone callers join without asking');
    expect(text).not.toContain('Join by phone');
    // No number, and the reason: a Meet space has none; an invitation that asks for one goes through Calendar.
    expect(text).toContain('This link has no phone numbers: Google gives them only to links made through Google Calendar');
    expect(host.buttons()).toEqual(['Open in Meet', 'Create another', 'Refresh', 'Add co-hosts']);

    host.change('accessType', 'OPEN');
    expect(host.notifications).toContain('Access changed to Open.');
    // The link card stays the link card: its title, "Create another", and the new choice selected.
    expect(host.text()).toContain('Your Meet link');
    expect(host.text()).toContain('Anyone with the link joins without asking.');
    expect(host.buttons()).toEqual(['Open in Meet', 'Create another', 'Refresh', 'Add co-hosts']);
    expect(runtime.meet.peek(code)?.config?.accessType).toBe('OPEN');
    expect(meetCalls()).toEqual(['meet.spaces.create 200', 'meet.spaces.patch 200']);
    expect(runtime.log.of('meet.spaces.patch')[0]!.summary).toContain('updateMask=config.accessType');
    expect(runtime.log.of('meet.spaces.create')[0]!.summary).toBe('create space'); // no entryPointAccess, ever
  });

  it('in Calendar too, and the link still goes into a draft as one Meet call', () => {
    const { host, meetCalls, calendarCalls } = workspace();
    host.homepage('CALENDAR').click('Create Meet link');
    expect(host.text()).toContain('Who can join without asking');
    host.compose().click('Insert Meet link');
    expect(host.draft.body).toMatch(MEET_URL);
    expect(meetCalls()).toEqual(['meet.spaces.create 200', 'meet.spaces.create 200']);
    expect(calendarCalls()).toEqual([]);
  });

  it('offers "End meeting" only while a meeting is on, and asks first', () => {
    const { host, runtime } = workspace();
    host.homepage('GMAIL').click('Create Meet link');
    const code = meetCode(host.text())!;
    expect(host.buttons()).not.toContain('End meeting');

    host.click('Refresh');
    expect(host.text()).toContain('Nobody is in this meeting now.');
    expect(host.buttons()).not.toContain('End meeting');

    runtime.meet.startConference(code);
    host.click('Refresh');
    expect(host.text()).toContain('A meeting is going on now.');
    expect(host.buttons()).toContain('End meeting');

    const depth = host.stack.length;
    host.click('End meeting');
    expect(host.text()).toContain('End the meeting for everyone?');
    expect(host.buttons()).toEqual(['End meeting', 'Cancel']);
    host.click('Cancel');
    expect(host.stack.length).toBe(depth);
    expect(runtime.meet.peek(code)?.activeConference).toBeDefined();
    expect(runtime.log.of('meet.spaces.endActiveConference')).toEqual([]);

    host.click('End meeting').click('End meeting');
    expect(host.notifications).toContain('Meeting ended for everyone.');
    expect(host.stack.length).toBe(depth);
    expect(host.text()).toContain('Nobody is in this meeting now.');
    expect(host.buttons()).not.toContain('End meeting');
    expect(runtime.meet.peek(code)?.activeConference).toBeUndefined();
  });

  it('falls back to the Calendar method when Google refuses the Meet API, and the card shows no controls', () => {
    // A personal Google account on its own domain: not gmail.com, yet Google refuses it the Meet API.
    const { host, runtime, calendarCalls } = openAddOn({ account: { ...WORKSPACE, kind: 'consumer', email: 'ada@lovelace.example' } });
    const meet = () => runtime.log.of('meet.').map((c) => `${c.api} ${c.status}`);
    host.homepage('GMAIL').click('Create Meet link');
    expect(meet()).toEqual(['meet.spaces.create 403']);
    expect(calendarCalls()).toEqual(['calendar.events.insert 200', 'calendar.events.delete 204']);
    expect(host.text()).toMatch(MEET_URL);
    expect(host.text()).not.toContain('Who can join');
    expect(host.notifications).toEqual([]);
    host.click('Create another');
    expect(meet()).toEqual(['meet.spaces.create 403']); // remembered: no second try
  });

  it('says on the homepage why the meeting controls went away, and how they come back', () => {
    const { host } = openAddOn({ account: { ...WORKSPACE, kind: 'consumer', email: 'ada@lovelace.example' } });
    host.homepage('GMAIL');
    expect(host.text()).toContain('Look up a meeting');
    expect(host.text()).not.toContain('Google refused them');
    host.click('Create Meet link').back();
    expect(host.text()).not.toContain('Look up a meeting');
    expect(host.text()).toContain(
      'Choosing who may join, ending a meeting for everyone and looking up a meeting are hidden: Google refused them for your account. ' +
        'MeetLink asks Google again 30 days after that refusal',
    );
  });

  it('a free Gmail account, which never had those controls, gets no such sentence', () => {
    const { host } = openAddOn();
    expect(host.homepage('GMAIL').text()).not.toContain('Google refused them');
  });
});

describe('looking up a meeting', () => {
  it('by code (any case) and by link: its link, code, who may join and whether a meeting is on', () => {
    const { host, runtime, meetCalls } = workspace();
    host.homepage('GMAIL').click('Create Meet link');
    const code = meetCode(host.text())!;
    runtime.meet.startConference(code);
    host.back();
    expect(host.text()).toContain('Look up a meeting');

    host.input('meeting', code.toUpperCase()).click('Look up');
    let text = host.text();
    expect(text).toContain(`https://meet.google.com/${code}`);
    expect(text).toContain(`Meeting code: ${code}`);
    expect(text).toContain('Who can join without asking\nPeople in your organization');
    expect(text).toContain('A meeting is going on now.');
    expect(host.buttons()).toContain('End meeting');

    host.back().input('meeting', `https://meet.google.com/${code}?authuser=0`).click('Look up');
    text = host.text();
    expect(text).toContain(`Meeting code: ${code}`);
    expect(meetCalls()).toEqual(['meet.spaces.create 200', 'meet.spaces.get 200', 'meet.spaces.get 200']);
  });

  it('a meeting made through Calendar by the person: its settings, by its code (meetings.space.settings)', () => {
    const { host, seed, meetCalls } = workspace();
    const event = seed({ summary: 'Weekly sync' }, { withMeet: true });
    host.homepage('CALENDAR').input('meeting', event.hangoutLink!).click('Look up');
    expect(host.text()).toContain('Who can join without asking');
    expect(meetCalls()).toEqual(['meet.spaces.get 200']);
  });

  it('a meeting Calendar made, going on now: ending it is refused in plain words, with Back and no Try again', () => {
    const { host, seed, runtime, meetCalls } = workspace();
    const event = seed({ summary: 'Weekly sync' }, { withMeet: true });
    runtime.meet.startConference(event.conferenceData!.conferenceId!);
    host.homepage('CALENDAR').input('meeting', event.hangoutLink!).click('Look up');
    host.click('End meeting').click('End meeting');
    expect(host.text()).toContain('ending a meeting or choosing co-hosts works only for meetings MeetLink made');
    // Pressing again could only fail again (meetings.space.created reaches only MeetLink's own meetings).
    expect(host.buttons()).toEqual(['Back']);
    expect(meetCalls()).toEqual(['meet.spaces.get 200', 'meet.spaces.endActiveConference 403']);
  });

  it('a code no meeting has, and text that is no code at all', () => {
    const { host, meetCalls, lastNotification } = workspace();
    host.homepage('GMAIL').input('meeting', 'abc-mnop-xyz').click('Look up');
    expect(host.text()).toContain('MeetLink cannot open this meeting: it does not exist, or Google did not let MeetLink see it');
    host.back();
    const depth = host.stack.length;
    host.input('meeting', 'tomorrow at ten').click('Look up');
    expect(lastNotification()).toBe('Type a meeting code such as abc-mnop-xyz, or a Meet link.');
    expect(host.stack.length).toBe(depth);
    expect(meetCalls()).toEqual(['meet.spaces.get 403']);
  });
});

describe('free Gmail accounts', () => {
  it('see why the controls are absent, and a lookup explains instead of calling Google', () => {
    const { host, runtime, calendarCalls } = openAddOn();
    host.homepage('GMAIL').click('Create Meet link');
    expect(calendarCalls()).toEqual(['calendar.events.insert 200', 'calendar.events.delete 204']);
    expect(host.text()).toContain('Choosing who may join and ending a meeting for everyone are available only to work and school accounts.');
    expect(host.text()).not.toMatch(/\bAPI\b/);
    expect(host.buttons()).not.toContain('Add co-hosts');
    expect(host.text()).not.toContain('Who can join without asking');

    // "Look up a meeting" cannot work for them: it is not offered.
    host.back();
    expect(host.text()).not.toContain('Look up a meeting');
    expect(host.buttons()).not.toContain('Look up');
    expect(runtime.log.of('meet.')).toEqual([]);
  });
});
