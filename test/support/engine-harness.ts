import { createOfflineRuntime, type RuntimeOptions } from '../../offline/runtime';
import { meetEngine } from '../../src/meet/engine';
import { meetContext, type AppsScriptGlobals } from '../../src/platform';
import { markDailySweepDone, type HarnessOptions } from './daily-sweep';

/**
 * The Meet engine wired exactly as in Apps Script (src/platform.ts), over the offline runtime's globals.
 * `calls()` lists the Calendar calls made since the harness was made (or since `resetLog()`).
 */
export function engineHarness(options: RuntimeOptions = {}, harness: HarnessOptions = {}) {
  const runtime = createOfflineRuntime(options);
  if (!harness.dailySweepDue) markDailySweepDone(runtime);
  const globals = runtime.globals as unknown as AppsScriptGlobals;
  const context = () => meetContext(globals);
  return {
    runtime,
    globals,
    context,
    /** A fresh engine, as each action gets (its deadline counts from now). */
    engine: () => meetEngine(context()),
    calls: (prefix = 'calendar.') => runtime.log.of(prefix).map((c) => `${c.api}${c.route === 'rest' ? ' (rest)' : ''} ${c.status}`),
    apiNames: (prefix = 'calendar.') => runtime.log.of(prefix).map((c) => c.api),
    resetLog: () => runtime.log.clear(),
    sleptMs: () => runtime.services.sleeps.reduce((a, b) => a + b, 0),
    /** Temporary events still on the primary calendar (not deleted). */
    leftovers: () => runtime.calendar.events('primary').filter((e) => e.extendedProperties?.private?.meetlinkTemporary === '1'),
  };
}

export type EngineHarness = ReturnType<typeof engineHarness>;
