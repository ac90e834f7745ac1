/**
 * The fault sweep: every documented Google error, always, at every Calendar and Meet step of every action,
 * plus a conference that never gets ready, replication lag, faults after the work was done, 20 leftovers
 * whose deletes fail, the daily list due, and a slow Gmail before a reply's Calendar work, each at a fixed latency per call (sleeps and lock waits
 * counted on the simulated clock). Answers the longest any one action ran, and when each call started and
 * ended. The Workspace Studio step is swept as an action. Used by `npm run bench` (at 300 ms and at 3 s a call)
 * and by test/addon/deadline.test.ts ("no action past 25 s however Google fails", and the work and cleanup budgets).
 */
import { CALENDAR_ERRORS, type CalendarErrorName } from '../offline/google-errors';
import type { Edition } from '../offline/editions';
import { AddOnHost } from '../offline/host';
import { CONSUMER, createOfflineRuntime, WORKSPACE, type OfflineRuntime, type RuntimeOptions } from '../offline/runtime';
import { seedPastMeeting } from '../offline/meet/past-meeting';
import { SCOPE } from '../offline/scopes';

export interface SweepRun {
  scenario: string;
  /** The longest simulated time one execution of the action ran. */
  ms: number;
  /** What reached the host as an exception (must be none). */
  errors: string[];
  /** Every Google call of the action, with when it started and ended, in ms from the click. */
  calls: TimedCall[];
}

export interface TimedCall {
  api: string;
  summary: string;
  startMs: number;
  endMs: number;
}

/** Ids of the temporary events seeded as leftovers: deleting one is the sweep's work, not the action's cleanup. */
export const LEFTOVER_PREFIX = 'meetlinkleft';

/**
 * The cleanup of an action: deleting the temporary event the action itself inserted, which may go on after
 * the work's deadline. Any other call (the sweep's deletes and list, inserts, reads, patches) is work.
 */
export const isCleanup = (call: TimedCall) => call.api === 'calendar.events.delete' && !call.summary.includes(LEFTOVER_PREFIX);

type Action = {
  name: string;
  account: 'consumer' | 'workspace';
  /** The action reads Gmail before its Calendar work: it also runs with Gmail slow. */
  readsGmail?: boolean;
  /** The Workspace account's edition (offline/editions.ts), when the action is about what one lacks. */
  edition?: Edition;
  prepare(host: AddOnHost): void;
  run(host: AddOnHost): void;
};

const seedOpen = (host: AddOnHost, withMeet: boolean) => {
  const me = host.runtime.settings.account.email;
  const event = host.runtime.calendar.seedEvent(me, { summary: 'Sweep' }, { withMeet });
  host.openEvent({ calendarId: me, id: event.id! });
};

/** The event id of the past meeting each host's action reads (After the meeting). */
const pastEvents = new WeakMap<AddOnHost, string>();

