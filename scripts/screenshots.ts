/**
 * Marketplace screenshots of the real add-on: builds it, starts the local preview, and drives it in Chromium
 * (Debian's, or CHROME_PATH) at 1280×800, writing PNGs to docs/marketplace/screenshots/.
 *
 *   npm run screenshots
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { startPreview } from '../preview/server';
import { NO_BROWSER_MESSAGE, browserAvailable, launchBrowser } from './lib/browser';
import { exitWith } from './lib/exit-with';

const OUT = resolve(__dirname, '..', 'docs', 'marketplace', 'screenshots');
const SIZE = { width: 1280, height: 800 };

interface Shot {
  file: string;
  caption: string;
  /** The person's language (commonEventObject.userLocale), when not English. */
  locale?: string;
  take(page: Page): Promise<void>;
}

const sidebarButton = (page: Page, name: string) => page.locator('#sidebar').getByRole('button', { name, exact: true });
const settled = (page: Page) => page.locator('#sidebar[aria-busy="false"]').waitFor();
async function press(page: Page, name: string): Promise<void> {
  await sidebarButton(page, name).click();
  await settled(page);
}

const openCalendarEvent = async (page: Page, summary: string) => {
  await page.getByRole('button', { name: 'Calendar', exact: true }).click();
  await settled(page);
  await page.locator('.cal-row', { hasText: summary }).click();
  await settled(page);
};

/**
 * At most five: the Marketplace takes one to five (docs/marketplace/listing.md). The first is the one people see.
 * All in English, the language the preview's host chrome is drawn in.
 */
const SHOTS: Shot[] = [
  {
    file: '01-gmail-reply-with-meet-link.png',
    caption: 'Reading an email: reply to everyone with a fresh Meet link',
    take: async (page) => {
      await page.locator('.gm-row', { hasText: 'Sync next week?' }).click();
      await settled(page);
      await press(page, 'Reply with Meet link');
      await press(page, 'Open reply draft');
      await page.getByRole('region', { name: 'Reply draft' }).waitFor();
    },
  },
  {
    file: '02-gmail-invite-to-a-meeting.png',
    caption: 'Reading an email: invite everyone on it to a meeting with a fresh Meet',
    take: async (page) => {
      await page.locator('.gm-row', { hasText: 'RE: Budget review' }).click();
      await settled(page);
      await press(page, 'Invite to a meeting');
      await page.locator('#sidebar').getByRole('textbox', { name: 'Note (optional)' }).fill('Bring the Q3 numbers.');
    },
  },
  {
    file: '03-gmail-meet-link.png',
    caption: 'Gmail: a new Google Meet link in one click',
    take: async (page) => {
      await press(page, 'Create Meet link');
      await page
        .locator('#sidebar')
        .getByText(/meet\.google\.com\//)
        .first()
        .waitFor();
    },
  },
  {
    file: '04-compose-invitation.png',
    caption: 'Writing an email: the invitation goes where the cursor is',
    take: async (page) => {
      await page.getByRole('button', { name: 'Compose', exact: true }).click();
      await page.locator('.compose-window input').first().fill('team@example.com');
      await page.locator('.compose-window input').nth(1).fill('Launch plan review');
      const body = page.locator('#draft-body');
      const text = 'Hi all,\n\nLet’s go over the launch plan on Thursday at 15:00.\n\n';
      await body.fill(`${text}\nThanks,\nAda`);
      await body.evaluate((el: HTMLTextAreaElement, at) => el.setSelectionRange(at, at), text.length);
      await page.getByRole('button', { name: 'Open MeetLink for this draft' }).click();
      await settled(page);
      await press(page, 'Insert invitation');
      await page.waitForFunction(() => /meet\.google\.com/.test((document.getElementById('draft-body') as HTMLTextAreaElement).value));
    },
  },
  {
    file: '05-calendar-event-meet.png',
    caption: 'Google Calendar: add, replace or remove an event’s Meet link',
    take: async (page) => {
      await openCalendarEvent(page, 'Weekly team sync');
      await sidebarButton(page, 'Remove Meet link').waitFor();
    },
  },
];

/*
 * No translated shot is made here: the preview draws Gmail and Calendar themselves (menus, headings, dates,
 * event titles) in English only, so a Spanish card would sit in English chrome. A shot in another language is
 * taken on a test deployment with a Google account in that language (docs/marketplace/listing.md, Screenshots).
 */

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const data = readFileSync(file);
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

async function main(): Promise<void> {
  if (!browserAvailable()) throw new Error(NO_BROWSER_MESSAGE);
  mkdirSync(OUT, { recursive: true });
  const preview = await startPreview({ port: 0, watch: false, latencyMs: 0, maxDelayMs: 0, log: () => undefined });
  const browser = await launchBrowser(SIZE);
  try {
    for (const shot of SHOTS) {
      preview.session.reset();
      if (shot.locale) preview.session.runtime.settings.account.locale = shot.locale;
      const page = browser.page;
      // ?clean: no developer panel or preview badges, only the pretend Google app and the add-on.
      await page.goto(`${preview.url}?clean`);
      await page.locator('body[data-ready="true"]').waitFor();
      await shot.take(page);
      // No hover effects; toasts stay (they are what the person sees after the action).
      await page.mouse.move(0, SIZE.height - 1);
      const file = join(OUT, shot.file);
      await page.screenshot({ path: file, animations: 'disabled' });
      const size = pngSize(file);
      if (size.width !== SIZE.width || size.height !== SIZE.height) throw new Error(`${shot.file} is ${size.width}×${size.height}, not 1280×800`);
      console.log(`${shot.file}  ${shot.caption}`);
    }
  } finally {
    await browser.close();
    await preview.close();
  }
  console.log(`Screenshots in ${OUT}`);
}

main().catch(exitWith);
