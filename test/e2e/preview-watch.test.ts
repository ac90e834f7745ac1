/**
 * Rebuild on change, with edits saved the way most editors and `sed -i` save them: a new file written next
 * to the old one, then renamed over it. The served page script must become the new one, every time; the
 * add-on's watcher must see src/ and the manifest change. Waits are bounded polls, never fixed sleeps.
 */
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPreview, type Preview } from '../../preview/server';
import { watchAddOn } from '../../preview/server/addon-watch';

jest.setTimeout(60_000);

/** Saves like an editor: write a temporary file, rename it over the source. */
function saveByRename(file: string, text: string): void {
  writeFileSync(`${file}.tmp`, text);
  renameSync(`${file}.tmp`, file);
}

/** Polls until `check` holds, for at most 20 s (esbuild's watcher polls; it usually takes well under a second). */
async function eventually(check: () => boolean | Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Still not true after 20 s: ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const fetchText = async (url: string) => (await fetch(url)).text();

describe('preview rebuilds on edits saved by rename', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'meetlink-watch-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('the page script served is rebuilt after each rename-saved edit, and open pages are told', async () => {
    writeFileSync(join(dir, 'index.html'), '<!doctype html><script src="/app.js"></script>');
    writeFileSync(join(dir, 'styles.css'), '');
    writeFileSync(join(dir, 'app.ts'), "import { message } from './message';\ndocument.title = message;\n");
    writeFileSync(join(dir, 'message.ts'), "export const message = 'version-one';\n");
    const preview: Preview = await startPreview({ port: 0, build: false, watch: true, webDir: dir, log: () => undefined });
    const events: string[] = [];
    const stream = get(`${preview.url}api/events`, (res) => res.on('data', (chunk) => events.push(String(chunk))));
    try {
      expect(await fetchText(`${preview.url}app.js`)).toContain('version-one');
      for (const version of ['version-two', 'version-three']) {
        saveByRename(join(dir, 'message.ts'), `export const message = '${version}';\n`);
        await eventually(async () => (await fetchText(`${preview.url}app.js`)).includes(version), `app.js serves ${version}`);
      }
      await eventually(() => events.join('').includes('event: web'), 'the page was told to reload');
    } finally {
      stream.destroy();
      await preview.close();
    }
  });

  test('the stylesheet served is styles.css with its parts, in order, rebuilt when a part is saved by rename', async () => {
    writeFileSync(join(dir, 'index.html'), '<!doctype html><link rel="stylesheet" href="/styles.css">');
    writeFileSync(join(dir, 'app.ts'), 'document.title = "styles";\n');
    mkdirSync(join(dir, 'styles'));
    writeFileSync(join(dir, 'styles.css'), '@import "./styles/first.css";\n@import "./styles/second.css";\n');
    writeFileSync(join(dir, 'styles', 'first.css'), '.first { color: red; }\n');
    writeFileSync(join(dir, 'styles', 'second.css'), '.second { color: blue; }\n');
    const preview: Preview = await startPreview({ port: 0, build: false, watch: true, webDir: dir, log: () => undefined });
    const events: string[] = [];
    const stream = get(`${preview.url}api/events`, (res) => res.on('data', (chunk) => events.push(String(chunk))));
    const served = () => fetchText(`${preview.url}styles.css`);
    try {
      const css = await served();
      expect(css).not.toContain('@import');
      // The order of the list is the order of the cascade.
      expect(css.indexOf('.first')).toBeGreaterThan(-1);
      expect(css.indexOf('.first')).toBeLessThan(css.indexOf('.second'));
      saveByRename(join(dir, 'styles', 'second.css'), '.second { color: green; }\n');
      await eventually(async () => (await served()).includes('green'), 'styles.css serves the saved part');
      await eventually(() => events.join('').includes('event: web'), 'the page was told to reload');
    } finally {
      stream.destroy();
      await preview.close();
    }
  });

  test("the add-on's watcher sees src/ and appsscript.json saved by rename", async () => {
    mkdirSync(join(dir, 'src'));
    writeFileSync(join(dir, 'src', 'index.ts'), "export { greet } from './greet';\n");
    writeFileSync(join(dir, 'src', 'greet.ts'), "export const greet = () => 'one';\n");
    writeFileSync(join(dir, 'appsscript.json'), '{"timeZone": "Etc/UTC"}\n');
    let changes = 0;
    const watcher = await watchAddOn(dir, async () => {
      changes += 1;
    });
    try {
      expect(changes).toBe(0); // starting to watch is not a change
      saveByRename(join(dir, 'src', 'greet.ts'), "export const greet = () => 'two';\n");
      await eventually(() => changes >= 1, 'a change in src/ was seen');
      // Twice: a watcher on the file's inode goes deaf after the first rename.
      for (const timeZone of ['Europe/London', 'Asia/Tokyo']) {
        const seen = changes;
        saveByRename(join(dir, 'appsscript.json'), `{"timeZone": "${timeZone}"}\n`);
        await eventually(() => changes > seen, `appsscript.json saved with ${timeZone} was seen`);
      }
    } finally {
      await watcher.dispose();
    }
  });
});
