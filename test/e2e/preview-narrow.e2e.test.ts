/**
 * The preview on a narrow window, down to a phone's 360 px: nothing makes the page scroll sideways, and every
 * control (the pretend Gmail and Calendar, the add-on's side panel, the developer panel) can be scrolled to and
 * pressed, uncovered, on each screen a deployer goes through.
 */
import type { Page } from 'playwright-core';
import { screenshot } from './artifacts';
import { describePreview } from './preview-page';

jest.setTimeout(90_000);

/**
 * What does not fit: sideways scrolling, and controls out of the window or under something else once scrolled to. Gmail's
 * compose window covers the inbox, as it does in Gmail: what it covers counts as reachable (close the window first).
 */
function misfits(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const width = document.documentElement.clientWidth;
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}[${(el.getAttribute('data-key') ?? el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}]`;
    for (const el of [
      document.documentElement,
      document.body,
      ...Array.from(document.querySelectorAll('.layout, #topbar, #host, #sidebar, #devtools, .panel-scroll')),
    ]) {
      if (el.scrollWidth > el.clientWidth + 1) found.push(`${name(el)} scrolls sideways: ${el.scrollWidth} px in ${el.clientWidth} px`);
    }
    const controls = Array.from(document.querySelectorAll<HTMLElement>('button, input, select, textarea, a[href], [tabindex="0"]')).filter(
      (el) => !el.closest('.skip-link') && el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }),
    );
    for (const el of controls) {
      el.scrollIntoView({ block: 'center', inline: 'center' });
      const box = el.getBoundingClientRect();
      if (box.width < 1 || box.height < 1) continue;
      if (box.left < -0.5 || box.right > width + 0.5) {
        found.push(`${name(el)} spans ${Math.round(box.left)}–${Math.round(box.right)} px of a ${width} px window`);
        continue;
      }
      const x = Math.min(Math.max(box.left + box.width / 2, 0), width - 1);
      const y = Math.min(Math.max(box.top + box.height / 2, 0), window.innerHeight - 1);
      const hit = document.elementFromPoint(x, y);
      if (hit?.closest('.compose-window') && !el.closest('.compose-window')) continue;
      if (!hit || !(el === hit || el.contains(hit) || hit.closest('label')?.contains(el))) {
        found.push(`${name(el)} is under ${hit ? name(hit) : 'nothing'}`);
      }
    }
    return found;
  });
}

describePreview('the preview on a narrow window', (f) => {
  const settled = () => f.settled();
  const clearToasts = () => f.page.evaluate(() => document.getElementById('toasts')?.replaceChildren());

  /** The screens a deployer goes through, each checked once drawn. */
  const screens: [string, () => Promise<void>][] = [
    ['the inbox and the homepage', async () => undefined],
    [
      'an open email and the invite card',
      async () => {
        await f.page.locator('.gm-row', { hasText: 'RE: Budget review' }).click();
        await settled();
        await f.press('Invite to a meeting');
      },
    ],
    [
      'a new link, and the compose window',
      async () => {
        await f.press('Create Meet link');
        await f.page.locator('[data-key="compose-open"], [data-key="compose-open-narrow"]').locator('visible=true').first().click();
        await settled();
      },
    ],
    [
      'Calendar with an event open',
      async () => {
        await f.page.getByRole('button', { name: 'Calendar', exact: true }).click();
        await settled();
        await f.page.locator('.cal-row', { hasText: 'Weekly team sync' }).click();
        await settled();
      },
    ],
  ];

  test.each([360, 600, 856])('%i px wide: no sideways scrolling, every control reachable, on every screen', async (width) => {
    await f.page.setViewportSize({ width, height: 740 });
    const found: string[] = [];
    for (const [name, reach] of screens) {
      f.preview.session.reset();
      await f.page.goto(f.preview.url);
      await f.page.locator('body[data-ready="true"]').waitFor();
      await reach();
      await clearToasts();
      found.push(...(await misfits(f.page)).map((problem) => `${name}: ${problem}`));
      await f.page.evaluate(() => document.querySelector('.layout')?.scrollTo(0, 0));
      await screenshot(f.page, `narrow-${width}-${name.replace(/\W+/g, '-')}`);
    }
    expect(found).toEqual([]);
  });

  test('360 px wide: the side panel is as wide as the window, and fits on the screen with its footer', async () => {
    await f.page.setViewportSize({ width: 360, height: 740 });
    await f.page.goto(f.preview.url);
    await f.page.locator('body[data-ready="true"]').waitFor();
    await f.page.locator('.skip-link').focus();
    await f.page.keyboard.press('Enter');
    await f.button('Create Meet link').scrollIntoViewIfNeeded();
    const panel = (await f.sidebar.boundingBox())!;
    const top = (await f.page.locator('#topbar').boundingBox())!;
    expect(Math.round(panel.width)).toBe(360);
    expect(panel.y).toBeGreaterThanOrEqual(top.y + top.height - 1);
    expect(panel.y + panel.height).toBeLessThanOrEqual(740 + 1);
    await f.press('Create Meet link');
    expect(await f.sidebarText()).toMatch(/meet\.google\.com\//);
    await screenshot(f.page, 'narrow-360-side-panel');
  });
});
