/**
 * The local preview: `npm start` builds the add-on and serves a page that runs the REAL build/Code.js in the
 * offline runtime (offline/runtime.ts) through the simulated Gmail/Calendar host (offline/host.ts), the same
 * pair the tests use. All state (calendar events, user properties, the call log) lives in memory.
 *
 *   server/session.ts     the runtime, the host running the bundle, the fault switches
 *   server/seed.ts        the calendar it starts with
 *   server/projection.ts  state → what the page shows (PreviewState, preview/protocol.ts)
 *   server/routes.ts      the JSON API; server/settings.ts the control panel's settings
 *   server/http.ts        HTTP, static files, server-sent events (server/event-stream.ts)
 *   server/watch.ts       rebuild on change with esbuild's watch (add-on: addon-watch.ts; page: web-bundle.ts)
 *
 * When src/ changes, the add-on is rebuilt and loaded into a new host over the SAME runtime, so state is kept;
 * the page hears it on /api/events and refreshes the side panel.
 */
import type { BuildContext } from 'esbuild';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { buildAddOn } from '../scripts/build';
import type { BundleEvent } from './protocol';
import { watchAddOn } from './server/addon-watch';
import { EventStream } from './server/event-stream';
import { createHttpServer } from './server/http';
import { messageOf } from './server/http-error';
import { createRoutes } from './server/routes';
import { PreviewSession } from './server/session';
import { bundleWeb } from './server/web-bundle';

export { PreviewSession } from './server/session';

const root = resolve(__dirname, '..');

export interface PreviewOptions {
  /** 0 picks a free port. Default: PORT from the environment, else 8080. */
  port?: number;
  /** Always 127.0.0.1 unless told otherwise: the preview has no authentication. */
  host?: string;
  /** Build the add-on before serving. Default true. */
  build?: boolean;
  /** Rebuild when src/ (or the page) changes. Default true. */
  watch?: boolean;
  /** Google's simulated latency per API call at start, ms. Default 250. */
  latencyMs?: number;
  /** Real delay of an answer, at most: the simulated time the action took, capped here. Default 3000. */
  maxDelayMs?: number;
  /** Where messages go (default console.log); `() => {}` for silence. */
  log?: (message: string) => void;
  /** The page's directory (app.ts, index.html, styles.css). Default preview/web; tests point it elsewhere. */
  webDir?: string;
}

export interface Preview {
  url: string;
  port: number;
  /** The live session, for tests that want to look inside. */
  session: PreviewSession;
  /** What a change in src/ does: build (unless build: false), reload the bundle keeping state, tell the page. */
  reload(options?: { build?: boolean }): Promise<void>;
  close(): Promise<void>;
}

export async function startPreview(options: PreviewOptions = {}): Promise<Preview> {
  const log = options.log ?? ((m: string) => console.log(m));
  const host = options.host ?? '127.0.0.1';
  const watching = options.watch ?? true;
  if (options.build ?? true) {
    const built = await buildAddOn();
    log(`Built build/Code.js (${(built.bytes / 1024).toFixed(1)} KiB, ${built.exports.length} entry points).`);
  } else if (!existsSync(join(root, 'build', 'Code.js'))) {
    throw new Error('build/Code.js is missing: run `npm run build` first (or start the preview with build: true).');
  }
  const session = new PreviewSession(options.latencyMs ?? 250);
  const events = new EventStream(() => ({ version: session.bundleVersion }));
  const web = await bundleWeb(options.webDir ?? join(__dirname, 'web'), watching ? { onChange: () => events.broadcast('web', {}), log } : undefined);

  /** Builds (if asked), loads build/Code.js into a new host over the same runtime, and tells the page. */
  const reloadAddOn = async (rebuild: boolean): Promise<void> => {
    try {
      const built = rebuild ? await buildAddOn() : undefined;
      session.reload();
      log(`${built ? `Rebuilt build/Code.js (${(built.bytes / 1024).toFixed(1)} KiB)` : 'Reloaded build/Code.js'}: sidebar refreshed, state kept.`);
      events.broadcast('bundle', { version: session.bundleVersion } satisfies BundleEvent);
    } catch (error) {
      session.buildError = messageOf(error);
      log(`Build failed: ${session.buildError}`);
      events.broadcast('bundle', { version: session.bundleVersion, error: session.buildError } satisfies BundleEvent);
    }
  };
  const addOnWatch: BuildContext | undefined = watching ? await watchAddOn(root, () => reloadAddOn(true)) : undefined;

  const server = createHttpServer({
    host,
    webDir: options.webDir ?? join(__dirname, 'web'),
    webScript: web.script,
    webStyles: web.styles,
    state: () => session.state(),
    routes: createRoutes(session),
    events,
    maxDelayMs: options.maxDelayMs ?? 3000,
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? Number(process.env.PORT ?? 8080), host, () => ok());
  });
  const port = (server.address() as AddressInfo).port;

  return {
    url: `http://${host}:${port}/`,
    port,
    session,
    reload: (reloadOptions = {}) => reloadAddOn(reloadOptions.build ?? true),
    close: async () => {
      await Promise.all([web.close(), addOnWatch?.dispose()]);
      events.close();
      await new Promise<void>((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      });
    },
  };
}

if (require.main === module) {
  startPreview().then(
    (preview) => {
      console.log(`MeetLink preview: ${preview.url}  (the real build/Code.js, offline; Ctrl+C to stop)`);
      const stop = () => void preview.close().then(() => process.exit(0));
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    },
    (error) => {
      console.error(messageOf(error));
      process.exit(1);
    },
  );
}
