/**
 * The control panel's controls for what the add-on could not be shown doing before: the person's language and
 * time zone, the Meet API failing (and the link made through Calendar instead), someone in a meeting (so End
 * meeting can be tried), and damaged user properties. Each one as a person uses it, in Chromium.
 */
import type { Json } from '../../offline/card-query';
import type { PreviewSession } from '../../preview/server/session';
import { screenshot } from './artifacts';
import { describePreview, expectVisible } from './preview-page';

jest.setTimeout(60_000);

const MEET_LINK = /https:\/\/meet\.google\.com\/[a-z]{3}-[a-z]{4}-[a-z]{3}/;

/**
 * Records the event object of every call the host makes into the bundle from now on. Only the host's own
 * look-ups go through the proxy: the bundle's globals (Date, CardService…) stay untouched inside it.
 */
function recordEventObjects(session: PreviewSession): Json[] {
  const seen: Json[] = [];
  const bundle = session.host.bundle;
  const recording = new Proxy(bundle, {
    get(target, key) {
      const value = target[key as string];
      if (typeof value !== 'function') return value;
      return (e: Json) => {
        seen.push(e);
        return value(e);
      };
    },
  });
  Object.defineProperty(session.host, 'bundle', { value: recording });
  return seen;
}

/** "09:00" or "9:00 AM": a clock time however the add-on writes it. */
const clockTime = (hour: number) => new RegExp(`\\b(0?${hour}:0\\d|${hour % 12 || 12}:0\\d\\s?[AP]M)`, 'i');

