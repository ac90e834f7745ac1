import type { VirtualClock } from './clock';

/**
 * Executions of one person's script. Apps Script runs a person's card actions in parallel when they click
 * twice or act in two tabs (platform facts, "Two executions at once"); every execution of one user shares
 * that user's Calendar, property store and user lock. Offline, JavaScript runs one thing at a time, so a
 * second execution runs to its end *inside* the first (at a call or a property write, see ./interleave.ts):
 * the most hostile schedule, where the first is frozen at its worst moment.
 *
 * Time: every execution shares the simulated clock, so a nested execution's time also passes for the one it
 * interrupts (as wall time would). `finished` records each execution's own time, nested executions excluded:
 * that is what Apps Script's 30 s limit counts for it.
 */
export interface ExecutionRecord {
  id: number;
  /** Simulated ms this execution itself ran (calls, sleeps, lock waits), executions nested in it excluded. */
  elapsedMs: number;
}

interface Running {
  id: number;
  started: number;
  nestedMs: number;
}

export class Executions {
  private readonly running: Running[] = [];
  private nextId = 1;
  readonly finished: ExecutionRecord[] = [];
  private readonly endListeners: ((id: number) => void)[] = [];

  constructor(private readonly clock: VirtualClock) {}

  /** The execution running now; 0 outside any (a test calling the engine directly is one long execution). */
  currentId(): number {
    return this.running[this.running.length - 1]?.id ?? 0;
  }

  /** How many executions are running now (more than one: a second runs inside the first). */
  depth(): number {
    return this.running.length;
  }

  /** Called when an execution ends, however it ends (the user lock uses it to release what it held). */
  onEnd(listener: (id: number) => void): void {
    this.endListeners.push(listener);
  }

  /** Runs one execution: a host calling one of the script's functions. */
  run<T>(body: () => T): T {
    const execution: Running = { id: this.nextId++, started: this.clock.now(), nestedMs: 0 };
    this.running.push(execution);
    try {
      return body();
    } finally {
      this.running.pop();
      const total = this.clock.now() - execution.started;
      this.finished.push({ id: execution.id, elapsedMs: total - execution.nestedMs });
      const parent = this.running[this.running.length - 1];
      if (parent) parent.nestedMs += total;
      for (const listener of this.endListeners) listener(execution.id);
    }
  }

  /** The longest time any one execution ran. */
  longestMs(): number {
    return Math.max(0, ...this.finished.map((f) => f.elapsedMs));
  }
}