const ACTIONS: Action[] = [
  { name: 'create', account: 'consumer', prepare: (h) => h.homepage('GMAIL'), run: (h) => h.click('Create Meet link') },
  { name: 'create (Workspace)', account: 'workspace', prepare: (h) => h.homepage('GMAIL'), run: (h) => h.click('Create Meet link') },
  { name: 'insert invitation', account: 'consumer', prepare: (h) => h.compose(), run: (h) => h.click('Insert invitation') },
  {
    // The message is read first, then the link is made: every budget counts from the click, the Gmail read included.
    name: 'reply with Meet link',
    account: 'consumer',
    readsGmail: true,
    prepare: (h) => {
      const me = h.runtime.settings.account.email;
      const message = h.runtime.gmail.seedMessage({ from: 'bob@example.org', to: me, subject: 'Sweep' });
      h.openMessage(message.id);
    },
    run: (h) => h.click('Reply with Meet link'),
  },
  {
    name: 'invite to a meeting',
    account: 'consumer',
    prepare: (h) => {
      const me = h.runtime.settings.account.email;
      const message = h.runtime.gmail.seedMessage({ from: 'bob@example.org', to: `${me}, carol@example.net`, subject: 'Sweep' });
      h.openMessage(message.id).click('Invite to a meeting');
    },
    run: (h) => h.click('Send invitations'),
  },
  { name: 'add to event', account: 'consumer', prepare: (h) => seedOpen(h, false), run: (h) => h.click('Add Meet link') },
  {
    name: 'remove from event',
    account: 'consumer',
    prepare: (h) => {
      seedOpen(h, true);
      h.click('Remove Meet link');
    },
    run: (h) => h.click('Remove'),
  },
  {
    // Presets an edition lacks, refused as a whole: create (refused), create, one patch per preset (each refused).
    name: 'create with 4 presets (Business Starter)',
    account: 'workspace',
    edition: 'businessStarter',
    prepare: (h) => {
      h.universal('Settings');
      for (const p of ['record', 'transcribe', 'notes', 'attendance']) h.input(`preset_${p}`, true);
      h.click('Save');
      h.homepage('GMAIL');
    },
    run: (h) => h.click('Create Meet link'),
  },
  {
    // The longest meeting control: moderation, 10 member creates (one call each, no retry) and a list.
    name: 'add 10 co-hosts (Workspace)',
    account: 'workspace',
    prepare: (h) => {
      h.homepage('GMAIL').click('Create Meet link');
      h.input('cohosts', Array.from({ length: 10 }, (_, i) => `guest${i}@example.com`).join(', '));
    },
    run: (h) => h.click('Add co-hosts'),
  },
  // Workspace Studio runs the step with nobody watching, under the same budgets: its longest Meet path (who joins,
  // 3 co-hosts, presets), and the Calendar path a Workspace account takes without the Meet scope. One run each
  // (Studio's own retries are further executions, each with its own 25 s).
  {
    name: 'Studio step, every control (Workspace)',
    account: 'workspace',
    prepare: () => {},
    run: (h) => studioRun(h, { whoCanJoin: 'OPEN', cohost1: 'ben@example.com', cohost2: 'cy@example.com', cohost3: 'di@example.com', record: true }),
  },
  {
    name: 'Studio step through Calendar (Workspace)',
    account: 'workspace',
    prepare: (h) => h.runtime.consent.untick(SCOPE.meetCreated),
    run: (h) => studioRun(h, {}),
  },
  // The step After the meeting, given yesterday's event: its one Calendar read and the Meet reads, read-only.
  {
    name: 'Studio step After the meeting (Workspace)',
    account: 'workspace',
    prepare: (h) => void pastEvents.set(h, seedPastMeeting(h.runtime, { start: h.runtime.clock.now() - 18 * 60 * 60_000 }).event.id!),
    run: (h) => studioRun(h, { eventId: pastEvents.get(h)! }, 'afterMeeting'),
  },
  // After the meeting (issue 24): one Calendar read, then up to 8 Meet reads, each started only if it can end in time;
  // the recap makes the same reads from Gmail's compose window and answers one draft update.
  {
    name: 'after the meeting (Workspace)',
    account: 'workspace',
    prepare: (h) => {
      const { event } = seedPastMeeting(h.runtime, { start: h.runtime.clock.now() - 18 * 60 * 60 * 1000 });
      h.openEvent({ calendarId: h.runtime.settings.account.email, id: event.id! });
    },
    run: (h) => h.click('After the meeting'),
  },
  {
    name: 'recap into the draft (Workspace)',
    account: 'workspace',
    prepare: (h) => {
      seedPastMeeting(h.runtime, { start: h.runtime.clock.now() - 18 * 60 * 60 * 1000 });
      h.compose().click('Recap a recent meeting');
    },
    run: (h) => h.click('Recap'),
  },
];

/** One Studio run of a step; an exception of the add-on is what a crash of a card action is. */
function studioRun(host: AddOnHost, inputs: Record<string, string | boolean>, step = 'makeMeetLink'): void {
  const run = host.runStep(step, inputs, { oneAttempt: true });
  if (run.exception) host.errors.push(`${step}: ${run.exception}`);
}

const APIS = [
  'calendar.events.insert',
  'calendar.events.get',
  'calendar.events.patch',
  'calendar.events.delete',
  'calendar.events.list',
  'meet.spaces.create',
];

interface Trouble {
  name: string;
  options?: RuntimeOptions;
  apply?(runtime: OfflineRuntime): void;
  /** Only for actions that read Gmail first. */
  gmailOnly?: boolean;
}

