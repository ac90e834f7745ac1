import { WORKSPACE } from '../../offline/runtime';
import { MEET_URL, meetCode, openAddOn } from '../support/harness';

describe('the homepage, in Gmail and in Calendar', () => {
  it.each(['GMAIL', 'CALENDAR'] as const)('%s: one click makes a link that can be opened, copied and repeated', (hostApp) => {
    const { host, calendarCalls, leftovers } = openAddOn();
    host.homepage(hostApp);
    expect(calendarCalls()).toEqual([]); // rendering costs no Calendar call

    host.click('Create Meet link');
    const text = host.text();
    expect(text).toMatch(MEET_URL);
    expect(text).toMatch(/Meeting code: [a-z]{3}-[a-z]{4}-[a-z]{3}/);
    expect(text).toMatch(/Join by phone\n\+1 [\d-]+ · PIN \d+/);
    expect(host.buttons()).toEqual(expect.arrayContaining(['Open in Meet', 'Create another']));
    expect(calendarCalls()).toEqual(['calendar.events.insert 200', 'calendar.events.delete 204']);
    expect(leftovers()).toEqual([]);

    const first = meetCode(text);
    host.click('Open in Meet');
    expect(host.openedLinks).toEqual([`https://meet.google.com/${first}`]);
    host.click('Create another');
    expect(meetCode(host.text())).not.toBe(first);
  });

  it('lists the last 10 links with when they were made, newest first, and clears them', () => {
    const { host } = openAddOn();
    host.homepage('GMAIL');
    const codes: string[] = [];
    for (let i = 0; i < 11; i++) {
      host.click(i === 0 ? 'Create Meet link' : 'Create another');
      codes.push(meetCode(host.text())!);
    }
    host.back();
    const text = host.text();
    expect(text).toContain('Recent links');
    const shown = text.match(/https:\/\/meet\.google\.com\/[a-z-]+/g)!.map((u) => u.slice(24));
    expect(shown).toEqual(codes.slice(1).reverse());
    expect(text).toMatch(/Made 2026-11-23 \d\d:\d\d/);

    host.click('Clear recent links');
    expect(host.text()).not.toMatch(MEET_URL);
    expect(host.notifications).toContain('Recent links cleared.');
  });

  it('keeps no history when the person turns it off', () => {
    const { host, runtime } = openAddOn();
    host.universal('Settings').input('keepHistory', false).click('Save');
    host.homepage('GMAIL').click('Create Meet link').back();
    expect(host.text()).not.toContain('Recent links');
    expect(runtime.services.userProperties.getProperty('meetlink.history')).toBeNull();
  });

  it('tells free Gmail accounts about the 60-minute limit, and not Workspace accounts', () => {
    expect(openAddOn().host.homepage('GMAIL').text()).toContain('meetings of 3 or more people end after 60 minutes');
    expect(openAddOn({ account: WORKSPACE }).host.homepage('GMAIL').text()).not.toContain('60 minutes');
  });

  it('explains a failure in plain words, offers to try again, and the retry works', () => {
    const { host, runtime, lastNotification } = openAddOn();
    runtime.faults.inject({ api: 'calendar.events.insert', error: 'quotaExceeded' });
    host.homepage('GMAIL').click('Create Meet link');
    expect(host.text()).toContain('That didn’t work');
    expect(host.text()).toContain('daily limit');
    expect(lastNotification()).toMatch(/daily limit/);
    expect(host.errors).toEqual([]);

    host.click('Try again');
    expect(host.text()).toMatch(MEET_URL);
  });

  it('retries a rate limit without troubling the person', () => {
    const { host, runtime, calendarCalls } = openAddOn();
    runtime.faults.inject({ api: 'calendar.events.insert', error: 'rateLimitExceeded' });
    host.homepage('GMAIL').click('Create Meet link');
    expect(host.text()).toMatch(MEET_URL);
    expect(calendarCalls()).toEqual(['calendar.events.insert 403', 'calendar.events.insert 200', 'calendar.events.delete 204']);
  });

  it('deletes a temporary event it could not delete at the next action', () => {
    const { host, runtime, leftovers } = openAddOn();
    runtime.faults.inject({ api: 'calendar.events.delete', error: 'backendError', times: 'always' });
    host.homepage('GMAIL').click('Create Meet link');
    expect(host.text()).toMatch(MEET_URL);
    expect(leftovers()).toHaveLength(1);

    runtime.faults.clear();
    host.click('Create another');
    expect(leftovers()).toEqual([]);
  });
});

describe('writing an email', () => {
  const draft = (host: ReturnType<typeof openAddOn>['host'], body: string, cursorAfter: string) => {
    host.draft = { body, cursor: body.indexOf(cursorAfter) + cursorAfter.length };
  };

  it('inserts a new link at the cursor, as plain text', () => {
    const { host, runtime } = openAddOn();
    host.compose();
    expect(host.buttons()).toEqual(['Insert Meet link', 'Insert invitation']);
    draft(host, 'Hi Bob, join here:  Thanks', 'here: ');
    host.click('Insert Meet link');
    expect(host.draft.body).toMatch(/^Hi Bob, join here: https:\/\/meet\.google\.com\/[a-z]{3}-[a-z]{4}-[a-z]{3} Thanks$/);
    expect(runtime.log.of('calendar.').length).toBe(2);
  });

  it('inserts an invitation with the link, dial-in number, PIN and more numbers', () => {
    const { host } = openAddOn();
    host.compose();
    draft(host, 'Hi Bob,\n\nSee you.', 'Hi Bob,\n\n');
    host.click('Insert invitation');
    expect(host.draft.body).toMatch(
      /^Hi Bob,\n\nJoin with Google Meet: https:\/\/meet\.google\.com\/([a-z-]+)\nMeeting code: \1\nJoin by phone: \+1 [\d-]+ \(PIN: (\d+)\)\nMore phone numbers: https:\/\/tel\.meet\/\1\?pin=\2\nSee you\.$/,
    );
  });

  it('uses the person’s template, and escapes every value in HTML mode', () => {
    const { host } = openAddOn();
    host.universal('Settings').input('template', 'Call <b>me</b> & join: {link} ({code})').input('format', 'html').click('Save');
    host.compose().click('Insert invitation');
    expect(host.draft.body).toMatch(
      /^Call &lt;b&gt;me&lt;\/b&gt; &amp; join: <a href="https:\/\/meet\.google\.com\/([a-z-]+)">https:\/\/meet\.google\.com\/\1<\/a> \(\1\)<br>$/,
    );
  });

  it('offers the invitation first when the person prefers it', () => {
    const { host } = openAddOn();
    host.universal('Settings').input('composeDefault', 'invitation').click('Save');
    expect(host.compose().buttons()).toEqual(['Insert invitation', 'Insert Meet link']);
  });

  it('leaves the draft untouched and says why when Google fails', () => {
    const { host, runtime } = openAddOn();
    runtime.faults.inject({ api: 'calendar.events.insert', error: 'backendError', times: 'always' });
    host.compose();
    draft(host, 'Hello', 'Hello');
    host.click('Insert Meet link');
    expect(host.draft.body).toBe('Hello');
    expect(host.text()).toContain('Google Calendar is not answering right now');
  });
});
