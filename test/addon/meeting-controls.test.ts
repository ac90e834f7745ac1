import { readCatalogue } from '../../scripts/i18n';
import { CATALOGUES } from '../../src/i18n/catalogues.generated';
import { inputs } from '../../offline/card-query';
import { MEET_ERRORS } from '../../offline/meet/model';
import { WORKSPACE } from '../../offline/runtime';
import { meetCode, openAddOn } from '../support/harness';
import type { RuntimeOptions } from '../../offline/runtime';

const SETTINGS_SCOPE = 'https://www.googleapis.com/auth/meetings.space.settings';

/** The add-on opened by a Workspace account, with the Meet calls it made. */
function workspace(options: RuntimeOptions = {}) {
  const opened = openAddOn({ account: WORKSPACE, ...options });
  const meetCalls = () => opened.runtime.log.of('meet.').map((c) => `${c.api} ${c.status}`);
  return { ...opened, meetCalls };
}

/** Settings: switches the named presets on and saves. */
function savePresets(host: ReturnType<typeof openAddOn>['host'], presets: string[]) {
  host.universal('Settings');
  for (const p of ['record', 'transcribe', 'notes', 'attendance']) host.input(`preset_${p}`, presets.includes(p));
  host.click('Save');
}

describe('who joins without asking, on any Meet the person organizes (open Calendar event)', () => {
  it('reads the Meet by its code and changes it: at most 2 Meet calls, for a meeting Calendar made', () => {
    const { host, runtime, seed, me, meetCalls, calendarCalls } = workspace();
    const event = seed({ summary: 'Planning' }, { withMeet: true });
    const code = event.conferenceData!.conferenceId!;
    host.openEvent({ calendarId: me, id: event.id! });
    expect(host.buttons()).toEqual(['Open in Meet', 'Replace with a new link', 'Remove Meet link', 'Meeting settings', 'After the meeting']);
    expect(meetCalls()).toEqual([]); // drawing the event card calls nothing

    host.click('Meeting settings');
    expect(host.text()).toContain('Meeting settings');
    expect(host.text()).toContain('People in your organization, invited guests and phone callers join without asking');
    const choice = host.card.sections[1].widgets[0].selectionInput;
    expect(choice.items[0]).toMatchObject({ value: 'TRUSTED', selected: true }); // the current setting first
    expect(meetCalls()).toEqual(['meet.spaces.get 200']);

    host.change('accessType', 'RESTRICTED');
    expect(host.notifications).toContain('Access changed to Restricted.');
    expect(host.text()).toContain('Only invited guests join without asking; everyone else asks.');
    expect(runtime.meet.peek(code)?.config?.accessType).toBe('RESTRICTED');
    expect(meetCalls()).toEqual(['meet.spaces.get 200', 'meet.spaces.patch 200']);
    expect(runtime.log.of('meet.spaces.patch')[0]!.summary).toMatch(/^patch spaces\/\w+ updateMask=config\.accessType$/);
    expect(calendarCalls()).toEqual([]);
  });

  it('a person who unticked meetings.space.settings is asked for it again, with no Meet call; their own links keep every control', () => {
    const { host, runtime, seed, me, meetCalls } = workspace();
    runtime.consent.untick(SETTINGS_SCOPE);
    const event = seed({ summary: 'Planning' }, { withMeet: true });
    host.openEvent({ calendarId: me, id: event.id! }).click('Meeting settings');
    expect(host.consentPrompts).toEqual([[SETTINGS_SCOPE]]);
    expect(meetCalls()).toEqual([]);
    host.homepage('GMAIL').click('Create Meet link');
    host.change('accessType', 'OPEN');
    expect(host.notifications).toContain('Access changed to Open.');
    host.input('cohosts', 'ben@example.com').click('Add co-hosts');
    expect(host.notifications).toContain('1 co-host added.');
    expect(host.consentPrompts).toHaveLength(1);
  });

  it('someone else’s event, a third-party conference and a free account get no control', () => {
    const ws = workspace();
    ws.runtime.calendar.addCalendar(ws.me, { owner: ws.me });
    const theirs = ws.seed({ summary: 'Their sync', organizerEmail: 'boss@example.com' }, { withMeet: true });
    ws.host.openEvent({ calendarId: ws.me, id: theirs.id! });
    expect(ws.host.buttons()).toEqual(['Open in Meet', 'After the meeting']);
    const zoom = ws.seed({ summary: 'Zoom call' }, { thirdParty: 'zoom' });
    ws.host.openEvent({ calendarId: ws.me, id: zoom.id! });
    expect(ws.host.buttons()).not.toContain('Meeting settings');

    const free = openAddOn();
    const event = free.seed({ summary: 'Planning' }, { withMeet: true });
    free.host.openEvent({ calendarId: free.me, id: event.id! });
    // A free account's "After the meeting" only says why Google shares nothing with apps there.
    expect(free.host.buttons()).toEqual(['Open in Meet', 'Replace with a new link', 'Remove Meet link', 'After the meeting']);
    expect(free.runtime.log.of('meet.')).toEqual([]);
  });
});

