/**
 * The local preview in a real browser: `startPreview` serves the real build/Code.js in the offline runtime,
 * and Debian's Chromium (driven by playwright-core) uses it as a person would, through the page.
 *
 * Without Chromium the tests are skipped with a note, except on CI (CI=true), where that is a failure.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { startPreview, type Preview } from '../../preview/server';
import { NO_BROWSER_MESSAGE, browserAvailable, launchBrowser, type Browser } from '../../scripts/lib/browser';
import { screenshot } from './artifacts';

jest.setTimeout(60_000);

const MEET_LINK = /https:\/\/meet\.google\.com\/[a-z]{3}-[a-z]{4}-[a-z]{3}/;
/** What a stack trace or a raw API error looks like: none of it may reach the person. */
const TECHNICAL = /\n\s*at\s|\bat\s+[\w$.<>]+\s+\(|\w+Error\b|Exception|backendError|API call to|\{"|\bundefined\b|\[object /;

if (!browserAvailable()) {
  if (process.env.CI === 'true') {
    test('Chromium is installed for the preview tests', () => {
      throw new Error(NO_BROWSER_MESSAGE);
    });
  } else {
    console.warn(`Skipping the preview's browser tests. ${NO_BROWSER_MESSAGE}`);
    test.skip('preview end-to-end tests (no Chromium)', () => undefined);
  }
} else {
  describe('local preview in Chromium', () => {
    let preview: Preview;
    let browser: Browser;
    let page: Page;
    let sidebar: Locator;

    beforeAll(async () => {
      const built = existsSync(join(resolve(__dirname, '..', '..'), 'build', 'Code.js'));
      // Google's latency stays small but real, so every action also shows the loading indicator for a moment.
      [preview, browser] = await Promise.all([
        startPreview({ port: 0, build: !built, watch: false, latencyMs: 40, maxDelayMs: 120, log: () => undefined }),
        launchBrowser(),
      ]);
      page = browser.page;
      sidebar = page.locator('#sidebar');
    });

    afterAll(async () => {
      await browser?.close();
      await preview?.close();
    });

    beforeEach(async () => {
      preview.session.reset();
      await page.goto(preview.url);
      await page.locator('body[data-ready="true"]').waitFor();
    });

    /** Waits until the action the page is running has been answered and drawn. */
    const settled = () => page.locator('#sidebar[aria-busy="false"]').waitFor();
    const button = (name: string) => sidebar.getByRole('button', { name, exact: true });
    const press = async (name: string) => {
      await button(name).click();
      await settled();
    };
    const sidebarText = () => sidebar.locator('.panel-scroll').innerText();

    test('Gmail homepage: "Create Meet link" shows a new meet.google.com link', async () => {
      await expectVisible(button('Create Meet link'));
      await press('Create Meet link');

      const link = sidebar.getByText(MEET_LINK).first();
      await expectVisible(link);
      expect(await link.innerText()).toMatch(MEET_LINK);
      await expectVisible(button('Open in Meet'));
      await expectVisible(button('Create another'));
      // The link came from Google (offline): one temporary event inserted, then deleted.
      const apis = preview.session.runtime.log.calls.map((c) => `${c.api} ${c.status}`);
      expect(apis).toEqual(expect.arrayContaining(['calendar.events.insert 200']));
      await screenshot(page, 'gmail-create-link');
    });

    test('compose: "Insert Meet link" puts the link into the draft at the cursor', async () => {
      const before = 'Hi team,\n\nLet us talk here: ';
      const after = '\n\nSee you soon,\nAda';
      await page.getByRole('button', { name: 'Compose', exact: true }).click();
      const body = page.locator('#draft-body');
      await body.fill(before + after);
      await body.evaluate((el: HTMLTextAreaElement, at) => el.setSelectionRange(at, at), before.length);

      await page.getByRole('button', { name: 'Open MeetLink for this draft' }).click();
      await settled();
      await press('Insert Meet link');

      await page.waitForFunction(() => /meet\.google\.com/.test((document.getElementById('draft-body') as HTMLTextAreaElement).value));
      const value = await body.inputValue();
      expect(value.startsWith(before)).toBe(true);
      expect(value.endsWith(after)).toBe(true);
      const inserted = value.slice(before.length, value.length - after.length);
      // A space, the link and a space, so neither the word before nor the next word fuses with its code.
      expect(inserted).toMatch(new RegExp(`^ ${MEET_LINK.source} $`));
      // The caret ends after the inserted link, where Gmail leaves it.
      expect(await body.evaluate((el: HTMLTextAreaElement) => el.selectionStart)).toBe(before.length + inserted.length);
      await screenshot(page, 'compose-insert-link');
    });

    test('Calendar: removing the Meet link of an event shows "No conference" in the event list', async () => {
      await page.getByRole('button', { name: 'Calendar', exact: true }).click();
      await settled();
      const row = page.locator('.cal-row', { hasText: 'Weekly team sync' });
      const chip = row.locator('.conf-chip');
      expect(await chip.innerText()).toMatch(/^Meet: [a-z]{3}-[a-z]{4}-[a-z]{3}$/);

      await row.click();
      await settled();
      await press('Remove Meet link');
      await press('Remove'); // the confirmation

      await page.waitForFunction(() => document.querySelector('.cal-row[aria-current="true"] .conf-chip')?.textContent === 'No conference');
      expect(await chip.innerText()).toBe('No conference');
      const stored = preview.session.runtime.calendar.events(preview.session.calendarId).find((e) => e.summary === 'Weekly team sync');
      expect(stored?.conferenceData).toBeUndefined();
      await screenshot(page, 'calendar-remove-link');
    });

    test('a conference link that is not https (javascript:) is never drawn as a link, in the event list or its details', async () => {
      const me = preview.session.calendarId;
      preview.session.runtime.calendar.seedEvent(me, {
        summary: 'Hostile conference',
        conferenceData: {
          conferenceId: 'x',
          conferenceSolution: { key: { type: 'addOn' }, name: 'Evil Meeting' },
          entryPoints: [{ entryPointType: 'video', uri: 'javascript:window.__pwned=1', label: 'join' }],
        },
      });
      await page.getByRole('button', { name: 'Calendar', exact: true }).click();
      await settled();
      await page.locator('.cal-row', { hasText: 'Hostile conference' }).click();
      await settled();
      await expectVisible(page.locator('.cal-detail', { hasText: 'Hostile conference' }));
      const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
      expect(hrefs.filter((href) => !/^(https:|#|\/)/i.test(href.trim()))).toEqual([]);
      expect(await page.locator('.cal-detail a').count()).toBe(0);
      expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    });

    test('an injected permanent backend error reads as a plain message, not a stack trace', async () => {
      await page.locator('input[data-fault="backendError"]').check();
      await settled();
      await press('Create Meet link');

      const failures = preview.session.runtime.log.calls.filter((c) => c.status >= 500);
      expect(failures.length).toBeGreaterThan(0);
      const text = await sidebarText();
      expect(text).not.toMatch(MEET_LINK);
      expect(text).not.toMatch(TECHNICAL);
      expect(text).toMatch(/try again/i);
      await expectVisible(button('Try again'));
      // No toast with the host's generic error either: the add-on handled it.
      expect(await page.locator('.toast').allInnerTexts()).not.toContain(expect.stringMatching(/encountered an error/));
      await screenshot(page, 'fault-backend-error');
    });

    test('the side panel works from the keyboard', async () => {
      // Tab from the top of the page to the add-on's button, then press it with Enter.
      let focused = '';
      for (let i = 0; i < 40 && focused !== 'Create Meet link'; i += 1) {
        await page.keyboard.press('Tab');
        focused = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText?.trim() ?? '');
      }
      expect(focused).toBe('Create Meet link');
      const ring = await page.evaluate(() => getComputedStyle(document.activeElement!).boxShadow);
      expect(ring).not.toBe('none'); // a visible focus ring
      await page.keyboard.press('Enter');
      await settled();
      await expectVisible(sidebar.getByText(MEET_LINK).first());

      // The universal actions menu, by keyboard: open it, Settings is the first item.
      await button('More options').focus();
      await page.keyboard.press('Enter');
      await expectVisible(sidebar.getByRole('menuitem', { name: 'Settings' }));
      await page.keyboard.press('Enter');
      await settled();
      await expectVisible(button('Back'));
      expect(await sidebarText()).toMatch(/Settings/);
    });

    test('a rebuilt bundle is reloaded over the same state and the page refreshes the side panel', async () => {
      await press('Create Meet link');
      const link = (await sidebar.getByText(MEET_LINK).first().innerText()).match(MEET_LINK)![0];
      const version = preview.session.bundleVersion;

      await preview.reload({ build: false });
      await page.locator('.bundle-badge', { hasText: `Bundle v${version + 1}` }).waitFor();
      await expectVisible(page.locator('.toast', { hasText: 'Add-on rebuilt' }));
      // The new bundle reopened the homepage, and the runtime's user properties survived: the recent links list
      // it, by its meeting code.
      const code = link.replace('https://meet.google.com/', '');
      await expectVisible(sidebar.locator('.card-section', { hasText: 'Recent links' }).getByText(code, { exact: true }));
    });

    test('card renderer: unknown widgets show as placeholders and card HTML is sanitized', async () => {
      await page.goto(`${preview.url}?gallery`);
      await page.locator('body[data-ready="true"]').waitFor();
      const placeholders = await sidebar.locator('.unknown-widget strong').allInnerTexts();
      expect(placeholders).toEqual(['Unsupported widget: grid', 'Unsupported widget: chipList']);

      // Only b, i, u, a[href], br and font[color] survive; nothing in card text ever runs.
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await sidebar.locator('script, img[onerror], [style*="red"], a[href^="javascript"]').count()).toBe(0);
      expect(await sidebar.locator('a[href="https://meet.google.com/abc-defg-hij"]').count()).toBe(1);
      expect(await sidebar.locator('.text-paragraph b, .text-paragraph i, .text-paragraph u').count()).toBe(3);

      // A collapsible section: "Show more" reveals the rest and becomes "Show less".
      const notes = sidebar.getByLabel('Notes');
      expect(await notes.isVisible()).toBe(false);
      await button('Show more').click();
      expect(await notes.isVisible()).toBe(true);
      await expectVisible(button('Show less'));
      // A date-time picker shows the wall time in its own zone offset.
      expect(await sidebar.getByLabel('Starts').inputValue()).toBe('2026-12-01T10:30');

      // Buttons are real buttons carrying their labels; a disabled one is disabled; the footer is there.
      for (const name of ['Filled', 'Outlined', 'Borderless', 'Copy', 'Save', 'Cancel']) await expectVisible(button(name));
      expect(await button('Disabled').isDisabled()).toBe(true);
      expect(await sidebar.getByRole('switch').count()).toBeGreaterThanOrEqual(2);
      await screenshot(page, 'card-gallery');
    });
  });
}

async function expectVisible(locator: Locator): Promise<void> {
  await locator.waitFor({ state: 'visible', timeout: 10_000 });
}
