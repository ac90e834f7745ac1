import { faultSweep, isCleanup, type SweepRun } from '../../scripts/fault-sweep';

/**
 * The budgets of one card action, in ms from the click, as MeetLink promises them (README, "What MeetLink
 * guarantees"). Written out here, not imported from src/, so that raising one there makes the tests fail.
 */
export const ACTION_MS = 25_000;
/** Every call of the work (the sweep, inserts, reads, patches, retries, polls) has ENDED by then. */
export const WORK_MS = 20_000;
/** Deleting the action's own temporary event may go on after the work, and has ended by then. */
export const CLEANUP_MS = 23_500;

function late(runs: SweepRun[]): string[] {
  return runs.filter((r) => r.ms > ACTION_MS).map((r) => `${r.scenario}: ${r.ms} ms`);
}

function callsPastBudget(runs: SweepRun[]): string[] {
  return runs.flatMap((r) =>
    r.calls
      .filter((c) => c.endMs > (isCleanup(c) ? CLEANUP_MS : WORK_MS))
      .map((c) => `${r.scenario}: ${isCleanup(c) ? 'cleanup' : 'work'} call ${c.api} ${c.summary} ended at ${c.endMs} ms`),
  );
}

/** The fault sweep (scripts/fault-sweep.ts) at one latency, with the budgets asserted on every run. */
export function describeFaultSweep(latencyMs: number): void {
  describe(`no action past 25 s however Google fails (${latencyMs} ms a call, sleeps and lock waits counted)`, () => {
    const runs = faultSweep(latencyMs);

    it('covers every action under every documented error, always, at every step, with and without leftovers', () => {
      expect(runs.length).toBeGreaterThan(400);
    });

    it('no exception reaches the host, and every action ends within 25 s of simulated time', () => {
      const crashed = runs.filter((r) => r.errors.length).map((r) => `${r.scenario}: ${r.errors.join('; ')}`);
      expect(late(runs)).toEqual([]);
      expect(crashed).toEqual([]);
    });

    it('every call of the work ends by 20 s, and deleting the temporary event by 23.5 s', () => {
      expect(callsPastBudget(runs)).toEqual([]);
    });
  });
}
