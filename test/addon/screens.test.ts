import { WORKSPACE } from '../../offline/runtime';
import { MEET_URL, meetCode, openAddOn } from '../support/harness';

const manifestLogo = () => openAddOn().runtime.manifest.addOns.common.logoUrl;

describe('adding Meet when Google cannot create the conference', () => {
  it('says what happened and what the event shows now, in three calls (a read first), and a later try works', () => {
    const { host, runtime, seed, me, calendarCalls, lastNotification } = openAddOn({ calendar: { conferenceFailure: true } });
    const event = seed({ summary: 'Planning' });
    host.openEvent({ calendarId: me, id: event.id! }).click('Add Meet link');
    expect(lastNotification()).toBe('Google could not make a Meet link for this event. The event now shows a failed video conference, with no link.');
    expect(host.text()).toContain('This event shows a video conference that Google could not create: it has no link.');
    expect(host.text()).not.toContain('did not change');
    expect(host.buttons()).toEqual(['Add Meet link']);
    expect(runtime.calendar.peek(me, event.id!)!.conferenceData?.createRequest?.status?.statusCode).toBe('failure');
    expect(calendarCalls()).toEqual(['calendar.events.get 200', 'calendar.events.patch 200', 'calendar.events.get 200']);

    runtime.calendar.options.conferenceFailure = false;
    host.click('Add Meet link');
    expect(host.text()).toMatch(MEET_URL);
  });
});

describe('the Calendar card', () => {
  it('a repeating event: the note sits right above the buttons it is about', () => {
    const { host, seed, me } = openAddOn();
    const event = seed({ summary: 'Weekly', recurringEventId: 'weekly0001' }, { withMeet: true });
    host.openEvent({ calendarId: me, id: event.id! });
    const widgets = host.card.sections[0].widgets;
    const note = widgets.findIndex((w: any) => w.textParagraph?.text.includes('this occurrence only'));
    expect(widgets[note + 1].buttonList.buttons.map((b: any) => b.text)).toContain('Replace with a new link');
  });

  it('a Zoom conference: "Switch to Google Meet" warns first, then replaces it in one step', () => {
    const { host, runtime, seed, me, calendarCalls, lastNotification } = openAddOn();
    const event = seed({ summary: 'Vendor call', attendees: [{ email: 'bob@example.com' }] }, { thirdParty: 'zoom' });
    host.openEvent({ calendarId: me, id: event.id! });
    expect(host.buttons()).toEqual(['Switch to Google Meet', 'Remove Zoom Meeting']);
    host.click('Switch to Google Meet');
    expect(host.text()).toContain('Switch to Google Meet?');
    expect(host.text()).toContain('MeetLink cannot restore them');
    expect(host.text()).toContain('Guests will not be emailed.');
    expect(calendarCalls()).toEqual([]);

    host.click('Switch to Google Meet');
    expect(host.stack).toHaveLength(1);
    expect(lastNotification()).toBe('The event now has a Google Meet link.');
    expect(host.text()).toContain('This event has a Google Meet link.');
    expect(runtime.calendar.peek(me, event.id!)!.hangoutLink).toMatch(MEET_URL);
    expect(calendarCalls()).toEqual(['calendar.events.patch 200', 'calendar.events.get 200']);
    expect(runtime.calendar.notifications(me, event.id!).map((n) => n.sendUpdates)).toEqual(['none']);
  });

  it('the person’s own "Open in Meet" picks their account; the link shown is the plain one', () => {
    const { host, seed, me } = openAddOn();
    const event = seed({ summary: 'Planning' }, { withMeet: true });
    host.openEvent({ calendarId: me, id: event.id! }).click('Open in Meet');
    expect(host.openedLinks).toEqual([`${event.hangoutLink}?authuser=ada%40gmail.com`]);
    expect(host.text()).not.toContain('authuser');
  });
});

describe('guidelines: header icon and a fixed footer for the primary action', () => {
  it('the homepage has the add-on’s icon and "Create Meet link" in its footer', () => {
    const { host } = openAddOn();
    host.homepage('GMAIL');
    expect(host.card.header.imageUrl).toBe(manifestLogo());
    // The side panel is titled MeetLink already (the manifest's name): the card does not say it a second time.
    expect(host.card.header.title).toBe('Meet links');
    expect(host.text()).not.toContain('MeetLink');
    const message = host.runtime.gmail.seedMessage({ from: 'bob@example.org', to: host.runtime.settings.account.email, subject: 'Hi' });
    host.openMessage(message.id);
    expect(host.card.header.title).toBe('Reply to this email');
    expect(host.text().match(/Reply to this email/g)).toHaveLength(1);
    host.homepage('GMAIL');
    expect(host.card.fixedFooter.primaryButton).toMatchObject({ text: 'Create Meet link', type: 'FILLED' });
    host.click('Create Meet link');
    expect(host.text()).toMatch(MEET_URL);
  });

  it('confirmations put the confirming button in the footer, Cancel beside it', () => {
    const { host, seed, me } = openAddOn();
    const event = seed({ summary: 'Planning' }, { withMeet: true });
    host.openEvent({ calendarId: me, id: event.id! }).click('Remove Meet link');
    expect(host.card.fixedFooter.primaryButton).toMatchObject({ text: 'Remove', type: 'FILLED' });
    expect(host.card.fixedFooter.secondaryButton).toMatchObject({ text: 'Cancel', type: 'OUTLINED' });
  });
});

describe('history off', () => {
  it('the homepage does not promise to list links', () => {
    const { host } = openAddOn();
    host.universal('Settings').input('keepHistory', false).click('Save');
    host.homepage('GMAIL');
    expect(host.text()).not.toContain('Links you create appear here');
    expect(host.buttons()).not.toContain('Clear recent links');
    expect(host.compose().text()).not.toContain('Your links');
  });
});