// The fixture `f` fills in in beforeAll: its fields are read inside the tests.
describePreview('preview controls in Chromium', (f) => {
  /** A user property as the add-on stores it. */
  const stored = (key: string) => f.preview.session.runtime.services.userProperties.getProperty(key) ?? '';

  test('Language and time zone: the next card gets them, and times read in the chosen zone', async () => {
    const { page, devtools, sidebar } = f;
    await f.press('Create Meet link');
    await f.page.getByRole('button', { name: 'Gmail', exact: true }).click();
    await f.settled();
    // The simulated clock starts at 09:00 UTC; the free account lives in Europe/London (UTC in November).
    await expectVisible(sidebar.getByText(clockTime(9)).first());

    const seen = recordEventObjects(f.preview.session);
    await devtools.getByLabel('Language').selectOption({ label: '日本語 (ja-JP)' });
    await f.settled();
    await devtools.getByLabel('Time zone').selectOption('Asia/Tokyo');
    await f.settled();

    // The homepage was opened again with the new values, as Google sends them (commonEventObject).
    const last = seen.at(-1)?.commonEventObject;
    expect(last?.userLocale).toBe('ja-JP');
    expect(last?.timeZone?.id).toBe('Asia/Tokyo');
    // 09:00 UTC is 18:00 in Tokyo: the recent link's time says so.
    await expectVisible(sidebar.getByText(clockTime(18)).first());
    expect(await devtools.getByLabel('Language').inputValue()).toBe('ja-JP');

    // The Calendar host lists its events in the chosen zone too: the 10:00 UTC sync is at 19:00 in Tokyo.
    await page.getByRole('button', { name: 'Calendar', exact: true }).click();
    await f.settled();
    await expectVisible(page.locator('.cal-row', { hasText: 'Weekly team sync' }).getByText(/19:00/));
    // The choice survives a reload of the page (it lives in the server's runtime).
    await page.reload();
    await page.locator('body[data-ready="true"]').waitFor();
    expect(await devtools.getByLabel('Time zone').inputValue()).toBe('Asia/Tokyo');
    await screenshot(page, 'controls-language-time-zone');
  });

  test('Workspace + "Meet API refuses": Create Meet link still gives a link, made through Calendar', async () => {
    const { devtools, sidebar } = f;
    await devtools.locator('input[data-key="account:workspace"]').check();
    await f.settled();
    await devtools.locator('input[data-fault="meetDenied"]').check();
    await f.settled();
    await f.press('Create Meet link');

    await expectVisible(sidebar.getByText(MEET_LINK).first());
    // The API log shows the refusal, then the Calendar route: a temporary event inserted, then deleted.
    const log = devtools.getByLabel('API log');
    await expectVisible(log.locator('tr.failed', { hasText: 'meet.spaces.create' }).getByText('PERMISSION_DENIED'));
    // Each row's API name is the cell's first text; the route (rest, advanced) follows in its own badge.
    const apis = await log.locator('tbody tr .log-api').evaluateAll((cells) => cells.map((c) => c.firstChild?.textContent));
    expect(apis.slice(-3)).toEqual(['meet.spaces.create', 'calendar.events.insert', 'calendar.events.delete']);
    await screenshot(f.page, 'controls-meet-api-refuses');
  });

  test('"Workspace edition": Business Starter, kept across account switches, has no co-hosts', async () => {
    const { devtools, sidebar } = f;
    const edition = devtools.getByLabel('Workspace edition');
    expect(await edition.inputValue()).toBe('enterprise');
    await edition.selectOption('businessStarter');
    await f.settled();
    await devtools.locator('input[data-key="account:workspace"]').check();
    await f.settled();
    await devtools.locator('input[data-key="account:consumer"]').check();
    await f.settled();
    await devtools.locator('input[data-key="account:workspace"]').check();
    await f.settled();
    expect(await edition.inputValue()).toBe('businessStarter');
    await f.press('Create Meet link');
    await sidebar.getByLabel('Email addresses, separated by commas').fill('ben@example.com');
    await f.press('Add co-hosts');
    await expectVisible(sidebar.getByText('No co-hosts: this account’s Google Workspace edition or its admin does not allow them.'));
    expect(await f.button('Add co-hosts').count()).toBe(0);
    await screenshot(f.page, 'controls-edition-business-starter');
  });

  test('"Consent": unticking Meet records has After the meeting ask Google again, with no Calendar or Meet call', async () => {
    const { devtools, page } = f;
    await devtools.locator('input[data-key="account:workspace"]').check();
    await f.settled();
    await devtools.locator('input[data-scope="https://www.googleapis.com/auth/meetings.space.readonly"]').uncheck();
    await f.settled();
    await page.getByRole('button', { name: 'Calendar', exact: true }).click();
    await f.settled();
    await page.locator('.cal-row', { hasText: 'Design review' }).click();
    await f.settled();
    f.preview.session.runtime.log.clear();
    await f.press('After the meeting');
    await expectVisible(page.locator('.toast', { hasText: /Google asks for consent again: meetings\.space\.readonly/ }));
    expect(f.preview.session.runtime.log.calls).toEqual([]);
  });

  test('"Someone joins" the latest meeting: Refresh shows End meeting, and ending it says so', async () => {
    const { devtools, sidebar } = f;
    const joins = devtools.getByRole('button', { name: 'Someone joins' });
    // Free Gmail has no meeting MeetLink could end: the page says what to do.
    await joins.click();
    await f.settled();
    await expectVisible(sidebar.getByText(/choose the Workspace account/));

    await devtools.locator('input[data-key="account:workspace"]').check();
    await f.settled();
    await f.press('Create Meet link');
    await expectVisible(f.button('Refresh'));
    expect(await f.button('End meeting').count()).toBe(0);
    const code = (await sidebar.getByText(MEET_LINK).first().innerText()).match(MEET_LINK)![0].slice(-12);
    await expectVisible(devtools.getByText(`Latest meeting ${code}: nobody in it`));

    await joins.click();
    await f.settled();
    await expectVisible(devtools.getByText(`Latest meeting ${code}: someone is in it`));
    await f.press('Refresh');
    await expectVisible(f.button('End meeting'));
    await f.press('End meeting');
    await f.press('End meeting'); // the confirmation
    await expectVisible(f.page.locator('.toast', { hasText: /Meeting ended/ }));
    await expectVisible(devtools.getByText(`Latest meeting ${code}: nobody in it`));
    const ended = f.preview.session.runtime.log.calls.at(-1);
    expect(`${ended?.api} ${ended?.status}`).toBe('meet.spaces.endActiveConference 200');
  });

  test('"Damage settings": Settings says they could not be read in full, and the homepage keeps working', async () => {
    const { devtools, sidebar } = f;
    await devtools.getByRole('button', { name: 'Damage settings' }).click();
    await f.settled();
    expect(() => JSON.parse(stored('meetlink.settings'))).toThrow();
    await expectVisible(f.button('Create Meet link'));

    await f.button('More options').click();
    await sidebar.getByRole('menuitem', { name: 'Settings' }).click();
    await f.settled();
    await expectVisible(sidebar.getByText(/could not be read in full/));
    await screenshot(f.page, 'controls-damaged-settings');
    // The homepage still makes links.
    await f.press('Back');
    await f.press('Create Meet link');
    await expectVisible(sidebar.getByText(MEET_LINK).first());
    expect(f.preview.session.host.errors).toEqual([]);
  });

  test('"Damage recent links": the homepage keeps working and still lists the readable links', async () => {
    const { devtools, sidebar } = f;
    await f.press('Create Meet link');
    const code = (await sidebar.getByText(MEET_LINK).first().innerText()).match(MEET_LINK)![0].slice(-12);
    await devtools.getByRole('button', { name: 'Damage recent links' }).click();
    await f.settled();
    const entries = JSON.parse(stored('meetlink.history'));
    expect(entries[0].code).toBe(code);
    expect(entries.slice(1)).toContainEqual(null);

    // The homepage was drawn again from the damaged value: it lists the good link and nothing broken.
    await expectVisible(f.button('Create Meet link'));
    await expectVisible(sidebar.getByText(code).first());
    expect(await f.sidebarText()).not.toMatch(/yesterday|undefined|null|\[object/);
    expect(f.preview.session.host.errors).toEqual([]);
    await f.press('Create Meet link');
    await expectVisible(sidebar.getByText(MEET_LINK).first());
    expect(f.preview.session.host.errors).toEqual([]);
  });

  test('"Consent": unticking Calendar events has MeetLink ask Google again before it makes anything; ticking it back works', async () => {
    const { devtools, sidebar } = f;
    const scope = devtools.locator('input[data-scope="https://www.googleapis.com/auth/calendar.events.owned"]');
    expect(await scope.isChecked()).toBe(true);
    await scope.uncheck();
    await f.settled();
    await f.press('Create Meet link');
    await expectVisible(f.page.locator('.toast', { hasText: /Google asks for consent again: calendar\.events\.owned/ }));
    expect(f.preview.session.runtime.log.calls).toEqual([]);
    expect(await sidebar.getByText(MEET_LINK).count()).toBe(0);
    await screenshot(f.page, 'controls-consent-unticked');
    await scope.check();
    await f.settled();
    await f.press('Create Meet link');
    await expectVisible(sidebar.getByText(MEET_LINK).first());
    expect(f.preview.session.host.errors).toEqual([]);
  });
});
