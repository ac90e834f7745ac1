import type { CalendarApi } from '../meet/calendar-port';
import { readConference } from '../meet/conference';
import { errorText } from '../meet/errors';
import { GoogleApiError } from '../meet/google-api-error';
import { isFreeGmail } from '../meet/meet-port';
import type { SelfCheckContext } from './context';
import { type Finding, yesNo } from './report';
import type { Inserted, TemporaryEvents } from './temporary-events';

/** The behaviours MeetLink could only assume, one probe each. Each answers findings; none throws past its own step. */

const describe = (error: unknown) => (error instanceof GoogleApiError ? `${error.status} ${error.reason}` : errorText(error));

/** Patch `conferenceData: null` with conferenceDataVersion 1 on `api`, then read back: is the conference gone? */
export function nullPatchProbe(label: string, expected: string, api: CalendarApi, inserted: Inserted): Finding {
  if (inserted.settled !== 'meet') return { label, actual: `not run (the conference was ${inserted.settled})`, expected };
  const id = inserted.event.id!;
  try {
    api.patch('primary', id, { conferenceData: null }, { conferenceDataVersion: 1, sendUpdates: 'none' });
    const after = api.get('primary', id);
    return { label, actual: yesNo(readConference(after).kind === 'none'), expected };
  } catch (error) {
    return { label, actual: `error ${describe(error)}`, expected };
  }
}

/** How often the insert (or a read) answered `pending`, and the longest wait until it settled. */
export function pendingFindings(samples: Inserted[]): Finding[] {
  const pending = samples.filter((s) => s.pendingAtInsert || s.pendingReads > 0);
  const stuck = samples.filter((s) => s.settled === 'pending').length;
  const maxWait = Math.max(0, ...samples.map((s) => s.waitedMs));
  const maxReads = Math.max(0, ...samples.map((s) => s.pendingReads));
  return [
    { label: 'Conference pending after insert', actual: `${pending.length} of ${samples.length}`, expected: `0 of ${samples.length}` },
    {
      label: 'Longest pending wait',
      actual: `${maxWait} ms, ${maxReads} pending reads${stuck ? `, ${stuck} still pending` : ''}`,
      expected: '0 ms, 0 pending reads',
    },
    {
      label: 'Conference failed (status failure)',
      actual: `${samples.filter((s) => s.settled === 'failed').length} of ${samples.length}`,
      expected: `0 of ${samples.length}`,
    },
    {
      label: 'Get right after insert answered 404',
      actual: `${samples.filter((s) => s.notFoundRightAfter).length} of ${samples.length}`,
      expected: `0 of ${samples.length}`,
    },
  ];
}

/** Delete once (200), delete again (410 expected), read the deleted event (status 'cancelled' expected). */
export function deleteProbe(api: CalendarApi, events: TemporaryEvents, id: string): Finding[] {
  const second = { label: 'Second delete of an event answers', expected: '410 deleted' };
  const read = { label: 'Read of a deleted event answers status', expected: 'cancelled' };
  try {
    api.remove('primary', id);
    events.markDeleted(id);
  } catch (error) {
    return [
      { ...second, actual: `not run (first delete: ${describe(error)})` },
      { ...read, actual: 'not run' },
    ];
  }
  let secondActual: string;
  try {
    api.remove('primary', id);
    secondActual = '200 (no error)';
  } catch (error) {
    secondActual = describe(error);
  }
  let readActual: string;
  try {
    readActual = String(api.get('primary', id).status ?? 'absent');
  } catch (error) {
    readActual = `error ${describe(error)}`;
  }
  return [
    { ...second, actual: secondActual },
    { ...read, actual: readActual },
  ];
}

/** spaces.create: works on Workspace accounts the Meet API serves. A space has no delete method: nothing to clean. */
export function spacesProbe(ctx: SelfCheckContext): Finding & { space?: string } {
  const label = 'Meet spaces.create works for this account';
  const free = isFreeGmail(ctx.accountEmail());
  const expected = free ? 'no (403 PERMISSION_DENIED on free Gmail)' : 'yes';
  try {
    const space = ctx.meet.create();
    return {
      label,
      actual: /^https:\/\/meet\.google\.com\//.test(space.meetingUri) ? 'yes' : `odd answer (${String(space.meetingUri).slice(0, 60)})`,
      expected,
      ...(typeof space.name === 'string' ? { space: space.name } : {}),
    };
  } catch (error) {
    // A free Gmail account: Google's Meet API serves none, so its 403 is the expected answer, not a setting to fix.
    if (free && error instanceof GoogleApiError && error.status === 403)
      return { label, actual: `no (${describe(error)} on free Gmail, as expected)`, expected };
    // Before blaming a fake: a Meet REST API that is not enabled refuses too (a dev project must be a standard Cloud project).
    return {
      label,
      actual: `no (${describe(error)}: ${errorText(error).slice(0, 120)}) — is the Meet REST API enabled in a standard Cloud project?`,
      expected,
    };
  }
}

/** The scopes this person granted, one line each, or why they could not be read. */
export function scopeFindings(ctx: SelfCheckContext): Finding[] {
  let scopes: string[] | null;
  try {
    scopes = ctx.grantedScopes();
  } catch (error) {
    return [{ label: 'Granted scopes', actual: `could not be read (${errorText(error).slice(0, 120)})` }];
  }
  if (!scopes) return [{ label: 'Granted scopes', actual: 'could not be read (AuthorizationInfo.getAuthorizedScopes answered nothing)' }];
  return [
    { label: 'Granted scopes', actual: String(scopes.length), expected: 'every scope of appsscript.json' },
    ...[...scopes].sort().map((scope) => ({ label: `  ${scope.replace('https://www.googleapis.com/auth/', '')}`, actual: 'granted' })),
  ];
}
