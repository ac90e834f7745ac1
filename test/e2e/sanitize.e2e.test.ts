/**
 * The preview's card-text sanitizer (preview/web/sanitize.ts, DOMPurify with Google's allow-list), run where
 * it runs: in Chromium. It is bundled on its own and loaded into a blank page; each payload's result is put
 * into the document, and what survived is read back.
 */
import { build } from 'esbuild';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser, type Browser } from '../../scripts/lib/browser';
import { describeInChromium } from './in-chromium';

jest.setTimeout(60_000);

/** Classic XSS payloads: none may leave an element, attribute or URL that runs or loads anything. */
const PAYLOADS = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=2">',
  '<svg onload="window.__pwned=3"></svg>',
  '<svg><script>window.__pwned=4</script></svg>',
  '<a href="javascript:window.__pwned=5">x</a>',
  '<a href="JaVaScRiPt:window.__pwned=6">x</a>',
  '<a href="&#106;avascript:window.__pwned=7">x</a>',
  '<a href=" javascript:window.__pwned=8">x</a>',
  '<a href="data:text/html,<script>window.__pwned=9</script>">x</a>',
  '<a href="vbscript:msgbox(1)">x</a>',
  '<iframe src="javascript:window.__pwned=10"></iframe>',
  '<body onload="window.__pwned=11">',
  '<details open ontoggle="window.__pwned=12">',
  '<math><mtext><table><mglyph><style><img src=x onerror="window.__pwned=13"></style></mglyph></table></mtext></math>',
  '<form><button formaction="javascript:window.__pwned=14">x</button></form>',
  '<b onmouseover="window.__pwned=15">bold</b>',
  '<font color="red" face="x" style="background:url(javascript:alert(1))">x</font>',
  '<a href="https://example.com" onclick="window.__pwned=16" style="color:red">x</a>',
  '<object data="javascript:window.__pwned=17"></object>',
  '<embed src="javascript:window.__pwned=18">',
  '<noscript><p title="</noscript><img src=x onerror=window.__pwned=19>">',
  '<template><img src=x onerror="window.__pwned=20"></template>',
  '<style>@import "https://evil.example/x.css";</style>',
  '<link rel="stylesheet" href="https://evil.example/x.css">',
  '<meta http-equiv="refresh" content="0;url=javascript:window.__pwned=21">',
];

const ALLOWED_TAGS = new Set(['A', 'B', 'I', 'U', 'S', 'FONT', 'BR']);
const ALLOWED_ATTRIBUTES = new Set(['href', 'color', 'target', 'rel']);

interface Survivor {
  tag: string;
  attributes: [string, string][];
}

async function sanitize(page: Page, html: string): Promise<{ survivors: Survivor[]; text: string }> {
  return page.evaluate((input) => {
    const out = document.getElementById('out')!;
    out.replaceChildren((window as any).Sanitize.richText(input));
    const survivors = Array.from(out.querySelectorAll('*')).map((el) => ({
      tag: el.tagName,
      attributes: Array.from(el.attributes).map((a): [string, string] => [a.name, a.value]),
    }));
    return { survivors, text: out.textContent ?? '' };
  }, html);
}

describeInChromium('card text sanitizer in Chromium', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    const bundled = await build({
      entryPoints: [join(resolve(__dirname, '..', '..'), 'preview', 'web', 'sanitize.ts')],
      bundle: true,
      write: false,
      format: 'iife',
      globalName: 'Sanitize',
      platform: 'browser',
      logLevel: 'silent',
    });
    browser = await launchBrowser();
    page = browser.page;
    await page.setContent('<!doctype html><html><body><div id="out"></div></body></html>');
    await page.addScriptTag({ content: bundled.outputFiles[0]!.text });
  });

  afterAll(async () => {
    await browser?.close();
  });

  test.each(PAYLOADS)('%s leaves nothing that runs or loads', async (payload) => {
    const { survivors } = await sanitize(page, payload);
    for (const { tag, attributes } of survivors) {
      expect(ALLOWED_TAGS).toContain(tag);
      for (const [name, value] of attributes) {
        expect(ALLOWED_ATTRIBUTES).toContain(name);
        if (name === 'href') expect(value).toMatch(/^https?:/i);
        if (name === 'color') expect(value).toMatch(/^(#[0-9a-f]{3,8}|[a-z]{3,20})$/i);
      }
    }
    expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
  });

  test("Google's formatting survives, links open in a new tab, other tags keep their text", async () => {
    const { survivors, text } = await sanitize(
      page,
      '<b>B</b><i>I</i><u>U</u><s>S</s><font color="#188038">G</font><br><a href="https://meet.google.com/abc-defg-hij">L</a><span>T</span>',
    );
    expect(survivors.map((s) => s.tag)).toEqual(['B', 'I', 'U', 'S', 'FONT', 'BR', 'A']);
    expect(survivors[4]!.attributes).toEqual([['color', '#188038']]);
    expect(Object.fromEntries(survivors[6]!.attributes)).toEqual({
      href: 'https://meet.google.com/abc-defg-hij',
      target: '_blank',
      rel: 'noopener noreferrer',
    });
    expect(text).toBe('BIUSGLT');
  });

  test('only http(s) links keep their href (no mailto:, tel: or data:)', async () => {
    for (const href of ['mailto:a@example.com', 'tel:+15551234', 'data:text/plain,x', '//evil.example/x']) {
      const { survivors } = await sanitize(page, `<a href="${href}">x</a>`);
      expect(survivors).toEqual([{ tag: 'A', attributes: [] }]);
    }
  });
});
