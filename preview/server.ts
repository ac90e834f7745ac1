/**
 * The local preview: `npm start` builds the add-on and serves a page that runs the REAL build/Code.js in the
 * offline runtime (offline/runtime.ts) through the simulated Gmail/Calendar host (offline/host.ts), the same
 * pair the tests use. The page (preview/web/) renders the cards the add-on answers and calls the small JSON API
 * below; all state (calendar events, user properties, the call log) lives in memory for the session.
 *
 * When src/ changes, the add-on is rebuilt and loaded into a new AddOnHost over the SAME runtime, so state is
 * kept; the page hears it on /api/events (server-sent events) and refreshes the sidebar.
 */
import { build as esbuild } from 'esbuild';
import { existsSync, readFileSync, watch, type FSWatcher } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { buildAddOn } from '../scripts/build';
import type { CallRecord } from '../offline/call-log';
import { clickables, inputs, type Json } from '../offline/card-query';
import type { FaultRule } from '../offline/faults';
import { AddOnHost, type HostApp, type OpenEvent } from '../offline/host';
import { CONSUMER, WORKSPACE, createOfflineRuntime, type OfflineRuntime } from '../offline/runtime';

const root = resolve(__dirname, '..');
const webDir = join(__dirname, 'web');

export interface PreviewOptions {
  /** 0 picks a free port. Default: PORT from the environment, else 8080. */
  port?: number;
  /** Always 127.0.0.1 unless told otherwise: the preview has no authentication. */
  host?: string;
  /** Build the add-on before serving. Default true. */
  build?: boolean;
  /** Rebuild when src/ (or preview/web/) changes. Default true. */
  watch?: boolean;
  /** Google's simulated latency per API call at start, ms. Default 250. */
  latencyMs?: number;
  /** Real delay of an answer, at most: the simulated time the action took, capped here. Default 3000. */
  maxDelayMs?: number;
  /** Where messages go (default console.log); `() => {}` for silence. */
  log?: (message: string) => void;
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

/** The switches of the control panel's "Faults" box. */
export const FAULT_KEYS = [
  'rateLimit',
  'backendError',
  'pendingConference',
  'conferenceFailure',
  'deleteFailure',
  'silentPatch',
  'droppedNull',
] as const;
export type FaultKey = (typeof FAULT_KEYS)[number];
export type FaultSwitches = Record<FaultKey, boolean>;

type Context = { kind: 'homepage'; app: HostApp } | { kind: 'compose' } | { kind: 'event'; event: OpenEvent };

/** One row of the Calendar host's event list. */
export interface EventRow {
  calendarId: string;
  id: string;
  summary: string;
  when: string;
  start: number;
  organizer: string;
  organizedByMe: boolean;
  recurring: boolean;
  conference: { kind: 'meet' | 'pending' | 'failed' | 'other' | 'none'; label: string; uri?: string };
}

/** What the page shows: the answer to GET /api/state and to every action. */
export interface PreviewState {
  bundle: { version: number; builtAt: string; error?: string };
  addOn: { name: string; logoUrl?: string; universalActions: string[]; composeAction: string };
  host: {
    app: HostApp;
    context: Context['kind'];
    event?: OpenEvent;
    /** The card on top, a copy with each clickable's onClick tagged `__i` (its index for /api/click). */
    card: Json | null;
    depth: number;
    draft: { body: string; cursor: number };
  };
  calendar: { calendarId: string; events: EventRow[] };
  account: { kind: 'consumer' | 'workspace'; email: string; timeZone: string };
  latencyMs: number;
  faults: FaultSwitches;
  rules: FaultRule[];
  log: CallRecord[];
  errors: string[];
  now: string;
  /** A problem of the preview or of the response (e.g. a card that fails card.proto validation). */
  failure?: string;
}

export interface ActionResult extends PreviewState {
  notifications: string[];
  openedLinks: string[];
  /** Messages the add-on threw during this action (the person saw only the host's generic error). */
  thrown: string[];
  simulatedMs: number;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const FAULTS_OFF: FaultSwitches = {
  rateLimit: false,
  backendError: false,
  pendingConference: false,
  conferenceFailure: false,
  deleteFailure: false,
  silentPatch: false,
  droppedNull: false,
};

const HOUR = 60 * 60 * 1000;

/** One person's preview: the runtime (Google, offline), the host running the bundle, and what the page chose. */
export class PreviewSession {
  runtime!: OfflineRuntime;
  host!: AddOnHost;
  context: Context = { kind: 'homepage', app: 'GMAIL' };
  faults: FaultSwitches = { ...FAULTS_OFF };
  bundleVersion = 0;
  builtAt = new Date();
  buildError?: string;
  /** The log length when the one-shot rate limit was armed. */
  private rateLimitArmedAt = 0;
  /** A failure while (re)opening the context outside an action, told with the next answer. */
  private unreported?: string;

