import { readManifest, type Manifest } from '../../offline/runtime';
import { LOCALE_SCOPE } from '../../offline/host-events';
import { openAddOn } from '../support/harness';

/** What Google's hosts send for the manifest in use, and MeetLink under each of it. */

const withoutLocale = (): Manifest => {
  const manifest = readManifest();
  const { useLocaleFromApp: _off, ...common } = manifest.addOns.common;
  return { ...manifest, oauthScopes: (manifest.oauthScopes ?? []).filter((s) => s !== LOCALE_SCOPE), addOns: { ...manifest.addOns, common } };
};

describe('locale and time zone', () => {
  it("with useLocaleFromApp and script.locale (MeetLink's manifest), recent links show the person's zone", () => {
    const { host } = openAddOn({ account: { timeZone: 'Asia/Tokyo' } });
    const seen = host.sentEvents;
    host.homepage('GMAIL').click('Create Meet link').back();
    host.homepage('GMAIL');
    // The simulated clock starts at 2026-11-23 09:00 UTC: 18:00 in Tokyo, "Today 6:00 PM" in US English.
    expect(host.text()).toContain('Today 6:00 PM');
    const e = seen[seen.length - 1];
    expect(e.commonEventObject.timeZone).toEqual({ id: 'Asia/Tokyo', offset: 9 * 3600 * 1000 });
    expect(e.commonEventObject.userLocale).toBe('en');
    expect(e.userTimezone).toEqual({ id: 'Asia/Tokyo', offset: String(9 * 3600 * 1000) });
  });

  it('without those manifest entries the host sends neither, and MeetLink falls back to UTC', () => {
    const { host } = openAddOn({ account: { timeZone: 'Asia/Tokyo' }, manifest: withoutLocale() });
    const seen = host.sentEvents;
    host.homepage('GMAIL').click('Create Meet link').back();
    host.homepage('GMAIL');
    expect(host.text()).toContain('Today 9:00 AM');
    expect(host.text()).not.toContain('6:00 PM');
    for (const e of seen) {
      expect(e.commonEventObject.timeZone).toBeUndefined();
      expect(e.commonEventObject.userLocale).toBeUndefined();
      expect(e.userTimezone).toBeUndefined();
      expect(e.userLocale).toBeUndefined();
    }
  });

  it('the scope alone is not enough: useLocaleFromApp must be true too', () => {
    const manifest = withoutLocale();
    manifest.oauthScopes = [...(manifest.oauthScopes ?? []), LOCALE_SCOPE];
    const { host } = openAddOn({ account: { timeZone: 'Asia/Tokyo' }, manifest });
    const seen = host.sentEvents;
    host.homepage('CALENDAR');
    expect(seen[0].commonEventObject.timeZone).toBeUndefined();
  });
});

describe('form inputs', () => {
  it('a date-time picker arrives as dateTimeInput {msSinceEpoch, hasDate, hasTime}, text and choices as stringInputs', () => {
    const { host, runtime, me } = openAddOn();
    const message = runtime.gmail.seedMessage({ from: 'bob@example.org', to: me, subject: 'Talk?' });
    host.openMessage(message.id).click('Invite to a meeting');
    host.input('inviteStart', 1795424400000).input('inviteNote', 'Hi').click('Send invitations');
    const { formInputs } = host.sentEvents[host.sentEvents.length - 1].commonEventObject;
    expect(formInputs.inviteStart).toEqual({ dateTimeInput: { msSinceEpoch: '1795424400000', hasDate: true, hasTime: true } });
    expect(formInputs.inviteNote).toEqual({ stringInputs: { value: ['Hi'] } });
    expect(formInputs.inviteGuests).toEqual({ stringInputs: { value: ['bob@example.org'] } });
    expect(formInputs.inviteMinutes).toEqual({ stringInputs: { value: ['30'] } });
  });

  it('a cleared picker is left out, like an empty text input', () => {
    const { host, runtime, me } = openAddOn();
    const message = runtime.gmail.seedMessage({ from: 'bob@example.org', to: me, subject: 'Talk?' });
    host.openMessage(message.id).click('Invite to a meeting');
    host.input('inviteStart', []).click('Send invitations');
    const { formInputs } = host.sentEvents[host.sentEvents.length - 1].commonEventObject;
    expect(formInputs.inviteStart).toBeUndefined();
    expect(formInputs.inviteNote).toBeUndefined();
  });
});

