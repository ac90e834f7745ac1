import { join } from 'node:path';
import { composeTypeOf, toHostResponse } from './card-service';
import { validateHostResponse } from './card-schema';
import { actionFunctions, clickables, inputs, visibleText, type Json } from './card-query';
import { draftToOpen, openMessage, type OpenMessage } from './gmail/host-support';
import type { MailDraft } from './gmail/model';
import { buildEventObject, type HostApp, type OpenEvent } from './host-events';
import { ConsentRequired, EXECUTE_SCOPES } from './authorization';
import { GMAIL_SCOPES } from './gmail/scopes';
import { notModelled } from './not-modelled';
import type { OfflineRuntime } from './runtime';
import type { StepInputValue } from './studio/events';
import { StudioHost, type StepRun, type StudioOptions } from './studio/host';

// gas-local has no types: it loads every .js file of a folder into one vm context, as Apps Script does.
const gas = require('gas-local') as { require(folder: string, globals: object): Record<string, any> };

export type { HostApp, OpenEvent } from './host-events';

/** The generic message a host shows when an add-on function throws (the person sees no details). */
export const GENERIC_ERROR = 'MeetLink encountered an error. Try again later.';

/**
 * A Google Workspace host (Gmail or Calendar) simulated offline: it calls the bundle's functions the way
 * the manifest tells it to, with the event object Google sends (developers.google.com/workspace/add-ons/
 * concepts/event-objects), validates every response against card.proto, and applies it: the card stack,
 * notifications, opened links and the draft being written.
 */
export class AddOnHost {
  readonly bundle: Record<string, any>;
  stack: Json[] = [];
  notifications: string[] = [];
  openedLinks: string[] = [];
  errors: string[] = [];
  /**
   * The draft open in Gmail's compose window, with the cursor where content is inserted, and its To and subject once a
   * compose action set them (UpdateDraftActionMarkup updateToRecipients / updateSubject replace them).
   */
  draft: { body: string; cursor: number; to?: string[]; subject?: string } = { body: '', cursor: 0 };
  /** Every content a compose action inserted into the draft, with the content type Gmail was told (TEXT, MUTABLE_HTML…). */
  draftInserts: { content: string; contentType: string }[] = [];
  hostApp: HostApp = 'GMAIL';
  event?: OpenEvent;
  /** The Gmail message open beside the add-on, and the drafts compose actions opened (newest last). */
  message?: OpenMessage;
  openedDrafts: MailDraft[] = [];
  /**
   * Google's consent screens the add-on asked for (ScriptApp.requireScopes with scopes not granted), newest last:
   * the scopes it asked for. The execution ended there; the card stays as it was until the person answers.
   */
  consentPrompts: string[][] = [];
  /** Changes each event object before it is sent: how a test sends values Google's hosts might (odd ones too). */
  eventHook?: (eventObject: Json) => void;
  /**
   * What the person typed, ticked or chose on the card on top since it was drawn. Google keeps a card's current
   * values while it stays on top: an answer with no navigation (a notification, a link, a draft update, an error)
   * leaves the card and its values as they are, and the next action sends them again. They go when another card
   * takes its place (a navigation, Back, a trigger's new card).
   */
  private typed: Record<string, string[]> = {};
  /** How many times another card came on top (pushed, updated, popped, or a trigger's new card): the card's identity. */
  cardChanges = 0;
  /** Every function the host called, in order, and every card it received. */
  readonly calls: string[] = [];
  readonly seenCards: Json[] = [];
  /** Every event object the host sent, in order (what Google would pass: offline/host-events.ts). */
  readonly sentEvents: Json[] = [];

  constructor(
    readonly runtime: OfflineRuntime,
    buildDir = join(__dirname, '..', 'build'),
  ) {
    this.bundle = gas.require(buildDir, { ...runtime.globals });
  }

  /** Google Workspace Studio running this same script's steps (offline/studio/host.ts). */
  get studio(): StudioHost {
    this.#studio ??= new StudioHost(this.runtime, this.bundle);
    return this.#studio;
  }
  #studio?: StudioHost;

  /** Studio runs the step `id` of a flow with these inputs: its outputs and the activity feed's log. */
  runStep(id: string, inputs: Record<string, StepInputValue> = {}, options?: StudioOptions): StepRun {
    return this.studio.runStep(id, inputs, options);
  }