  constructor(private readonly initialLatencyMs: number) {
    this.reset();
  }

  /** A new runtime and host, seeded calendars, the Gmail homepage. */
  reset(): void {
    this.runtime = createOfflineRuntime({ latencyMs: this.initialLatencyMs });
    this.faults = { ...FAULTS_OFF };
    seedCalendars(this.runtime);
    this.host = new AddOnHost(this.runtime, join(root, 'build'));
    this.safeEnter({ kind: 'homepage', app: 'GMAIL' });
  }

  /** Loads the bundle again into a new host over the same runtime, keeping the draft, and reopens the context. */
  reload(): void {
    const draft = this.host.draft;
    this.host = new AddOnHost(this.runtime, join(root, 'build'));
    this.host.draft = draft;
    this.bundleVersion += 1;
    this.builtAt = new Date();
    this.buildError = undefined;
    this.safeEnter(this.context);
  }

  private safeEnter(context: Context): void {
    try {
      this.enter(context);
    } catch (error) {
      this.unreported = error instanceof Error ? error.message : String(error);
    }
  }

  /** Runs the trigger of a context: a homepage, the compose action, an event opened. */
  enter(context: Context): void {
    this.context = context;
    if (context.kind === 'homepage') this.host.homepage(context.app);
    else if (context.kind === 'compose') this.host.compose();
    else this.host.openEvent(context.event);
  }

  get calendarId(): string {
    return this.runtime.settings.account.email;
  }

  setFaults(next: Partial<FaultSwitches>): void {
    const before = this.faults.rateLimit;
    this.faults = { ...this.faults, ...pick(next, FAULT_KEYS) };
    if (this.faults.rateLimit && !before) this.rateLimitArmedAt = this.runtime.log.calls.length;
    const { faults, calendar, settings } = this.runtime;
    faults.clear();
    // Once: the add-on's retry should get past it.
    if (this.faults.rateLimit) faults.inject({ api: 'calendar.events.*', error: 'rateLimitExceeded', times: 1 });
    if (this.faults.backendError) faults.inject({ api: 'calendar.events.*', error: 'backendError', times: 'always' });
    if (this.faults.deleteFailure) faults.inject({ api: 'calendar.events.delete', error: 'backendError', times: 'always' });
    calendar.options.pendingReads = this.faults.pendingConference ? 2 : 0;
    calendar.options.conferenceFailure = this.faults.conferenceFailure;
    calendar.options.silentPatch = this.faults.silentPatch;
    settings.advancedServiceDropsNulls = this.faults.droppedNull;
  }

  /** The one-shot rate limit turns itself off once Google has answered it. */
  afterAction(): void {
    if (!this.faults.rateLimit) return;
    const fired = this.runtime.log.calls.slice(this.rateLimitArmedAt).some((c) => c.reason === 'rateLimitExceeded');
    if (fired) {
      this.faults.rateLimit = false;
      this.setFaults({});
    }
  }

  state(): PreviewState {
    const { runtime, host } = this;
    const manifest = runtime.manifest.addOns;
    const account = runtime.settings.account;
    return {
      bundle: { version: this.bundleVersion, builtAt: this.builtAt.toISOString(), ...(this.buildError ? { error: this.buildError } : {}) },
      addOn: {
        name: manifest.common?.name ?? 'Add-on',
        logoUrl: manifest.common?.logoUrl,
        universalActions: (manifest.common?.universalActions ?? []).map((a: Json) => a.label),
        composeAction: manifest.gmail?.composeTrigger?.selectActions?.[0]?.text ?? 'Compose action',
      },
      host: {
        app: host.hostApp,
        context: this.context.kind,
        ...(this.context.kind === 'event' ? { event: this.context.event } : {}),
        card: host.card ? tagClickables(host.card) : null,
        depth: host.stack.length,
        draft: { ...host.draft },
      },
      calendar: { calendarId: this.calendarId, events: eventRows(runtime, this.calendarId) },
      account: { kind: account.kind, email: account.email, timeZone: account.timeZone },
      latencyMs: runtime.settings.latencyMs,
      faults: { ...this.faults },
      rules: runtime.faults.list(),
      log: runtime.log.calls.slice(-300),
      errors: host.errors.slice(-20),
      now: new Date(runtime.clock.now()).toISOString(),
      ...(this.unreported ? { failure: this.unreported } : {}),
    };
  }