describe('invitations that need a phone number, on a work account', () => {
  it('{phone} or {pin} in the template: the link is made through Calendar, which gives them', () => {
    const { host, runtime } = openAddOn({ account: WORKSPACE });
    const meetCalls = () => runtime.log.of('meet.').map((c) => c.api);
    host.compose().click('Insert invitation');
    expect(host.draft.body).toMatch(/Join by phone: \+1 [\d-]+ \(PIN: \d+\)/);
    expect(meetCalls()).toEqual([]);
    expect(runtime.log.of('calendar.').map((c) => c.api)).toEqual(['calendar.events.insert', 'calendar.events.delete']);

    host.universal('Settings').input('template', 'Join: {link} ({code})').click('Save');
    host.draft = { body: '', cursor: 0 };
    runtime.log.clear();
    host.compose().click('Insert invitation');
    expect(host.draft.body).toMatch(/^\nJoin: https:\/\/meet\.google\.com\/[a-z-]+ \([a-z-]+\)\n$/);
    expect(meetCalls()).toEqual(['meet.spaces.create']); // a plain link keeps the one-call route
  });
});

describe('labels and pinned links', () => {
  function withLinks(count: number) {
    const opened = openAddOn();
    const { host } = opened;
    host.homepage('GMAIL');
    const codes: string[] = [];
    for (let i = 0; i < count; i++) {
      host.click(i === 0 ? 'Create Meet link' : 'Create another');
      codes.push(meetCode(host.text())!);
    }
    host.back();
    return { ...opened, codes };
  }

  it('a person labels a link, pins it, and it stays on top through ten new links', () => {
    const { host, runtime, codes, lastNotification } = withLinks(2);
    const [office] = codes;
    host.click(office);
    expect(host.text()).toContain(`https://meet.google.com/${office}`);
    host.input('label', 'Office hours').click('Save label');
    expect(lastNotification()).toBe('Label saved.');
    host.click('Pin to the top');
    expect(lastNotification()).toBe('Pinned to the top.');
    expect(host.buttons()).toContain('Unpin');

    host.back();
    const text = host.text();
    expect(text.indexOf('Office hours')).toBeLessThan(text.indexOf(codes[1]));
    expect(text).toMatch(new RegExp(`Office hours\\n${office}\\nPinned · `));

    host.click('Create Meet link');
    for (let i = 0; i < 10; i++) host.click('Create another');
    host.back();
    expect(host.text()).toContain(office);
    expect(host.text().indexOf(office)).toBeLessThan(host.text().indexOf('Recent links') + 200);
    expect(host.text()).not.toContain(codes[1]); // the oldest unpinned one went

    host.click('Clear recent links').click('Clear');
    expect(host.text()).toContain('Office hours');
    expect(JSON.parse(runtime.services.userProperties.getProperty('meetlink.history')!)).toHaveLength(1);
  });

  it('labels are escaped, limited, and removed when emptied', () => {
    const { host, codes, lastNotification } = withLinks(1);
    host.click(codes[0]).input('label', '<b>Team</b> & co').click('Save label');
    host.back();
    expect(JSON.stringify(host.card)).toContain('&lt;b&gt;Team&lt;/b&gt; &amp; co');
    host.click(codes[0]).input('label', 'x'.repeat(41)).click('Save label');
    expect(lastNotification()).toBe('A label can be at most 40 characters.');
    host.input('label', '').click('Save label');
    expect(lastNotification()).toBe('Label removed.');
  });

  it('at most five pins, and the stored list stays far below 9 KB', () => {
    const { host, runtime, codes, lastNotification } = withLinks(10);
    for (const code of codes.slice(0, 6)) {
      host.click(code).input('label', '😀'.repeat(20)).click('Save label').click('Pin to the top').back();
    }
    expect(lastNotification()).toBe('You can pin up to 5 links. Unpin one first.');
    const stored = runtime.services.userProperties.getProperty('meetlink.history')!;
    expect(Buffer.byteLength(stored)).toBeLessThan(4500);
  });

  it('the compose card offers pinned and recent links, and inserts one as an invitation with its label', () => {
    const { host, codes } = withLinks(2);
    host.click(codes[0]).input('label', 'Office hours').click('Save label').click('Pin to the top');
    host.universal('Settings').input('template', '{label}: {link}\nDial {phone} PIN {pin}').input('composeDefault', 'invitation').click('Save');
    host.compose();
    expect(host.text()).toContain('Your links');
    // The saved links' button is never worded like the footer's, which makes a new link.
    expect(host.buttons()).toEqual([
      'Insert as invitation',
      'Insert as invitation',
      'Recap a recent meeting',
      'Insert invitation',
      'Insert Meet link',
    ]);
    host.draft = { body: 'See you at', cursor: 10 };
    host.clickAt(0);
    expect(host.draft.body).toMatch(
      new RegExp(`^See you at\\nOffice hours: https://meet\\.google\\.com/${codes[0]}\\nDial \\+1 [\\d-]+ PIN \\d+\\n$`),
    );
    expect(host.draft.body).not.toContain('authuser');
    expect(host.stack).toHaveLength(1);
  });

  it('a recent link goes into the draft as a link when that is what the person offers first', () => {
    const { host, codes, calendarCalls, resetLog } = withLinks(1);
    resetLog();
    host.compose();
    host.draft = { body: 'Join: ', cursor: 6 };
    host.click('Insert this link');
    expect(host.draft.body).toBe(`Join:  https://meet.google.com/${codes[0]} `);
    expect(calendarCalls()).toEqual([]); // no new link was made
  });
});
