import type { OfflineRuntime } from '../../offline/runtime';
import { MARKER_SWEEP_KEY } from '../../src/meet/temporary-event';

/**
 * The person's daily check for leftover temporary events (a list by the marker) has already run today: the
 * state of every day but the first, so a test counts an action's own calls. Tests of the daily check itself
 * pass `{ dailySweepDue: true }` to the harness instead.
 */
export function markDailySweepDone(runtime: OfflineRuntime): void {
  runtime.services.userProperties.setProperty(MARKER_SWEEP_KEY, JSON.stringify({ at: runtime.clock.now() }));
}

export interface HarnessOptions {
  /** Leave the daily list by the marker due, as on a first use (or an upgrade). */
  dailySweepDue?: boolean;
  /** Load the dev build, which adds the deployer's selfCheck (the production build has none). */
  selfCheckBuild?: boolean;
}