  /**
   * Runs one thing the person did against the host and says what came of it: new notifications, links
   * opened, errors thrown, and how much simulated time (Google's latency, the add-on's sleeps) it took.
   */
  act(run: (host: AddOnHost) => void): ActionResult {
    const { host, runtime } = this;
    const seen = { notifications: host.notifications.length, links: host.openedLinks.length, errors: host.errors.length };
    const started = runtime.clock.now();
    let failure: string | undefined;
    try {
      run(host);
    } catch (error) {
      if (error instanceof HttpError) throw error;
      failure = error instanceof Error ? error.message : String(error);
    }
    this.afterAction();
    failure ??= this.unreported;
    this.unreported = undefined;
    // A reload during run() may have replaced the host: read from this.host.
    return {
      ...this.state(),
      notifications: this.host.notifications.slice(seen.notifications),
      openedLinks: this.host.openedLinks.slice(seen.links),
      thrown: this.host.errors.slice(seen.errors),
      ...(failure ? { failure } : {}),
      simulatedMs: runtime.clock.now() - started,
    };
  }

  /** Applies what the page sends with an action: field values of the card on top and the draft. */
  applyPage(body: Json): void {
    if (body?.draft && typeof body.draft.body === 'string') {
      const text = body.draft.body as string;
      const cursor = Math.max(0, Math.min(Number(body.draft.cursor) || 0, text.length));
      this.host.draft = { body: text, cursor };
    }
    if (body?.inputs && typeof body.inputs === 'object' && this.host.card) {
      const names = new Set(inputs(this.host.card).map((f) => f.name));
      for (const [name, value] of Object.entries(body.inputs as Record<string, unknown>)) {
        if (!names.has(name)) continue;
        this.host.input(name, Array.isArray(value) ? value.map(String) : String(value ?? ''));
      }
    }
  }
}

/** A copy of a card whose clickables carry their index in clickables(card) and label as onClick.__i/__label. */
export function tagClickables(card: Json): Json {
  const copy = JSON.parse(JSON.stringify(card));
  clickables(copy).forEach((c, i) => {
    c.onClick.__i = i;
    c.onClick.__label = c.label;
  });
  return copy;
}

function pick<K extends string>(value: Partial<Record<K, unknown>>, keys: readonly K[]): Partial<Record<K, boolean>> {
  const out: Partial<Record<K, boolean>> = {};
  for (const key of keys) if (typeof value?.[key] === 'boolean') out[key] = value[key] as boolean;
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// The calendar the preview starts with, on both accounts' calendars.

function seedCalendars(runtime: OfflineRuntime): void {
  const { calendar } = runtime;
  const day = Date.parse(new Date(runtime.clock.now()).toISOString().slice(0, 10) + 'T00:00:00Z');
  const at = (hours: number, minutes = 0) => ({ dateTime: new Date(day + hours * HOUR + minutes * 60000).toISOString() });
  for (const account of [CONSUMER, WORKSPACE]) {
    const cal = account.email;
    calendar.addCalendar(cal, { summary: account.email, owner: account.email, timeZone: account.timeZone });
    calendar.seedEvent(cal, { summary: 'Weekly team sync', start: at(10), end: at(10, 30) }, { withMeet: true });
    calendar.seedEvent(cal, { summary: 'Lunch with Sam', start: at(12, 30), end: at(13, 30), location: 'Café Nero' });
    calendar.seedEvent(
      cal,
      { summary: 'Quarterly planning', start: at(14), end: at(15), organizerEmail: 'lin.organizer@example.org' },
      { withMeet: true },
    );
    calendar.seedEvent(cal, { summary: 'Vendor demo', start: at(15, 30), end: at(16) }, { thirdParty: 'zoom' });
    calendar.seedEvent(cal, {
      summary: '1:1 with Priya',
      start: at(16, 30),
      end: at(17),
      recurringEventId: 'oneononepriya',
      originalStartTime: at(16, 30),
    });
    calendar.seedEvent(cal, { summary: 'Project kickoff', start: at(24 + 11), end: at(24 + 12) });
  }
}

function eventRows(runtime: OfflineRuntime, calendarId: string): EventRow[] {
  const account = runtime.settings.account;
  const format = new Intl.DateTimeFormat('en-GB', {
    timeZone: account.timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const time = new Intl.DateTimeFormat('en-GB', { timeZone: account.timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return runtime.calendar
    .events(calendarId)
    .map((event): EventRow => {
      const start = Date.parse(event.start?.dateTime ?? `${event.start?.date}T00:00:00Z`);
      const end = Date.parse(event.end?.dateTime ?? `${event.end?.date}T00:00:00Z`);
      const organizer = event.organizer?.email ?? calendarId;
      return {
        calendarId,
        id: event.id!,
        summary: event.summary || '(No title)',
        when: Number.isNaN(start) ? '' : `${format.format(start)}${Number.isNaN(end) ? '' : `–${time.format(end)}`}`,
        start,
        organizer,
        organizedByMe: organizer === calendarId,
        recurring: Boolean(event.recurringEventId),
        conference: conferenceOf(event.conferenceData),
      };
    })
    .sort((a, b) => a.start - b.start);
}

/** How the Calendar host lists an event's conference. */
export function conferenceOf(data: Json): EventRow['conference'] {
  if (!data) return { kind: 'none', label: 'No conference' };
  const status = data.createRequest?.status?.statusCode;
  if (!data.conferenceSolution && status === 'pending') return { kind: 'pending', label: 'Meet: being created…' };
  if (!data.conferenceSolution && status === 'failure') return { kind: 'failed', label: 'Meet: creation failed' };
  const video = (data.entryPoints ?? []).find((e: Json) => e.entryPointType === 'video');
  if (data.conferenceSolution?.key?.type === 'hangoutsMeet') {
    return { kind: 'meet', label: `Meet: ${data.conferenceId ?? video?.label ?? '?'}`, ...(video?.uri ? { uri: video.uri } : {}) };
  }
  const name = String(data.conferenceSolution?.name ?? 'Conference').replace(/ Meeting$/, '');
  return { kind: 'other', label: name, ...(video?.uri ? { uri: video.uri } : {}) };
}

// ---------------------------------------------------------------------------------------------------------
// HTTP.

async function readJson(req: IncomingMessage): Promise<Json> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 1024 * 1024) throw new HttpError(413, 'Request body too large');
    chunks.push(chunk as Buffer);
  }
  if (!size) return {};
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new HttpError(400, 'Request body is not JSON');
  }
}

function send(res: ServerResponse, status: number, body: string | Buffer, type: string): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy':
      "default-src 'self'; img-src 'self' data: https:; style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'",
  });
  res.end(body);
}

