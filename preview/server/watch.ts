/**
 * Rebuild on change with esbuild's own watch mode (esbuild.context().watch()). It polls what each build read
 * and compares contents, so an edit saved by renaming a new file over the old one (most editors, `sed -i`)
 * is seen as surely as one written in place; a hand-rolled fs.watch lost those and served stale code.
 */
import { context, type BuildContext, type BuildOptions, type BuildResult, type Plugin } from 'esbuild';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

/** Runs `onBuild` after every build: the first (awaited here), then one per change esbuild sees. */
export async function watchBuild(options: BuildOptions, onBuild: (result: BuildResult, first: boolean) => void): Promise<BuildContext> {
  let first = true;
  let firstDone!: () => void;
  const firstBuild = new Promise<void>((resolve) => (firstDone = resolve));
  const plugin: Plugin = {
    name: 'preview-on-build',
    setup(build) {
      build.onEnd((result) => {
        const wasFirst = first;
        first = false;
        try {
          onBuild(result, wasFirst);
        } finally {
          if (wasFirst) firstDone();
        }
      });
    },
  };
  const ctx = await context({ ...options, logLevel: 'silent', plugins: [...(options.plugins ?? []), plugin] });
  await ctx.watch();
  await firstBuild;
  return ctx;
}

/** Watches files the entry depends on without importing them (the manifest, index.html, styles.css). */
export function alsoWatch(entry: string, files: string[]): Plugin {
  const name = basename(entry).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return {
    name: 'also-watch',
    setup(build) {
      build.onLoad({ filter: new RegExp(`[\\\\/]${name}$`) }, (args) =>
        args.path === entry ? { contents: readFileSync(entry, 'utf8'), loader: 'ts', watchFiles: files } : undefined,
      );
    },
  };
}

/** Runs `task` one at a time; calls made while it runs fold into one more run after it. */
export function serial(task: () => Promise<void>): () => void {
  let running = false;
  let again = false;
  const run = (): void => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    task().finally(() => {
      running = false;
      if (again) {
        again = false;
        run();
      }
    });
  };
  return run;
}

export const errorText = (result: BuildResult): string =>
  result.errors.map((e) => (e.location ? `${e.location.file}:${e.location.line}: ${e.text}` : e.text)).join('\n');
