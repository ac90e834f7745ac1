import type { GoogleError } from '../../offline/google-errors';
import { GoogleApiError } from '../../src/meet/google-api-error';
import { logSummary, MeetFailure, withoutOthersAddresses } from '../../src/meet/errors';
import { WORKSPACE } from '../../offline/runtime';
import { openAddOn } from '../support/harness';

/**
 * Nothing personal in the publisher's logs: every console.error/console.warn carries the failure's kind, Google's
 * HTTP status and reason, never Google's message (which can name addresses, event titles and ids).
 */
const PERSONAL = ['name@example.org', 'Full Name', 'Salary review', 'bob@example.com', 'meetlinkdeadbeef', 'c_team@group.calendar.google.com'];
const personalError = (code: number, reason: string): GoogleError => ({
  code,
  reason,
  domain: 'global',
  message: `Invalid email: "Full Name" <name@example.org> in "Salary review" (event meetlinkdeadbeef, bob@example.com, c_team@group.calendar.google.com)`,
});
const expectNothingPersonal = (lines: string[]) => {
  for (const personal of PERSONAL) expect(lines.join('\n')).not.toContain(personal);
};

describe('logSummary, the one way a failure is logged', () => {
  const message = personalError(400, 'badRequest').message;
  it.each([
    [new MeetFailure('gmailFailed', `Gmail: ${message}`, new Error(`Exception: ${message}`)), 'kind=gmailFailed error=Error'],
    [
      new MeetFailure('noPermission', `403: ${message}`, new GoogleApiError(403, 'forbidden', message)),
      'kind=noPermission status=403 reason=forbidden',
    ],
    [new GoogleApiError(400, 'name@example.org', message), 'status=400 reason=unknown'],
    [new TypeError(`Cannot read "${message}"`), 'error=TypeError'],
    [message, 'thrown=string'],
    [new MeetFailure('busy', message), 'kind=busy'],
  ])('case %#', (error, expected) => {
    expect(logSummary(error)).toBe(expected);
    expectNothingPersonal([logSummary(error)]);
  });
});

