/**
 * Does a change to the preview's stylesheet change what the page looks like? Draws the same pages twice in
 * Chromium, once with the stylesheet of a git ref and once with the working tree's, and compares the computed
 * style of every element and every pixel. For moving rules between the files of preview/web/styles/ (or
 * splitting a sheet) without a visual change.
 *
 *   npx tsx scripts/compare-styles.ts [--ref main] [--widths 1280,900]
 *
 * Exits 1 with the first differences when the two differ. Needs build/Code.js (`npm run build`).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { startPreview } from '../preview/server';
import { launchBrowser } from './lib/browser';

const root = resolve(__dirname, '..');
const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1]! : fallback;
};
const ref = option('ref', 'main');
const widths = option('widths', '1280,900').split(',').map(Number);

/** The stylesheet the page got at `ref`: its preview/web/styles.css with every @import inlined. */
async function stylesheetAt(gitRef: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'meetlink-styles-'));
  try {
    execFileSync('sh', ['-c', `git archive ${JSON.stringify(gitRef)} preview/web | tar -x -C ${JSON.stringify(dir)}`], { cwd: root });
    const out = await build({ entryPoints: [join(dir, 'preview/web/styles.css')], bundle: true, write: false, logLevel: 'silent' });
    return out.outputFiles[0]!.text;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface Scene {
  name: string;
  path: string;
  steps(page: Page): Promise<void>;
}

const settled = (page: Page) => page.locator('#sidebar[aria-busy="false"]').waitFor();
const click = async (page: Page, selector: string) => {
  await page.locator(selector).first().click();
  await settled(page);
};
const press = async (page: Page, label: string) => {
  await page.locator('#sidebar').getByRole('button', { name: label, exact: true }).click();
  await settled(page);
};

const SCENES: Scene[] = [
  { name: 'inbox', path: '', steps: async () => undefined },
  {
    name: 'invite-card',
    path: '',
    steps: async (page) => {
      await click(page, '.gm-row:has-text("RE: Budget review")');
      await press(page, 'Invite to a meeting');
    },
  },
  {
    name: 'compose',
    path: '',
    steps: async (page) => {
      await page.locator('[data-key="compose-open"], [data-key="compose-open-narrow"]').locator('visible=true').first().click();
      await settled(page);
    },
  },
  {
    name: 'calendar-event',
    path: '',
    steps: async (page) => {
      await page.getByRole('button', { name: 'Calendar', exact: true }).click();
      await settled(page);
      await click(page, '.cal-row:has-text("Weekly team sync")');
    },
  },
  {
    name: 'menu-and-no-devtools',
    path: '',
    steps: async (page) => {
      await page.locator('[data-key="devtools-toggle"]').click();
      await page.locator('[data-key="panel-menu"]').click();
    },
  },
  { name: 'gallery', path: '?gallery', steps: async () => undefined },
  { name: 'gallery-clean', path: '?gallery&clean', steps: async () => undefined },
];

/** Every element's computed style (all properties), keyed by its place in the document. */
function computedStyles(): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (el: Element, path: string) => {
    for (const pseudo of [null, '::before', '::after']) {
      const style = getComputedStyle(el, pseudo);
      const values: string[] = [];
      for (let i = 0; i < style.length; i++) {
        const name = style[i]!;
        // A custom property keeps its text as written; esbuild's bundle reflows it (the value is the same).
        const value = style.getPropertyValue(name);
        values.push(`${name}:${name.startsWith('--') ? value.replace(/\s*,\s*/g, ', ').trim() : value}`);
      }
      out[`${path}${pseudo ?? ''}`] = values.join(';');
    }
    Array.from(el.children).forEach((child, i) => {
      const classes = child.className ? `.${String(child.className).trim().replace(/\s+/g, '.')}` : '';
      walk(child, `${path}>${child.tagName.toLowerCase()}${classes}[${i}]`);
    });
  };
  walk(document.documentElement, 'html');
  return out;
}

/** How many pixels differ between two PNGs, counted in the page with a canvas (no image library needed). */
async function differentPixels(page: Page, a: Buffer, b: Buffer): Promise<number> {
  return page.evaluate(
    async ([one, two]) => {
      const decode = async (base64: string) => {
        const image = new Image();
        image.src = `data:image/png;base64,${base64}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.width;
        canvas.height = image.height;
        const context = canvas.getContext('2d')!;
        context.drawImage(image, 0, 0);
        return context.getImageData(0, 0, image.width, image.height).data;
      };
      const [x, y] = [await decode(one!), await decode(two!)];
      if (x.length !== y.length) return Math.max(x.length, y.length) / 4;
      let count = 0;
      for (let i = 0; i < x.length; i += 4) if (x[i] !== y[i] || x[i + 1] !== y[i + 1] || x[i + 2] !== y[i + 2] || x[i + 3] !== y[i + 3]) count++;
      return count;
    },
    [a.toString('base64'), b.toString('base64')],
  );
}

async function main(): Promise<void> {
  const before = await stylesheetAt(ref);
  const preview = await startPreview({ port: 0, build: false, watch: false, latencyMs: 0, maxDelayMs: 0, log: () => undefined });
  const browser = await launchBrowser();
  const { page } = browser;
  // tsx names functions with a helper (__name) the page does not have.
  await page.addInitScript('window.__name = (f) => f');
  const problems: string[] = [];
  let compared = 0;
  try {
    const draw = async (scene: Scene, width: number, css: string | null) => {
      await page.unroute('**/styles.css');
      if (css !== null) await page.route('**/styles.css', (route) => route.fulfill({ status: 200, contentType: 'text/css', body: css }));
      preview.session.reset();
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`${preview.url}${scene.path}`);
      await page.evaluate(() => localStorage.removeItem('meetlink.devtools'));
      await page.goto(`${preview.url}${scene.path}`);
      await page.locator('body[data-ready="true"]').waitFor();
      await scene.steps(page);
      // Toasts leave on a timer: the same page with and without them is not the comparison.
      await page.evaluate(() => document.getElementById('toasts')?.replaceChildren());
      return { styles: await page.evaluate(computedStyles), png: await page.screenshot({ animations: 'disabled', caret: 'hide' }) };
    };
    for (const width of widths) {
      for (const scene of SCENES) {
        const old = await draw(scene, width, before);
        const now = await draw(scene, width, null);
        const keys = new Set([...Object.keys(old.styles), ...Object.keys(now.styles)]);
        const differing = [...keys].filter((k) => old.styles[k] !== now.styles[k]);
        compared += keys.size;
        for (const key of differing.slice(0, 5)) {
          const [a, b] = [String(old.styles[key]).split(';'), String(now.styles[key]).split(';')];
          problems.push(
            `${scene.name} @${width}px ${key}: ${a.filter((p) => !b.includes(p)).join('; ')} → ${b.filter((p) => !a.includes(p)).join('; ')}`,
          );
        }
        const pixels = old.png.equals(now.png) ? 0 : await differentPixels(page, old.png, now.png);
        if (pixels) problems.push(`${scene.name} @${width}px: ${pixels} pixels differ`);
        console.log(`${scene.name} @${width}px: ${keys.size} elements, ${differing.length} with another style, ${pixels} pixels differ`);
      }
    }
  } finally {
    await browser.close();
    await preview.close();
  }
  if (problems.length) {
    console.error(`\nThe stylesheet of ${ref} and the working tree's draw differently:\n${problems.join('\n')}`);
    process.exit(1);
  }
  console.log(`\nSame computed styles (${compared} element styles compared) and the same pixels as ${ref}.`);
}

void main();
