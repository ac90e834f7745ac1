import { readManifest, WORKSPACE } from '../../offline/runtime';
import { SCOPE } from '../../offline/scopes';
import { GMAIL_SCOPES } from '../../offline/gmail/scopes';
import { ACTION_NAMES } from '../../src/host/actions';
import { ACTION_FEATURE, FEATURE_SCOPES, STEP_FEATURE } from '../../src/host/feature-scopes';
import { STUDIO_STEPS } from '../../src/host/studio-steps';
import { MEET_URL, openAddOn } from '../support/harness';

/**
 * Partial consent: the person unticked scopes on Google's consent screen (offline/authorization.ts). Before an
 * action calls Google, MeetLink checks the scopes its feature needs and has Google ask again for what is missing.
 */

describe('a person who unticked a scope a feature needs', () => {
  it('is asked again for calendar.events.owned before a link is made, with no Google call; once granted, the link comes', () => {
    const { host, runtime } = openAddOn();
    runtime.consent.untick(SCOPE.eventsOwned);
    host.homepage('GMAIL').click('Create Meet link');
    expect(host.consentPrompts).toEqual([[SCOPE.eventsOwned]]);
    expect(runtime.log.calls).toEqual([]);
    // Google's consent screen ended the execution: no failure card, no generic error, the card is as it was.
    expect(host.card.name).toBe('home');
    expect(host.errors).toEqual([]);
    expect(host.notifications).toEqual([]);
    host.allowConsent().click('Create Meet link');
    expect(host.text()).toMatch(MEET_URL);
    expect(host.consentPrompts).toHaveLength(1);
  });

  it('asks again on the next click when the person ticks only some of what was asked (granular consent)', () => {
    const { host, runtime, message } = withMessage();
    runtime.consent.untick(SCOPE.eventsOwned);
    runtime.consent.untick(GMAIL_SCOPES.compose);
    host.openMessage(message.id).click('Reply with Meet link');
    expect(host.consentPrompts).toEqual([[SCOPE.eventsOwned, GMAIL_SCOPES.compose]]);
    host.allowConsent([SCOPE.eventsOwned]).click('Reply with Meet link');
    expect(host.consentPrompts[1]).toEqual([GMAIL_SCOPES.compose]);
    expect(runtime.log.calls).toEqual([]);
  });

  it('never makes a reply link that could not become a draft: without the compose scope it asks before the link', () => {
    const { host, runtime, message } = withMessage();
    runtime.consent.untick(GMAIL_SCOPES.compose);
    host.openMessage(message.id).click('Reply with Meet link');
    expect(host.consentPrompts).toEqual([[GMAIL_SCOPES.compose]]);
    expect(runtime.log.calls).toEqual([]);
    expect(runtime.calendar.events(host.runtime.settings.account.email)).toEqual([]);
    host.allowConsent().click('Reply with Meet link').click('Open reply draft');
    expect(host.openedDrafts).toHaveLength(1);
  });

  it('asks for the message scope when it was unticked after the link was made, and the draft then opens with that link', () => {
    const { host, runtime, message } = withMessage();
    host.openMessage(message.id).click('Reply with Meet link');
    runtime.consent.untick(GMAIL_SCOPES.metadata);
    host.click('Open reply draft');
    expect(host.consentPrompts).toEqual([[GMAIL_SCOPES.metadata]]);
    expect(host.card.name).toBe('replyReady');
    host.allowConsent().click('Open reply draft');
    expect(host.openedDrafts).toHaveLength(1);
    expect(host.openedDrafts[0]!.body).toContain(host.text().match(MEET_URL)![0]);
  });

  it('asks for script.external_request before removing a Meet link (a dropped null is resent over REST)', () => {
    const { host, runtime, seed } = openAddOn();
    const event = seed({ summary: 'Standup' }, { withMeet: true });
    runtime.consent.untick(SCOPE.externalRequest);
    host.openEvent({ calendarId: host.runtime.settings.account.email, id: event.id!, canSetConferenceData: 'absent' });
    host.click('Remove Meet link');
    host.click(host.buttons().find((b) => /Remove/.test(b))!);
    expect(host.consentPrompts).toEqual([[SCOPE.externalRequest]]);
    expect(runtime.log.calls).toEqual([]);
  });
});

describe('a Workspace person who unticked the Meet scope', () => {
  it('gets links through Calendar, never a call Meet would refuse, and is not asked on any click', () => {
    const { host, runtime } = openAddOn({ account: WORKSPACE });
    runtime.consent.untick(SCOPE.meetCreated);
    host.homepage('GMAIL').click('Create Meet link');
    expect(host.text()).toMatch(MEET_URL);
    host.click('Create another');
    expect(host.text()).toMatch(MEET_URL);
    expect(runtime.log.of('meet.')).toEqual([]);
    expect(runtime.log.of('calendar.').map((c) => c.api)).toEqual([
      'calendar.events.insert',
      'calendar.events.delete',
      'calendar.events.insert',
      'calendar.events.delete',
    ]);
    expect(host.consentPrompts).toEqual([]);
    // No control that needs the Meet scope is offered.
    host.back();
    expect(host.text()).not.toContain('Look up a meeting');
    expect(host.errors).toEqual([]);
  });

  it('with the scope granted, still makes the link in one Meet call (the check costs no Google call)', () => {
    const { host, runtime } = openAddOn({ account: WORKSPACE });
    host.homepage('GMAIL').click('Create Meet link');
    expect(runtime.log.calls.map((c) => c.api)).toEqual(['meet.spaces.create']);
  });
});

describe('the table of which feature needs which scopes', () => {
  it('names a feature for every action, and only scopes the manifest asks for', () => {
    const manifest = readManifest().oauthScopes ?? [];
    expect(Object.keys(ACTION_FEATURE).sort()).toEqual([...ACTION_NAMES].sort());
    expect(Object.keys(STEP_FEATURE).sort()).toEqual(Object.keys(STUDIO_STEPS).sort());
    for (const row of Object.values(FEATURE_SCOPES) as { needs: readonly string[]; prefers?: readonly string[] }[]) {
      for (const scope of [...row.needs, ...(row.prefers ?? [])]) expect(manifest).toContain(scope);
    }
  });
});

function withMessage() {
  const addOn = openAddOn();
  const message = addOn.runtime.gmail.seedMessage({
    from: 'Bob Stone <bob@example.org>',
    to: `Ada <${addOn.me}>`,
    subject: 'Meet?',
    plainBody: 'Could we meet?',
  });
  return { ...addOn, message };
}