const sendJson = (res: ServerResponse, status: number, value: unknown) => send(res, status, JSON.stringify(value), 'application/json; charset=utf-8');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Bundles the page script (preview/web/app.ts) for the browser. */
async function bundleWeb(): Promise<string> {
  const result = await esbuild({
    entryPoints: [join(webDir, 'app.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2020',
    platform: 'browser',
    sourcemap: 'inline',
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

export async function startPreview(options: PreviewOptions = {}): Promise<Preview> {
  const log = options.log ?? ((m: string) => console.log(m));
  const maxDelayMs = options.maxDelayMs ?? 3000;
  if (options.build ?? true) {
    const built = await buildAddOn();
    log(`Built build/Code.js (${(built.bytes / 1024).toFixed(1)} KiB, ${built.exports.length} entry points).`);
  } else if (!existsSync(join(root, 'build', 'Code.js'))) {
    throw new Error('build/Code.js is missing: run `npm run build` first (or start the preview with build: true).');
  }
  const session = new PreviewSession(options.latencyMs ?? 250);
  let webScript = await bundleWeb();
  const listeners = new Set<ServerResponse>();
  const broadcast = (event: string, data: unknown) => {
    for (const res of listeners) res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  };

  const delayed = async (res: ServerResponse, result: ActionResult) => {
    // Google really takes this long: the page shows its loading indicator meanwhile.
    const wait = Math.min(Math.max(result.simulatedMs, 0), maxDelayMs);
    if (wait > 0) await sleep(wait);
    sendJson(res, 200, result);
  };

  const routes: Record<string, (body: Json) => ActionResult> = {
    'POST /api/homepage': (body) => {
      const app: HostApp = body.app === 'CALENDAR' ? 'CALENDAR' : 'GMAIL';
      return session.act(() => session.enter({ kind: 'homepage', app }));
    },
    'POST /api/compose': (body) => {
      session.applyPage(body);
      return session.act(() => session.enter({ kind: 'compose' }));
    },
    'POST /api/event/open': (body) => {
      if (typeof body.id !== 'string') throw new HttpError(400, 'id is required');
      const calendarId = typeof body.calendarId === 'string' ? body.calendarId : session.calendarId;
      if (!session.runtime.calendar.peek(calendarId, body.id)) throw new HttpError(404, `No event ${body.id}`);
      return session.act(() => session.enter({ kind: 'event', event: { calendarId, id: body.id } }));
    },
    'POST /api/event/new': () => session.act(() => session.enter({ kind: 'event', event: { calendarId: session.calendarId } })),
    'POST /api/event/save': (body) => {
      // The person saves the event in Calendar (not the add-on): it lands on their calendar, then stays open.
      const summary =
        String(body.summary ?? '')
          .trim()
          .slice(0, 200) || '(No title)';
      // Default: the next full hour after now, as Calendar proposes.
      const start = Date.parse(String(body.start ?? '')) || Math.ceil((session.runtime.clock.now() + 1) / HOUR) * HOUR;
      const minutes = Math.min(Math.max(Number(body.minutes) || 30, 5), 24 * 60);
      const calendarId = session.calendarId;
      const event = session.runtime.calendar.seedEvent(calendarId, {
        summary,
        start: { dateTime: new Date(start).toISOString() },
        end: { dateTime: new Date(start + minutes * 60000).toISOString() },
      });
      return session.act(() => session.enter({ kind: 'event', event: { calendarId, id: event.id! } }));
    },
    'POST /api/click': (body) => {
      const card = session.host.card;
      const index = Number(body.index);
      const target = card ? clickables(card)[index] : undefined;
      if (!target || (typeof body.label === 'string' && body.label !== target.label)) {
        throw new HttpError(409, 'The card changed since the page drew it: the button is gone. Reload the sidebar.');
      }
      session.applyPage(body);
      return session.act((host) => host.clickAt(index));
    },
    'POST /api/change': (body) => {
      if (typeof body.name !== 'string') throw new HttpError(400, 'name is required');
      session.applyPage(body);
      const value = Array.isArray(body.value) ? body.value.map(String) : String(body.value ?? '');
      return session.act((host) => host.change(body.name, value));
    },
    'POST /api/universal': (body) => {
      session.applyPage(body);
      return session.act((host) => host.universal(String(body.label)));
    },
    'POST /api/back': () => session.act((host) => host.back()),
    'POST /api/settings': (body) => {
      const settings = session.runtime.settings;
      let reenter = false;
      if (body.account === 'consumer' || body.account === 'workspace') {
        const next = body.account === 'workspace' ? WORKSPACE : CONSUMER;
        if (next.email !== settings.account.email) {
          settings.account = { ...next };
          reenter = true;
        }
      }
      if (body.latencyMs !== undefined) {
        const ms = Number(body.latencyMs);
        if (!Number.isFinite(ms) || ms < 0 || ms > 60000) throw new HttpError(400, 'latencyMs must be 0–60000');
        settings.latencyMs = Math.round(ms);
      }
      if (body.faults) session.setFaults(body.faults);
      // Another account sees another calendar and may see another homepage: open the host's home again.
      if (reenter) return session.act(() => session.enter({ kind: 'homepage', app: session.host.hostApp }));
      return session.act(() => undefined);
    },
    'POST /api/log/clear': () => {
      session.runtime.log.clear();
      session.host.errors.length = 0;
      return session.act(() => undefined);
    },
    'POST /api/reset': () => {
      session.reset();
      return session.act(() => undefined);
    },
  };

  const server = createServer((req, res) => {
    void (async () => {
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;
      const key = `${req.method} ${path}`;
      try {
        // Only pages served from here (no DNS rebinding: another name for this address is refused).
        const hostname = String(req.headers.host ?? '').replace(/:\d+$/, '');
        if (!['127.0.0.1', 'localhost', '[::1]', options.host ?? '127.0.0.1'].includes(hostname)) throw new HttpError(421, 'Unknown host');
        if (key === 'GET /' || key === 'GET /index.html') return send(res, 200, readFileSync(join(webDir, 'index.html')), 'text/html; charset=utf-8');
        if (key === 'GET /styles.css') return send(res, 200, readFileSync(join(webDir, 'styles.css')), 'text/css; charset=utf-8');
        if (key === 'GET /app.js') return send(res, 200, webScript, 'text/javascript; charset=utf-8');
        if (key === 'GET /api/state') return sendJson(res, 200, session.state());
        if (key === 'GET /api/events') {
          res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
          res.write(`event: hello\ndata: ${JSON.stringify({ version: session.bundleVersion })}\n\n`);
          listeners.add(res);
          req.on('close', () => listeners.delete(res));
          return;
        }
        const route = routes[key];
        if (!route) return sendJson(res, 404, { error: `No route ${key}` });
        // A page from elsewhere must not drive the preview: JSON bodies only (forces a CORS preflight we never answer).
        if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) {
          throw new HttpError(415, 'Send application/json');
        }
        const body = await readJson(req);
        await delayed(res, route(body));
      } catch (error) {
        const status = error instanceof HttpError ? error.status : 500;
        if (!res.headersSent) sendJson(res, status, { error: error instanceof Error ? error.message : String(error) });
      }
    })();
  });

  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? Number(process.env.PORT ?? 8080), options.host ?? '127.0.0.1', () => ok());
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${options.host ?? '127.0.0.1'}:${port}/`;

  /** Builds (if asked), loads build/Code.js into a new host over the same runtime, and tells the page. */
  const reloadAddOn = async (rebuild: boolean): Promise<void> => {
    try {
      const built = rebuild ? await buildAddOn() : undefined;
      session.reload();
      log(`${built ? `Rebuilt build/Code.js (${(built.bytes / 1024).toFixed(1)} KiB)` : 'Reloaded build/Code.js'}: sidebar refreshed, state kept.`);
      broadcast('bundle', { version: session.bundleVersion });
    } catch (error) {
      session.buildError = error instanceof Error ? error.message : String(error);
      log(`Build failed: ${session.buildError}`);
      broadcast('bundle', { version: session.bundleVersion, error: session.buildError });
    }
  };

  // Rebuild on change: src/ → the add-on (into a new host over the same runtime); preview/web/ → the page.
  const watchers: FSWatcher[] = [];
  if (options.watch ?? true) {
    let timer: NodeJS.Timeout | undefined;
    let building = false;
    let again = false;
    let pending = new Set<'addon' | 'web'>();
    const rebuild = async () => {
      if (building) {
        again = true;
        return;
      }
      building = true;
      const what = pending;
      pending = new Set();
      try {
        if (what.has('addon')) await reloadAddOn(true);
        if (what.has('web')) {
          try {
            webScript = await bundleWeb();
            broadcast('web', {});
          } catch (error) {
            log(`Preview page build failed: ${error instanceof Error ? error.message : String(error)}`);
          }
        }
      } finally {
        building = false;
        if (again) {
          again = false;
          void rebuild();
        }
      }
    };
    const schedule = (what: 'addon' | 'web') => {
      pending.add(what);
      clearTimeout(timer);
      timer = setTimeout(() => void rebuild(), 150);
    };
    watchers.push(watch(join(root, 'src'), { recursive: true }, () => schedule('addon')));
    watchers.push(watch(join(root, 'appsscript.json'), () => schedule('addon')));
    watchers.push(watch(webDir, { recursive: true }, () => schedule('web')));
  }

  return {
    url,
    port,
    session,
    reload: (options = {}) => reloadAddOn(options.build ?? true),
    close: async () => {
      for (const w of watchers) w.close();
      for (const res of listeners) res.end();
      listeners.clear();
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
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
