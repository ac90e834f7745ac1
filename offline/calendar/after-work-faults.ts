import { ApiFailure, type ApiEnv } from '../api-env';
import { CALENDAR_ERRORS, type CalendarErrorName } from '../google-errors';
import type { CalendarModel } from './model';

/**
 * Faults that happen after the work was done: Google made (or changed, or deleted) the event, then the answer
 * the add-on got was an error. The platform facts ("404 is not proof of absence") and the Calendar error guide
 * (developers.google.com/workspace/calendar/api/guides/errors: 500 backendError, 503) say an insert that
 * answered 5xx may still have made its event. `platformError` is the non-JSON error Apps Script throws from an
 * Advanced-service call ("We're sorry, a server error occurred. Please wait a bit and try again."): a plain
 * exception with no `details`.
 */
export const PLATFORM_ERROR_MESSAGE = "We're sorry, a server error occurred. Please wait a bit and try again.";
/**
 * `unreadable`: a plain exception whose words name no status and no reason the add-on could read (what else Apps
 * Script throws from an Advanced-service call is not published: **unconfirmed**, a stand-in for any such failure).
 */
export const UNREADABLE_ERROR_MESSAGE = 'Exception: The operation could not be completed.';

export interface AfterWorkRule {
  api: 'calendar.events.insert' | 'calendar.events.patch' | 'calendar.events.delete';
  answer: CalendarErrorName | 'platformError' | 'unreadable';
  /** The first call (1-based, counted from injection) that answers the error after doing its work. Default 1. */
  at?: number;
  /** How many calls from `at` on. Default 1. */
  times?: number | 'always';
}

export class AfterWorkFaults {
  private rules: { rule: AfterWorkRule; seen: number }[] = [];

  constructor(model: CalendarModel, env: ApiEnv) {
    const afterwards = (api: AfterWorkRule['api']): void => {
      const rule = this.next(api);
      if (!rule) return;
      const last = env.log.calls[env.log.calls.length - 1];
      if (rule.answer === 'platformError') {
        if (last) Object.assign(last, { status: 500, reason: 'platformError (non-JSON)' });
        throw new Error(PLATFORM_ERROR_MESSAGE);
      }
      if (rule.answer === 'unreadable') {
        if (last) Object.assign(last, { status: 0, reason: 'unreadable (no status, no reason)' });
        throw new Error(UNREADABLE_ERROR_MESSAGE);
      }
      const error = CALENDAR_ERRORS[rule.answer];
      if (last) Object.assign(last, { status: error.code, reason: `${error.reason} (after the work was done)` });
      throw new ApiFailure(error);
    };
    const insert = model.insert.bind(model);
    model.insert = (...args) => {
      const event = insert(...args);
      afterwards('calendar.events.insert');
      return event;
    };
    const patch = model.patch.bind(model);
    model.patch = (...args) => {
      const event = patch(...args);
      afterwards('calendar.events.patch');
      return event;
    };
    const remove = model.remove.bind(model);
    model.remove = (...args) => {
      remove(...args);
      afterwards('calendar.events.delete');
    };
  }

  inject(rule: AfterWorkRule): void {
    this.rules.push({ rule, seen: 0 });
  }

  clear(): void {
    this.rules = [];
  }

  private next(api: string): AfterWorkRule | undefined {
    let hit: AfterWorkRule | undefined;
    for (const active of this.rules) {
      if (active.rule.api !== api) continue;
      active.seen += 1;
      const at = active.rule.at ?? 1;
      const times = active.rule.times ?? 1;
      if (active.seen >= at && (times === 'always' || active.seen < at + times) && !hit) hit = active.rule;
    }
    return hit;
  }
}
