/**
 * `npm run self-check [-- --drops-nulls] [-- --workspace] [-- --edition businessStarter] [-- --pending-reads N]`: builds the dev build (with selfCheck) into build-self-check/,
 * loads it into the offline runtime the way the tests do (test/support/harness.ts), runs the deployer's
 * `selfCheck` there and prints its report: the offline half of the line-by-line comparison with the report
 * the real account prints (README, "Self-check on a real account").
 */
import { buildAddOn, SELF_CHECK_BUILD_DIR } from './build';
import { AddOnHost } from '../offline/host';
import type { Edition } from '../offline/editions';
import { createOfflineRuntime, WORKSPACE, type RuntimeOptions } from '../offline/runtime';

export function offlineSelfCheck(options: RuntimeOptions = {}): { report: string; runtime: ReturnType<typeof createOfflineRuntime> } {
  const runtime = createOfflineRuntime(options);
  // The dev build: the production one has no selfCheck.
  const host = new AddOnHost(runtime, SELF_CHECK_BUILD_DIR);
  // Google's hosts record what they sent on a homepage and an event-open; so does the offline host.
  host.homepage('CALENDAR');
  const event = runtime.calendar.seedEvent(runtime.settings.account.email, { summary: 'Self-check' });
  host.openEvent({ calendarId: runtime.settings.account.email, id: event.id! });
  const report = String(host.bundle.selfCheck());
  return { report, runtime };
}

export function optionsFrom(args: string[]): RuntimeOptions {
  const value = (name: string) => {
    const at = args.indexOf(name);
    return at >= 0 ? args[at + 1] : undefined;
  };
  return {
    advancedServiceDropsNulls: args.includes('--drops-nulls'),
    ...(args.includes('--workspace') || value('--edition')
      ? { account: { ...WORKSPACE, ...(value('--edition') ? { edition: value('--edition') as Edition } : {}) } }
      : {}),
    ...(value('--pending-reads') ? { calendar: { pendingReads: Number(value('--pending-reads')) } } : {}),
  };
}

if (require.main === module) {
  buildAddOn({ selfCheck: true, outDir: SELF_CHECK_BUILD_DIR })
    .then(() => {
      const options = optionsFrom(process.argv.slice(2));
      console.log(`Offline runtime: ${JSON.stringify(options)}\n`);
      console.log(offlineSelfCheck(options).report);
    })
    .catch((error) => {
      console.error(error instanceof Error ? error.stack : error);
      process.exit(1);
    });
}
