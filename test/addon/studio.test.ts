import { visibleText } from '../../offline/card-query';
import { CONSUMER, WORKSPACE } from '../../offline/runtime';
import { SCOPE } from '../../offline/scopes';
import { StudioRefusal } from '../../offline/studio/host';
import { MAKE_MEET_LINK } from '../../src/host/studio-steps';
import { EXACT_MEET_URL, openAddOn } from '../support/harness';

/**
 * The Workspace Studio step "Make a Meet link", driven the way Studio drives it (offline/studio/host.ts): the
 * person sets the step up on its config card, the flow runs it with nobody watching, and later steps get its
 * outputs; the activity feed shows its log.
 */
function workspace(options: Parameters<typeof openAddOn>[0] = {}) {
  const opened = openAddOn({ account: WORKSPACE, ...options });
  const meetCalls = () => opened.runtime.log.of('meet.').map((c) => `${c.api} ${c.status}`);
  return { ...opened, meetCalls };
}

const STEP = MAKE_MEET_LINK.id;

describe('Make a Meet link, in a Workspace account', () => {
  it('makes a link in one Meet call and passes it on, with its code; nothing is sent and nothing is left in the calendar', () => {
    const { host, meetCalls, calendarCalls, leftovers, runtime } = workspace();
    const run = host.runStep(STEP);
    expect(run.error).toBeUndefined();
    expect(run.exception).toBeUndefined();
    expect(run.outputs?.meetLink).toMatch(EXACT_MEET_URL);
    expect(run.outputs).toEqual({
      meetLink: `https://meet.google.com/${run.outputs?.meetingCode}`,
      meetingCode: expect.stringMatching(/^[a-z]{3}-[a-z]{4}-[a-z]{3}$/),
      dialInNumber: '',
      dialInPin: '',
      presetsApplied: true,
      cohostsAdded: 0,
      notDone: '',
    });
    expect(meetCalls()).toEqual(['meet.spaces.create 200']);
    expect(calendarCalls()).toEqual([]);
    expect(leftovers()).toEqual([]);
    expect(run.log).toBe(`New Meet link: ${run.outputs?.meetingCode} Nothing was sent to anyone.`);
    expect(run.chips).toEqual([{ url: run.outputs?.meetLink, label: run.outputs?.meetingCode, materialIcon: 'video_call' }]);
    // Nobody was invited or emailed: no Gmail call, no event with guests.
    expect(runtime.log.of('gmail.')).toEqual([]);
  });

  it('turns presets on in the same create call, chooses who joins and adds co-hosts through the spaces functions', () => {
    const { host, meetCalls, runtime } = workspace();
    const run = host.runStep(STEP, {
      label: 'ACME kick-off',
      whoCanJoin: 'RESTRICTED',
      cohost1: 'ben@example.com',
      cohost2: 'Cy Young <cy@example.com>',
      record: true,
      transcribe: true,
    });
    const space = runtime.meet.peek(String(run.outputs?.meetingCode))!;
    expect(space.config?.accessType).toBe('RESTRICTED');
    expect(space.config?.artifactConfig?.recordingConfig?.autoRecordingGeneration).toBe('ON');
    expect(space.config?.artifactConfig?.transcriptionConfig?.autoTranscriptionGeneration).toBe('ON');
    expect(runtime.meet.peekMembers(String(run.outputs?.meetingCode)).map((m) => `${m.email} ${m.role}`)).toEqual([
      'ben@example.com COHOST',
      'cy@example.com COHOST',
    ]);
    expect(meetCalls()).toEqual([
      'meet.spaces.create 200',
      'meet.spaces.get 200', // the first time a preset is asked on this account: did Google keep it on?
      'meet.spaces.patch 200', // who may join
      'meet.spaces.patch 200', // moderation, which co-hosts need
      'meet.spaces.members.create 200',
      'meet.spaces.members.create 200',
      'meet.spaces.members.list 200',
    ]);
    expect(run.outputs).toMatchObject({ presetsApplied: true, cohostsAdded: 2, notDone: '' });
    expect(run.log).toContain('Label: ACME kick-off.');
    expect(run.log).toContain('On for this meeting: Record automatically and Transcribe automatically.');
    expect(run.log).toContain('Who can join without asking: Only invited guests.');
    expect(run.log).toContain('2 co-hosts added.');
    // The label names the link in MeetLink's recent links, as on the homepage.
    host.homepage('GMAIL');
    expect(host.text()).toContain('ACME kick-off');
  });

  it('says what Google refused, in the log and in notDone, and gives the link all the same', () => {
    const { host, runtime } = workspace({ meet: { refusedArtifacts: ['recording'] } });
    runtime.faults.inject({
      api: 'meet.spaces.members.create',
      error: { code: 400, status: 'INVALID_ARGUMENT', reason: 'INVALID_ARGUMENT', domain: 'meet.googleapis.com', message: 'Invalid email.' },
    });
    const run = host.runStep(STEP, { record: true, notes: true, cohost1: 'nobody@example.com', cohost2: 'ben@example.com' });
    expect(run.error).toBeUndefined();
    expect(run.outputs?.meetLink).toMatch(EXACT_MEET_URL);
    expect(run.outputs?.presetsApplied).toBe(false);
    expect(run.outputs?.cohostsAdded).toBe(1);
    expect(run.outputs?.notDone).toBe(
      'Google did not turn on: Record automatically. Your organization or edition may not allow it. The link works. ' +
        'Google did not accept nobody@example.com as a co-host. Check the address.',
    );
    expect(run.log).toContain('On for this meeting: Take notes automatically (Gemini).');
    expect(run.log).toContain(String(run.outputs?.notDone));
  });

  it('checks the inputs before any call: a co-host that is not an address is for the person to fix, and nothing is made', () => {
    const { host, runtime } = workspace();
    const run = host.runStep(STEP, { cohost1: 'ben@example.com', cohost2: 'tomorrow' });
    expect(run.error).toEqual({ actionable: true, retryable: false });
    expect(run.outputs).toBeUndefined();
    expect(run.log).toBe('Not an email address: tomorrow. Correct the co-hosts in this step. No Meet link was made.');
    expect(runtime.log.calls).toEqual([]);
    expect(run.attempts).toBe(1);
  });

  it('reads the inputs whether Studio sends them typed or as text (a switch as "true", a value typed in a box)', () => {
    const { host, runtime } = workspace();
    const run = host.runStep(STEP, { attendance: true, whoCanJoin: 'OPEN' }, { inputsAs: 'strings' });
    const space = runtime.meet.peek(String(run.outputs?.meetingCode))!;
    expect(space.config?.attendanceReportGenerationType).toBe('GENERATE_REPORT');
    expect(space.config?.accessType).toBe('OPEN');
  });
});

