/**
 * The page's script: preview/web/app.ts bundled for the browser by esbuild (DOMPurify included). Watched, a
 * change to any file it imports, or to index.html or styles.css, rebuilds it and calls onChange.
 */
import { build, type BuildOptions } from 'esbuild';
import { join } from 'node:path';
import { alsoWatch, errorText, watchBuild } from './watch';

export interface WebBundle {
  script(): string;
  close(): Promise<void>;
}

export async function bundleWeb(webDir: string, watch?: { onChange(): void; log(message: string): void }): Promise<WebBundle> {
  const entry = join(webDir, 'app.ts');
  const options: BuildOptions = {
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2020',
    platform: 'browser',
    sourcemap: 'inline',
    logLevel: 'silent',
  };
  if (!watch) {
    const text = (await build(options)).outputFiles![0]!.text;
    return { script: () => text, close: async () => undefined };
  }
  let script = '';
  let failed: string | undefined;
  const ctx = await watchBuild(
    { ...options, plugins: [alsoWatch(entry, [join(webDir, 'index.html'), join(webDir, 'styles.css')])] },
    (result, first) => {
      if (result.errors.length) {
        if (first) failed = errorText(result);
        else watch.log(`Preview page build failed: ${errorText(result)}`);
        return;
      }
      script = result.outputFiles![0]!.text;
      if (!first) watch.onChange();
    },
  );
  if (failed !== undefined) {
    await ctx.dispose();
    throw new Error(failed);
  }
  return { script: () => script, close: () => ctx.dispose() };
}
