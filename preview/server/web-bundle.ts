/**
 * The page's script and stylesheet, bundled for the browser by esbuild: preview/web/app.ts (DOMPurify included)
 * and preview/web/styles.css with every part it @imports (styles/, in the order listed), served as /app.js and
 * /styles.css. Watched, a change to any file either one reads, or to index.html, rebuilds both and calls onChange.
 */
import { build, type BuildOptions, type BuildResult } from 'esbuild';
import { join } from 'node:path';
import { alsoWatch, errorText, watchBuild } from './watch';

export interface WebBundle {
  script(): string;
  styles(): string;
  close(): Promise<void>;
}

interface Output {
  script: string;
  styles: string;
}

/** The two bundles of one build, told apart by their extension. */
function outputOf(result: BuildResult): Output {
  const text = (ext: string) => result.outputFiles?.find((f) => f.path.endsWith(ext))?.text ?? '';
  return { script: text('.js'), styles: text('.css') };
}

export async function bundleWeb(webDir: string, watch?: { onChange(): void; log(message: string): void }): Promise<WebBundle> {
  const entry = join(webDir, 'app.ts');
  const options: BuildOptions = {
    entryPoints: [entry, join(webDir, 'styles.css')],
    outdir: join(webDir, 'out'),
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2020',
    platform: 'browser',
    sourcemap: 'inline',
    logLevel: 'silent',
  };
  if (!watch) {
    const output = outputOf(await build(options));
    return { script: () => output.script, styles: () => output.styles, close: async () => undefined };
  }
  let output: Output = { script: '', styles: '' };
  let failed: string | undefined;
  const ctx = await watchBuild({ ...options, plugins: [alsoWatch(entry, [join(webDir, 'index.html')])] }, (result, first) => {
    if (result.errors.length) {
      if (first) failed = errorText(result);
      else watch.log(`Preview page build failed: ${errorText(result)}`);
      return;
    }
    output = outputOf(result);
    if (!first) watch.onChange();
  });
  if (failed !== undefined) {
    await ctx.dispose();
    throw new Error(failed);
  }
  return { script: () => output.script, styles: () => output.styles, close: () => ctx.dispose() };
}
