/**
 * The fault switches of the preview's control panel, each defined once: its label and what it does to the
 * offline runtime. Errors come from Google's documented catalogues (offline/google-errors.ts for Calendar,
 * MEET_ERRORS in offline/meet/model.ts for Meet REST) and are injected
 * with offline/faults.ts; the rest are switches the offline Calendar model and runtime already have. The page
 * draws this list (web/panels/controls.ts); the session applies it (server/session.ts). Adding a fault is one
 * entry here.
 */
import type { FaultRule } from '../offline/faults';
import { CALENDAR_ERRORS, type CalendarErrorName, type GoogleError } from '../offline/google-errors';
import { MEET_ERRORS } from '../offline/meet/model';
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
const meetStatus = (error: GoogleError) => `${error.code} ${error.status}`;
/** What a Workspace account then sees: the link is made through Calendar in the same click. */
const FALLBACK = 'MeetLink should make the link through Calendar instead (events.insert, then events.delete).';

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
    key: 'replicationLag',
    label: 'Replication lag',
    detail: '404 for 3 s',
    title:
      'For 3 s of simulated time after its insert, an event answers 404 to get, patch and delete, however often asked ' +
      '(offline/calendar/replication-lag.ts; Calendar error guide: 404, use exponential backoff). MeetLink tries the ' +
      'delete again after a backoff; if Google still answers 404 when the time is up, the temporary event stays ' +
      'journaled and the card says it may still be in the calendar (an action two minutes or more later deletes it).',
    option: (runtime, on) => {
      Object.assign(runtime.replicationLag, { enabled: on, lagMs: 3000 });
    },
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
  // Meet REST (Workspace accounts): spaces.create fails, the add-on falls back to the Calendar route.
  {
    key: 'meetDenied',
    label: 'Meet API refuses',
    detail: `spaces.create ${MEET_ERRORS.permissionDenied.code}`,
    title: `meet.spaces.create always answers ${meetStatus(MEET_ERRORS.permissionDenied)}, as for an account whose admin turned the Meet API off. ${FALLBACK} MeetLink then skips the Meet API for 30 days (user property meetlink.meetApiDenied): Reset everything forgets it.`,
    rules: [{ api: 'meet.spaces.create', error: MEET_ERRORS.permissionDenied, times: 'always' }],
  },
  {
    key: 'meetQuota',
    label: 'Meet API quota',
    detail: `spaces.create ${MEET_ERRORS.userRateLimited.code}`,
    title: `meet.spaces.create always answers ${meetStatus(MEET_ERRORS.userRateLimited)} for the person's own limit (more than 10 creates a minute). ${FALLBACK} MeetLink then brakes the Meet API for this person alone for a minute (user cache meetlink.meetUserBrake); everyone else keeps using it.`,
    rules: [{ api: 'meet.spaces.create', error: MEET_ERRORS.userRateLimited, times: 'always' }],
  },
  {
    key: 'meetProjectQuota',
    label: 'Project quota used up',
    detail: 'everyone’s 100 a minute',
    title: `Other people using this deployment made 100 Meet spaces in the last minute: spaces.create's per-project quota is used up, so the next one answers ${meetStatus(MEET_ERRORS.projectRateLimited)}. ${FALLBACK} MeetLink then brakes the Meet API for everyone for a minute (script cache meetlink.meetBrake): later clicks make no Meet call at all. Off: the quota and the brake are cleared.`,
    option: (runtime, on) => {
      const { project } = runtime;
      project.meetCreates.splice(0, project.meetCreates.length, ...(on ? Array(100).fill(runtime.clock.now()) : []));
      if (!on) project.scriptCache.evictAll();
    },
  },
  {
    key: 'meetError',
    label: 'Meet API error',
    detail: `spaces.create ${MEET_ERRORS.internal.code}`,
    title: `meet.spaces.create always answers ${meetStatus(MEET_ERRORS.internal)}. ${FALLBACK}`,
    rules: [{ api: 'meet.spaces.create', error: MEET_ERRORS.internal, times: 'always' }],
  },
  // Meet REST meeting presets: an admin who does not allow recording in an edition that has it (Google's answer is
  // undocumented). An edition's own lacks are the control panel's Workspace edition (offline/editions.ts).
  {
    key: 'recordingRefused',
    label: 'No recording (admin)',
    detail: `recording ${MEET_ERRORS.permissionDenied.code}`,
    title: `The admin does not allow recording, in an edition that has it (for an edition without it, choose Business Starter under Workspace edition): any spaces.create or spaces.patch that turns autoRecordingGeneration ON answers ${meetStatus(MEET_ERRORS.permissionDenied)} (meet.options.refusedArtifacts). Switch on "Record automatically" in Settings, then Create Meet link: the card names the refused preset and the link is still made.`,
    option: (runtime, on) => {
      runtime.meet.options.refusedArtifacts = on ? ['recording'] : [];
    },
  },
] as const satisfies readonly FaultSwitch[];

export type FaultKey = (typeof FAULT_SWITCHES)[number]['key'];
export type FaultSwitches = Record<FaultKey, boolean>;

export const FAULT_KEYS: readonly FaultKey[] = FAULT_SWITCHES.map((f) => f.key);

export const faultsOff = (): FaultSwitches => Object.fromEntries(FAULT_KEYS.map((key) => [key, false])) as FaultSwitches;
