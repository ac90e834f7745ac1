import type { AddOnHost } from '../../offline/host';
import type { OfflineRuntime } from '../../offline/runtime';
import { readManifest, WORKSPACE } from '../../offline/runtime';
import { acceptedScopes, SCOPE } from '../../offline/scopes';
import { GMAIL_SCOPES } from '../../offline/gmail/scopes';
import { AGING_MS, HISTORY_KEY } from '../../src/history';
import { ACTION_NAMES, type ActionName } from '../../src/host/actions';
import { ACTION_FEATURE, FEATURE_SCOPES, type FeatureScopes } from '../../src/host/feature-scopes';
import { seedPastMeeting } from '../../offline/meet/past-meeting';
import { meetCode, openAddOn } from '../support/harness';

/**
 * The consent table (src/host/feature-scopes.ts) against the Google calls each action really makes (issue 27, the
 * mutation run: "a new action filed under 'no Google call', or missing a scope it uses … fails no test").
 *
 * Every card action is pressed through the bundle, every scope granted, and each press's calls are read from the
 * offline Google: Calendar and Meet calls (each method's "Authorization scopes", offline/scopes.ts), Gmail's
 * message read and draft (offline/gmail/scopes.ts), UrlFetchApp (script.external_request) and Gmail's draft update
 * (gmail.addons.current.action.compose). Each call must be covered by a scope of the action's row (`needs`,
 * `prefers` for a route with a fallback, `whenUsed`), and every action must be pressed here at least once, so a new
 * action cannot slip in unexamined.
 */

interface Press {
  action: ActionName;
  calls: { api: string; route: string }[];
  draftUpdated: boolean;
}

/** Records every card action the host runs, with the calls Google saw during it. */
function recording(host: AddOnHost, runtime: OfflineRuntime, presses: Press[]) {
  const target = host as unknown as { run: (...args: unknown[]) => AddOnHost };
  const run = target.run.bind(host);
  target.run = (...args: unknown[]) => {
    const before = runtime.log.calls.length;
    const inserts = host.draftInserts.length;
    const result = run(...args);
    const action = host.sentEvents.at(-1)?.commonEventObject?.parameters?.action as ActionName | undefined;
    if (args[0] === 'onAction' && action) {
      presses.push({
        action,
        calls: runtime.log.calls.slice(before).map((c) => ({ api: c.api, route: c.route })),
        draftUpdated: host.draftInserts.length > inserts,
      });
    }
    return result;
  };
  return host;
}

/** Presses every card action at least once: free Gmail, a work account, Calendar, Gmail and the compose window. */
function pressEveryAction(): Press[] {
  const presses: Press[] = [];
  const addOn = (options: Parameters<typeof openAddOn>[0] = {}) => {
    const a = openAddOn(options);
    recording(a.host, a.runtime, presses);
    return a;
  };

  // Links, saved links and the draft being written (free Gmail).
  const free = addOn();
  const { host } = free;
  host.homepage('GMAIL').click('Create Meet link').click('Create another').back();
  const code = meetCode(host.text())!;
  host.click(code).click('Pin to the top').input('label', 'Standup').click('Save label').back();
  host.click('Clear recent links').back();
  host.compose().click('Insert Meet link').compose().click('Insert invitation');
  host.compose();
  host.click('Insert this link');
  host.homepage('GMAIL').click('Clear recent links').click('Clear');

  // An open email: replies and the invite.
  const message = free.runtime.gmail.seedMessage({ from: 'Bob <bob@example.org>', to: free.me, subject: 'Meet?', plainBody: 'Could we meet?' });
  host.openMessage(message.id).click('Reply with Meet link').click('Open reply draft');
  host.openMessage(message.id).click('Reply with invitation');
  host.openMessage(message.id).click('Invite to a meeting').click('Back');
  host.openMessage(message.id).click('Invite to a meeting').input('inviteStart', Date.parse('2026-11-24T15:00:00Z')).click('Send invitations');
  host.click('Reply with this link');

  // Calendar: add, replace, remove, a leftover temporary event.
  const bare = free.seed({ summary: 'Lunch' });
  host.openEvent({ calendarId: free.me, id: bare.id!, canSetConferenceData: 'absent' }).click('Add Meet link');
  host.click('Replace with a new link').click(host.buttons().find((b) => /Replace/.test(b))!);
  host.click('Remove Meet link').click(host.buttons().find((b) => /Remove/.test(b))!);
  free.runtime.faults.inject({ api: 'calendar.events.delete', error: 'backendError', times: 'always' });
  host.homepage('CALENDAR').click('Create Meet link');
  free.runtime.faults.clear();
  host.openEvent({ calendarId: free.me, id: free.leftovers()[0]!.id! }).click('Delete event');

  // Settings and Delete my MeetLink data (with a temporary event journaled, so Calendar is called).
  host.universal('Settings').click('Save');
  host.universal('Settings').click('Restore default template');
  free.runtime.faults.inject({ api: 'calendar.events.delete', error: 'backendError', times: 'always' });
  host.homepage('GMAIL').click('Create Meet link');
  free.runtime.faults.clear();
  host.universal('Settings').click('Delete my MeetLink data').click('Delete');

  // A pinned link over eleven months old: Fresh link, same label.
  const aging = addOn();
  const now = aging.runtime.clock.now();
  aging.runtime.services.userProperties.setProperty(
    HISTORY_KEY,
    JSON.stringify([
      { code: 'old-pinn-edx', url: 'https://meet.google.com/old-pinn-edx', label: 'Office hours', pinned: true, at: now - AGING_MS - 86_400_000 },
    ]),
  );
  aging.host.homepage('GMAIL').click('old-pinn-edx').click('Fresh link, same label');

  // A work account: who may join, a meeting going on, ending it, looking one up, co-hosts, presets.
  const work = addOn({ account: WORKSPACE });
  work.host.homepage('GMAIL').click('Create Meet link');
  const space = meetCode(work.host.text())!;
  work.host.change('accessType', 'RESTRICTED');
  work.host.input('cohosts', 'ben@example.com').click('Add co-hosts').click('Remove');
  work.runtime.meet.startConference(space);
  work.host
    .click('Refresh')
    .click('End meeting')
    .click(work.host.buttons().find((b) => /End/.test(b))!);
  work.host.homepage('GMAIL').input('meeting', space).click('Look up');
  work.host.universal('Settings').input('preset_attendance', true).click('Save');
  const planning = work.seed({ summary: 'Planning' }, { withMeet: true });
  work.host.openEvent({ calendarId: work.me, id: planning.id! }).click('Meeting settings');
  work.host.change('accessType', 'OPEN');
  work.host.click('Apply my presets');

  // After the meeting: the event's view, another conference on the same link, the recap from compose; a free
  // account's words only.
  const day = 24 * 60 * 60 * 1000;
  const past = seedPastMeeting(work.runtime, { start: work.runtime.clock.now() - day });
  const earlier = work.runtime.clock.now() - 8 * day;
  work.runtime.conferenceRecords.seed({
    space: past.code,
    start: earlier,
    end: earlier + 30 * 60_000,
    participants: [{ signedIn: { displayName: 'Grace Hopper', email: work.me }, sessions: [{ from: earlier, to: earlier + 30 * 60_000 }] }],
  });
  work.host.openEvent({ calendarId: work.me, id: past.event.id! }).click('After the meeting').click('Show');
  work.host.compose().click('Recap a recent meeting').click('Recap');
  const held = free.seed({ summary: 'Catch-up' }, { withMeet: true });
  host.openEvent({ calendarId: free.me, id: held.id! }).click('After the meeting');
  return presses;
}

