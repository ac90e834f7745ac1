import { CALENDAR_ERRORS, type CalendarErrorName, type GoogleError } from './google-errors';

/**
 * Fault injection: make any API method answer any documented error, at its Nth call, for a number of calls
 * or always. Counting starts when the rule is injected. Used by the tests and by the preview's control panel.
 */
export interface FaultRule {
  /** API method as the call log names it (`calendar.events.remove`), or a prefix ending in `*` (`calendar.*`). */
  api: string;
  /** A documented error by name, or any error. */
  error: CalendarErrorName | GoogleError;
  /** The first call (1-based, counted from injection) that fails. Default 1. */
  at?: number;
  /** How many calls fail from `at` on. Default 1. */
  times?: number | 'always';
}

interface ActiveRule {
  rule: FaultRule;
  error: GoogleError;
  seen: number;
}

export class Faults {
  private rules: ActiveRule[] = [];

  inject(rule: FaultRule): void {
    const error = typeof rule.error === 'string' ? CALENDAR_ERRORS[rule.error] : rule.error;
    if (!error) throw new Error(`Faults.inject: no documented error named ${String(rule.error)}`);
    this.rules.push({ rule, error, seen: 0 });
  }

  clear(): void {
    this.rules = [];
  }

  list(): FaultRule[] {
    return this.rules.map((r) => r.rule);
  }

  /** Counts one call of `api`; answers the error it must fail with, if a rule says so. */
  next(api: string): GoogleError | undefined {
    let hit: GoogleError | undefined;
    for (const active of this.rules) {
      const { rule } = active;
      const matches = rule.api.endsWith('*') ? api.startsWith(rule.api.slice(0, -1)) : api === rule.api;
      if (!matches) continue;
      active.seen += 1;
      const at = rule.at ?? 1;
      const times = rule.times ?? 1;
      const inWindow = active.seen >= at && (times === 'always' || active.seen < at + times);
      if (inWindow && !hit) hit = active.error;
    }
    return hit;
  }
}
