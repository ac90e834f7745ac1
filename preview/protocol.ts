/**
 * What the preview's server and page say to each other: the routes, what each takes, and the state every
 * answer carries. Both sides import this module (types, and the route names); neither imports the other.
 */
import type { CallRecord } from '../offline/call-log';
import type { Edition } from '../offline/editions';
import type { FaultRule } from '../offline/faults';
import type { HostApp, OpenEvent } from '../offline/host';
import type { FaultSwitches } from './faults';

export type { HostApp, OpenEvent };
export type { FaultKey, FaultSwitches } from './faults';

/** Card JSON (google.apps.card.v1) as the host received it. */
export type Json = any;

/** Where the host is: a homepage, the compose action, an open event, or a message open in Gmail. */
export type PreviewContext =
  | { kind: 'homepage'; app: HostApp }
  | { kind: 'compose' }
  | { kind: 'event'; event: OpenEvent }
  | { kind: 'message'; messageId: string };

export type AccountKind = 'consumer' | 'workspace';

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
  /** The guests' addresses (attendees other than the calendar's owner). */
  guests: string[];
  conference: { kind: 'meet' | 'pending' | 'failed' | 'other' | 'none'; label: string; uri?: string };
  /** The kind of event when it is not a default one (eventType): Focus time, Out of office, Working location, Birthday… */
  kind?: string;
}

/** One message of the Gmail host's inbox (the account's mailbox in the offline runtime). */
export interface MailRow {
  id: string;
  /** The sender's name, as Gmail lists it. */
  from: string;
  fromAddress: string;
  to: string;
  cc?: string;
  subject: string;
  body: string;
  /** "10:42" today, "19 Nov" before, in the account's time zone. */
  when: string;
  unread: boolean;
}

/** A draft a compose action made and Gmail opened for the person (a ComposeActionResponse). */
export interface OpenedDraft {
  id: string;
  to: string[];
  cc: string[];
  subject: string;
  body: string;
  htmlBody?: string;
}

/** What the page shows: the answer to GET /api/state and to every action. */
export interface PreviewState {
  bundle: { version: number; builtAt: string; error?: string };
  addOn: { name: string; logoUrl?: string; universalActions: string[]; composeAction: string };
  host: {
    app: HostApp;
    context: PreviewContext['kind'];
    event?: OpenEvent;
    /** The card on top, a copy with each clickable's onClick tagged `__i` (its index for /api/click). */
    card: Json | null;
    depth: number;
    /**
     * Which card is on top: it changes whenever another card comes on top (a navigation, Back, a trigger), even one
     * with the same JSON. While it stays, the page keeps the values the person typed or ticked, as Google does.
     */
    cardId: string;
    draft: HostDraft;
    /** The message open in Gmail (context `message`), by id. */
    message?: string;
    /** The newest draft a compose action opened since the message was opened. */
    reply?: OpenedDraft;
  };
  /** The account's inbox, newest first. */
  mail: { messages: MailRow[] };
  calendar: { calendarId: string; events: EventRow[] };
  /** The simulated person: `locale` and `timeZone` reach the add-on as commonEventObject.userLocale / timeZone.id. */
  account: { kind: AccountKind; email: string; timeZone: string; locale: string };
  /** The latest meeting MeetLink made for this account through the Meet API (Workspace), if any. */
  meeting?: { code: string; active: boolean };
  /** The accounts the control panel offers. */
  accounts: { kind: AccountKind; email: string }[];
  /** The Google Workspace edition the Workspace account plays (offline/editions.ts), kept across account switches. */
  edition: PreviewEdition;
  latencyMs: number;
  faults: FaultSwitches;
  /** Each scope of the consent control (preview/controls.ts), true while the person has granted it. */
  consent: Record<string, boolean>;
  rules: FaultRule[];
  log: CallRecord[];
  errors: string[];
  now: string;
  /** A problem of the preview or of the response (e.g. a card that fails card.proto validation). */
  failure?: string;
  /** Workspace Studio: the manifest's steps, and what the last run of one gave. */
  studio: { steps: StudioStepView[]; lastRun?: StudioRunView };
}

/** A Workspace Studio step of the manifest (addOns.flows.workflowElements), as the Studio panel offers it. */
export interface StudioStepView {
  id: string;
  name: string;
  inputs: StudioVariable[];
  outputs: StudioVariable[];
  /** Inputs filled from what the preview seeded (yesterday's *Design review* for After the meeting), one click each. */
  examples: StudioExample[];
}

