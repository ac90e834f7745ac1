/**
 * The fault switches of the preview's control panel, each defined once: its label and what it does to the
 * offline runtime. Errors come from Google's documented catalogue (offline/google-errors.ts) and are injected
 * with offline/faults.ts; the rest are switches the offline Calendar model and runtime already have. The page
 * draws this list (web/panels/controls.ts); the session applies it (server/session.ts). Adding a fault is one
 * entry here.
 */
import type { FaultRule } from '../offline/faults';
import { CALENDAR_ERRORS, type CalendarErrorName } from '../offline/google-errors';
import type { OfflineRuntime } from '../offline/runtime';

export interface FaultSwitch {
  key: string;
  label: string;
  /** A few words under the label. */
  detail: string;
  /** The tooltip: exactly what happens. */
  title: string;
  /** Rules injected (offline/faults.ts) while the switch is on. */
  rules?: readonly FaultRule[];
  /** Sets a runtime option to match the switch. */
  option?: (runtime: OfflineRuntime, on: boolean) => void;
  /** The switch turns itself off once Google has answered a call with this reason. */
  offAfter?: CalendarErrorName;
}

const status = (name: CalendarErrorName) => `${CALENDAR_ERRORS[name].code} ${CALENDAR_ERRORS[name].reason}`;

export const FAULT_SWITCHES = [
  {
    key: 'rateLimit',
    label: 'Rate limit, once',
    detail: `${CALENDAR_ERRORS.rateLimitExceeded.code}, retried`,
    title: `The next Calendar event call answers ${status('rateLimitExceeded')}; the add-on should retry. Turns itself off once answered.`,
    rules: [{ api: 'calendar.events.*', error: 'rateLimitExceeded', times: 1 }],
    offAfter: 'rateLimitExceeded',
  },
  {
    key: 'backendError',
    label: 'Backend error',
    detail: `every event call ${CALENDAR_ERRORS.backendError.code}`,
    title: `Every Calendar event call (calendar.events.*) answers ${status('backendError')}.`,
    rules: [{ api: 'calendar.events.*', error: 'backendError', times: 'always' }],
  },
  {
    key: 'pendingConference',
    label: 'Pending conference',
    detail: '2 reads',
    title: 'A new Meet conference stays “pending” for 2 reads of the event (calendar.options.pendingReads = 2).',
    option: (runtime, on) => {
      runtime.calendar.options.pendingReads = on ? 2 : 0;
    },
  },
  {
    key: 'conferenceFailure',
    label: 'Conference fails',
    detail: 'status failure',
    title: 'Google ends conference creation in status “failure” (calendar.options.conferenceFailure).',
    option: (runtime, on) => {
      runtime.calendar.options.conferenceFailure = on;
    },
  },
  {
    key: 'deleteFailure',
    label: 'Delete failure',
    detail: `events.delete ${CALENDAR_ERRORS.backendError.code}`,
    title: `calendar.events.delete always answers ${status('backendError')}.`,
    rules: [{ api: 'calendar.events.delete', error: 'backendError', times: 'always' }],
  },
  {
    key: 'silentPatch',
    label: 'Silent 200',
    detail: 'patch changes nothing',
    title: 'events.patch answers 200 with the event but changes nothing (calendar.options.silentPatch).',
    option: (runtime, on) => {
      runtime.calendar.options.silentPatch = on;
    },
  },
  {
    key: 'droppedNull',
    label: 'Dropped null',
    detail: 'conferenceData: null lost',
    title: 'The Advanced service drops null fields before sending (settings.advancedServiceDropsNulls).',
    option: (runtime, on) => {
      runtime.settings.advancedServiceDropsNulls = on;
    },
  },
] as const satisfies readonly FaultSwitch[];

export type FaultKey = (typeof FAULT_SWITCHES)[number]['key'];
export type FaultSwitches = Record<FaultKey, boolean>;

export const FAULT_KEYS: readonly FaultKey[] = FAULT_SWITCHES.map((f) => f.key);

export const faultsOff = (): FaultSwitches => Object.fromEntries(FAULT_KEYS.map((key) => [key, false])) as FaultSwitches;