/** The scopes a press's calls need: each call must find one of its accepted scopes in the row. */
function uncovered(press: Press, row: FeatureScopes): string[] {
  const asked = new Set([...row.needs, ...(row.prefers ?? []), ...(row.whenUsed ?? [])]);
  const problems: string[] = [];
  const need = (what: string, accepted: readonly string[]) => {
    if (!accepted.some((s) => asked.has(s))) problems.push(`${press.action}: ${what} needs one of ${accepted.join(' | ')}`);
  };
  for (const call of press.calls) {
    need(call.api, acceptedScopes(call.api));
    // Meet and the Calendar REST route go through UrlFetchApp.
    if (call.route === 'rest' || call.api.startsWith('meet.')) need(`${call.api} (UrlFetchApp)`, [SCOPE.externalRequest]);
  }
  if (press.draftUpdated) need('the draft update', [GMAIL_SCOPES.compose]);
  return problems;
}

describe('the consent table against the calls each action makes', () => {
  const presses = pressEveryAction();

  it('presses every card action (a new action needs a scenario here)', () => {
    const pressed = new Set(presses.map((p) => p.action));
    expect(ACTION_NAMES.filter((a) => !pressed.has(a))).toEqual([]);
  });

  it('every Google call of every press is covered by a scope its row asks for', () => {
    const problems = presses.flatMap((press) => uncovered(press, FEATURE_SCOPES[ACTION_FEATURE[press.action]]));
    expect([...new Set(problems)]).toEqual([]);
  });

  it('the presses did make the calls the rows are about (the check is not empty)', () => {
    const apis = (action: ActionName) => presses.filter((p) => p.action === action).flatMap((p) => p.calls.map((c) => c.api));
    expect(apis('sendInvitations')).toContain('calendar.events.insert');
    expect(apis('openInvite')).toContain('gmail.messages.get');
    expect(apis('freshLink')).toContain('calendar.events.insert');
    expect(apis('deleteData')).toContain('calendar.events.delete');
    expect(apis('applyPresets')).toContain('meet.spaces.patch');
    expect(apis('openAfterMeeting')).toContain('meet.conferenceRecords.participants.list');
    expect(apis('insertRecap')).toContain('meet.conferenceRecords.list');
    expect(apis('openRecentMeetings')).toContain('calendar.events.list');
    expect(presses.some((p) => p.action === 'insertLink' && p.draftUpdated)).toBe(true);
  });

  it('misfiling is caught: Invite without the Gmail message scope, Fresh link under "no Google call"', () => {
    const invite = presses.find((p) => p.action === 'openInvite')!;
    expect(uncovered(invite, { needs: [SCOPE.eventsOwned] })).toEqual([
      `openInvite: gmail.messages.get needs one of ${acceptedScopes('gmail.messages.get').join(' | ')}`,
    ]);
    const fresh = presses.find((p) => p.action === 'freshLink')!;
    expect(uncovered(fresh, FEATURE_SCOPES.none).length).toBeGreaterThan(0);
  });

  it('every scope of the table is one the manifest asks for', () => {
    const manifest = readManifest().oauthScopes ?? [];
    for (const row of Object.values(FEATURE_SCOPES) as FeatureScopes[]) {
      for (const scope of [...row.needs, ...(row.prefers ?? []), ...(row.whenUsed ?? [])]) expect(manifest).toContain(scope);
    }
  });
});
