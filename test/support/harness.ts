import { AddOnHost } from '../../offline/host';
import { SELF_CHECK_BUILD_DIR } from '../../scripts/build';
import { createOfflineRuntime, type RuntimeOptions } from '../../offline/runtime';
import { meetEngine } from '../../src/meet/engine';
import { meetContext, type AppsScriptGlobals } from '../../src/platform';
import { markDailySweepDone, type HarnessOptions } from './daily-sweep';

// Every test fails when the offline runtime answered "not modelled" (./not-modelled-guard.ts); this opts one out.
export { allowNotModelled } from './not-modelled-guard';

/**
 * The one test harness: the offline runtime (offline/runtime.ts) with the views of it every kind of test
 * reads. `openAddOn` drives the built bundle through a simulated host; `engineHarness` calls the Meet engine
 * directly, wired as src/platform.ts wires it in Apps Script.
 */
function offline(options: RuntimeOptions, harness: HarnessOptions) {
  const runtime = createOfflineRuntime(options);
  if (!harness.dailySweepDue) markDailySweepDone(runtime);
  return {
    runtime,
    /** Calls since the harness was made (or since `resetLog`), as `api status`, `(rest)` marking the REST route. */
    calls: (prefix = 'calendar.') => runtime.log.of(prefix).map((c) => `${c.api}${c.route === 'rest' ? ' (rest)' : ''} ${c.status}`),
    resetLog: () => runtime.log.clear(),
    /** Temporary events still on a calendar (not deleted). */
    temporaryEventsOn: (calendarId: string) =>
      runtime.calendar.events(calendarId).filter((e) => e.extendedProperties?.private?.meetlinkTemporary === '1'),
  };
}

/**
 * MeetLink as a person meets it: the built bundle (build/Code.js) loaded with gas-local into the offline
 * runtime, driven through a simulated Gmail or Calendar host.
 */
export function openAddOn(options: RuntimeOptions = {}, harness: HarnessOptions = {}) {
  const { runtime, calls, resetLog, temporaryEventsOn } = offline(options, harness);
  const host = harness.selfCheckBuild ? new AddOnHost(runtime, SELF_CHECK_BUILD_DIR) : new AddOnHost(runtime);
  const me = runtime.settings.account.email;
  return {
    runtime,
    host,
    me,
    /** Calendar calls since the last `resetLog`, as `api status`. */
    calendarCalls: () => calls(),
    resetLog,
    leftovers: () => temporaryEventsOn(me),
    lastNotification: () => host.notifications[host.notifications.length - 1],
    /** An event on the person's own calendar. */
    seed: (event: Record<string, unknown> & { summary: string }, opts: { withMeet?: boolean; thirdParty?: 'zoom' } = {}) =>
      runtime.calendar.seedEvent(me, event, opts),
  };
}

/**
 * The Meet engine wired exactly as in Apps Script (src/platform.ts), over the offline runtime's globals.
 * `calls()` lists the Calendar calls made since the harness was made (or since `resetLog()`).
 */
export function engineHarness(options: RuntimeOptions = {}, harness: HarnessOptions = {}) {
  const { runtime, calls, resetLog, temporaryEventsOn } = offline(options, harness);
  const globals = runtime.globals as unknown as AppsScriptGlobals;
  const context = () => meetContext(globals);
  return {
    runtime,
    globals,
    context,
    /** A fresh engine, as each action gets (its deadline counts from now). */
    engine: () => meetEngine(context()),
    calls,
    apiNames: (prefix = 'calendar.') => runtime.log.of(prefix).map((c) => c.api),
    resetLog,
    sleptMs: () => runtime.services.sleeps.reduce((a, b) => a + b, 0),
    /** Temporary events still on the primary calendar (not deleted). */
    leftovers: () => temporaryEventsOn('primary'),
  };
}

export type EngineHarness = ReturnType<typeof engineHarness>;

/** A Meet link somewhere in a text. */
export const MEET_URL = /https:\/\/meet\.google\.com\/[a-z]{3}-[a-z]{4}-[a-z]{3}/;
/** Exactly a Meet link, nothing around it. */
export const EXACT_MEET_URL = /^https:\/\/meet\.google\.com\/[a-z]{3}-[a-z]{4}-[a-z]{3}$/;
export const meetCode = (text: string) => text.match(/[a-z]{3}-[a-z]{4}-[a-z]{3}/)?.[0];
