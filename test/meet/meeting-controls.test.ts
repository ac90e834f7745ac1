import { CONSUMER, WORKSPACE } from '../../offline/runtime';
import { engineHarness } from '../support/harness';
import { failureOf } from '../support/failure';

/** Every Google call, in order, as `api status`. */
const allCalls = (h: ReturnType<typeof engineHarness>) => h.runtime.log.calls.map((c) => `${c.api} ${c.status}${c.reason ? ` ${c.reason}` : ''}`);

describe('meeting presets: in the same single spaces.create call', () => {
  it('a Workspace link with presets is one create carrying them', () => {
    const h = engineHarness({ account: WORKSPACE });
    const link = h.engine().createLink({ presets: ['record', 'transcribe', 'notes', 'attendance'] });
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
    'an edition that refuses recording (%s): the link is still made, recording is named, the other presets are on',
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

  it('on a meeting made in Calendar: one PATCH whose mask names exactly the presets’ fields', () => {
    const h = engineHarness({ account: WORKSPACE });
    const { code, name } = calendarMeeting(h);
    const { refused, view } = h.engine().applyPresets(name, ['transcribe', 'attendance']);
    expect(refused).toEqual([]);
    expect(view?.code).toBe(code);
    expect(h.runtime.log.calls.map((c) => c.summary)).toEqual([
      `patch ${name} updateMask=config.artifactConfig.transcriptionConfig.autoTranscriptionGeneration,config.attendanceReportGenerationType`,
    ]);
    expect(h.runtime.meet.peek(code)!.config!.attendanceReportGenerationType).toBe('GENERATE_REPORT');
  });

  it('a refused preset is named, and each of the others is tried alone', () => {
    const h = engineHarness({ account: WORKSPACE, meet: { refusedArtifacts: ['recording'] } });
    const { code, name } = calendarMeeting(h);
    const { refused } = h.engine().applyPresets(name, ['record', 'notes']);
    expect(refused).toEqual(['record']);
    expect(allCalls(h)).toEqual(['meet.spaces.patch 403 PERMISSION_DENIED', 'meet.spaces.patch 403 PERMISSION_DENIED', 'meet.spaces.patch 200']);
    expect(h.runtime.meet.peek(code)!.config!.artifactConfig.smartNotesConfig.autoSmartNotesGeneration).toBe('ON');
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