describe('the logs of failing actions', () => {
  it('a Gmail failure whose message names an address logs its kind only', () => {
    const { host, runtime, me } = openAddOn();
    const message = runtime.gmail.seedMessage({ from: 'Full Name <name@example.org>', to: me, subject: 'Salary review', plainBody: 'Hi' });
    runtime.faults.inject({ api: 'gmail.drafts.create', error: personalError(400, 'invalidArgument') });
    host.openMessage(message.id).click('Reply with Meet link').click('Open reply draft');
    // Gmail shows its own error over the card, which says to look in Drafts; the log names the kind only.
    expect(host.openedDrafts).toEqual([]);
    expect(host.text()).toContain('look in your Drafts before trying again');
    const logged = runtime.services.logs.filter((l) => /^(ERROR|WARN) /.test(l));
    expect(logged).toEqual(['ERROR MeetLink action openReplyDraft failed: kind=gmailFailed error=Error']);
    expectNothingPersonal(runtime.services.logs);
  });

  it('a Calendar failure on a card, in a compose action and on an open event logs status and reason only', () => {
    const { host, runtime, seed, me } = openAddOn();
    runtime.faults.inject({ api: 'calendar.events.insert', error: personalError(400, 'badRequest'), times: 2 });
    host.homepage('GMAIL').click('Create Meet link');
    host.compose().click('Insert invitation');
    const event = seed({ summary: 'Salary review' });
    runtime.faults.inject({ api: 'calendar.events.patch', error: personalError(403, 'forbidden') });
    host.openEvent({ calendarId: me, id: event.id! }).click('Add Meet link');
    const logged = runtime.services.logs.filter((l) => /^(ERROR|WARN) /.test(l));
    expect(logged).toEqual([
      'ERROR MeetLink action createLink failed: kind=unexpected status=400 reason=badRequest',
      'ERROR MeetLink compose action failed: kind=unexpected status=400 reason=badRequest',
      'ERROR MeetLink action addToEvent failed: kind=noPermission status=403 reason=forbidden',
    ]);
    expectNothingPersonal(runtime.services.logs);
  });

  it('every path that logs, with Google, Gmail and ScriptApp all answering messages full of names and addresses', () => {
    // Every API fails with a message naming people, titles and ids, and ScriptApp's own check throws one too: whatever
    // path an action takes to its log line (the dispatcher, a compose action, the invite's own catch, the consent
    // check, the sweep, the lock), only kinds, statuses and reasons may reach the publisher's logs.
    const hostile = personalError(400, 'badRequest');
    const run = (account: typeof WORKSPACE | undefined, steps: (addOn: ReturnType<typeof openAddOn>) => void) => {
      const addOn = openAddOn(account ? { account } : {}, { dailySweepDue: true });
      const { runtime } = addOn;
      const scriptApp = runtime.globals.ScriptApp as { getAuthorizationInfo: () => unknown };
      scriptApp.getAuthorizationInfo = () => {
        throw new Error(hostile.message);
      };
      steps(addOn);
      return runtime.services.logs;
    };
    const everyApiFails = (addOn: ReturnType<typeof openAddOn>) => {
      for (const api of ['calendar.*', 'gmail.*', 'meet.*']) addOn.runtime.faults.inject({ api, error: hostile, times: 'always' });
    };
    const logs = [
      ...run(undefined, (addOn) => {
        const { host, runtime, me, seed } = addOn;
        const message = runtime.gmail.seedMessage({ from: 'Full Name <name@example.org>', to: me, subject: 'Salary review' });
        host.openMessage(message.id).click('Invite to a meeting');
        host.input('inviteStart', Date.parse('2026-11-24T15:00:00Z'));
        const event = seed({ summary: 'Salary review' });
        everyApiFails(addOn);
        host.click('Send invitations');
        // A non-JSON platform error after the work: the invite's "outcome unknown" path.
        runtime.faults.clear();
        runtime.afterWorkFaults.inject({ api: 'calendar.events.insert', answer: 'platformError', times: 'always' });
        host.click('Send invitations');
        runtime.afterWorkFaults.clear();
        everyApiFails(addOn);
        host.homepage('GMAIL').click('Create Meet link');
        host.compose().click('Insert invitation');
        host.openMessage(message.id).click('Reply with Meet link');
        host.openEvent({ calendarId: me, id: event.id! }).click('Add Meet link');
        host.universal('Settings').click('Delete my MeetLink data').click('Delete');
      }),
      ...run(WORKSPACE, (addOn) => {
        const { host } = addOn;
        host.homepage('GMAIL').click('Create Meet link');
        everyApiFails(addOn);
        host.input('cohosts', 'bob@example.com').click('Add co-hosts');
        host.change('accessType', 'OPEN');
        host.homepage('GMAIL').click('Create Meet link');
      }),
    ];
    expect(logs.filter((l) => /^(ERROR|WARN) /.test(l)).length).toBeGreaterThan(8);
    expectNothingPersonal(logs);
  });

  it('the deployer’s self-check keeps Google’s words but prints no one else’s address', () => {
    // selfCheck exists in the dev build only.
    const { host, runtime, me } = openAddOn({}, { selfCheckBuild: true });
    runtime.faults.inject({
      api: 'calendar.events.insert',
      error: { ...personalError(400, 'badRequest'), message: `Not allowed for bob@example.com on ${me}` },
    });
    const report = String(host.bundle.selfCheck());
    expect(report).toContain(`Not allowed for <address> on ${me}`);
    expect(runtime.services.logs.join('\n')).not.toContain('bob@example.com');
    expect(withoutOthersAddresses('a@b.co and A@B.CO and c@d.example.org', 'a@b.co')).toBe('a@b.co and A@B.CO and <address>');
  });
});