describe('Make a Meet link through Google Calendar (the free path)', () => {
  it('without the Meet scope, makes the link from a temporary event it deletes, with the dial-in number and PIN, in 2 calls', () => {
    const { host, runtime, calendarCalls, leftovers, meetCalls } = workspace();
    runtime.consent.untick(SCOPE.meetCreated);
    const run = host.runStep(STEP);
    expect(calendarCalls()).toEqual(['calendar.events.insert 200', 'calendar.events.delete 204']);
    expect(meetCalls()).toEqual([]);
    expect(leftovers()).toEqual([]);
    expect(run.outputs?.meetLink).toMatch(EXACT_MEET_URL);
    expect(run.outputs?.dialInNumber).toMatch(/^\+1 /);
    expect(run.outputs?.dialInPin).toMatch(/^\d+/);
    expect(run.log).toContain('Made through Google Calendar, whose temporary event was deleted straight away.');
    expect(run.outputs?.notDone).toBe('');
  });

  it('says the meeting controls were not applied when the link had to come from Calendar', () => {
    const { host, runtime } = workspace();
    runtime.consent.untick(SCOPE.meetCreated);
    const run = host.runStep(STEP, { record: true, cohost1: 'ben@example.com' });
    expect(run.outputs?.presetsApplied).toBe(false);
    expect(run.outputs?.cohostsAdded).toBe(0);
    expect(run.outputs?.notDone).toMatch(/^This link was made through Google Calendar/);
  });

  it('a Calendar refusal leaves no temporary event and is a clear error; a 5xx is retried by Studio, which then gets one link', () => {
    const refused = workspace();
    refused.runtime.consent.untick(SCOPE.meetCreated);
    refused.runtime.faults.inject({ api: 'calendar.events.insert', error: 'quotaExceeded', times: 'always' });
    const run = refused.host.runStep(STEP);
    expect(run.error).toEqual({ actionable: false, retryable: false });
    expect(run.log).toBe('No Meet link was made. Google Calendar’s daily limit for your account has been reached. Try again tomorrow.');
    expect(refused.leftovers()).toEqual([]);
    expect(JSON.parse(refused.runtime.services.userProperties.getProperty('meetlink.temporaryEvents') ?? '[]')).toEqual([]);

    const flaky = workspace();
    flaky.runtime.consent.untick(SCOPE.meetCreated);
    flaky.runtime.faults.inject({ api: 'calendar.events.insert', error: 'backendError', times: 4 });
    const retried = flaky.host.runStep(STEP);
    expect(retried.attempts).toBe(2);
    expect(retried.outputs?.meetLink).toMatch(EXACT_MEET_URL);
    expect(flaky.leftovers()).toEqual([]);
  });
});

