/**
 * Watches what build/Code.js is made of (src/ through src/index.ts, and appsscript.json) with esbuild's own
 * watch mode, and calls onChange after each change. The real build is scripts/build.ts; this context only
 * tells when to run it.
 */
import type { BuildContext } from 'esbuild';
import { join } from 'node:path';
import { alsoWatch, serial, watchBuild } from './watch';

export async function watchAddOn(root: string, onChange: () => Promise<void>): Promise<BuildContext> {
  const entry = join(root, 'src', 'index.ts');
  const rebuild = serial(onChange);
  return watchBuild(
    {
      entryPoints: [entry],
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'neutral',
      plugins: [alsoWatch(entry, [join(root, 'appsscript.json')])],
    },
    (_result, first) => {
      // Errors too: the real build then fails with the same message, and the page says so.
      if (!first) rebuild();
    },
  );
}
