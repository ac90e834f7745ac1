import { AddOnHost } from '../../offline/host';
import { createOfflineRuntime, type RuntimeOptions } from '../../offline/runtime';
import { markDailySweepDone, type HarnessOptions } from './daily-sweep';

/**
 * MeetLink as a person meets it: the built bundle (build/Code.js) loaded with gas-local into the offline
 * runtime, driven through a simulated Gmail or Calendar host.
 */
export function openAddOn(options: RuntimeOptions = {}, harness: HarnessOptions = {}) {
  const runtime = createOfflineRuntime(options);
  if (!harness.dailySweepDue) markDailySweepDone(runtime);
  const host = new AddOnHost(runtime);
  const me = runtime.settings.account.email;
  return {
    runtime,
    host,
    me,
    /** Calendar calls since the last `resetLog`, as `api status`. */
    calendarCalls: () => runtime.log.of('calendar.').map((c) => `${c.api}${c.route === 'rest' ? ' (rest)' : ''} ${c.status}`),
    resetLog: () => runtime.log.clear(),
    leftovers: () => runtime.calendar.events(me).filter((e) => e.extendedProperties?.private?.meetlinkTemporary === '1'),
    lastNotification: () => host.notifications[host.notifications.length - 1],
    /** An event on the person's own calendar. */
    seed: (event: Record<string, unknown> & { summary: string }, opts: { withMeet?: boolean; thirdParty?: 'zoom' } = {}) =>
      runtime.calendar.seedEvent(me, event, opts),
  };
}

export const MEET_URL = /https:\/\/meet\.google\.com\/[a-z]{3}-[a-z]{4}-[a-z]{3}/;
export const meetCode = (text: string) => text.match(/[a-z]{3}-[a-z]{4}-[a-z]{3}/)?.[0];
