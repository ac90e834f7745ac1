/**
 * The preview behaves as Gmail and Calendar do where a deployer would notice it did not: a card's fields keep what
 * the person chose when the answer is only a notification, a notification never sits on the card's footer, the
 * controls of the developer panel throw nothing, and the calendar holds the event kinds Google has.
 */
import { screenshot } from './artifacts';
import { describePreview, expectVisible } from './preview-page';

jest.setTimeout(60_000);

describePreview('the preview behaves as Google’s hosts do', (f) => {
  /** Uncaught errors and unhandled rejections of the page while `run` runs. */
  async function pageErrors(run: () => Promise<void>): Promise<string[]> {
    const errors: string[] = [];
    const listen = (error: Error) => errors.push(error.message);
    f.page.on('pageerror', listen);
    try {
      await run();
    } finally {
      f.page.off('pageerror', listen);
    }
    return errors;
  }

  test('a notification-only answer keeps the form as the person left it: an unticked guest is not invited by the next Send', async () => {
    const { page, sidebar } = f;
    await page.locator('.gm-row', { hasText: 'RE: Budget review' }).click();
    await f.settled();
    await f.press('Invite to a meeting');
    const grace = sidebar.getByRole('checkbox', { name: /grace@example\.com/ });
    await grace.uncheck();
    const title = sidebar.getByRole('textbox', { name: 'Title' });
    await title.fill('Budget, second look');
    const when = sidebar.getByLabel('Date and time');
    await when.fill('2026-11-22T10:00');
    await f.press('Send invitations');
    // Google refuses with a notification and no navigation: the card stays, with what the person typed and ticked.
    await expectVisible(page.getByText('That time has already passed. Pick a time in the future.'));
    expect(await grace.isChecked()).toBe(false);
    expect(await title.inputValue()).toBe('Budget, second look');
    expect(await when.inputValue()).toBe('2026-11-22T10:00');

    await when.fill('2026-11-24T15:30');
    await f.press('Send invitations');
    await expectVisible(sidebar.getByText('Invitations sent').first());
    const events = f.preview.session.runtime.calendar.events('ada@gmail.com').filter((e) => e.summary === 'Budget, second look');
    expect(events.map((e) => e.attendees?.map((a) => a.email))).toEqual([['priya.shah@example.com']]);
  });

  test('a notification shows above the card’s footer: the footer’s buttons stay in sight and can be pressed at once', async () => {
    const { page, sidebar } = f;
    await page.locator('.gm-row', { hasText: 'RE: Budget review' }).click();
    await f.settled();
    await f.press('Invite to a meeting');
    await sidebar.getByLabel('Date and time').fill('2026-11-22T10:00');
    await f.press('Send invitations');
    const toast = page.locator('.toast', { hasText: 'That time has already passed.' });
    await expectVisible(toast);
    const footer = (await sidebar.locator('.fixed-footer').boundingBox())!;
    const shown = (await toast.boundingBox())!;
    expect(shown.y + shown.height).toBeLessThanOrEqual(footer.y);
    await screenshot(page, 'toast-above-footer');
    // Pressed while the notification shows: the button itself is what is under the pointer.
    await f.button('Send invitations').click({ timeout: 2000 });
    await f.settled();
    // Google answered the second press too: its notification joins the first.
    expect(await toast.count()).toBe(2);
  });

  test.each([
    ['Out of office', 'Out of office', 'Tue 24 Nov, 14:00', 'This is an out-of-office event.'],
    ['Home', 'Working location', 'all day', 'This is a working location event.'],
    ['Sam Lee’s birthday', 'Birthday', 'all day', 'This is a birthday.'],
  ])('the calendar holds “%s” (%s): Add Meet link names its kind and changes nothing', async (summary, kind, when, words) => {
    const { page, sidebar } = f;
    await page.getByRole('button', { name: 'Calendar', exact: true }).click();
    await f.settled();
    const row = page.locator('.cal-row', { hasText: summary });
    expect(await row.innerText()).toContain(kind);
    // The kind is named once: under a title that already says it, no second line.
    expect((await row.innerText()).split(kind)).toHaveLength(2);
    await row.click();
    await f.settled();
    expect(await page.getByRole('complementary', { name: 'Event details' }).innerText()).toContain(when.replace('Tue 24 Nov, ', ''));
    f.preview.session.runtime.log.clear();
    await f.press('Add Meet link');
    await expectVisible(sidebar.getByText(`${words} Google Calendar does not allow a video conference on it.`));
    expect(f.preview.session.runtime.log.calls.map((c) => c.api).filter((api) => api !== 'calendar.events.get')).toEqual([]);
    await screenshot(page, `event-kind-${kind.toLowerCase().replace(/ /g, '-')}`);
  });

  test('moving the latency slider, by keyboard or by mouse, throws nothing and sets the latency', async () => {
    const slider = f.devtools.getByLabel(/Google latency/);
    const errors = await pageErrors(async () => {
      await slider.focus();
      await f.page.keyboard.press('ArrowRight');
      await f.settled();
      await f.page.keyboard.press('ArrowRight');
      await f.settled();
      const box = (await slider.boundingBox())!;
      await f.page.mouse.click(box.x + box.width * 0.75, box.y + box.height / 2);
      await f.settled();
    });
    expect(errors).toEqual([]);
    expect(f.preview.session.runtime.settings.latencyMs).toBeGreaterThan(1000);
    // Focus stays on the slider across the redraws, so the arrows keep moving it.
    expect(await f.page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('range');
  });
});
