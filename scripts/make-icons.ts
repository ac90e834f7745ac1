/**
 * Renders docs/marketplace/icons/icon.svg to the PNGs the Marketplace listing asks for: 128×128 and 32×32.
 *
 *   npx tsx scripts/make-icons.ts
 *
 * Uses the Chromium already on the machine (CHROME_PATH, else /usr/bin/chromium) through playwright-core;
 * it never downloads a browser. Each PNG's size is read back from its IHDR header before the script ends.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { exitWith } from './lib/exit-with';
import { CHROME_ARGS, CHROME_PATH } from './lib/browser';

export const ICON_SIZES = [128, 32] as const;
const iconsDir = resolve(__dirname, '..', 'docs', 'marketplace', 'icons');

/** Width and height from a PNG's IHDR chunk (bytes 16–23, big-endian), after checking the signature. */
export function pngSize(png: Buffer): { width: number; height: number } {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!png.subarray(0, 8).equals(signature) || png.toString('latin1', 12, 16) !== 'IHDR') {
    throw new Error('not a PNG file');
  }
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** A page that shows only the SVG, drawn at size×size on a transparent background. */
export function iconPage(svg: string, size: number): string {
  const sized = svg.replace(/<svg\b[^>]*?\swidth="\d+"\s+height="\d+"/, (tag) =>
    tag.replace(/width="\d+"/, `width="${size}"`).replace(/height="\d+"/, `height="${size}"`),
  );
  return `<!doctype html><html><body style="margin:0;background:transparent">${sized}</body></html>`;
}

async function makeIcons(): Promise<void> {
  const svg = readFileSync(join(iconsDir, 'icon.svg'), 'utf8');
  const browser = await chromium.launch({
    executablePath: CHROME_PATH,
    args: CHROME_ARGS,
  });
  try {
    for (const size of ICON_SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      await page.setContent(iconPage(svg, size));
      const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      const { width, height } = pngSize(png);
      if (width !== size || height !== size) throw new Error(`icon-${size}.png came out ${width}×${height}, not ${size}×${size}`);
      writeFileSync(join(iconsDir, `icon-${size}.png`), png);
      console.log(`docs/marketplace/icons/icon-${size}.png: ${width}×${height}, ${png.length} bytes`);
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

if (require.main === module) {
  makeIcons().catch(exitWith);
}
