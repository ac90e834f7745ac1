/**
 * One person's preview: the runtime (Google, offline), the host running the bundle, where the host is, and
 * the fault switches. Everything the routes do goes through here.
 */
import { join, resolve } from 'node:path';
import { inputs, type Json } from '../../offline/card-query';
import { AddOnHost } from '../../offline/host';
import { createOfflineRuntime, type OfflineRuntime } from '../../offline/runtime';
import { FAULT_KEYS, FAULT_SWITCHES, faultsOff, type FaultSwitches } from '../faults';
import type { ActionResult, PreviewContext, PreviewEdition, PreviewState, StudioRunView } from '../protocol';
import { HttpError, messageOf } from './http-error';
import { projectState } from './projection';
import { deliverInvitations, seedMailbox, type Inboxes } from './mailbox';
import { seedCalendars } from './seed';

const buildDir = join(resolve(__dirname, '..', '..'), 'build');

export class PreviewSession {
  runtime!: OfflineRuntime;
  host!: AddOnHost;
  context: PreviewContext = { kind: 'homepage', app: 'GMAIL' };
  faults: FaultSwitches = faultsOff();
  /** Each account's inbox (messages in runtime.gmail). */
  inboxes: Inboxes = {};
  /** Invitations already delivered to preview accounts (event and guest). */
  private delivered = new Set<string>();
  /** How many drafts the host had opened when the open message was opened: the newer ones are its replies. */
  draftBase = 0;
  bundleVersion = 0;
  /** Hosts made so far (reset, reload): with the host's own count of cards, which card is on top. */
  private hosts = 0;
  builtAt = new Date();
  buildError?: string;
  /** For switches that turn themselves off: the log length when each was turned on. */
  private armedAt: Partial<Record<string, number>> = {};
  /** A failure while (re)opening the context outside an action, told with the next answer. */
  private unreported?: string;
  /** What the last Workspace Studio run gave (the Studio panel). */
  studioRun?: StudioRunView;
  /** The edition the Workspace account plays (the control panel's Workspace edition), kept when the account changes. */
  edition: PreviewEdition = 'enterprise';

  constructor(private readonly initialLatencyMs: number) {
    this.reset();
  }

  /** A new runtime and host, seeded calendars, the Gmail homepage. */
  reset(): void {
    this.runtime = createOfflineRuntime({ latencyMs: this.initialLatencyMs });
    this.faults = faultsOff();
    this.edition = 'enterprise';
    seedCalendars(this.runtime);
    this.inboxes = seedMailbox(this.runtime);
    this.delivered = new Set();
    this.studioRun = undefined;
    this.host = new AddOnHost(this.runtime, buildDir);
    this.hosts += 1;
    this.safeEnter({ kind: 'homepage', app: 'GMAIL' });
  }

  /** Loads the bundle again into a new host over the same runtime, keeping the draft, and reopens the context. */
  reload(): void {
    const draft = this.host.draft;
    this.host = new AddOnHost(this.runtime, buildDir);
    this.hosts += 1;
    this.host.draft = draft;
    this.bundleVersion += 1;
    this.builtAt = new Date();
    this.buildError = undefined;
    this.safeEnter(this.context);
  }

  private safeEnter(context: PreviewContext): void {
    try {
      this.enter(context);
    } catch (error) {
      this.unreported = messageOf(error);
    }
  }

  /** Runs the trigger of a context: a homepage, the compose action, an event or a message opened. */
  enter(context: PreviewContext): void {
    // A message of another account's inbox is refused (404) before anything changes.
    const message = context.kind === 'message' ? this.inboxEntry(context.messageId) : undefined;
    this.context = context;
    if (context.kind === 'homepage') this.host.homepage(context.app);
    else if (context.kind === 'compose') this.host.compose();
    else if (context.kind === 'event') this.host.openEvent(context.event);
    else if (message) {
      message.unread = false;
      this.draftBase = this.host.openedDrafts.length;
      this.host.openMessage(message.id);
    }
  }