/** A set of input values a flow could pass, named for the panel's button. */
export interface StudioExample {
  label: string;
  values: Record<string, string>;
}

export interface StudioVariable {
  id: string;
  /** Its Studio type: STRING, INTEGER, BOOLEAN, EMAIL_ADDRESS or TIMESTAMP. */
  type: string;
  description: string;
}

/** What a run of a step gave (offline/studio/host.ts StepRun): its outputs, or its error, and the activity log. */
export interface StudioRunView {
  step: string;
  attempts: number;
  outputs?: Record<string, string | number | boolean>;
  log: string;
  error?: { actionable: boolean; retryable: boolean };
  exception?: string;
}

export interface ActionResult extends PreviewState {
  notifications: string[];
  openedLinks: string[];
  /** Messages the add-on threw during this action (the person saw only the host's generic error). */
  thrown: string[];
  /** Google's consent screens this action asked for (ScriptApp.requireScopes): the scopes each asked for. */
  consentPrompts: string[][];
  simulatedMs: number;
}

export interface Draft {
  body: string;
  cursor: number;
}

/** The draft as the host has it: To and the subject once a compose action (the recap) set them. */
export interface HostDraft extends Draft {
  to?: string[];
  subject?: string;
}

/** What the page sends with every action: the sidebar's field values (as formInputs) and the open draft. */
export interface PageInput {
  inputs?: Record<string, string[]>;
  draft?: Draft;
}

/** The simulated Google's settings, as the control panel changes them (POST /api/settings). */
export interface SettingsBody {
  account?: AccountKind;
  /** The Workspace account's edition (`Account.edition`): what Meet lets it have (co-hosts, presets, recordings). */
  edition?: PreviewEdition;
  latencyMs?: number;
  faults?: Partial<FaultSwitches>;
  /** The person's language, as commonEventObject.userLocale (`ja-JP`); the current card is opened again. */
  locale?: string;
  /** The person's IANA time zone (`Asia/Tokyo`); the current card is opened again. */
  timeZone?: string;
  /** Someone joins (`join`) or everyone leaves (`leave`) the latest meeting MeetLink made (Meet REST). */
  conference?: ConferenceChange;
  /** Ticks (true) or unticks (false) scopes on the consent screen, by scope URL. */
  consent?: Record<string, boolean>;
  /** Writes a malformed user property: `settings` (meetlink.settings) or `history` (meetlink.history). */
  damage?: DamageTarget;
  /** Saved links to show: `oldPinned` adds a pinned link made a year ago, whose code may expire. */
  links?: LinksSeed;
}

/** The editions the control panel offers, each one of offline/editions.ts. */
export const PREVIEW_EDITIONS = ['businessStarter', 'businessStandard', 'businessPlus', 'enterprise'] as const satisfies readonly Edition[];
export type PreviewEdition = (typeof PREVIEW_EDITIONS)[number];

export type ConferenceChange = 'join' | 'leave';
export type DamageTarget = 'settings' | 'history';
export type LinksSeed = 'oldPinned';

/** Each POST route and its body. */
export interface Routes {
  '/api/homepage': { app: HostApp };
  '/api/compose': PageInput;
  '/api/message/open': { id: string };
  '/api/event/open': { calendarId?: string; id: string };
  '/api/event/new': Record<string, never>;
  '/api/event/save': { summary: string; start?: string; minutes?: number };
  '/api/click': PageInput & { index: number; label?: string };
  '/api/change': PageInput & { name: string; value: string[] };
  '/api/universal': PageInput & { label: string };
  '/api/back': Record<string, never>;
  '/api/settings': SettingsBody;
  '/api/log/clear': Record<string, never>;
  '/api/reset': Record<string, never>;
  /** Workspace Studio runs a step of the manifest with these inputs (the Studio panel). */
  '/api/studio/run': { step: string; inputs: Record<string, string | boolean> };
}
export type RoutePath = keyof Routes;

export const STATE_PATH = '/api/state';
/** Server-sent events: `bundle` ({version, error?}: the add-on was reloaded or failed to build), `web` (the page changed). */
export const EVENTS_PATH = '/api/events';
export interface BundleEvent {
  version: number;
  error?: string;
}
