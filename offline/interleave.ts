import type { CallLog, CallRecord } from './call-log';
import type { FakeProperties } from './services';

/**
 * Runs a second execution in the middle of the first: at its Nth Google call (after Google did the work and
 * before the first execution reads the answer) or at its Nth write to user properties (after the first read
 * what it is about to change, before its write lands: where a read-change-write without the lock loses an update). With this a
 * test walks every point of an action and checks that two clicks at once never lose a journal entry, never
 * delete an event the other execution still uses, and never show a link that was never made.
 *
 * Apps Script gives one user's executions no ordering at all (platform facts, "Two executions at once";
 * developers.google.com/apps-script/guides/services/quotas: simultaneous executions per user), so any point
 * is a possible schedule.
 */
export type InterleavePoint =
  /** The Nth call (1-based, counted from `at`) whose api starts with `api` (default: any Google call). */
  | { call: number; api?: string }
  /** The Nth write (set or delete) of a user property, optionally of one key. */
  | { propertyWrite: number; key?: string };

interface Plan {
  point: InterleavePoint;
  seen: number;
  second: () => void;
}

export class Interleaver {
  private plans: Plan[] = [];
  /** Every point reached, in order: `call <api>` or `write <key>`, for tests that enumerate them. */
  readonly reached: string[] = [];

  constructor(log: CallLog, properties: FakeProperties) {
    const record = log.record.bind(log);
    log.record = (call): CallRecord => {
      const entry = record(call);
      this.reach('call', call.api);
      return entry;
    };
    const set = properties.setProperty.bind(properties);
    properties.setProperty = (key: string, value: string) => {
      this.reach('write', key);
      set(key, value);
      return properties;
    };
    const remove = properties.deleteProperty.bind(properties);
    properties.deleteProperty = (key: string) => {
      this.reach('write', key);
      remove(key);
      return properties;
    };
  }

  /** When the point is reached, `second` runs once, to its end, before the first execution goes on. */
  at(point: InterleavePoint, second: () => void): void {
    this.plans.push({ point, seen: 0, second });
  }

  clear(): void {
    this.plans = [];
    this.reached.length = 0;
  }

  private reach(kind: 'call' | 'write', name: string): void {
    this.reached.push(`${kind} ${name}`);
    for (const plan of [...this.plans]) {
      const { point } = plan;
      const matches =
        'call' in point ? kind === 'call' && name.startsWith(point.api ?? '') : kind === 'write' && (point.key === undefined || point.key === name);
      if (!matches) continue;
      plan.seen += 1;
      const target = 'call' in point ? point.call : point.propertyWrite;
      if (plan.seen !== target) continue;
      this.plans = this.plans.filter((p) => p !== plan);
      plan.second();
    }
  }
}
