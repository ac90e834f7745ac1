/**
 * The control panel's controls, as data: the page draws each (web/panels/controls.ts) and sends its value to
 * POST /api/settings under `key`; the server applies it (server/settings.ts, one handler per key). To add a
 * control (a language, a time zone, a damaged setting…): a key in SettingsBody (protocol.ts), an entry here,
 * a handler there; whatever it reads from the state goes into PreviewState (server/projection.ts).
 */
import { FAULT_SWITCHES } from './faults';
import type { PreviewState, SettingsBody } from './protocol';

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

export type Control = ChoiceControl | RangeControl | SwitchesControl;

export const CONTROLS: readonly Control[] = [
  {
    kind: 'choice',
    key: 'account',
    label: 'Account',
    options: (state) => state.accounts.map((a) => ({ value: a.kind, label: a.kind === 'workspace' ? 'Workspace' : 'Free Gmail', hint: a.email })),
    value: (state) => state.account.kind,
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
];
