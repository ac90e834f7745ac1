import { WORKSPACE } from '../../offline/runtime';
import { MEET_URL, meetCode, openAddOn } from '../support/harness';
import { SAFE_AGE_MS } from '../../src/meet/temporary-event';

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
    // The person's own button opens Meet in the account they use MeetLink with.
    expect(host.openedLinks).toEqual([`https://meet.google.com/${first}?authuser=ada%40gmail.com`]);
    host.click('Create another');
    expect(meetCode(host.text())).not.toBe(first);
  });

  it('lists the last 10 links by code with when they were made, newest first, and clears them after asking', () => {
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
    const shown = text.match(/^[a-z]{3}-[a-z]{4}-[a-z]{3}$/gm);
    expect(shown).toEqual(codes.slice(1).reverse());
    expect(text).toMatch(/\nToday \d{1,2}:\d\d [AP]M\n/); // App.formatWhen's words, in the person's zone and locale (en: US English)
    // "Clear" stays visible below the collapsed list.
    const clear = host.card.sections.findIndex((s: any) => s.widgets.some((w: any) => w.buttonList?.buttons?.[0]?.text === 'Clear recent links'));
    expect(host.card.sections[clear].collapsible).toBeUndefined();

    host.click('Clear recent links');
    expect(host.text()).toContain('Clear recent links?');
    host.click('Cancel');
    expect(host.text()).toContain(codes[10]);
    host.click('Clear recent links').click('Clear');
    expect(host.stack).toHaveLength(1);
    expect(host.text()).not.toContain(codes[10]);
    expect(host.text()).toContain('Links you create appear here.');
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
    expect(lastNotification()).toBeUndefined(); // the card says it; no notification repeats it
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
    // The next action a few minutes later (a sweep never touches an event younger than two minutes).
    runtime.clock.advance(SAFE_AGE_MS);
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
    expect(host.buttons()).toEqual(['Recap a recent meeting', 'Insert Meet link', 'Insert invitation']);
    draft(host, 'Hi Bob, join here:  Thanks', 'here: ');
    host.click('Insert Meet link');
    expect(host.draft.body).toMatch(/^Hi Bob, join here: {2}https:\/\/meet\.google\.com\/[a-z]{3}-[a-z]{4}-[a-z]{3} {2}Thanks$/);
    expect(runtime.log.of('calendar.').length).toBe(2);
  });

  it.each([
    ['text', /^ https:\/\/meet\.google\.com\/[a-z]{3}-[a-z]{4}-[a-z]{3} and see you$/],
    ['html', /^ <a href="https:\/\/meet\.google\.com\/([a-z-]+)">https:\/\/meet\.google\.com\/\1<\/a> and see you$/],
  ])('a link inserted right before a word (%s) ends with a space, so Gmail does not fuse the word into the code', (format, shape) => {
    const { host } = openAddOn();
    host.universal('Settings').input('format', format).click('Save');
    host.compose();
    host.draft = { body: 'and see you', cursor: 0 };
    host.click('Insert Meet link');
    expect(host.draft.body).toMatch(shape);
  });

  it.each([
    ['text', 'Join here https://meet.google.com/'],
    ['html', 'Join here <a href="https://meet.google.com/'],
  ])('a link inserted right after a word (%s) starts with a space, so it never fuses with the word before the cursor', (format, start) => {
    const { host } = openAddOn();
    host.universal('Settings').input('format', format).click('Save');
    // Google gives the add-on no text around the cursor (draftAccess NONE): the insert brings its own separator.
    host.compose();
    host.draft = { body: 'Join here', cursor: 'Join here'.length };
    host.click('Insert Meet link');
    expect(host.draft.body.startsWith(start)).toBe(true);
    // A saved link is inserted the same way, and so is an invitation (it starts on a line of its own).
    host.compose();
    host.draft = { body: 'Or here', cursor: 'Or here'.length };
    host.click('Insert this link');
    expect(host.draft.body).toMatch(format === 'text' ? /^Or here https:\/\/meet\.google\.com\/[a-z-]+ $/ : /^Or here <a href="https:\/\/meet/);
    host.draft = { body: 'Details', cursor: 'Details'.length };
    host.click('Insert invitation');
    expect(host.draft.body).toMatch(format === 'text' ? /^Details\nJoin with Google Meet: / : /^Details<br>Join with Google Meet: /);
  });

  it('inserts an invitation with the link, dial-in number, PIN and more numbers', () => {
    const { host } = openAddOn();
    host.compose();
    draft(host, 'Hi Bob,\n\nSee you.', 'Hi Bob,\n\n');
    host.click('Insert invitation');
    expect(host.draft.body).toMatch(
      /^Hi Bob,\n\n\nJoin with Google Meet: https:\/\/meet\.google\.com\/([a-z-]+)\nMeeting code: \1\nJoin by phone: \+1 [\d-]+ \(PIN: (\d+)\)\nMore phone numbers: https:\/\/tel\.meet\/\1\?pin=\2\nSee you\.$/,
    );
  });

  it('uses the person’s template; in rich text their bold and links are kept and everything else is text', () => {
    const { host } = openAddOn();
    host
      .universal('Settings')
      .input('template', 'Call <b>me</b> & <a href="{link}">join</a>: {link} ({code}) <script>x</script> <a href="javascript:x">no</a> <i>open')
      .input('format', 'html')
      .click('Save');
    host.compose().click('Insert invitation');
    expect(host.draft.body).toMatch(
      /^<br>Call <b>me<\/b> &amp; <a href="https:\/\/meet\.google\.com\/([a-z-]+)">join<\/a>: <a href="https:\/\/meet\.google\.com\/\1">https:\/\/meet\.google\.com\/\1<\/a> \(\1\) &lt;script&gt;x&lt;\/script&gt; &lt;a href=&quot;javascript:x&quot;&gt;no&lt;\/a&gt; <i>open<\/i><br>$/,
    );
  });

  it('offers the invitation first when the person prefers it', () => {
    const { host } = openAddOn();
    host.universal('Settings').input('composeDefault', 'invitation').click('Save');
    expect(host.compose().buttons()).toEqual(['Recap a recent meeting', 'Insert invitation', 'Insert Meet link']);
    expect(host.card.fixedFooter.primaryButton.text).toBe('Insert invitation');
  });

  it('leaves the draft untouched and says why when Google fails, and a retry that works leaves no stale card', () => {
    const { host, runtime, lastNotification } = openAddOn();
    runtime.faults.inject({ api: 'calendar.events.insert', error: 'backendError', times: 4 });
    host.compose();
    draft(host, 'Hello ', 'Hello ');
    host.click('Insert Meet link');
    expect(host.draft.body).toBe('Hello ');
    expect(lastNotification()).toContain('Google Calendar is not answering right now');
    expect(host.stack).toHaveLength(1);

    host.click('Insert Meet link');
    expect(host.draft.body).toMatch(/^Hello {2}https:\/\/meet\.google\.com\/[a-z-]+ $/);
    expect(host.stack).toHaveLength(1);
    expect(host.text()).not.toContain('That didn’t work');
    expect(host.buttons()).not.toContain('Try again');
  });
});
