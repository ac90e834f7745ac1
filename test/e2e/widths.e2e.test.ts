/**
 * Every card of the real bundle, in every language, drawn in the preview's side panel (336 px, as Google's) in
 * Chromium, and measured: no button sticks out of the panel, no label is cut inside its button, and nothing
 * makes the panel scroll sideways. A character count cannot say this: "Standardvorlage wiederherstellen" is 32
 * characters and did not fit beside "Speichern" in the footer.
 *
 * The cards come from the offline host (test/support/every-card.ts); the preview's gallery page draws each one
 * (preview/web/render.ts showCard) with the same renderer and stylesheet as the preview itself.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { startPreview, type Preview } from '../../preview/server';
import { launchBrowser, type Browser } from '../../scripts/lib/browser';
import { LOCALES } from '../../src/i18n/catalogues.generated';
import { everyCard } from '../support/every-card';
import { describeInChromium } from './in-chromium';

jest.setTimeout(120_000);

interface Misfit {
  card: string;
  label: string;
  problem: string;
}

/** Draws a card in the side panel and reports every button that does not fit, and sideways scrolling. */
async function misfits(page: Page, name: string, card: unknown): Promise<{ buttons: number; misfits: Misfit[] }> {
  return page.evaluate(
    ({ name, card }) => {
      (window as unknown as { meetlinkShowCard(card: unknown): void }).meetlinkShowCard(card);
      const sidebar = document.getElementById('sidebar')!;
      const panel = sidebar.getBoundingClientRect();
      const found: Misfit[] = [];
      const buttons = Array.from(sidebar.querySelectorAll<HTMLElement>('.card .btn, .fixed-footer .btn'));
      for (const button of buttons) {
        const label = button.innerText.trim() || button.getAttribute('aria-label') || '?';
        const box = button.getBoundingClientRect();
        if (box.left < panel.left - 0.5 || box.right > panel.right + 0.5) {
          found.push({
            card: name,
            label,
            problem: `spans ${Math.round(box.left - panel.left)}–${Math.round(box.right - panel.left)} px of a ${Math.round(panel.width)} px panel`,
          });
        }
        if (button.scrollWidth > button.clientWidth + 1) {
          found.push({ card: name, label, problem: `label needs ${button.scrollWidth} px, button has ${button.clientWidth} px` });
        }
      }
      for (const scroller of Array.from(sidebar.querySelectorAll<HTMLElement>('.panel-scroll, .fixed-footer'))) {
        if (scroller.scrollWidth > scroller.clientWidth + 1) {
          found.push({
            card: name,
            label: scroller.className,
            problem: `scrolls sideways: ${scroller.scrollWidth} px in ${scroller.clientWidth} px`,
          });
        }
      }
      return { buttons: buttons.length, misfits: found };
    },
    { name, card },
  );
}

describeInChromium('every card’s buttons fit the side panel in every language (Chromium)', () => {
  let preview: Preview;
  let browser: Browser;

  beforeAll(async () => {
    const built = existsSync(join(resolve(__dirname, '..', '..'), 'build', 'Code.js'));
    [preview, browser] = await Promise.all([startPreview({ port: 0, build: !built, watch: false, log: () => undefined }), launchBrowser()]);
    await browser.page.goto(`${preview.url}?gallery&clean`);
    await browser.page.locator('body[data-ready="true"]').waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await preview?.close();
  });

  test('the side panel is 336 px wide, as the preview draws it', async () => {
    const width = await browser.page.evaluate(() => document.getElementById('sidebar')!.getBoundingClientRect().width);
    expect(Math.round(width)).toBe(336);
  });

  test.each(LOCALES.map((l) => [l]))('%s: no button is cut or overflowing, on any card', async (locale) => {
    const cards = everyCard(locale);
    const found: Misfit[] = [];
    let buttons = 0;
    for (const [name, card] of cards) {
      const result = await misfits(browser.page, name, card);
      buttons += result.buttons;
      found.push(...result.misfits);
    }
    expect(cards.length).toBeGreaterThanOrEqual(20);
    expect(buttons).toBeGreaterThanOrEqual(60);
    expect(found).toEqual([]);
  });
});
