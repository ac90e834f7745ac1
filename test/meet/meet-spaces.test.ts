import { MEET_ERRORS } from '../../offline/meet/model';
import { CONSUMER, WORKSPACE } from '../../offline/runtime';
import { renderInvitation } from '../../src/invitation';
import { MEET_API_DENIED_KEY, MEET_API_RECHECK_MS } from '../../src/meet/make-link';
import { meetingCodeIn } from '../../src/meet/meeting-code';
import { DEFAULT_SETTINGS } from '../../src/settings';
import { engineHarness, EXACT_MEET_URL } from '../support/harness';
import { failureOf } from '../support/failure';
import { markDailySweepDone } from '../support/daily-sweep';

const DAY = 24 * 60 * 60 * 1000;
/** A personal Google account on its own domain: a consumer account whose email is not gmail.com. */
const CONSUMER_OWN_DOMAIN = { ...CONSUMER, email: 'ada@lovelace.example' };

/** Every Google call, in order, as `api status`. */
const allCalls = (h: ReturnType<typeof engineHarness>) => h.runtime.log.calls.map((c) => `${c.api} ${c.status}`);

describe('making a link: Meet REST for Workspace accounts, Calendar for the rest', () => {
  it('Workspace: one spaces.create call, a space the app owns, and nothing else', () => {
    const h = engineHarness({ account: WORKSPACE });
    const link = h.engine().createLink();

    expect(allCalls(h)).toEqual(['meet.spaces.create 200']);
    expect(link.url).toMatch(EXACT_MEET_URL);
    expect(link.url).toBe(`https://meet.google.com/${link.code}`);
    expect(link.space).toEqual({ name: expect.stringMatching(/^spaces\/\w+$/), accessType: 'TRUSTED', moderation: 'OFF' });
    expect(link.dialIn).toBeUndefined();
    expect(h.runtime.meet.peek(link.space!.name)?.meetingCode).toBe(link.code);
    expect(h.leftovers()).toEqual([]);
  });

  it('a space has no phone entry points: the invitation leaves those lines out', () => {
    const h = engineHarness({ account: WORKSPACE });
    const text = renderInvitation(DEFAULT_SETTINGS.template, h.engine().createLink(), 'text');
    expect(text).toMatch(/https:\/\/meet\.google\.com\//);
    expect(text).not.toMatch(/undefined|\{phone\}|\{pin\}|PIN/);
  });

  it('free Gmail account: straight to the Calendar method, no Meet call at all', () => {
    const h = engineHarness({ account: CONSUMER });
    const link = h.engine().createLink();
    expect(allCalls(h)).toEqual(['calendar.events.insert 200', 'calendar.events.delete 204']);
    expect(link.space).toBeUndefined();
    expect(link.dialIn).toBeDefined();
  });

  it('googlemail.com is a free Gmail account too', () => {
    const h = engineHarness({ account: { ...CONSUMER, email: 'ada@googlemail.com' } });
    h.engine().createLink();
    expect(h.apiNames('meet.')).toEqual([]);
  });

  it('PERMISSION_DENIED: falls back to Calendar in the same action, remembers it with the date, and skips Meet after', () => {
    const h = engineHarness({ account: CONSUMER_OWN_DOMAIN });
    const link = h.engine().createLink();

    expect(allCalls(h)).toEqual(['meet.spaces.create 403', 'calendar.events.insert 200', 'calendar.events.delete 204']);
    expect(link.url).toMatch(EXACT_MEET_URL);
    expect(link.space).toBeUndefined();
    expect(JSON.parse(h.runtime.services.userProperties.getProperty(MEET_API_DENIED_KEY)!)).toEqual({ at: h.runtime.clock.now() });

    h.resetLog();
    h.runtime.clock.advance(MEET_API_RECHECK_MS - DAY);
    h.engine().createLink();
    expect(h.apiNames('meet.')).toEqual([]);
    expect(h.sleptMs()).toBe(0);
  });

  it('checks the Meet API again after 30 days, and forgets the refusal once it works', () => {
    const h = engineHarness({ account: CONSUMER_OWN_DOMAIN });
    h.engine().createLink();
    h.runtime.clock.advance(MEET_API_RECHECK_MS);
    h.resetLog();
    h.engine().createLink();
    expect(h.apiNames('meet.')).toEqual(['meet.spaces.create']); // still refused: asked once, remembered again

    // The account is now allowed (say, moved to Workspace) and 30 more days pass.
    h.runtime.settings.account = { ...WORKSPACE, email: CONSUMER_OWN_DOMAIN.email };
    h.runtime.clock.advance(MEET_API_RECHECK_MS);
    markDailySweepDone(h.runtime);
    h.resetLog();
    expect(h.engine().createLink().space).toBeDefined();
    expect(allCalls(h)).toEqual(['meet.spaces.create 200']);
    expect(h.runtime.services.userProperties.getProperty(MEET_API_DENIED_KEY)).toBeNull();
  });

  it('429 (10 creates a minute per user): falls back to Calendar at once, with no wait and no retry', () => {
    const h = engineHarness({ account: WORKSPACE });
    for (let i = 0; i < 10; i++) expect(h.engine().createLink().space).toBeDefined();
    h.resetLog();
    const link = h.engine().createLink();

    expect(allCalls(h)).toEqual(['meet.spaces.create 429', 'calendar.events.insert 200', 'calendar.events.delete 204']);
    expect(link.space).toBeUndefined();
    expect(h.sleptMs()).toBe(0);
    expect(h.runtime.services.userProperties.getProperty(MEET_API_DENIED_KEY)).toBeNull(); // a quota is no refusal

    h.runtime.clock.advance(60_000);
    h.resetLog();
    expect(h.engine().createLink().space).toBeDefined();
    expect(allCalls(h)).toEqual(['meet.spaces.create 200']);
  });

  it.each([
    ['500 INTERNAL', MEET_ERRORS.internal],
    ['503 UNAVAILABLE', MEET_ERRORS.unavailable],
  ])('%s: falls back to Calendar at once, and does not remember it', (_name, error) => {
    const h = engineHarness({ account: WORKSPACE });
    h.runtime.faults.inject({ api: 'meet.spaces.create', error });
    const link = h.engine().createLink();
    expect(allCalls(h)).toEqual([`meet.spaces.create ${error.code}`, 'calendar.events.insert 200', 'calendar.events.delete 204']);
    expect(link.url).toMatch(EXACT_MEET_URL);
    expect(h.sleptMs()).toBe(0);
    h.resetLog();
    expect(h.engine().createLink().space).toBeDefined();
  });

  it('a Calendar failure after the fallback is reported as the Calendar failure it is', () => {
    const h = engineHarness({ account: WORKSPACE });
    h.runtime.faults.inject({ api: 'meet.spaces.create', error: MEET_ERRORS.unavailable });
    h.runtime.faults.inject({ api: 'calendar.events.insert', error: 'quotaExceeded' });
    expect(failureOf(() => h.engine().createLink()).kind).toBe('dailyQuota');
  });
});

describe('a space the app owns: access type and ending the meeting', () => {
  it('changes the access type with one PATCH whose updateMask keeps the rest of the config', () => {
    const h = engineHarness({ account: WORKSPACE });
    const { space } = h.engine().createLink();
    h.resetLog();
    const view = h.engine().setAccessType(space!.name, 'OPEN');

    expect(view).toMatchObject({ name: space!.name, accessType: 'OPEN', active: false });
    expect(h.runtime.log.calls.map((c) => c.summary)).toEqual([`patch ${space!.name} updateMask=config.accessType`]);
    expect(h.runtime.meet.peek(space!.name)?.config).toMatchObject({ accessType: 'OPEN', entryPointAccess: 'ALL', moderation: 'OFF' });
  });

  it('reads whether a conference is on, and ends it', () => {
    const h = engineHarness({ account: WORKSPACE });
    const { space } = h.engine().createLink();
    expect(h.engine().readSpace(space!.name).active).toBe(false);
    h.runtime.meet.startConference(space!.name);
    expect(h.engine().readSpace(space!.name).active).toBe(true);

    h.engine().endConference(space!.name);
    expect(h.runtime.meet.peek(space!.name)?.activeConference).toBeUndefined();
    expect(h.apiNames('meet.').slice(-1)).toEqual(['meet.spaces.endActiveConference']);
  });

  it('only the owner may end the conference or change the access type', () => {
    const h = engineHarness({ account: WORKSPACE });
    const { space } = h.engine().createLink();
    h.runtime.meet.startConference(space!.name);
    h.runtime.settings.account = { ...WORKSPACE, email: 'someone@example.com' };

    expect(failureOf(() => h.engine().endConference(space!.name)).kind).toBe('spaceHidden');
    expect(failureOf(() => h.engine().setAccessType(space!.name, 'OPEN')).kind).toBe('spaceHidden');
    expect(h.runtime.meet.peek(space!.name)).toMatchObject({ config: { accessType: 'TRUSTED' }, activeConference: expect.anything() });
    // Someone else reads the space without its settings or conference.
    expect(h.engine().readSpace(space!.name)).toEqual({ name: space!.name, url: expect.any(String), code: expect.any(String) });
  });

  it('retries a transient error on these idempotent calls, within bounds', () => {
    const h = engineHarness({ account: WORKSPACE });
    const { space } = h.engine().createLink();
    h.runtime.faults.inject({ api: 'meet.spaces.patch', error: MEET_ERRORS.unavailable, times: 2 });
    expect(h.engine().setAccessType(space!.name, 'RESTRICTED').accessType).toBe('RESTRICTED');
    expect(h.apiNames('meet.spaces.patch')).toHaveLength(3);

    h.runtime.faults.inject({ api: 'meet.spaces.get', error: MEET_ERRORS.unavailable, times: 'always' });
    expect(failureOf(() => h.engine().readSpace(space!.name)).kind).toBe('meetUnavailable');
    expect(h.sleptMs()).toBeLessThan(25_000);
  });
});

describe('looking up a meeting by code', () => {
  it('reads an app-made space by its code in any case: one GET', () => {
    const h = engineHarness({ account: WORKSPACE });
    const link = h.engine().createLink();
    h.resetLog();
    const view = h.engine().lookupMeeting(link.code.toUpperCase());
    expect(view).toEqual({ name: link.space!.name, url: link.url, code: link.code, accessType: 'TRUSTED', active: false, moderation: 'OFF' });
    expect(allCalls(h)).toEqual(['meet.spaces.get 200']);
  });

  it('a meeting made through Calendar: its organizer sees who may join (meetings.space.settings), others only its link', () => {
    const h = engineHarness({ account: WORKSPACE });
    h.runtime.calendar.addCalendar(WORKSPACE.email, { owner: WORKSPACE.email });
    const mine = h.runtime.calendar.seedEvent(WORKSPACE.email, { summary: 'Sync' }, { withMeet: true });
    expect(h.engine().lookupMeeting(mine.conferenceData!.conferenceId!)).toMatchObject({ accessType: 'TRUSTED' });
    const theirs = h.runtime.calendar.seedEvent(WORKSPACE.email, { summary: 'Their sync', organizerEmail: 'boss@example.com' }, { withMeet: true });
    const view = h.engine().lookupMeeting(theirs.conferenceData!.conferenceId!);
    expect(view.code).toBe(theirs.conferenceData!.conferenceId);
    expect(view.accessType).toBeUndefined();
    expect(allCalls(h)).toEqual(['meet.spaces.get 200', 'meet.spaces.get 200']);
  });

  it('no meeting with that code: Google answers 403 "(or it might not exist)", so meetingUnknown too', () => {
    const h = engineHarness({ account: WORKSPACE });
    expect(failureOf(() => h.engine().lookupMeeting('abc-mnop-xyz')).kind).toBe('meetingUnknown');
  });

  it('a free Gmail account, or one Google refused: meetApiUnavailable, and no call', () => {
    const free = engineHarness({ account: CONSUMER });
    expect(failureOf(() => free.engine().lookupMeeting('abc-mnop-xyz')).kind).toBe('meetApiUnavailable');
    expect(free.runtime.log.calls).toEqual([]);

    const refused = engineHarness({ account: CONSUMER_OWN_DOMAIN });
    refused.engine().createLink();
    refused.resetLog();
    expect(failureOf(() => refused.engine().lookupMeeting('abc-mnop-xyz')).kind).toBe('meetApiUnavailable');
    expect(refused.runtime.log.calls).toEqual([]);
  });

  it.each([
    ['abc-mnop-xyz', 'abc-mnop-xyz'],
    ['  ABC-MNOP-XYZ ', 'abc-mnop-xyz'],
    ['abcmnopxyz', 'abc-mnop-xyz'],
    ['https://meet.google.com/abc-mnop-xyz', 'abc-mnop-xyz'],
    ['https://meet.google.com/abc-mnop-xyz?authuser=0&hs=1', 'abc-mnop-xyz'],
    ['meet.google.com/abc-mnop-xyz', 'abc-mnop-xyz'],
    ['https://meet.google.com/abc-mnop-xyz/', 'abc-mnop-xyz'],
  ])('reads the meeting code in %p', (input, code) => {
    expect(meetingCodeIn(input)).toBe(code);
  });

  it.each(['', 'hello', 'https://example.com/abc-mnop-xyz', 'https://meet.google.com/lookup/team', 'abc-mnop-xyz.evil', 'abc mnop xyz'])(
    'finds no meeting code in %p',
    (input) => {
      expect(meetingCodeIn(input)).toBeUndefined();
    },
  );
});