describe('legacy fields and manifests without triggers', () => {
  it('sends the legacy parameters, formInput(s), clientPlatform and hostApp next to commonEventObject', () => {
    const { host } = openAddOn();
    const seen = host.sentEvents;
    host.homepage('GMAIL').click('Create Meet link');
    const e = seen[seen.length - 1];
    expect(e.hostApp).toBe('gmail');
    expect(e.clientPlatform).toBe('web');
    expect(e.parameters).toEqual(e.commonEventObject.parameters);
    expect(e.formInput).toEqual({});
  });

  it('a manifest without a homepage trigger: the host shows its generic card and calls nothing', () => {
    const manifest = readManifest();
    const { homepageTrigger: _h, ...common } = manifest.addOns.common;
    const { homepageTrigger: _g, ...gmail } = manifest.addOns.gmail;
    const { host } = openAddOn({ manifest: { ...manifest, addOns: { ...manifest.addOns, common, gmail } } });
    expect(() => host.homepage('GMAIL')).not.toThrow();
    expect(host.calls).toEqual([]);
    expect(host.stack).toEqual([]);
  });
});

describe('Calendar event data and capabilities', () => {
  it.each([true, false, 'absent'] as const)('an organizer sees Add Meet link when canSetConferenceData is %s, and it works', (canSet) => {
    const { host, runtime, seed, me } = openAddOn();
    const event = seed({ summary: 'Planning' });
    host.openEvent({ calendarId: me, id: event.id!, canSetConferenceData: canSet });
    expect(host.buttons()).toEqual(['Add Meet link']);
    host.click('Add Meet link');
    expect(runtime.calendar.peek(me, event.id!)!.hangoutLink).toBeDefined();
  });

  it('under READ the host sends canSetConferenceData false by default, and the organizer still gets the controls', () => {
    const { host, seed, me } = openAddOn();
    const seen = host.sentEvents;
    const event = seed({ summary: 'Planning' }, { withMeet: true });
    host.openEvent({ calendarId: me, id: event.id! });
    expect(seen[0].calendar.capabilities.canSetConferenceData).toBe(false);
    expect(seen[0].calendar.conferenceData).toBeDefined();
    expect(host.buttons()).toEqual(['Open in Meet', 'Replace with a new link', 'Remove Meet link', 'After the meeting']);
  });

  it('an invitation from someone else: no controls, even when canSetConferenceData is true', () => {
    const { host, seed, me } = openAddOn();
    const event = seed({ summary: 'Their meeting', organizerEmail: 'boss@example.com' } as never, { withMeet: true });
    host.openEvent({ calendarId: me, id: event.id!, canSetConferenceData: true });
    expect(host.buttons()).not.toContain('Remove Meet link');
    expect(host.buttons()).not.toContain('Replace with a new link');
  });

  it.each(['METADATA', undefined])('with currentEventAccess %s no conference data, attendees or capabilities are sent', (access) => {
    const manifest = readManifest();
    const { currentEventAccess: _a, ...calendar } = manifest.addOns.calendar;
    const { host, seed, me } = openAddOn({
      manifest: { ...manifest, addOns: { ...manifest.addOns, calendar: access ? { ...calendar, currentEventAccess: access } : calendar } },
    });
    const seen = host.sentEvents;
    const event = seed({ summary: 'Planning', attendees: [{ email: 'bob@example.com' }] }, { withMeet: true });
    host.openEvent({ calendarId: me, id: event.id! });
    const sent = seen[0].calendar;
    expect(sent.conferenceData).toBeUndefined();
    expect(sent.attendees).toBeUndefined();
    expect(sent.capabilities).toBeUndefined();
    if (access) expect(sent).toMatchObject({ calendarId: me, id: event.id });
    else expect(sent).toEqual({});
  });
});
