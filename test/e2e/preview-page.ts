/**
 * The preview in Chromium for a browser test: startPreview in-process on a random port, Debian's Chromium
 * (playwright-core, never a download), a fresh session and page before each test, and the few ways a person
 * uses the page. Without Chromium, `describePreview` skips with a note (and fails on CI, CI=true).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { startPreview, type Preview } from '../../preview/server';
import { NO_BROWSER_MESSAGE, browserAvailable, launchBrowser, type Browser } from '../../scripts/lib/browser';

export interface PreviewPage {
  preview: Preview;
  page: Page;
  sidebar: Locator;
  /** The developer panel. */
  devtools: Locator;
  /** Waits until the action the page is running has been answered and drawn. */
  settled(): Promise<void>;
  /** A button of the side panel's card, by its exact label. */
  button(name: string): Locator;
  /** Presses a button of the card and waits for the answer. */
  press(name: string): Promise<void>;
  sidebarText(): Promise<string>;
}

export function describePreview(name: string, tests: (p: PreviewPage) => void): void {
  if (!browserAvailable()) {
    if (process.env.CI === 'true') {
      test('Chromium is installed for the preview tests', () => {
        throw new Error(NO_BROWSER_MESSAGE);
      });
    } else {
      console.warn(`Skipping ${name}. ${NO_BROWSER_MESSAGE}`);
      test.skip(`${name} (no Chromium)`, () => undefined);
    }
    return;
  }
  describe(name, () => {
    let browser: Browser;
    const p = {} as PreviewPage;

    beforeAll(async () => {
      const built = existsSync(join(resolve(__dirname, '..', '..'), 'build', 'Code.js'));
      const [preview, launched] = await Promise.all([
        startPreview({ port: 0, build: !built, watch: false, latencyMs: 40, maxDelayMs: 120, log: () => undefined }),
        launchBrowser(),
      ]);
      browser = launched;
      const page = browser.page;
      const sidebar = page.locator('#sidebar');
      const settled = () => page.locator('#sidebar[aria-busy="false"]').waitFor();
      const button = (label: string) => sidebar.getByRole('button', { name: label, exact: true });
      Object.assign(p, {
        preview,
        page,
        sidebar,
        devtools: page.locator('#devtools'),
        settled,
        button,
        press: async (label: string) => {
          await button(label).click();
          await settled();
        },
        sidebarText: () => sidebar.locator('.panel-scroll').innerText(),
      } satisfies PreviewPage);
    });

    afterAll(async () => {
      await browser?.close();
      await p.preview?.close();
    });

    beforeEach(async () => {
      p.preview.session.reset();
      await p.page.goto(p.preview.url);
      await p.page.locator('body[data-ready="true"]').waitFor();
    });

    tests(p);
  });
}

export async function expectVisible(locator: Locator): Promise<void> {
  await locator.waitFor({ state: 'visible', timeout: 10_000 });
}
