/**
 * Simulated time. Google's latency and the add-on's Utilities.sleep advance it; nothing really waits,
 * unless a host (the local preview) asks for real delays to show its loading indicator.
 */
export class VirtualClock {
  private ms: number;
  constructor(start = Date.parse('2026-11-23T09:00:00Z')) {
    this.ms = start;
  }
  now(): number {
    return this.ms;
  }
  advance(ms: number): void {
    if (!(ms >= 0)) throw new Error(`VirtualClock.advance: ${ms} is not a duration`);
    this.ms += ms;
  }
}

/** How long Google takes to answer one call, in simulated milliseconds. */
export type LatencyModel = (api: string) => number;
export const fixedLatency =
  (ms: number): LatencyModel =>
  () =>
    ms;
