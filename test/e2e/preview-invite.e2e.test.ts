/**
 * "Invite to a meeting" in the preview, in Chromium: from an open email, the card with its date-time picker and its
 * guests to untick; Send invitations makes one event with a fresh Meet; the pretend calendar lists it with its
 * guests, and the other preview account, a guest, finds Google's invitation at the top of its inbox.
 */
import { screenshot } from './artifacts';
import { describePreview, expectVisible } from './preview-page';

jest.setTimeout(60_000);

const MEET_LINK = /https:\/\/meet\.google\.com\/[a-z]{3}-[a-z]{4}-[a-z]{3}/;

describePreview('inviting to a meeting from an open email, in the preview', (f) => {
  const inboxRow = (subject: string | RegExp) => f.page.locator('.gm-row', { hasText: subject });

  test('one event with the ticked guests and a fresh Meet; the calendar shows it, the guest’s inbox has the invitation', async () => {
    const { page, sidebar, devtools } = f;
    await inboxRow('RE: Budget review').click();
    await f.settled();
    await f.press('Invite to a meeting');
    // Filled from the headers: the subject without RE:, everyone but Ada, 30 minutes.
    expect(await sidebar.getByRole('textbox', { name: 'Title' }).inputValue()).toBe('Budget review');
    const when = sidebar.getByLabel('Date and time');
    // Just after 09:00 in London (Google's simulated latency moves the clock): the next round half hour at least an hour away.
    expect(await when.inputValue()).toBe('2026-11-23T10:30');
    expect(await sidebar.getByLabel('Length').inputValue()).toBe('30');
    const guest = (name: RegExp) => sidebar.getByRole('checkbox', { name });
    await expect(guest(/priya\.shah@example\.com/).isChecked()).resolves.toBe(true);
    await expect(guest(/grace@example\.com/).isChecked()).resolves.toBe(true);
    expect(await sidebar.getByRole('checkbox').count()).toBe(2);
    await screenshot(page, 'invite-card');

    await when.fill('2026-11-24T15:30');
    await sidebar.getByLabel('Length').selectOption('45');
    await sidebar.getByRole('textbox', { name: 'Note (optional)' }).fill('Bring the Q3 numbers.');
    await f.press('Send invitations');
    await expectVisible(sidebar.getByText('Invitations sent').first());
    const text = await f.sidebarText();
    expect(text).toMatch(MEET_LINK);
    expect(text).toContain('2 guests invited');
    const calls = f.preview.session.runtime.log.calls.map((c) => c.api);
    expect(calls).toEqual(['gmail.messages.get', 'calendar.events.insert']);
    await screenshot(page, 'invite-sent');

    // Reply with this link: the reply-all draft under the message carries the meeting's link.
    await f.press('Reply with this link');
    const draft = page.getByRole('region', { name: 'Reply draft' });
    await expectVisible(draft);
    expect(await draft.getByRole('textbox', { name: 'Reply body' }).inputValue()).toMatch(new RegExp(`${MEET_LINK.source}$`));

    // The pretend calendar: the event, its time in London, its guests.
    await page.getByRole('button', { name: 'Calendar', exact: true }).click();
    await f.settled();
    const row = page.locator('.cal-row', { hasText: 'Budget review' });
    await expectVisible(row);
    expect(await row.innerText()).toMatch(/15:30[\s\S]*Guests: priya\.shah@example\.com, grace@example\.com/);

    // Grace (the Workspace preview account) was a guest: Google's invitation is at the top of her inbox.
    await devtools.locator('input[data-key="account:workspace"]').check();
    await f.settled();
    await page.getByRole('button', { name: 'Gmail', exact: true }).click();
    await f.settled();
    const invitation = inboxRow(/^[\s\S]*Invitation: Budget review/);
    await expectVisible(invitation);
    expect(await page.locator('.gm-row').first().innerText()).toContain('Invitation: Budget review');
    await screenshot(page, 'invite-in-guest-inbox');
  });

  test('a time in the past is refused in plain words, and nothing is sent', async () => {
    const { sidebar } = f;
    await inboxRow('RE: Budget review').click();
    await f.settled();
    await f.press('Invite to a meeting');
    await sidebar.getByLabel('Date and time').fill('2026-11-22T10:00');
    await f.press('Send invitations');
    await expectVisible(f.page.getByText('That time has already passed. Pick a time in the future.'));
    expect(f.preview.session.runtime.log.calls.map((c) => c.api)).toEqual(['gmail.messages.get']);
  });
});
