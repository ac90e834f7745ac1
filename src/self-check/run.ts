import type { CalendarApi } from '../meet/calendar-port';
import { errorText, withoutOthersAddresses } from '../meet/errors';
import { isFreeGmail } from '../meet/meet-port';
import type { SelfCheckContext } from './context';
import { hostShapeFindings } from './host-shape-findings';
import { meetProbeFindings } from './meet-probes';
import { HOST_SHAPES_KEY, readHostShapes } from './host-shapes';
import { conferenceRecordsProbe, deleteProbe, nullPatchProbe, pendingFindings, scopeFindings, spacesProbe } from './probes';
import { type Finding, renderReport } from './report';
import { type Inserted, TemporaryEvents } from './temporary-events';

/** Time kept back from the budget for deleting what the check made and the final list. */
const CLEANUP_RESERVE_MS = 6_000;

/**
 * Runs every probe once within the context's deadline and answers the report. Leaves nothing behind: every
 * event it made is deleted (in `finally`), a final list by MeetLink's marker proves it, and the recorded
 * host shapes are cleared once printed. A space made by spaces.create cannot be deleted (the Meet API has no
 * spaces.delete) and needs no cleanup: it is an unused link.
 */
export function runSelfCheck(ctx: SelfCheckContext): string {
  const findings: Finding[] = [{ label: 'Account kind', actual: isFreeGmail(ctx.accountEmail()) ? 'free Gmail' : 'Workspace' }];
  const notes: string[] = [];
  const events = new TemporaryEvents(ctx);
  const inTime = () => ctx.now() < ctx.deadline - CLEANUP_RESERVE_MS;
  const started = ctx.now();
  try {
    const samples: Inserted[] = [];
    const sample = (api: CalendarApi, what: string): Inserted | undefined => {
      if (!inTime()) return undefined;
      try {
        const inserted = events.insert(api);
        samples.push(inserted);
        return inserted;
      } catch (error) {
        notes.push(`Inserting the ${what} event failed: ${errorText(error).slice(0, 200)}`);
        return undefined;
      }
    };
    const viaAdvanced = sample(ctx.advanced, 'Advanced-service');
    findings.push(
      viaAdvanced
        ? nullPatchProbe('Advanced service sends conferenceData: null', 'yes', ctx.advanced, viaAdvanced)
        : { label: 'Advanced service sends conferenceData: null', actual: 'not run', expected: 'yes' },
    );
    const viaRest = sample(ctx.rest, 'REST');
    findings.push(
      viaRest
        ? nullPatchProbe('REST route with an explicit null removes it', 'yes', ctx.rest, viaRest)
        : { label: 'REST route with an explicit null removes it', actual: 'not run', expected: 'yes' },
    );
    const third = sample(ctx.advanced, 'third');
    findings.push(...pendingFindings(samples));
    if (third) findings.push(...deleteProbe(ctx.advanced, events, third.event.id!));
    else findings.push({ label: 'Second delete of an event answers', actual: 'not run', expected: '410 deleted' });
    const made = inTime() ? spacesProbe(ctx) : undefined;
    findings.push(made ?? { label: 'Meet spaces.create works for this account', actual: 'not run (time budget)' });
    findings.push(
      inTime() ? conferenceRecordsProbe(ctx, made?.space) : { label: 'Meet conferenceRecords.list answers', actual: 'not run (time budget)' },
    );
    // What each edition answers (co-hosts, presets) and the empty updateMask: the Meet lines no fake can know.
    if (!isFreeGmail(ctx.accountEmail())) findings.push(...meetProbeFindings(ctx, made?.space, inTime));
  } catch (error) {
    notes.push(`The check stopped early: ${errorText(error).slice(0, 200)}`);
  } finally {
    findings.push(...cleanUp(ctx, events));
  }
  findings.push(...scopeFindings(ctx));
  findings.push(...hostShapeFindings(readHostShapes(ctx.store)));
  ctx.store.remove(HOST_SHAPES_KEY);
  notes.push(`Took ${ctx.now() - started} ms of a ${ctx.deadline - started} ms budget.`);
  notes.push(
    'A Meet space made by spaces.create needs no cleanup: the Meet API has no spaces.delete, and an unused space is just a link. The co-host lines add and remove a made-up co-host at example.com, a reserved domain: nobody is told.',
  );
  notes.push('Every difference from `npm run self-check` is a fake to fix: see "Self-check on a real account" in README.md.');
  // Google's words stay (the deployer needs them), other people's addresses do not.
  return withoutOthersAddresses(renderReport('MeetLink self-check', findings, notes), ctx.accountEmail());
}

function cleanUp(ctx: SelfCheckContext, events: TemporaryEvents): Finding[] {
  const label = 'Events left behind (MeetLink marker, after cleanup)';
  const failed = events.deleteAll(ctx.advanced);
  const stillFailed = failed.length ? events.deleteAll(ctx.rest) : [];
  const made = { label: 'Temporary events made', actual: String(events.made.length) };
  // The add-on's own rule: an event not confirmed deleted stays in MeetLink's journal, never forgotten on a 404.
  const journaled = {
    label: 'Not confirmed deleted (kept in the journal)',
    actual: stillFailed.length
      ? `${stillFailed.length} (a 404 right after the insert is replication lag: an action two minutes or more later deletes it)`
      : '0',
    expected: '0',
  };
  try {
    const left = events.leftovers(ctx.advanced);
    const ours = left.filter((e) => events.made.includes(e.id ?? '')).length;
    return [
      made,
      journaled,
      {
        label,
        actual: left.length ? `${left.length} (${ours} made by this check)${stillFailed.length ? '; delete not confirmed' : ''}` : 'none',
        expected: 'none',
      },
    ];
  } catch (error) {
    return [made, journaled, { label, actual: `could not list (${errorText(error).slice(0, 120)})`, expected: 'none' }];
  }
}
