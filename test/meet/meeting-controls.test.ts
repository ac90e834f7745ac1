import { CONSUMER, WORKSPACE } from '../../offline/runtime';
import { ApiFailure } from '../../offline/api-env';
import { MEET_ERRORS } from '../../offline/meet/model';
import { MEET_EDITION_KEY } from '../../src/meet/account-memory';
import { MEET_API_RECHECK_MS } from '../../src/meet/make-link';
import { engineHarness } from '../support/harness';
import { failureOf } from '../support/failure';

/** Every Google call, in order, as `api status`. */
const allCalls = (h: ReturnType<typeof engineHarness>) => h.runtime.log.calls.map((c) => `${c.api} ${c.status}${c.reason ? ` ${c.reason}` : ''}`);

describe('meeting presets: in the same single spaces.create call', () => {
  it('a Workspace link with presets is one create carrying them; the first time, one read checks Google applied them', () => {
    const h = engineHarness({ account: WORKSPACE });
    const link = h.engine().createLink({ presets: ['record', 'transcribe', 'notes', 'attendance'] });
    // Google may echo a preset it never applies (offline/meet/model.ts artifactRefusal): a read shows it once a month.
    expect(allCalls(h)).toEqual(['meet.spaces.create 200', 'meet.spaces.get 200']);
    h.resetLog();
    h.engine().createLink({ presets: ['record', 'transcribe', 'notes', 'attendance'] });
    expect(allCalls(h)).toEqual(['meet.spaces.create 200']);
    expect(h.runtime.log.calls[0]!.summary).toBe(
      'create space artifactConfig.recordingConfig.autoRecordingGeneration=ON artifactConfig.transcriptionConfig.autoTranscriptionGeneration=ON ' +
        'artifactConfig.smartNotesConfig.autoSmartNotesGeneration=ON attendanceReportGenerationType=GENERATE_REPORT',
    );
    const config = h.runtime.meet.peek(link.code)!.config!;
    expect(config.artifactConfig.recordingConfig.autoRecordingGeneration).toBe('ON');
    expect(config.attendanceReportGenerationType).toBe('GENERATE_REPORT');
    expect(config.entryPointAccess).toBe('ALL'); // never CREATOR_APP_ONLY
    expect(link.space?.refused).toBeUndefined();
  });

  it('no presets: the same empty create as before', () => {
    const h = engineHarness({ account: WORKSPACE });
    h.engine().createLink({ presets: [] });
    expect(h.runtime.log.calls.map((c) => c.summary)).toEqual(['create space']);
  });

  it.each(['permissionDenied', 'failedPrecondition'] as const)(
    'an admin that refuses recording (%s): the link is still made, recording is named, the other presets are on',
    (artifactRefusal) => {
      const h = engineHarness({ account: WORKSPACE, meet: { refusedArtifacts: ['recording'], artifactRefusal } });
      const link = h.engine().createLink({ presets: ['record', 'transcribe'] });
      expect(link.space?.refused).toEqual(['record']);
      const refusedCode = artifactRefusal === 'permissionDenied' ? '403 PERMISSION_DENIED' : '400 FAILED_PRECONDITION';
      expect(allCalls(h)).toEqual([
        `meet.spaces.create ${refusedCode}`,
        'meet.spaces.create 200',
        `meet.spaces.patch ${refusedCode}`,
        'meet.spaces.patch 200',
      ]);
      const config = h.runtime.meet.peek(link.code)!.config!;
      expect(config.artifactConfig.recordingConfig.autoRecordingGeneration).toBe('OFF');
      expect(config.artifactConfig.transcriptionConfig.autoTranscriptionGeneration).toBe('ON');
      expect(h.runtime.meet.appSpaces()).toHaveLength(1);
      // A refused preset is not an account the Meet API refuses: the next link still tries the Meet API first.
      expect(h.engine().meetApiUsable()).toBe(true);
    },
  );

  describe.each(['permissionDenied', 'failedPrecondition', 'answeredOff', 'echoedOn'] as const)(
    'Business Starter (no recording, transcripts, notes or attendance report), Google refusing as %s',
    (artifactRefusal) => {
      const starter = () => engineHarness({ account: { ...WORKSPACE, edition: 'businessStarter' }, meet: { artifactRefusal } });

      it('the link is made, every preset asked is named as not on, and nothing on the space says otherwise', () => {
        const h = starter();
        const link = h.engine().createLink({ presets: ['record', 'attendance'] });
        expect(link.url).toMatch(/^https:\/\/meet\.google\.com\//);
        expect(link.space?.refused).toEqual(['record', 'attendance']);
        const config = h.runtime.meet.peek(link.code)!.config!;
        expect(config.artifactConfig.recordingConfig.autoRecordingGeneration).toBe('OFF');
        expect(config.attendanceReportGenerationType).toBe('DO_NOT_GENERATE');
      });

      it('remembers what Google refused: the next link is one plain create, and says the same', () => {
        const h = starter();
        h.engine().createLink({ presets: ['record', 'attendance'] });
        h.resetLog();
        const next = h.engine().createLink({ presets: ['record', 'attendance'] });
        expect(h.runtime.log.calls.map((c) => `${c.api} ${c.summary}`)).toEqual(['meet.spaces.create create space']);
        expect(next.space?.refused).toEqual(['record', 'attendance']);
        expect(Object.keys(JSON.parse(h.runtime.services.userProperties.getProperty(MEET_EDITION_KEY)!).presetsRefused)).toEqual([
          'record',
          'attendance',
        ]);
      });
    },
  );

  it('a refused preset is asked again after 30 days (an admin may have turned it on, or the edition changed)', () => {
    const h = engineHarness({ account: { ...WORKSPACE, edition: 'businessStandard' } });
    expect(h.engine().createLink({ presets: ['attendance'] }).space?.refused).toEqual(['attendance']);
    h.runtime.clock.advance(MEET_API_RECHECK_MS);
    h.runtime.settings.account = { ...WORKSPACE, edition: 'businessPlus' };
    h.resetLog();
    const link = h.engine().createLink({ presets: ['attendance'] });
    expect(link.space?.refused).toBeUndefined();
    // (30 days on, the daily leftover list is due again: one Calendar call.)
    expect(h.runtime.log.of('meet.').map((c) => `${c.api} ${c.status}`)).toEqual(['meet.spaces.create 200', 'meet.spaces.get 200']);
  });

  it.each([
    ['the project brake', (h: ReturnType<typeof engineHarness>) => h.runtime.project.scriptCache.put('meetlink.meetBrake', '1', 60)],
    ['a 429', (h: ReturnType<typeof engineHarness>) => h.runtime.faults.inject({ api: 'meet.spaces.create', error: MEET_ERRORS.userRateLimited })],
    ['a 500', (h: ReturnType<typeof engineHarness>) => h.runtime.faults.inject({ api: 'meet.spaces.create', error: MEET_ERRORS.internal })],
  ])('a Workspace link that comes from Calendar after %s says the presets could not be set', (_what, trouble) => {
    const h = engineHarness({ account: WORKSPACE });
    trouble(h);
    const link = h.engine().createLink({ presets: ['record', 'notes'] });
    expect(link.space).toBeUndefined();
    expect(link.presetsNotSet).toEqual({ presets: ['record', 'notes'], via: 'calendar' });
    // Not a refusal: nothing is held against the account.
    expect(h.runtime.services.userProperties.getProperty(MEET_EDITION_KEY)).toBeNull();
  });

  it('an account Google refuses the Meet API, presets or not, still gets its link from Calendar', () => {
    const h = engineHarness({ account: { ...CONSUMER, email: 'ada@lovelace.example' } });
    const link = h.engine().createLink({ presets: ['record'] });
    expect(link.url).toMatch(/^https:\/\/meet\.google\.com\//);
    expect(h.runtime.log.of('meet.').map((c) => `${c.api} ${c.status}`)).toEqual(['meet.spaces.create 403', 'meet.spaces.create 403']);
    expect(h.engine().meetApiUsable()).toBe(false);
  });

  it('free Gmail: presets never reach Google and never stop a link (the Calendar method, 2 calls as ever)', () => {
    const h = engineHarness({ account: CONSUMER });
    h.engine().createLink({ presets: ['record', 'transcribe', 'notes', 'attendance'] });
    expect(h.apiNames()).toEqual(['calendar.events.insert', 'calendar.events.delete']);
    expect(h.runtime.log.of('meet.')).toEqual([]);
  });
});

describe('"Apply my presets to this meeting": one patch', () => {
  /** A Calendar event the person organizes, with a Meet made by Calendar, and its space name. */
  function calendarMeeting(h: ReturnType<typeof engineHarness>) {
    h.runtime.calendar.addCalendar(WORKSPACE.email, { owner: WORKSPACE.email });
    const event = h.runtime.calendar.seedEvent(WORKSPACE.email, { summary: 'Planning' }, { withMeet: true });
    const code = event.conferenceData!.conferenceId!;
    const view = h.engine().lookupMeeting(code);
    h.resetLog();
    return { code, name: view.name };
  }

  it('on a meeting made in Calendar: one PATCH whose mask names exactly the presets’ fields (and, the first time, a read)', () => {
    const h = engineHarness({ account: WORKSPACE });
    const { code, name } = calendarMeeting(h);
    const { refused, view } = h.engine().applyPresets(name, ['transcribe', 'attendance']);
    expect(refused).toEqual([]);
    expect(view?.code).toBe(code);
    expect(h.runtime.log.calls.map((c) => c.summary)).toEqual([
      `patch ${name} updateMask=config.artifactConfig.transcriptionConfig.autoTranscriptionGeneration,config.attendanceReportGenerationType`,
      `get ${name}`,
    ]);
    expect(h.runtime.meet.peek(code)!.config!.attendanceReportGenerationType).toBe('GENERATE_REPORT');
  });

  it('a refused preset is named, and each of the others is tried alone', () => {
    const h = engineHarness({ account: WORKSPACE, meet: { refusedArtifacts: ['recording'] } });
    const { code, name } = calendarMeeting(h);
    const { refused } = h.engine().applyPresets(name, ['record', 'notes']);
    expect(refused).toEqual(['record']);
    // The 403 could be the owner's or the edition's: one read shows the person owns the meeting (its settings answer).
    expect(allCalls(h)).toEqual([
      'meet.spaces.patch 403 PERMISSION_DENIED',
      'meet.spaces.get 200',
      'meet.spaces.patch 403 PERMISSION_DENIED',
      'meet.spaces.patch 200',
    ]);
    expect(h.runtime.meet.peek(code)!.config!.artifactConfig.smartNotesConfig.autoSmartNotesGeneration).toBe('ON');
    // Remembered: next time the refused preset costs no call, and is named all the same.
    h.resetLog();
    expect(h.engine().applyPresets(name, ['record']).refused).toEqual(['record']);
    expect(allCalls(h)).toEqual([]);
  });

  it('a meeting the person does not own (handed to someone else): "only the organizer", never the edition', () => {
    const h = engineHarness({ account: WORKSPACE });
    const { code, name } = calendarMeeting(h);
    h.runtime.meet.transferSpace(code, 'boss@example.com');
    expect(failureOf(() => h.engine().applyPresets(name, ['record', 'notes'])).kind).toBe('notMeetingOwner');
    expect(allCalls(h)).toEqual(['meet.spaces.patch 403 PERMISSION_DENIED', 'meet.spaces.get 200']);
    expect(h.runtime.services.userProperties.getProperty(MEET_EDITION_KEY)).toBeNull();
  });
});

describe('co-hosts on MeetLink’s links (spaces.members, v2)', () => {
  it('turns moderation on once, adds each address as COHOST, then lists them', () => {
    const h = engineHarness({ account: WORKSPACE });
    const link = h.engine().createLink();
    h.resetLog();
    const result = h.engine().addCohosts(link.space!.name, ['ben@example.com', 'cy@example.com'], link.space!.moderation);
    expect(result.cohosts.map((m) => [m.email, m.role])).toEqual([
      ['ben@example.com', 'COHOST'],
      ['cy@example.com', 'COHOST'],
    ]);
    expect(result.refused).toEqual([]);
    expect(allCalls(h)).toEqual([
      'meet.spaces.patch 200',
      'meet.spaces.members.create 200',
      'meet.spaces.members.create 200',
      'meet.spaces.members.list 200',
    ]);
    expect(h.runtime.log.calls[0]!.summary).toContain('updateMask=config.moderation');

    h.resetLog();
    h.engine().addCohosts(link.space!.name, ['di@example.com'], result.moderation);
    expect(allCalls(h)).toEqual(['meet.spaces.members.create 200', 'meet.spaces.members.list 200']);
  });

  it('removes one co-host and shows who is left', () => {
    const h = engineHarness({ account: WORKSPACE });
    const link = h.engine().createLink();
    const { cohosts } = h.engine().addCohosts(link.space!.name, ['ben@example.com', 'cy@example.com'], undefined);
    h.resetLog();
    const left = h.engine().removeCohost(link.space!.name, cohosts[0]!.name);
    expect(left.map((m) => m.email)).toEqual(['cy@example.com']);
    expect(allCalls(h)).toEqual(['meet.spaces.members.delete 200', 'meet.spaces.members.list 200']);
  });

  it('an address Google refuses is returned by name; the others are added', () => {
    const h = engineHarness({ account: WORKSPACE });
    const link = h.engine().createLink();
    const result = h.engine().addCohosts(link.space!.name, ['ben@example.com', 'bad@@example'], undefined);
    expect(result.refused).toEqual(['bad@@example']);
    expect(result.added).toEqual(['ben@example.com']);
    expect(result.cohosts.map((m) => m.email)).toEqual(['ben@example.com']);
    expect(h.engine().cohostsOffered()).toBe(true);
  });

  describe.each(['permissionDenied', 'failedPrecondition', 'invalidArgument'] as const)(
    'Business Starter (no co-hosts), Google refusing every address as %s',
    (cohostRefusal) => {
      const starter = () => engineHarness({ account: { ...WORKSPACE, edition: 'businessStarter' }, meet: { cohostRefusal } });

      it('says the account does not allow co-hosts, remembers it, and puts host controls back as they were', () => {
        const h = starter();
        const link = h.engine().createLink();
        h.resetLog();
        const result = h.engine().addCohosts(link.space!.name, ['ben@example.com', 'cy@example.com'], link.space!.moderation);
        expect(result.notAllowed).toEqual(['ben@example.com', 'cy@example.com']);
        expect([result.added, result.refused, result.unclear, result.busy]).toEqual([[], [], [], []]);
        expect(result).toMatchObject({ moderation: 'OFF', hostControlsOn: false });
        expect(h.runtime.meet.peek(link.code)!.config!.moderation).toBe('OFF');
        // 403 and FAILED_PRECONDITION are the account's at the first address; an INVALID_ARGUMENT only once all answer alike.
        const creates = cohostRefusal === 'invalidArgument' ? 2 : 1;
        expect(h.runtime.log.of('meet.').map((c) => c.api)).toEqual([
          'meet.spaces.patch',
          ...Array(creates).fill('meet.spaces.members.create'),
          'meet.spaces.patch',
        ]);
        expect(h.engine().cohostsOffered()).toBe(false);
        h.resetLog();
        expect(h.engine().addCohosts(link.space!.name, ['di@example.com'], 'OFF').notAllowed).toEqual(['di@example.com']);
        expect(h.runtime.log.calls).toEqual([]);
        expect(h.engine().createLink().space?.cohostsDenied).toBe(true);
      });
    },
  );

  it('one address on an edition whose refusal names nothing: unclear, blaming neither the address nor the account', () => {
    const h = engineHarness({ account: { ...WORKSPACE, edition: 'businessStarter' }, meet: { cohostRefusal: 'invalidArgument' } });
    const link = h.engine().createLink();
    const result = h.engine().addCohosts(link.space!.name, ['ben@example.com'], undefined);
    expect(result.unclear).toEqual(['ben@example.com']);
    expect(result.notAllowed).toEqual([]);
    expect(h.engine().cohostsOffered()).toBe(true);
  });

  it('a 500 or a 429 is Google busy, never the address; a 429 ends the tries; the list is the truth', () => {
    const h = engineHarness({ account: WORKSPACE });
    const link = h.engine().createLink();
    h.runtime.faults.inject({ api: 'meet.spaces.members.create', error: MEET_ERRORS.internal, at: 2 });
    h.runtime.faults.inject({ api: 'meet.spaces.members.create', error: MEET_ERRORS.userWritesLimited, at: 4 });
    const emails = ['a@example.com', 'b@example.com', 'c@example.com', 'd@example.com', 'e@example.com'];
    const result = h.engine().addCohosts(link.space!.name, emails, undefined);
    expect(result.added).toEqual(['a@example.com', 'c@example.com']);
    expect(result.busy).toEqual(['b@example.com', 'd@example.com', 'e@example.com']);
    expect([result.refused, result.unclear, result.notAllowed]).toEqual([[], [], []]);
    expect(h.runtime.log.of('meet.spaces.members.create')).toHaveLength(4);
    expect(result.cohosts.map((m) => m.email)).toEqual(['a@example.com', 'c@example.com']);
  });

  it('a create that answered 500 after Google made the member counts as added once the list shows it', () => {
    const h = engineHarness({ account: WORKSPACE });
    const link = h.engine().createLink();
    const model = h.runtime.meet;
    const made = model.createMember.bind(model);
    jest.spyOn(model, 'createMember').mockImplementationOnce((parent, body) => {
      made(parent, body);
      throw new ApiFailure(MEET_ERRORS.internal);
    });
    const result = h.engine().addCohosts(link.space!.name, ['ben@example.com'], undefined);
    expect(result.added).toEqual(['ben@example.com']);
    expect(result.busy).toEqual([]);
  });

  it('a list that fails after the creates still shows who Google answered as added', () => {
    const h = engineHarness({ account: WORKSPACE });
    const link = h.engine().createLink();
    h.runtime.faults.inject({ api: 'meet.spaces.members.list', error: MEET_ERRORS.unavailable, times: 'always' });
    const result = h.engine().addCohosts(link.space!.name, ['ben@example.com'], undefined);
    expect(result.added).toEqual(['ben@example.com']);
    expect(result.cohosts.map((m) => m.email)).toEqual(['ben@example.com']);
  });

  it('at 3 s a call, stops before the action’s deadline, keeps one call for the list, and says who was not added', () => {
    const h = engineHarness({ account: WORKSPACE, latencyMs: 3000 });
    const link = h.engine().createLink();
    const engine = h.engine(); // a fresh action: its deadline counts from now
    const start = h.runtime.clock.now();
    const emails = Array.from({ length: 10 }, (_, i) => `guest${i}@example.com`);
    const result = engine.addCohosts(link.space!.name, emails, undefined);
    expect(result.notTried.length).toBeGreaterThan(0);
    expect(result.cohosts.length + result.notTried.length).toBe(10);
    expect(h.runtime.log.calls.at(-1)?.api).toBe('meet.spaces.members.list');
    expect(h.runtime.clock.now() - start).toBeLessThanOrEqual(20_000);
  });

  it('a member name of another space never reaches a URL', () => {
    const h = engineHarness({ account: WORKSPACE });
    const link = h.engine().createLink();
    h.resetLog();
    expect(failureOf(() => h.engine().removeCohost(link.space!.name, 'spaces/other/members/abc')).kind).toBe('unexpected');
    expect(h.runtime.log.calls).toEqual([]);
  });
});
