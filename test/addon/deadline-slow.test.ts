import { ACTION_MS, CLEANUP_MS, describeFaultSweep, WORK_MS } from '../support/deadline';
import { openAddOn } from '../support/harness';

// Google under load answers in seconds: the same sweep, every action within 25 s at 3 s a call.
describeFaultSweep(3000);

describe('the budgets on the simulated clock, at 3 s a call', () => {
  it('a conference that never gets ready: the polls stop so that the last read ends by 20 s, and the temporary event is still deleted after it', () => {
    const { host, runtime, leftovers } = openAddOn({ latencyMs: 3000, calendar: { pendingReads: 1000 } });
    host.homepage('GMAIL');
    runtime.log.clear();
    const clicked = runtime.clock.now();
    host.click('Create Meet link');
    const calls = runtime.log.calls.map((c) => ({ api: c.api, startMs: c.at - c.latencyMs - clicked, endMs: c.at - clicked }));
    const work = calls.filter((c) => c.api !== 'calendar.events.delete');
    const cleanup = calls.filter((c) => c.api === 'calendar.events.delete');
    // The wait for the conference takes the work's whole budget: its last read ends near 20 s, never after.
    expect(Math.max(...work.map((c) => c.endMs))).toBeGreaterThan(WORK_MS - 3000);
    expect(Math.max(...work.map((c) => c.endMs))).toBeLessThanOrEqual(WORK_MS);
    // Cleanup has a budget of its own: the delete runs after the work's deadline, in the same action.
    expect(cleanup).toHaveLength(1);
    expect(cleanup[0].endMs).toBeGreaterThan(WORK_MS);
    expect(cleanup[0].endMs).toBeLessThanOrEqual(CLEANUP_MS);
    expect(leftovers()).toEqual([]);
    expect(runtime.executions.longestMs()).toBeLessThanOrEqual(ACTION_MS);
  });
});