  get card(): Json {
    return this.stack[this.stack.length - 1];
  }

  /** The text a person reads on the card on top, joined with newlines. */
  text(): string {
    return visibleText(this.card).join('\n');
  }

  buttons(): string[] {
    return clickables(this.card).map((c) => c.label);
  }

  homepage(hostApp: HostApp): this {
    this.hostApp = hostApp;
    this.event = undefined;
    this.message = undefined;
    const key = hostApp === 'GMAIL' ? 'gmail' : 'calendar';
    const trigger = this.manifest()[key]?.homepageTrigger ?? this.manifest().common?.homepageTrigger;
    // No homepage trigger (or a disabled one): the host shows its own generic card and calls nothing
    // (developers.google.com/workspace/add-ons/concepts/homepages: "If ... not configured, a generic card is shown").
    if (!trigger?.runFunction || trigger.enabled === false) {
      this.stack = [];
      this.newCardOnTop();
      return this;
    }
    return this.run(trigger.runFunction, {}, 'replace');
  }

  compose(): this {
    this.hostApp = 'GMAIL';
    this.message = undefined;
    const action = this.manifest().gmail.composeTrigger.selectActions[0];
    return this.run(action.runFunction, { gmail: {} }, 'replace');
  }

  openEvent(event: OpenEvent): this {
    this.hostApp = 'CALENDAR';
    this.event = event;
    return this.run(this.manifest().calendar.eventOpenTrigger.runFunction, {}, 'replace');
  }

  /** Opens a message in Gmail: the manifest's contextual trigger runs with the message's event object. */
  openMessage(messageId: string): this {
    this.hostApp = 'GMAIL';
    this.message = openMessage(this.runtime.gmail, messageId);
    return this.run(this.manifest().gmail.contextualTriggers[0].onTriggerFunction, {}, 'replace');
  }

  universal(label: string): this {
    const action = (this.manifest().common.universalActions ?? []).find((a: Json) => a.label === label);
    if (!action) throw new Error(`No universal action "${label}" in the manifest`);
    return this.run(action.runFunction, {}, 'push');
  }

  /** Types into a text input, chooses in a selection input, or sets a switch, by field name. */
  input(name: string, value: string | string[] | boolean | number): this {
    // A number is what a date-time picker holds: ms since the epoch.
    this.typed[name] = value === true ? ['true'] : value === false ? [] : Array.isArray(value) ? value : [String(value)];
    return this;
  }

  /** The context the person is in, opened again: what the host shows first there (the homepage, message, event or draft). */
  private reopen(): this {
    if (this.hostApp === 'CALENDAR' && this.event) return this.openEvent(this.event);
    if (this.message) return this.openMessage(this.message.messageId);
    return this.homepage(this.hostApp);
  }

  /** Presses the button with this label on the card on top. */
  click(label: string): this {
    const target = clickables(this.card).find((c) => c.label === label);
    if (!target) throw new Error(`No button "${label}" on the card. Buttons: ${this.buttons().join(', ')}`);
    return this.press(target);
  }

  /**
   * Presses the clickable at this position of `clickables(card)` on the card on top: how the local preview
   * presses a button, as labels may repeat (or be empty, for icon buttons).
   */
  clickAt(index: number): this {
    const target = clickables(this.card)[index];
    if (!target) throw new Error(`No clickable #${index} on the card. Buttons: ${this.buttons().join(', ')}`);
    return this.press(target);
  }

  /**
   * Sets a field, as input() does, and runs the onChangeAction of the widget with that name (a switch, a
   * selection input or a text input), if it has one: what Google does when the person changes it.
   */
  change(name: string, value: string | string[] | boolean): this {
    this.input(name, value);
    let onChange: Json;
    for (const section of this.card?.sections ?? []) {
      for (const w of section.widgets ?? []) {
        const widget = w.decoratedText?.switchControl ?? w.selectionInput ?? w.textInput;
        if (widget?.name === name && widget.onChangeAction) onChange = widget.onChangeAction;
      }
    }
    if (!onChange) return this;
    const parameters = Object.fromEntries((onChange.parameters ?? []).map((p: Json) => [p.key, p.value]));
    return this.run(onChange.function, { parameters }, 'action');
  }

