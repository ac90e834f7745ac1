/**
 * The Calendar event card after a failure and a retry, and the kinds of event and link issue 18 added to the
 * pretend world (a focus time event, an old pinned link, a project-wide Meet quota), as a person uses them in
 * Chromium.
 */
import { screenshot } from './artifacts';
import { describePreview, expectVisible } from './preview-page';

jest.setTimeout(60_000);

const MEET_LINK = /https:\/\/meet\.google\.com\/[a-z]{3}-[a-z]{4}-[a-z]{3}/;

describePreview('the Calendar event card in Chromium', (f) => {
  const openCalendarEvent = async (summary: string) => {
    await f.page.getByRole('button', { name: 'Calendar', exact: true }).click();
    await f.settled();
    await f.page.locator('.cal-row', { hasText: summary }).click();
    await f.settled();
  };

  test('a failed Add, a working Try again: the panel shows the link, and Back has nothing stale to show', async () => {
    const { page, sidebar } = f;
    await openCalendarEvent('Lunch with Sam');
    await page.locator('input[data-fault="backendError"]').check();
    await f.settled();
    await f.press('Add Meet link');
    await expectVisible(f.button('Try again'));

    await page.locator('input[data-fault="backendError"]').uncheck();
    await f.settled();
    await f.press('Try again');
    await expectVisible(sidebar.getByText(MEET_LINK).first());
    expect(await f.sidebarText()).not.toContain('no video conference yet');
    // One card on the stack: the host offers no Back arrow to a stale "Add Meet link" card.
    expect(f.preview.session.host.stack).toHaveLength(1);
    await expect(page.locator('[data-key="panel-back"]').count()).resolves.toBe(0);
    await expect(f.button('Add Meet link').count()).resolves.toBe(0);
    await screenshot(page, 'calendar-retry-then-link');
  });

  test('a focus time event: Add names it and leaves no button that can only fail', async () => {
    await openCalendarEvent('Focus time');
    await f.press('Add Meet link');
    await expectVisible(f.sidebar.getByText(/This is a focus time event\./));
    await expect(f.button('Add Meet link').count()).resolves.toBe(0);
    expect(await f.sidebarText()).not.toMatch(/unexpected/i);
  });

  test('an old pinned link is marked, and one click gives a fresh link with the same label', async () => {
    const { devtools, sidebar } = f;
    await devtools.locator('button[data-key="links:oldPinned"]').click();
    await f.settled();
    await expectVisible(sidebar.getByText(/may expire/).first());
    await f.press('Fresh link, same label');
    await expectVisible(sidebar.getByText(MEET_LINK).first());
    const text = await f.sidebarText();
    expect(text).toContain('Office hours');
    expect(text).not.toContain('old-offi-cex');
  });

  test('the project-wide Meet quota: one 429, then no Meet call until the brake runs out', async () => {
    const { devtools } = f;
    await devtools.locator('input[data-key="account:workspace"]').check();
    await f.settled();
    await devtools.locator('input[data-fault="meetProjectQuota"]').check();
    await f.settled();
    await f.press('Create Meet link');
    await f.press('Create another');
    const meetCalls = f.preview.session.runtime.log.of('meet.spaces.create').map((c) => c.status);
    expect(meetCalls).toEqual([429]);
    await expectVisible(f.sidebar.getByText(MEET_LINK).first());
  });
});
