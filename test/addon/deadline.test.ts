import { faultSweep } from '../../scripts/fault-sweep';

describe('no action past 25 s however Google fails (300 ms a call, sleeps and lock waits counted)', () => {
  const runs = faultSweep(300);

  it('covers every action under every documented error, always, at every step, with and without leftovers', () => {
    expect(runs.length).toBeGreaterThan(400);
  });

  it('no exception reaches the host, and every action ends within 25 s of simulated time', () => {
    const late = runs.filter((r) => r.ms > 25_000).map((r) => `${r.scenario}: ${r.ms} ms`);
    const crashed = runs.filter((r) => r.errors.length).map((r) => `${r.scenario}: ${r.errors.join('; ')}`);
    expect(late).toEqual([]);
    expect(crashed).toEqual([]);
  });
});