describe('meeting presets', () => {
  it('every new Workspace link is made with them in the one spaces.create call (the first time, one read checks them)', () => {
    const { host, runtime, meetCalls } = workspace();
    savePresets(host, ['record', 'notes']);
    host.homepage('GMAIL').click('Create Meet link');
    expect(meetCalls()).toEqual(['meet.spaces.create 200', 'meet.spaces.get 200']);
    runtime.log.clear();
    host.click('Create another');
    expect(meetCalls()).toEqual(['meet.spaces.create 200']);
    const config = runtime.meet.peek(meetCode(host.text())!)!.config!;
    expect(config.artifactConfig.recordingConfig.autoRecordingGeneration).toBe('ON');
    expect(config.artifactConfig.smartNotesConfig.autoSmartNotesGeneration).toBe('ON');
    expect(config.artifactConfig.transcriptionConfig.autoTranscriptionGeneration).toBe('OFF');
    expect(host.text()).not.toContain('Google did not turn on');
  });

  it('an edition that refuses recording: the card names it, the link is made, the other presets are on', () => {
    const { host, runtime, meetCalls } = workspace({ meet: { refusedArtifacts: ['recording'] } });
    savePresets(host, ['record', 'transcribe']);
    host.homepage('GMAIL').click('Create Meet link');
    const text = host.text();
    expect(text).toContain('Your Meet link');
    expect(text).toContain('Google did not turn on: Record automatically. Your organization or edition may not allow it. The link works.');
    expect(runtime.meet.peek(meetCode(text)!)!.config!.artifactConfig.transcriptionConfig.autoTranscriptionGeneration).toBe('ON');
    expect(meetCalls()).toEqual(['meet.spaces.create 403', 'meet.spaces.create 200', 'meet.spaces.patch 403', 'meet.spaces.patch 200']);
  });

  it('"Apply my presets" on the open event’s Meet: one patch; a refused one is named', () => {
    const { host, runtime, seed, me, meetCalls } = workspace({ meet: { refusedArtifacts: ['recording'] } });
    savePresets(host, ['attendance']);
    const event = seed({ summary: 'Planning' }, { withMeet: true });
    host.openEvent({ calendarId: me, id: event.id! }).click('Meeting settings');
    expect(host.text()).toContain('Apply my presets to this meeting: Email an attendance report');
    host.click('Apply my presets');
    expect(host.notifications).toContain('Your presets are on for this meeting.');
    // The card itself shows the change, not only the notification.
    expect(host.text()).toContain('On for this meeting now: Email an attendance report.');
    // The first time a preset is asked on this account, one read checks Google applied it (docs/meet-rest.md).
    expect(meetCalls()).toEqual(['meet.spaces.get 200', 'meet.spaces.patch 200', 'meet.spaces.get 200']);
    expect(runtime.meet.peek(event.conferenceData!.conferenceId!)!.config!.attendanceReportGenerationType).toBe('GENERATE_REPORT');

    savePresets(host, ['record']);
    host.openEvent({ calendarId: me, id: event.id! }).click('Meeting settings').click('Apply my presets');
    expect(host.text()).toContain('Google did not turn on: Record automatically.');
    expect(host.text()).not.toContain('On for this meeting now');
    expect(host.text()).toContain('Meeting settings');
  });

  it('free Gmail: presets on change nothing: the same calls and the same card as without them', () => {
    const plain = openAddOn();
    plain.host.homepage('GMAIL').click('Create Meet link');
    const withPresets = openAddOn();
    savePresets(withPresets.host, ['record', 'transcribe', 'notes', 'attendance']);
    expect(withPresets.host.text()).toContain('presets need a work or school account');
    withPresets.resetLog();
    withPresets.host.homepage('GMAIL').click('Create Meet link');
    expect(withPresets.calendarCalls()).toEqual(plain.calendarCalls());
    expect(withPresets.calendarCalls()).toEqual(['calendar.events.insert 200', 'calendar.events.delete 204']);
    expect(withPresets.runtime.log.of('meet.')).toEqual([]);
    const strip = (text: string) => text.replace(/[a-z]{3}-[a-z]{4}-[a-z]{3}/g, 'CODE').replace(/\+\d[\d -]+|PIN: \d+#?/g, 'PHONE');
    expect(strip(withPresets.host.text())).toEqual(strip(plain.host.text()));
    expect(withPresets.host.buttons()).toEqual(plain.host.buttons());

    // Adding Meet to an open event: the same calls and the same card too.
    const add = (opened: ReturnType<typeof openAddOn>) => {
      const event = opened.seed({ summary: 'Planning' });
      opened.resetLog();
      opened.host.openEvent({ calendarId: opened.me, id: event.id! }).click('Add Meet link');
      return { calls: opened.calendarCalls(), text: strip(opened.host.text()), buttons: opened.host.buttons() };
    };
    expect(add(withPresets)).toEqual(add(plain));
    expect(withPresets.host.buttons()).not.toContain('Meeting settings');
    expect(withPresets.runtime.log.of('meet.')).toEqual([]);
  });
});

describe('co-hosts on MeetLink’s links', () => {
  it('reads pasted addresses as Gmail writes them: a group, a quoted name with a comma, a comment', () => {
    const { host, runtime } = workspace();
    host.homepage('GMAIL').click('Create Meet link');
    const code = meetCode(host.text())!;
    host.input('cohosts', 'Team: ben@example.com, "Doe, Jane" <Jane@Example.com>; cy@example.com (Cy Young)\nundisclosed-recipients:;');
    host.click('Add co-hosts');
    expect(host.notifications).toContain('3 co-hosts added.');
    expect(runtime.meet.peekMembers(code).map((m) => m.email)).toEqual(['ben@example.com', 'jane@example.com', 'cy@example.com']);
  });

  it('names what is no address among pasted ones, as typed, and adds nobody', () => {
    const { host, runtime } = workspace();
    host.homepage('GMAIL').click('Create Meet link');
    const code = meetCode(host.text())!;
    host.input('cohosts', '"Doe, Jane" <jane@example.com>, Bob Smith bob@example.com').click('Add co-hosts');
    expect(host.notifications.at(-1)).toContain('Bob Smith bob@example.com');
    expect(host.notifications.at(-1)).not.toMatch(/Doe|jane/);
    expect(runtime.meet.peekMembers(code)).toEqual([]);
  });

  it('adds co-hosts (moderation on first), shows them, and removes one; the link card keeps its title', () => {
    const { host, runtime, meetCalls } = workspace();
    host.homepage('GMAIL').click('Create Meet link');
    const code = meetCode(host.text())!;
    expect(host.text()).toContain('Co-hosts\nNo co-hosts yet.');

    host.input('cohosts', 'ben@example.com, Cy <cy@example.com>').click('Add co-hosts');
    expect(host.notifications).toContain('2 co-hosts added.');
    expect(host.text()).toContain('Your Meet link');
    expect(host.buttons()).toEqual(['Open in Meet', 'Create another', 'Refresh', 'Remove', 'Remove', 'Add co-hosts']);
    expect(host.text()).toContain('ben@example.com\nRemove\ncy@example.com\nRemove');
    expect(runtime.meet.peek(code)!.config!.moderation).toBe('ON');
    expect(runtime.meet.peekMembers(code).map((m) => [m.email, m.role])).toEqual([
      ['ben@example.com', 'COHOST'],
      ['cy@example.com', 'COHOST'],
    ]);
    expect(meetCalls()).toEqual([
      'meet.spaces.create 200',
      'meet.spaces.patch 200',
      'meet.spaces.members.create 200',
      'meet.spaces.members.create 200',
      'meet.spaces.members.list 200',
    ]);

    // Changing who joins redraws the same card, co-hosts included, with the one patch alone.
    runtime.log.clear();
    host.change('accessType', 'RESTRICTED');
    expect(host.text()).toContain('ben@example.com\nRemove\ncy@example.com\nRemove');
    expect(meetCalls()).toEqual(['meet.spaces.patch 200']);
    host.click('Refresh');
    expect(host.text()).toContain('cy@example.com');

    host.click('Remove');
    expect(host.notifications).toContain('ben@example.com is no longer a co-host.');
    expect(host.text()).not.toContain('ben@example.com');
    expect(runtime.meet.peekMembers(code).map((m) => m.email)).toEqual(['cy@example.com']);

    // Moderation is on now: another co-host is one create and one list; one already there is not sent again.
    runtime.log.clear();
    host.input('cohosts', 'di@example.com, CY@example.com').click('Add co-hosts');
    expect(meetCalls()).toEqual(['meet.spaces.members.create 200', 'meet.spaces.members.list 200']);
    expect(runtime.meet.peekMembers(code).map((m) => m.email)).toEqual(['cy@example.com', 'di@example.com']);
  });

  it('checks addresses before any call and names the ones that are not', () => {
    const { host, meetCalls, lastNotification } = workspace();
    host.homepage('GMAIL').click('Create Meet link');
    host.input('cohosts', 'ben@example.com, tomorrow').click('Add co-hosts');
    expect(lastNotification()).toBe('Not an email address: tomorrow. Nothing was changed.');
    host.input('cohosts', '').click('Add co-hosts');
    expect(lastNotification()).toBe('Type one or more email addresses first.');
    expect(meetCalls()).toEqual(['meet.spaces.create 200']);
  });
});

describe('co-hosts by edition and partial failures (issue 26 item 1, issue 27 item 5)', () => {
  const starter = (options: RuntimeOptions = {}) => workspace({ account: { ...WORKSPACE, edition: 'businessStarter' }, ...options });

  it.each(['permissionDenied', 'failedPrecondition', 'invalidArgument'] as const)(
    'Business Starter (Google refusing as %s): the account’s edition or admin is named, never the addresses, and the control goes',
    (cohostRefusal) => {
      const { host, lastNotification, runtime } = starter({ meet: { cohostRefusal } });
      host.homepage('GMAIL').click('Create Meet link');
      const code = meetCode(host.text())!;
      host.input('cohosts', 'ben@example.com, cy@example.com').click('Add co-hosts');
      expect(lastNotification()).toBe(
        'Not added: ben@example.com and cy@example.com. This account’s Google Workspace edition or its admin does not allow co-hosts.',
      );
      expect(host.text()).not.toContain('Check the address');
      expect(host.text()).toContain('No co-hosts: this account’s Google Workspace edition or its admin does not allow them.');
      expect(host.buttons()).not.toContain('Add co-hosts');
      // Host controls went back as they were: nobody was added.
      expect(runtime.meet.peek(code)!.config!.moderation).toBe('OFF');
      expect(host.text()).not.toContain('Host controls are now on');
      // The next link's card knows it too, with no call.
      host.back().back();
      host.homepage('GMAIL').click('Create Meet link');
      expect(host.buttons()).not.toContain('Add co-hosts');
      expect(host.text()).toContain('No co-hosts:');
    },
  );

  it('one address accepted and one refused: the refused one is named, and who was added is said', () => {
    const { host, runtime, lastNotification } = workspace();
    host.homepage('GMAIL').click('Create Meet link');
    // An address MeetLink's own check lets through that Google refuses (400 INVALID_ARGUMENT naming it).
    runtime.faults.inject({ api: 'meet.spaces.members.create', error: MEET_ERRORS.invalidArgument('Invalid email: cy@example.invalid'), at: 2 });
    host.input('cohosts', 'ben@example.com, cy@example.invalid').click('Add co-hosts');
    expect(lastNotification()).toBe('Google did not accept cy@example.invalid as a co-host. Check the address.');
    expect(lastNotification()).not.toBe('1 co-host added.');
    expect(host.text()).toContain('Added as co-hosts: ben@example.com.');
    expect(host.text()).toContain('ben@example.com\nRemove');
  });

  it('adding the first co-host says host controls are now on; the next add does not say it again', () => {
    const { host } = workspace();
    host.homepage('GMAIL').click('Create Meet link');
    host.input('cohosts', 'ben@example.com').click('Add co-hosts');
    expect(host.text()).toContain(
      'Host controls are now on for this meeting, as Google Meet needs them for co-hosts: you and your co-hosts can lock chat and presenting, mute everyone and end the meeting for everyone.',
    );
    host.input('cohosts', 'cy@example.com').click('Add co-hosts');
    expect(host.text()).not.toContain('Host controls are now on');
  });

  it('Google busy on one address (500): named as busy, never "Check the address"; the field keeps it, and pressing again adds it', () => {
    const { host, runtime, lastNotification, meetCalls } = workspace();
    host.homepage('GMAIL').click('Create Meet link');
    runtime.faults.inject({ api: 'meet.spaces.members.create', error: MEET_ERRORS.internal, at: 2 });
    host.input('cohosts', 'ben@example.com, cy@example.com, di@example.com').click('Add co-hosts');
    expect(lastNotification()).toBe('Google was busy and did not add cy@example.com. Press Add co-hosts to try again.');
    expect(host.text()).toContain('Added as co-hosts: ben@example.com and di@example.com.');
    expect(host.text()).not.toContain('Check the address');
    expect(inputs(host.card).find((f) => f.name === 'cohosts')?.values).toEqual(['cy@example.com']);
    runtime.log.clear();
    host.click('Add co-hosts');
    expect(lastNotification()).toBe('1 co-host added.');
    expect(host.text()).toContain('ben@example.com\nRemove\ndi@example.com\nRemove\ncy@example.com\nRemove');
    expect(meetCalls()).toEqual(['meet.spaces.members.create 200', 'meet.spaces.members.list 200']);
  });

  it('a failure before anyone is added: Try again keeps what was typed and returns to the link card', () => {
    const { host, runtime, lastNotification } = workspace();
    host.homepage('GMAIL').click('Create Meet link');
    runtime.faults.inject({ api: 'meet.spaces.patch', error: MEET_ERRORS.unavailable, times: 'always' });
    host.input('cohosts', 'ben@example.com, Cy <cy@example.com>').click('Add co-hosts');
    expect(host.text()).toContain('Google Meet is not answering right now.');
    expect(host.buttons()).toEqual(['Try again', 'Back']);
    runtime.faults.clear();
    host.click('Try again');
    expect(lastNotification()).toBe('2 co-hosts added.');
    expect(host.text()).toContain('Your Meet link');
    expect(host.text()).toContain('ben@example.com\nRemove\ncy@example.com\nRemove');
    host.back();
    expect(host.text()).not.toContain('Your Meet link'); // no stale link card under it
  });

  it('at most 25 co-hosts a meeting (Meet Help): the 26th is refused before any call', () => {
    const { host, lastNotification, runtime } = workspace();
    host.homepage('GMAIL').click('Create Meet link');
    const batch = (from: number, n: number) => Array.from({ length: n }, (_, i) => `guest${from + i}@example.com`).join(', ');
    for (const [from, n] of [
      [0, 10],
      [10, 10],
      [20, 5],
    ] as const)
      host.input('cohosts', batch(from, n)).click('Add co-hosts');
    expect(runtime.meet.peekMembers(meetCode(host.text())!)).toHaveLength(25);
    runtime.log.clear();
    host.input('cohosts', 'one.more@example.com').click('Add co-hosts');
    expect(lastNotification()).toBe('A meeting can have at most 25 co-hosts, and this one has 25. Nothing was changed.');
    expect(runtime.log.of('meet.')).toEqual([]);
  });
});

describe('presets by edition (issue 26 item 2) and meetings the person does not own (item 4)', () => {
  it('Business Starter: the link is made and the presets named as not on; the next link is one plain create', () => {
    const { host, meetCalls, runtime } = workspace({ account: { ...WORKSPACE, edition: 'businessStarter' }, meet: { artifactRefusal: 'echoedOn' } });
    savePresets(host, ['record', 'transcribe']);
    host.homepage('GMAIL').click('Create Meet link');
    // Two presets are "them", as one is "it" (the catalogue's plural).
    expect(host.text()).toContain(
      'Google did not turn on: Record automatically and Transcribe automatically. Your organization or edition may not allow them. The link works.',
    );
    expect(meetCalls()).toEqual(['meet.spaces.create 200', 'meet.spaces.get 200']);
    runtime.log.clear();
    host.click('Create another');
    expect(host.text()).toContain('Google did not turn on: Record automatically and Transcribe automatically.');
    expect(meetCalls()).toEqual(['meet.spaces.create 200']);
    expect(runtime.log.of('meet.')[0]!.summary).toBe('create space');
  });

  it('a Workspace link made through Calendar (the Meet API braked) says the presets could not be set', () => {
    const { host, runtime } = workspace();
    savePresets(host, ['record']);
    runtime.project.scriptCache.put('meetlink.meetBrake', '1', 60);
    host.homepage('GMAIL').click('Create Meet link');
    expect(host.text()).toContain(
      'Not on: Record automatically. This link was made through Google Calendar, which cannot set presets. The link works.',
    );
  });

  it('Apply my presets on a Meet someone else now owns: only the organizer can change it, said on the meeting’s card', () => {
    const { host, runtime, seed, me, meetCalls, lastNotification } = workspace();
    savePresets(host, ['record']);
    const event = seed({ summary: 'Planning' }, { withMeet: true });
    host.openEvent({ calendarId: me, id: event.id! }).click('Meeting settings');
    runtime.meet.transferSpace(event.conferenceData!.conferenceId!, 'boss@example.com');
    host.click('Apply my presets');
    const words = 'Only this meeting’s organizer can change its settings, and Google says that is not you. Nothing was changed.';
    expect(lastNotification()).toBe(words);
    // Plain words on the meeting's card, as someone who does not own it sees it: its link, no control, no failure card.
    expect(host.card.name).toBe('meetingSettings');
    expect(host.text()).toContain(words);
    expect(host.text()).not.toContain('edition');
    expect(host.text()).not.toContain('That didn’t work');
    expect(host.buttons()).toEqual(['Open in Meet']);
    expect(meetCalls().slice(-2)).toEqual(['meet.spaces.patch 403', 'meet.spaces.get 200']);
  });
});

describe('an account Google refused the Meet API (issue 27 mutation item)', () => {
  it('is offered no Meeting settings on its own event’s Meet, and no call is made for it', () => {
    const { host, runtime, seed, me } = workspace();
    runtime.faults.inject({ api: 'meet.spaces.create', error: MEET_ERRORS.permissionDenied });
    host.homepage('GMAIL').click('Create Meet link'); // refused, remembered for 30 days; the link comes from Calendar
    const event = seed({ summary: 'Planning' }, { withMeet: true });
    runtime.log.clear();
    host.openEvent({ calendarId: me, id: event.id! });
    // No Meeting settings; After the meeting stays (it costs no call until pressed, and then says what Google answers).
    expect(host.buttons()).toEqual(['Open in Meet', 'Replace with a new link', 'Remove Meet link', 'After the meeting']);
    expect(runtime.log.of('meet.')).toEqual([]);
  });
});

describe.each(['es', 'de', 'ja'] as const)('editions in the person’s language (%s)', (locale) => {
  const m = (key: string) => readCatalogue(locale)[key]!;
  const list = (items: string[]) => new Intl.ListFormat(locale, { type: 'conjunction', style: 'long' }).format(items);

  it('co-hosts an edition lacks, and a preset it lacks, are said in the catalogue’s words', () => {
    const { host, lastNotification } = workspace({ account: { ...WORKSPACE, edition: 'businessStarter', locale } });
    host.homepage('GMAIL').click(m('createLink'));
    host.input('cohosts', 'ben@example.com, cy@example.com').click(m('cohostsAdd'));
    expect(lastNotification()).toBe(m('cohostsNotAllowed').replace('{list}', list(['ben@example.com', 'cy@example.com'])));
    expect(host.text()).toContain(m('cohostsUnavailable'));
    host.universal('Settings').input('preset_record', true).click(m('save'));
    host.homepage('GMAIL').click(m('createLink'));
    expect(host.text()).toContain(CATALOGUES[locale].presetsRefused({ list: m('preset_record'), count: 1 }));
  });
});