function troubles(): Trouble[] {
  const list: Trouble[] = [
    { name: 'conference never ready', options: { calendar: { pendingReads: 1000 } } },
    { name: 'replication lag (3 s)', apply: (r) => Object.assign(r.replicationLag, { enabled: true, lagMs: 3000 }) },
    { name: 'replication lag (60 s)', apply: (r) => Object.assign(r.replicationLag, { enabled: true, lagMs: 60_000 }) },
    {
      name: 'insert 500 after the work, then quota',
      apply: (r) => {
        r.afterWorkFaults.inject({ api: 'calendar.events.insert', answer: 'backendError' });
        r.faults.inject({ api: 'calendar.events.insert', error: 'quotaExceeded', at: 2, times: 'always' });
      },
    },
    {
      name: 'insert non-JSON error after the work, always',
      apply: (r) => r.afterWorkFaults.inject({ api: 'calendar.events.insert', answer: 'platformError', times: 'always' }),
    },
    {
      name: 'every Calendar call 503, pending, lag',
      options: { calendar: { pendingReads: 1000 } },
      apply: (r) => {
        r.faults.inject({ api: 'calendar.*', error: 'serviceUnavailable', times: 'always' });
        Object.assign(r.replicationLag, { enabled: true, lagMs: 60_000 });
      },
    },
    { name: 'every Meet call 503', apply: (r) => r.faults.inject({ api: 'meet.*', error: 'serviceUnavailable', times: 'always' }) },
    {
      name: 'Gmail at 8 s a call, conference never ready',
      gmailOnly: true,
      options: { calendar: { pendingReads: 1000 } },
      apply: (r) => {
        r.settings.apiLatencyMs['gmail.'] = 8000;
      },
    },
  ];
  for (const api of APIS) {
    for (const error of Object.keys(CALENDAR_ERRORS) as CalendarErrorName[]) {
      list.push({ name: `${api} ${error} always`, apply: (r) => r.faults.inject({ api, error, times: 'always' }) });
    }
  }
  return list;
}

/** 20 temporary events left behind (deletes failed), old enough to sweep, with the daily list due. */
function withLeftovers(runtime: OfflineRuntime, count: number): void {
  const me = runtime.settings.account.email;
  const entries = Array.from({ length: count }, (_, i) => {
    const id = `${LEFTOVER_PREFIX}${String(i).padStart(4, '0')}`;
    runtime.calendar.seedEvent(me, { id, summary: 'MeetLink temporary event', extendedProperties: { private: { meetlinkTemporary: '1' } } });
    return { id, at: runtime.clock.now() };
  });
  runtime.services.userProperties.setProperty('meetlink.temporaryEvents', JSON.stringify(entries));
  runtime.clock.advance(10 * 60 * 1000);
}

export function faultSweep(latencyMs = 300): SweepRun[] {
  const runs: SweepRun[] = [];
  for (const action of ACTIONS) {
    for (const trouble of troubles()) {
      if (trouble.name.startsWith('meet.') && action.account !== 'workspace') continue;
      if (trouble.gmailOnly && !action.readsGmail) continue;
      for (const leftovers of [0, 20]) {
        const runtime = createOfflineRuntime({
          ...trouble.options,
          latencyMs,
          account: action.account === 'workspace' ? { ...WORKSPACE, ...(action.edition ? { edition: action.edition } : {}) } : CONSUMER,
        });
        const host = new AddOnHost(runtime);
        if (leftovers) withLeftovers(runtime, leftovers);
        action.prepare(host);
        trouble.apply?.(runtime);
        runtime.executions.finished.length = 0;
        runtime.log.clear();
        const clicked = runtime.clock.now();
        action.run(host);
        runs.push({
          scenario: `${action.name} / ${trouble.name}${leftovers ? ` / ${leftovers} leftovers` : ''}`,
          ms: runtime.executions.longestMs(),
          errors: host.errors,
          calls: runtime.log.calls.map((c) => ({ api: c.api, summary: c.summary, startMs: c.at - c.latencyMs - clicked, endMs: c.at - clicked })),
        });
      }
    }
  }
  return runs;
}