describe('Make a Meet link when Google fails', () => {
  it('past Meet’s quota (10 creates a minute per person), the 11th run gets its link through Calendar and the next ones spend no Meet call', () => {
    const { host, meetCalls, calendarCalls, resetLog } = workspace();
    for (let i = 0; i < 10; i++) expect(host.runStep(STEP).outputs?.meetLink).toMatch(EXACT_MEET_URL);
    resetLog();
    const eleventh = host.runStep(STEP, { record: true });
    expect(meetCalls()).toEqual(['meet.spaces.create 429']);
    expect(calendarCalls()).toEqual(['calendar.events.insert 200', 'calendar.events.delete 204']);
    expect(eleventh.outputs?.meetLink).toMatch(EXACT_MEET_URL);
    expect(eleventh.outputs?.notDone).toMatch(/^This link was made through Google Calendar/);
    resetLog();
    host.runStep(STEP);
    expect(meetCalls()).toEqual([]);
  });

  it('when Meet answers 503, the link comes from Calendar at once, in the same run', () => {
    const { host, runtime, meetCalls, leftovers } = workspace();
    runtime.faults.inject({ api: 'meet.*', error: 'serviceUnavailable', times: 'always' });
    const run = host.runStep(STEP);
    expect(meetCalls()).toEqual(['meet.spaces.create 503']);
    expect(run.attempts).toBe(1);
    expect(run.outputs?.meetLink).toMatch(EXACT_MEET_URL);
    expect(leftovers()).toEqual([]);
  });

  it('when Google answers slowly (3 s a call), the run ends within 25 s with the link, and names the co-host it had no time for', () => {
    const { host, runtime } = workspace({ latencyMs: 3000 });
    const run = host.runStep(STEP, {
      whoCanJoin: 'OPEN',
      cohost1: 'ben@example.com',
      cohost2: 'cy@example.com',
      cohost3: 'di@example.com',
      record: true,
    });
    expect(runtime.executions.longestMs()).toBeLessThanOrEqual(25_000);
    expect(run.outputs?.meetLink).toMatch(EXACT_MEET_URL);
    // create, the preset's check, who may join, host controls, one co-host: the next could not end by 20 s.
    expect(run.outputs?.cohostsAdded).toBe(1);
    expect(run.outputs?.notDone).toBe('Google answered too slowly to add cy@example.com and di@example.com as co-hosts.');
  });

  it('through Calendar at 3 s a call, a run that cannot get its conference in time leaves no temporary event behind', () => {
    const { host, runtime, leftovers } = workspace({ latencyMs: 3000, calendar: { pendingReads: 1000 } });
    runtime.consent.untick(SCOPE.meetCreated);
    const run = host.runStep(STEP);
    expect(runtime.executions.longestMs()).toBeLessThanOrEqual(25_000);
    expect(run.error).toEqual({ actionable: false, retryable: true });
    expect(run.log).toMatch(/^No Meet link was made\. Google took too long to prepare the Meet link\./);
    expect(leftovers()).toEqual([]);
  });
});

describe('the config card', () => {
  it('names every input widget by its input id, offers variables for text, and is in the person’s language', () => {
    const { host } = workspace({ account: { ...WORKSPACE, locale: 'es' } });
    const card = host.studio.configure(STEP);
    const text = visibleText(card).join('\n');
    expect(card.header.title).toBe('Crear un enlace de Meet');
    expect(text).toContain('Coorganizador 1 (dirección de correo)');
    const names = card.sections.flatMap((s: any) =>
      s.widgets.map((w: any) => w.textInput?.name ?? w.selectionInput?.name ?? w.decoratedText?.switchControl?.name).filter(Boolean),
    );
    expect(names.sort()).toEqual(Object.keys(MAKE_MEET_LINK.inputs).sort());
    const label = card.sections[0].widgets.find((w: any) => w.textInput?.name === 'label').textInput;
    expect(label.hostAppDataSource).toEqual({ workflowDataSource: { includeVariables: true } });
  });

  it('warns when MeetLink may not use the calendar yet, and when the account’s links come through Calendar', () => {
    const { host, runtime } = workspace();
    runtime.consent.untick(SCOPE.eventsOwned);
    runtime.consent.untick(SCOPE.meetCreated);
    const text = visibleText(host.studio.configure(STEP)).join('\n');
    expect(text).toContain('MeetLink may not use your calendar yet, so this step cannot make links.');
    expect(text).toContain('this step makes its links through Google Calendar, without these controls');
  });
});

describe('consent and Studio’s context', () => {
  it('without the calendar scope, ends with an error naming what to allow and where, before any call, and never prompts', () => {
    const { host, runtime } = workspace();
    runtime.consent.untick(SCOPE.eventsOwned);
    const run = host.runStep(STEP);
    expect(run.error).toEqual({ actionable: false, retryable: false });
    expect(run.log).toContain('Open MeetLink once in Gmail or Google Calendar and allow access when asked');
    expect(runtime.log.calls).toEqual([]);
    expect(host.consentPrompts).toEqual([]);
  });

  it('writes the log in the person’s language from Studio’s event object', () => {
    const { host } = workspace({ account: { ...WORKSPACE, locale: 'de' } });
    const run = host.runStep(STEP);
    expect(run.log).toMatch(/^Neuer Meet-Link: [a-z-]+ Es wurde niemandem etwas gesendet\.$/);
    expect(host.studio.sentEvents[0].commonEventObject).toMatchObject({ hostApp: 'WORKFLOW', userLocale: 'de' });
  });

  it('is not offered to personal Google accounts: Studio is for Workspace editions', () => {
    const { host } = openAddOn({ account: CONSUMER });
    expect(() => host.runStep(STEP)).toThrow(StudioRefusal);
  });
});