  private press(target: { label: string; onClick: Json; disabled: boolean }): this {
    const label = target.label;
    if (target.disabled) throw new Error(`The button "${label}" is disabled`);
    if (target.onClick.openLink) {
      this.openedLinks.push(target.onClick.openLink.url);
      return this;
    }
    const action = target.onClick.action;
    const parameters = Object.fromEntries((action.parameters ?? []).map((p: Json) => [p.key, p.value]));
    return this.run(action.function, { parameters }, 'action', composeTypeOf(action));
  }

  /**
   * The person answers Google's latest consent screen: ticks `scopes` (all it asked for, by default; granular consent
   * lets them tick only some). Then they press the button again themselves, as in Gmail and Calendar.
   */
  allowConsent(scopes?: string[]): this {
    const asked = this.consentPrompts[this.consentPrompts.length - 1];
    if (!asked) throw new Error('Google shows no consent screen: nothing asked for consent');
    for (const scope of scopes ?? asked) {
      if (!asked.includes(scope)) throw new Error(`The consent screen did not ask for ${scope}`);
      this.runtime.consent.grant(scope);
    }
    // Unconfirmed (offline/authorization.ts): the card stays, or the host opens the add-on again after the prompt.
    return this.runtime.consent.options.afterPrompt === 'homepage' ? this.reopen() : this;
  }

  back(): this {
    if (this.stack.length > 1) {
      this.stack.pop();
      this.newCardOnTop();
    }
    return this;
  }

  /** Another card is on top: it shows its own values, not what was typed on the one before. */
  private newCardOnTop(): void {
    this.typed = {};
    this.cardChanges += 1;
  }

  /** Every function named by an action of any card this host has received. */
  actionFunctionsSeen(): string[] {
    return [...new Set(this.seenCards.flatMap(actionFunctions))];
  }

  private manifest(): Json {
    return this.runtime.manifest.addOns;
  }

  private eventObject(extra: { parameters?: Record<string, string>; gmail?: Json }): Json {
    const formValues: Record<string, string[]> = {};
    const dateTimeFields: string[] = [];
    const dateFields: string[] = [];
    const timeFields: string[] = [];
    for (const field of this.card ? inputs(this.card) : []) {
      formValues[field.name] = this.typed[field.name] ?? field.values;
      if (field.kind === 'dateTime') dateTimeFields.push(field.name);
      if (field.kind === 'date') dateFields.push(field.name);
      if (field.kind === 'time') timeFields.push(field.name);
    }
    const gmail = this.hostApp === 'GMAIL' ? (extra.gmail ?? (this.message ? { ...this.message } : undefined)) : undefined;
    const calendar = this.hostApp === 'CALENDAR' && this.event ? { open: this.event, stored: this.storedEvent(this.event) } : undefined;
    return buildEventObject({
      manifest: this.runtime.manifest,
      hostApp: this.hostApp,
      account: this.runtime.settings.account,
      now: this.runtime.clock.now(),
      parameters: extra.parameters ?? {},
      formValues,
      dateTimeFields,
      dateFields,
      timeFields,
      // Google sends the person's locale and zone only with script.locale granted (offline/host-events.ts).
      granted: this.runtime.consent.granted(),
      ...(gmail ? { gmail } : {}),
      ...(calendar ? { calendar } : {}),
    });
  }

  private storedEvent(open: OpenEvent) {
    if (!open.id) return undefined;
    const stored = this.runtime.calendar.peek(open.calendarId, open.id);
    if (!stored) throw new Error(`No event ${open.id} in calendar ${open.calendarId}`);
    return stored;
  }

