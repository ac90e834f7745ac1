/**
 * Gmail in the preview, with a message open: the inbox comes from the offline mailbox, opening a message runs the
 * add-on's contextual trigger, "Reply with Meet link" makes the link and shows it, and "Open reply draft" opens a
 * reply-all draft under the message, as Gmail opens the draft a compose action names. Each step as a person does it, in Chromium.
 */
import { screenshot } from './artifacts';
import { describePreview, expectVisible } from './preview-page';

jest.setTimeout(60_000);

const MEET_LINK = /https:\/\/meet\.google\.com\/[a-z]{3}-[a-z]{4}-[a-z]{3}/;

describePreview('an open Gmail message in the preview', (f) => {
  const inboxRow = (subject: string) => f.page.locator('.gm-row', { hasText: subject });
  const replyDraft = () => f.page.getByRole('region', { name: 'Reply draft' });

  async function openMessage(subject: string): Promise<void> {
    await inboxRow(subject).click();
    await f.settled();
    await expectVisible(f.page.getByRole('article', { name: `Message: ${subject}` }));
  }

  test('opening a message shows it beside the card, which offers both replies', async () => {
    await openMessage('Sync next week?');
    const message = f.page.getByRole('article', { name: 'Message: Sync next week?' });
    expect(await message.innerText()).toContain('Could we find 30 minutes');
    await expectVisible(f.button('Reply with Meet link'));
    await expectVisible(f.button('Reply with invitation'));
    // Opening a message reads nothing: the add-on reads it only when a reply is asked for.
    expect(f.preview.session.runtime.log.calls).toEqual([]);
    // Back to the inbox: the homepage again, without the reply buttons.
    await f.page.getByRole('button', { name: 'Back to Inbox' }).click();
    await f.settled();
    await expectVisible(inboxRow('Sync next week?'));
    expect(await f.button('Reply with Meet link').count()).toBe(0);
  });

  test('"Reply with Meet link" makes a fresh link, then "Open reply draft" opens a reply-all draft with it, to everyone but the person', async () => {
    await openMessage('Sync next week?');
    await f.press('Reply with Meet link');
    // The link is shown before any draft exists, and no draft is open yet.
    const shown = (await f.sidebarText()).match(MEET_LINK)![0];
    expect(await replyDraft().count()).toBe(0);
    await f.press('Open reply draft');
    const draft = replyDraft();
    await expectVisible(draft);
    const text = await draft.innerText();
    expect(text).toContain('sam.okafor@example.com');
    expect(text).toContain('lin.chen@example.org');
    expect(text).not.toContain('ada@gmail.com');
    expect(text).toContain('Re: Sync next week?');
    expect(await draft.getByRole('textbox', { name: 'Reply body' }).inputValue()).toBe(`Here is a Google Meet link for our call:\n${shown}`);
    // Read, made, cleaned up; read, drafted: five calls, and nothing left in the calendar.
    const calls = f.preview.session.runtime.log.calls.map((c) => c.api);
    expect(calls).toEqual(['gmail.messages.get', 'calendar.events.insert', 'calendar.events.delete', 'gmail.messages.get', 'gmail.drafts.create']);
    await screenshot(f.page, 'reply-with-meet-link');
    // Send only closes it: the preview has no outbox, and MeetLink never sends mail.
    await draft.getByRole('button', { name: 'Send' }).click();
    await expect(draft.count()).resolves.toBe(0);
    expect(f.preview.session.runtime.gmail.drafts).toHaveLength(1);
  });

  test('"Reply with invitation" in HTML shows the formatted invitation, and a Calendar failure opens no draft', async () => {
    f.preview.session.runtime.faults.inject({ api: 'calendar.events.insert', error: 'quotaExceeded' });
    await openMessage('Sync next week?');
    await f.press('Reply with Meet link');
    expect(await f.sidebarText()).toMatch(/daily limit/);
    expect(await replyDraft().count()).toBe(0);
    expect(f.preview.session.runtime.gmail.drafts).toEqual([]);

    f.preview.session.runtime.faults.clear();
    await f.page.getByRole('button', { name: 'Back to Inbox' }).click();
    await f.settled();
    await f.page.locator('#sidebar').getByRole('button', { name: 'More options' }).click();
    await f.page.locator('#sidebar').getByRole('menuitem', { name: 'Settings' }).click();
    await f.settled();
    await f.sidebar.getByRole('textbox', { name: 'Invitation template' }).fill('<b>Join us</b>: {link}');
    await f.sidebar.getByRole('radio', { name: /^Rich text/ }).check();
    await f.press('Save');
    await openMessage('Sync next week?');
    await f.press('Reply with invitation');
    await f.press('Open reply draft');
    const formatted = replyDraft().getByLabel('How the formatted text looks');
    await expectVisible(formatted);
    expect(await formatted.locator('b').innerText()).toBe('Join us');
    expect(await formatted.locator('a').getAttribute('href')).toMatch(MEET_LINK);
  });

  test('after a failed reply, a Try again that works shows the link, and Back shows the message card listing it', async () => {
    f.preview.session.runtime.faults.inject({ api: 'calendar.events.insert', error: 'backendError', times: 4 });
    await openMessage('Sync next week?');
    await f.press('Reply with Meet link');
    expect(await f.sidebarText()).toMatch(/didn’t work/);
    await f.press('Try again');
    const text = await f.sidebarText();
    expect(text).not.toMatch(/didn’t work/);
    const code = text.match(MEET_LINK)![0].slice(-12);
    await f.page.locator('#sidebar').getByRole('button', { name: 'Back' }).first().click();
    await f.settled();
    await expectVisible(f.button('Reply with Meet link'));
    expect(await f.sidebarText()).toContain(code);
    expect(await f.sidebarText()).not.toMatch(/didn’t work/);
  });
});