  /**
   * Workspace Studio runs a step of the manifest, as a flow does, once (no retry: the panel shows what one run
   * gave, and Run again is the person's). A personal account has no Studio: the host refuses, and the page says so.
   */
  runStep(step: string, inputs: Record<string, string | boolean>): void {
    const known = this.runtime.manifest.addOns?.flows?.workflowElements ?? [];
    if (!known.some((e: Json) => e.id === step)) throw new HttpError(404, `No Studio step ${step}`);
    this.studioRun = undefined;
    const run = this.host.runStep(step, inputs, { oneAttempt: true });
    this.studioRun = { step, ...run };
  }

  /** The current account's inbox. */
  get inbox() {
    return this.inboxes[this.runtime.settings.account.email] ?? [];
  }

  private inboxEntry(messageId: string) {
    const entry = this.inbox.find((m) => m.id === messageId);
    if (!entry) throw new HttpError(404, `No message ${messageId} in this account's inbox`);
    return entry;
  }

  get calendarId(): string {
    return this.runtime.settings.account.email;
  }

  /** Turns fault switches on or off (unknown keys and non-booleans are ignored) and applies all of them. */
  setFaults(next: Partial<Record<string, unknown>>): void {
    for (const key of FAULT_KEYS) {
      const value = next?.[key];
      if (typeof value !== 'boolean') continue;
      if (value && !this.faults[key]) this.armedAt[key] = this.runtime.log.calls.length;
      this.faults[key] = value;
    }
    this.applyFaults();
  }

  private applyFaults(): void {
    const { runtime } = this;
    runtime.faults.clear();
    for (const fault of FAULT_SWITCHES) {
      const on = this.faults[fault.key];
      if (on) for (const rule of 'rules' in fault ? fault.rules : []) runtime.faults.inject(rule);
      if ('option' in fault) fault.option(runtime, on);
    }
  }

  /** A switch that turns itself off does so once Google has answered with its error. */
  private afterAction(): void {
    let changed = false;
    for (const fault of FAULT_SWITCHES) {
      if (!('offAfter' in fault) || !this.faults[fault.key]) continue;
      const calls = this.runtime.log.calls.slice(this.armedAt[fault.key] ?? 0);
      if (calls.some((c) => c.reason === fault.offAfter)) {
        this.faults[fault.key] = false;
        changed = true;
      }
    }
    if (changed) this.applyFaults();
  }

  state(): PreviewState {
    const bundle = { version: this.bundleVersion, builtAt: this.builtAt.toISOString(), ...(this.buildError ? { error: this.buildError } : {}) };
    const { runtime, host, context, faults, unreported: failure, studioRun } = this;
    const mail = { inbox: this.inbox, draftBase: this.draftBase };
    const edition = this.edition;
    return projectState({ runtime, host, context, faults, bundle, mail, failure, studioRun, edition, cardId: `${this.hosts}.${host.cardChanges}` });
  }

  /**
   * Runs one thing the person did against the host and says what came of it: new notifications, links
   * opened, errors thrown, and how much simulated time (Google's latency, the add-on's sleeps) it took.
   */
  act(run: (host: AddOnHost) => void): ActionResult {
    const { host, runtime } = this;
    const seen = {
      notifications: host.notifications.length,
      links: host.openedLinks.length,
      errors: host.errors.length,
      prompts: host.consentPrompts.length,
    };
    const started = runtime.clock.now();
    let failure: string | undefined;
    try {
      run(host);
    } catch (error) {
      if (error instanceof HttpError) throw error;
      failure = messageOf(error);
    }
    this.afterAction();
    deliverInvitations(this.runtime, this.inboxes, this.delivered);
    failure ??= this.unreported;
    this.unreported = undefined;
    // A reload during run() may have replaced the host: read from this.host.
    return {
      ...this.state(),
      notifications: this.host.notifications.slice(seen.notifications),
      openedLinks: this.host.openedLinks.slice(seen.links),
      thrown: this.host.errors.slice(seen.errors),
      consentPrompts: this.host.consentPrompts.slice(seen.prompts),
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
