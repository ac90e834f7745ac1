import { WORKSPACE } from '../../offline/runtime';
import { SCOPE } from '../../offline/scopes';
import { GMAIL_SCOPES } from '../../offline/gmail/scopes';
import { LOCALE_SCOPE } from '../../offline/host-events';
import { USERINFO_EMAIL } from '../../offline/authorization';
import { allowNotModelled, MEET_URL, meetCode, openAddOn } from '../support/harness';

/**
 * Granular consent, scope by scope (issue 26, "Consent"): what Google sends and answers when the person unticked
 * one, as offline/authorization.ts and offline/host-events.ts model it, and what MeetLink then asks and says.
 */

const NEW_YORK = { ...WORKSPACE, email: 'grace@example.com' };

function inbox(options: Parameters<typeof openAddOn>[0] = {}) {
  const addOn = openAddOn(options);
  const message = addOn.runtime.gmail.seedMessage({
    from: 'Bob Stone <bob@example.org>',
    to: `Grace <${addOn.me}>, Carol <carol@example.net>`,
    subject: 'Budget review',
  });
  const meetings = () => addOn.runtime.calendar.events(addOn.me).filter((e) => e.extendedProperties?.private?.meetlinkMeeting === '1');
  return { ...addOn, message, meetings };
}

describe('script.locale unticked: Google sends neither the locale nor the time zone', () => {
  it('the host sends no userLocale and no timeZone, in the common and the legacy fields', () => {
    const { host, runtime } = openAddOn({ account: NEW_YORK });
    runtime.consent.untick(LOCALE_SCOPE);
    host.homepage('GMAIL');
    const sent = host.sentEvents.at(-1);
    expect(sent.commonEventObject.timeZone).toBeUndefined();
    expect(sent.commonEventObject.userLocale).toBeUndefined();
    expect(sent.userTimezone).toBeUndefined();
    runtime.consent.grant(LOCALE_SCOPE);
    host.homepage('GMAIL');
    expect(host.sentEvents.at(-1).commonEventObject.timeZone.id).toBe('America/New_York');
  });

  it('Invite asks for it before the form opens, with no Gmail call; then a 10:00 picked in New York is 10:00 New York', () => {
    const { host, runtime, message, meetings } = inbox({ account: NEW_YORK });
    runtime.consent.untick(LOCALE_SCOPE);
    host.openMessage(message.id).click('Invite to a meeting');
    expect(host.consentPrompts).toEqual([[LOCALE_SCOPE]]);
    expect(runtime.log.calls).toEqual([]);
    expect(host.card.name).toBe('message');
    host.allowConsent().click('Invite to a meeting');
    expect(host.text()).toContain('Time zone: Eastern Time');
    // 10:00 on the picker, which shows New York's offset (UTC−5 in November), is the instant 15:00 UTC.
    host.input('inviteStart', Date.parse('2026-11-24T15:00:00Z')).click('Send invitations');
    expect(meetings()[0]!.start).toEqual({ dateTime: '2026-11-24T15:00:00.000Z', timeZone: 'America/New_York' });
    expect(host.text()).toMatch(/Tue, Nov 24, 10:00 AM(?! \()/);
  });

  it('if Google still sends no zone, the form and the invited card name the zone used (the script’s, UTC)', () => {
    const { host, message, meetings } = inbox({ account: NEW_YORK });
    host.eventHook = (e) => {
      delete e.commonEventObject.timeZone;
      delete e.userTimezone;
    };
    host.openMessage(message.id).click('Invite to a meeting');
    expect(host.text()).toContain(
      'Google did not share your time zone, so this time is in Coordinated Universal Time, MeetLink’s own. Check it before you send.',
    );
    host.input('inviteStart', Date.parse('2026-11-24T10:00:00Z')).click('Send invitations');
    expect(meetings()[0]!.start).toEqual({ dateTime: '2026-11-24T10:00:00.000Z', timeZone: 'Etc/UTC' });
    expect(host.text()).toContain('Tue, Nov 24, 10:00 AM (Coordinated Universal Time)');
    // The reply's lead-in carries the same words: the time with its zone.
    host.click('Reply with this link');
    expect(host.openedDrafts[0]!.body).toContain('on Tuesday, November 24 at 10:00 AM UTC:');
  });

  it('saved links’ times name the script’s zone when Google sent the person’s none', () => {
    const { host, runtime } = openAddOn({ account: NEW_YORK });
    host.homepage('GMAIL').click('Create Meet link').back();
    expect(host.text()).toMatch(/Today \d+:\d\d [AP]M(?! \()/);
    runtime.consent.untick(LOCALE_SCOPE);
    host.homepage('GMAIL');
    expect(host.text()).toMatch(/Today \d+:\d\d [AP]M \(Coordinated Universal Time\)/);
  });
});

describe('Meet scopes: each action asks for the one it uses', () => {
  const SETTINGS = SCOPE.meetSettings;
  const CREATED = SCOPE.meetCreated;

  it('with meetings.space.settings alone, Meeting settings open and change a Calendar-made Meet; links come from Calendar', () => {
    const { host, runtime, seed, me } = openAddOn({ account: WORKSPACE });
    runtime.consent.untick(CREATED);
    const event = seed({ summary: 'Planning' }, { withMeet: true });
    host.openEvent({ calendarId: me, id: event.id! }).click('Meeting settings');
    expect(host.consentPrompts).toEqual([]);
    expect(host.card.name).toBe('meetingSettings');
    host.change('accessType', 'RESTRICTED');
    expect(host.notifications).toContain('Access changed to Restricted.');
    const code = event.conferenceData!.conferenceId!;
    expect(runtime.meet.peek(code)?.config?.accessType).toBe('RESTRICTED');
    expect(host.consentPrompts).toEqual([]);
    runtime.log.clear();
    host.homepage('GMAIL').click('Create Meet link');
    expect(host.text()).toMatch(MEET_URL);
    expect(runtime.log.of('meet.')).toEqual([]);
  });

  it('the meeting card open when settings is unticked: changing who joins asks for it, and says nothing about organizers', () => {
    const { host, runtime, seed, me } = openAddOn({ account: WORKSPACE });
    const event = seed({ summary: 'Planning' }, { withMeet: true });
    host.openEvent({ calendarId: me, id: event.id! }).click('Meeting settings');
    runtime.consent.untick(SETTINGS);
    runtime.log.clear();
    host.change('accessType', 'RESTRICTED');
    expect(host.consentPrompts).toEqual([[SETTINGS]]);
    expect(runtime.log.calls).toEqual([]);
    expect(host.text()).not.toMatch(/organizes a meeting|organizer/i);
    host.allowConsent();
    host.change('accessType', 'RESTRICTED');
    expect(host.notifications).toContain('Access changed to Restricted.');
  });

  it('a person who unticked meetings.space.created is told the controls are hidden because of that, not that Google refused them', () => {
    const { host, runtime } = openAddOn({ account: WORKSPACE });
    runtime.consent.untick(CREATED);
    host.homepage('GMAIL');
    expect(host.text()).toContain('you did not allow MeetLink to create and manage Meet meetings');
    expect(host.text()).not.toContain('Google refused them');
  });
});

describe('the draft being written and Delete my MeetLink data', () => {
  it('Insert Meet link in a draft asks for the compose scope before any link is made', () => {
    const { host, runtime } = openAddOn();
    runtime.consent.untick(GMAIL_SCOPES.compose);
    host.compose().click('Insert Meet link');
    expect(host.consentPrompts).toEqual([[GMAIL_SCOPES.compose]]);
    expect(runtime.log.calls).toEqual([]);
    expect(host.draft.body).toBe('');
    host.allowConsent().click('Insert Meet link');
    expect(host.draft.body).toMatch(MEET_URL);
  });

  it('with temporary events journaled and the Calendar scope unticked, Delete asks first and deletes nothing', () => {
    const { host, runtime, me } = openAddOn();
    // A link whose temporary event could not be deleted: journaled.
    runtime.faults.inject({ api: 'calendar.events.delete', error: 'backendError', times: 'always' });
    host.homepage('GMAIL').click('Create Meet link');
    runtime.faults.clear();
    expect(runtime.calendar.events(me)).toHaveLength(1);
    runtime.consent.untick(SCOPE.eventsOwned);
    runtime.log.clear();
    host.universal('Settings').click('Delete my MeetLink data').click('Delete');
    expect(host.consentPrompts).toEqual([[SCOPE.eventsOwned]]);
    expect(runtime.log.calls).toEqual([]);
    host.allowConsent().click('Delete');
    expect(runtime.calendar.events(me)).toEqual([]);
    expect(host.notifications.at(-1)).toBe('Your MeetLink data was deleted.');
  });

  it('with nothing journaled, Delete needs no Calendar scope and asks for nothing', () => {
    const { host, runtime } = openAddOn();
    runtime.consent.untick(SCOPE.eventsOwned);
    host.universal('Settings').click('Delete my MeetLink data').click('Delete');
    expect(host.consentPrompts).toEqual([]);
    expect(host.notifications.at(-1)).toBe('Your MeetLink data was deleted.');
  });
});

describe('what Google documents of the consent screen, and what it does not', () => {
  it('without userinfo.email Session gives a blank address (unconfirmed): Invite asks for it, so the person is not their own guest', () => {
    const { host, runtime, message } = inbox();
    runtime.consent.untick(USERINFO_EMAIL);
    expect((runtime.globals.Session as any).getActiveUser().getEmail()).toBe('');
    host.openMessage(message.id).click('Invite to a meeting');
    expect(host.consentPrompts).toEqual([[USERINFO_EMAIL]]);
    host.allowConsent().click('Invite to a meeting');
    expect(host.text()).not.toContain(runtime.settings.account.email);
  });

  it('when Google opens the add-on again after its prompt (the other reading), nothing was made and one press makes it', () => {
    const { host, runtime, leftovers } = openAddOn({ consent: { afterPrompt: 'homepage' } });
    runtime.consent.untick(SCOPE.eventsOwned);
    host.homepage('GMAIL').click('Create Meet link');
    host.allowConsent();
    expect(host.card.name).toBe('home');
    expect(runtime.calendar.events(runtime.settings.account.email)).toEqual([]);
    host.click('Create Meet link');
    expect(meetCode(host.text())).toBeDefined();
    expect(leftovers()).toEqual([]);
  });

  it('gmail.addons.execute unticked: what Gmail then does is not published, so the host does not run the add-on', () => {
    allowNotModelled();
    const { host, runtime } = openAddOn();
    runtime.consent.untick('https://www.googleapis.com/auth/gmail.addons.execute');
    expect(() => host.homepage('GMAIL')).toThrow(/not modelled/);
  });

  it('ScriptApp.requireAllScopes asks for every scope not granted, and nothing when all are', () => {
    const { runtime } = openAddOn();
    const script = runtime.globals.ScriptApp as any;
    expect(() => script.requireAllScopes('FULL')).not.toThrow();
    runtime.consent.untick(LOCALE_SCOPE);
    expect(() => script.requireAllScopes('FULL')).toThrow(/script\.locale/);
  });
});
