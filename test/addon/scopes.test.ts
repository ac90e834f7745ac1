import { readManifest, WORKSPACE, type Manifest } from '../../offline/runtime';
import { SCOPE } from '../../offline/scopes';
import { allowNotModelled, MEET_URL, openAddOn } from '../support/harness';

/** MeetLink under the OAuth scopes Google enforces (offline/scopes.ts). */

const TEAM = 'team@group.calendar.google.com';
const without = (scope: string): Manifest => {
  const manifest = readManifest();
  return { ...manifest, oauthScopes: (manifest.oauthScopes ?? []).filter((s) => s !== scope) };
};

describe('a team calendar the person may write to but does not own', () => {
  it("shows the controls, and Google's 403 (calendar.events.owned) is told plainly; nothing changes", () => {
    const { host, runtime, calendarCalls } = openAddOn();
    runtime.calendar.addCalendar(TEAM, { summary: 'Team', owner: 'boss@example.com' });
    const event = runtime.calendar.seedEvent(TEAM, { summary: 'Standup' });
    host.openEvent({ calendarId: TEAM, id: event.id!, canSetConferenceData: 'absent' });
    expect(host.buttons()).toEqual(['Add Meet link']);
    host.click('Add Meet link');
    expect(host.text()).toContain(
      'MeetLink can change events only on calendars you own. This event is on a calendar shared with you: change its video conference in Google Calendar itself.',
    );
    expect(runtime.calendar.peek(TEAM, event.id!)!.conferenceData).toBeUndefined();
    expect(calendarCalls()[0]).toBe('calendar.events.get 403'); // Add reads the event first: refused the same way
    expect(host.errors).toEqual([]);
  });
});

describe('scopes missing from the manifest fail the way Google fails', () => {
  // A manifest without the scope: the add-on's consent check then asks ScriptApp.getAuthorizationInfo about a scope
  // the project does not list, and what Google answers to that is not modelled (offline/authorization.ts). These
  // tests are about what the API answers, so they say so instead of passing on an unknown answer unnoticed.
  beforeEach(allowNotModelled);

  it('without calendar.events.owned, making a link answers 403 insufficient scopes and the person hears so', () => {
    const { host, calendarCalls } = openAddOn({ manifest: without(SCOPE.eventsOwned) });
    host.homepage('GMAIL').click('Create Meet link');
    expect(host.text()).not.toMatch(MEET_URL);
    expect(host.text()).toContain('That didn’t work');
    expect(calendarCalls()[0]).toBe('calendar.events.insert 403');
  });

  it('without meetings.space.created, a Workspace account gets 403 from Meet and its link through Calendar', () => {
    const { host, runtime, calendarCalls } = openAddOn({ account: WORKSPACE, manifest: without(SCOPE.meetCreated) });
    host.homepage('GMAIL').click('Create Meet link');
    expect(host.text()).toMatch(MEET_URL);
    expect(runtime.log.of('meet.').map((c) => `${c.api} ${c.status}`)).toEqual(['meet.spaces.create 403']);
    expect(calendarCalls()).toEqual(['calendar.events.insert 200', 'calendar.events.delete 204']);
  });

  it('without script.external_request, UrlFetchApp throws before any request: the link comes through the Advanced service', () => {
    const { host, runtime, calendarCalls } = openAddOn({ account: WORKSPACE, manifest: without(SCOPE.externalRequest) });
    expect(() => runtime.urlFetch.fetch('https://meet.googleapis.com/v2/spaces')).toThrow(/Required permissions: .*script\.external_request/);
    host.homepage('GMAIL').click('Create Meet link');
    expect(runtime.log.of('meet.')).toEqual([]); // nothing reached Meet
    expect(host.text()).toMatch(MEET_URL);
    expect(calendarCalls()).toEqual(['calendar.events.insert 200', 'calendar.events.delete 204']);
  });
});
