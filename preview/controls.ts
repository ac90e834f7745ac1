/**
 * The control panel's controls, as data: the page draws each (web/panels/controls.ts) and sends its value to
 * POST /api/settings under `key`; the server applies it (server/settings.ts, one handler per key). To add a
 * control (a language, a time zone, a damaged setting…): a key in SettingsBody (protocol.ts), an entry here,
 * a handler there; whatever it reads from the state goes into PreviewState (server/projection.ts).
 */
import { FAULT_SWITCHES } from './faults';
import { LANGUAGES, offeredLanguage, TIME_ZONES } from './locales';
import { PREVIEW_EDITIONS, type PreviewEdition, type PreviewState, type SettingsBody } from './protocol';

interface Base {
  key: keyof SettingsBody;
  label: string;
  /** A class for the control's box (styles.css). */
  className?: string;
}

/** One of a few values, as a segmented radio group. */
export interface ChoiceControl extends Base {
  kind: 'choice';
  options(state: PreviewState): { value: string; label: string; hint?: string }[];
  value(state: PreviewState): string;
}

/** One of many values, as a dropdown (a value the list lacks is shown as one more option). */
export interface SelectControl extends Base {
  kind: 'select';
  /** The id of the <select>. */
  id: string;
  options(state: PreviewState): { value: string; label: string }[];
  value(state: PreviewState): string;
}

/** Buttons that each do one thing once, sent as {key: item}. */
export interface ActionsControl extends Base {
  kind: 'actions';
  items: readonly { value: string; label: string; title: string }[];
  /** A line under the buttons: what they act on now. */
  note?(state: PreviewState): string;
}

/** A number on a slider. */
export interface RangeControl extends Base {
  kind: 'range';
  /** The id of the slider (and `${id}`-output of its read-out). */
  id: string;
  min: number;
  max: number;
  step: number;
  unit: string;
  value(state: PreviewState): number;
}

/** A set of on/off switches sent as {key: {item: boolean}}. */
export interface SwitchesControl extends Base {
  kind: 'switches';
  /** Prefix of each checkbox's data-key and data-… attribute (e.g. `fault` → data-fault="rateLimit"). */
  itemName: string;
  items: readonly { key: string; label: string; detail: string; title: string }[];
  value(state: PreviewState): Record<string, boolean>;
}

const AUTH = 'https://www.googleapis.com/auth/';
/**
 * The scopes the person may untick on Google's consent screen (granular consent, offline/authorization.ts), each a
 * switch that is on while granted. The add-on asks for a scope again only when an action needs it
 * (src/host/feature-scopes.ts): untick one, press a button, and the log shows no call, only Google's prompt.
 */
export const CONSENT_SWITCHES = [
  {
    key: `${AUTH}calendar.events.owned`,
    label: 'Calendar events',
    detail: 'calendar.events.owned',
    title: 'Making a link through Calendar and changing the open event need it: MeetLink asks for it again before acting.',
  },
  {
    key: `${AUTH}meetings.space.created`,
    label: 'Meet spaces',
    detail: 'meetings.space.created',
    title: 'Workspace: without it links come through Calendar, quietly; Meet controls are not offered.',
  },
  {
    key: `${AUTH}meetings.space.settings`,
    label: 'Meet settings',
    detail: 'meetings.space.settings',
    title:
      'Workspace: Meeting settings on the open event (any Meet you organize) needs it: MeetLink asks for it again before the Meet call. Controls on MeetLink’s own links keep working.',
  },
  {
    key: `${AUTH}meetings.space.readonly`,
    label: 'Meet records',
    detail: 'meetings.space.readonly',
    title: 'Workspace: After the meeting and the recap read Meet’s records of a meeting with it: MeetLink asks for it again before any call.',
  },
  {
    key: `${AUTH}gmail.addons.current.message.metadata`,
    label: 'Open email',
    detail: 'gmail…message.metadata',
    title: 'Replying from an open email reads its headers: MeetLink asks for it again before making the link.',
  },
  {
    key: `${AUTH}gmail.addons.current.action.compose`,
    label: 'Drafts',
    detail: 'gmail…action.compose',
    title: 'The reply draft needs it: MeetLink asks for it again before making the link.',
  },
  {
    key: `${AUTH}script.locale`,
    label: 'Locale',
    detail: 'script.locale',
    title:
      'Without it Google sends no userLocale and no timeZone: cards are in English, times in the script’s zone (UTC). Invite to a meeting asks for it again before its form opens.',
  },
  {
    key: `${AUTH}script.external_request`,
    label: 'External requests',
    detail: 'script.external_request',
    title: 'Meet REST and the Calendar REST route go over UrlFetchApp: removing a link and Meet controls need it.',
  },
] as const;