  private run(
    fn: string,
    extra: { parameters?: Record<string, string>; gmail?: Json },
    mode: 'replace' | 'push' | 'action',
    composeType?: string,
  ): this {
    this.calls.push(fn);
    // Every add-on of a host lists its *.addons.execute scope; what the host does when the person unticked it is not
    // published (offline/authorization.ts): not modelled, rather than running the add-on as if nothing happened.
    const execute = EXECUTE_SCOPES[this.hostApp];
    if ((this.runtime.manifest.oauthScopes ?? []).includes(execute) && !this.runtime.consent.isGranted(execute)) {
      notModelled(`Offline host: what ${this.hostApp} does with ${execute} unticked is not modelled (offline/host.ts).`);
    }
    this.runtime.gmail.beginExecution();
    if (typeof this.bundle[fn] !== 'function') throw new Error(`The bundle has no top-level function ${fn}`);
    const eventObject = this.eventObject(extra);
    this.eventHook?.(eventObject);
    this.sentEvents.push(structuredClone(eventObject));
    let returned: unknown;
    try {
      // Each call of the script is one execution (offline/executions.ts): its locks are released when it ends.
      returned = this.runtime.executions.run(() => this.bundle[fn](eventObject));
    } catch (error) {
      // requireScopes: Google ends the execution and shows its consent screen for the missing scopes.
      if (error instanceof ConsentRequired) {
        this.consentPrompts.push([...error.scopes]);
        return this;
      }
      this.errors.push(`${fn}: ${error instanceof Error ? error.message : String(error)}`);
      this.notifications.push(GENERIC_ERROR);
      return this;
    }
    const response = toHostResponse(returned) as Json;
    validateHostResponse(response);
    // Google documents one answer to a compose action: a ComposeActionResponse (card-service/compose-action-response;
    // developers.google.com/workspace/add-ons/gmail/compose). Anything else is undocumented: refused here.
    if (composeType && !response?.hostAppAction?.gmailAction?.openCreatedDraftActionMarkup) {
      throw new Error(`${fn}: a compose action answered something other than a ComposeActionResponse, which Gmail does not document`);
    }
    this.apply(response, mode);
    const draft = draftToOpen(this.runtime.gmail, response, composeType);
    if (draft) this.openedDrafts.push(draft);
    return this;
  }

  private apply(response: Json, mode: 'replace' | 'push' | 'action'): void {
    const navigations: Json[] = response.action?.navigations ?? [];
    if (mode === 'replace' && navigations.length) this.stack = [];
    for (const nav of navigations) {
      if (nav.pushCard) this.stack.push(nav.pushCard);
      else if (nav.updateCard) this.stack[Math.max(this.stack.length - 1, 0)] = nav.updateCard;
      else if (nav.popToRoot) this.stack = this.stack.slice(0, 1);
      else if (nav.pop && this.stack.length > 1) this.stack.pop();
      const card = nav.pushCard ?? nav.updateCard;
      if (card) this.seenCards.push(card);
    }
    if (navigations.length) this.newCardOnTop();
    if (response.action?.notification?.text) this.notifications.push(response.action.notification.text);
    if (response.action?.link?.url) this.openedLinks.push(response.action.link.url);
    const markup = response.hostAppAction?.gmailAction?.updateDraftActionMarkup;
    // "All compose time add-ons must have the gmail.addons.current.action.compose scope even though it might not edit
    // the draft" (add-ons manifest reference, GmailAddOnManifest.composeTrigger): what Gmail does with a draft update
    // without it is not published, so the fake does not guess (MeetLink asks for the scope first).
    if (markup && !this.runtime.consent.isGranted(GMAIL_SCOPES.compose)) {
      notModelled('Offline host: a draft update with gmail.addons.current.action.compose unticked is not modelled (offline/host.ts).');
    }
    // "If set, replaces the existing To recipients" / "subject of the draft the user is currently editing".
    if (markup?.updateToRecipients) this.draft = { ...this.draft, to: (markup.updateToRecipients.toRecipients ?? []).map((r: Json) => r.email) };
    if (markup?.updateSubject) this.draft = { ...this.draft, subject: markup.updateSubject.subject };
    if (markup?.updateBody) this.insertIntoDraft(markup.updateBody);
  }

  private insertIntoDraft(update: Json): void {
    this.draftInserts.push(...(update.insertContents ?? []).map((c: Json) => ({ content: c.content, contentType: c.contentType })));
    const text = (update.insertContents ?? []).map((c: Json) => c.content).join('');
    const { body, cursor } = this.draft;
    if (update.type === 'INSERT_AT_START') this.draft = { ...this.draft, body: text + body, cursor: cursor + text.length };
    else if (update.type === 'INSERT_AT_END') this.draft = { ...this.draft, body: body + text, cursor };
    else this.draft = { ...this.draft, body: body.slice(0, cursor) + text + body.slice(cursor), cursor: cursor + text.length };
  }
}