/** The Workspace account's edition, and what Meet then lacks (offline/editions.ts, from Google's Meet and Admin Help). */
const EDITION_LABELS: Record<PreviewEdition, string> = {
  businessStarter: 'Business Starter (no co-hosts, no presets)',
  businessStandard: 'Business Standard (no attendance report)',
  businessPlus: 'Business Plus (every Meet feature)',
  enterprise: 'Enterprise (every Meet feature)',
};

export type Control = ChoiceControl | SelectControl | RangeControl | SwitchesControl | ActionsControl;

export const CONTROLS: readonly Control[] = [
  {
    kind: 'choice',
    key: 'account',
    label: 'Account',
    options: (state) => state.accounts.map((a) => ({ value: a.kind, label: a.kind === 'workspace' ? 'Workspace' : 'Free Gmail', hint: a.email })),
    value: (state) => state.account.kind,
  },
  {
    kind: 'select',
    key: 'edition',
    id: 'edition',
    label: 'Workspace edition',
    className: 'edition',
    options: () => PREVIEW_EDITIONS.map((value) => ({ value, label: EDITION_LABELS[value] })),
    value: (state) => state.edition,
  },
  {
    kind: 'select',
    key: 'locale',
    id: 'locale',
    label: 'Language',
    className: 'person',
    options: () => LANGUAGES.map(({ value, label }) => ({ value, label: `${label} (${value})` })),
    value: (state) => offeredLanguage(state.account.locale),
  },
  {
    kind: 'select',
    key: 'timeZone',
    id: 'time-zone',
    label: 'Time zone',
    className: 'person',
    options: () => TIME_ZONES.map((zone) => ({ value: zone, label: zone.replace(/_/g, ' ') })),
    value: (state) => state.account.timeZone,
  },
  {
    kind: 'range',
    key: 'latencyMs',
    id: 'latency',
    label: 'Google latency',
    className: 'latency',
    min: 0,
    max: 2000,
    step: 50,
    unit: 'ms / call',
    value: (state) => state.latencyMs,
  },
  {
    kind: 'switches',
    key: 'faults',
    label: 'Faults',
    className: 'faults',
    itemName: 'fault',
    items: FAULT_SWITCHES,
    value: (state) => state.faults,
  },
  {
    kind: 'switches',
    key: 'consent',
    label: 'Consent (granted scopes)',
    className: 'consent',
    itemName: 'scope',
    items: CONSENT_SWITCHES,
    value: (state) => state.consent,
  },
  {
    kind: 'actions',
    key: 'conference',
    label: 'Meeting',
    className: 'meeting',
    items: [
      {
        value: 'join',
        label: 'Someone joins',
        title: 'Starts a conference in the latest meeting MeetLink made (Workspace). Refresh its card to see End meeting.',
      },
      { value: 'leave', label: 'Everyone leaves', title: 'Ends the conference of the latest meeting MeetLink made, as if everyone left.' },
    ],
    note: (state) =>
      state.meeting
        ? `Latest meeting ${state.meeting.code}: ${state.meeting.active ? 'someone is in it' : 'nobody in it'}`
        : state.account.kind === 'workspace'
          ? 'No meeting made through the Meet API yet'
          : 'Free Gmail has none: choose Workspace, then Create Meet link',
  },
  {
    kind: 'actions',
    key: 'damage',
    label: 'Damaged user properties',
    className: 'damage',
    items: [
      {
        value: 'settings',
        label: 'Damage settings',
        title: 'Writes meetlink.settings cut in half (it no longer parses), then opens the card again.',
      },
      { value: 'history', label: 'Damage recent links', title: 'Adds malformed entries to meetlink.history, then opens the card again.' },
    ],
  },
  {
    kind: 'actions',
    key: 'links',
    label: 'Saved links',
    className: 'links',
    items: [
      {
        value: 'oldPinned',
        label: 'Old pinned link',
        title:
          'Adds "Office hours", a link pinned a year ago, to meetlink.history: its code may expire, so the homepage marks it with "Fresh link, same label".',
      },
    ],
  },
];
