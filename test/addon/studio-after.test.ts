import { visibleText } from '../../offline/card-query';
import { seedPastMeeting } from '../../offline/meet/past-meeting';
import { CONSUMER, createOfflineRuntime, readManifest, WORKSPACE, type Manifest, type RuntimeOptions } from '../../offline/runtime';
import { acceptedScopes, SCOPE } from '../../offline/scopes';
import { renderActionOf } from '../../offline/studio/add-ons-response-service';
import { executeEvent } from '../../offline/studio/events';
import { StudioRefusal } from '../../offline/studio/host';
import { AddOnHost } from '../../offline/host';
import { FEATURE_SCOPES, STEP_FEATURE } from '../../src/host/feature-scopes';
import { AFTER_THE_MEETING } from '../../src/host/studio-steps';
import { openAddOn } from '../support/harness';

/**
 * The Workspace Studio step "After the meeting", driven the way Studio drives it (offline/studio/host.ts): a flow
 * hands it a meeting (a Meet link or code from an earlier step, or the event of a Calendar starter), it reads Google
 * Meet's records with nobody watching, and the flow's later steps get each part as its own output; the activity feed
 * shows its log. The meeting is the one the Calendar event card's After the meeting shows (offline/meet/past-meeting.ts).
 */
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Yesterday 10:00 in New York, the Workspace account's zone (the clock starts at 2026-11-23T09:00Z). */
const YESTERDAY = Date.parse('2026-11-22T15:00:00Z');
const STEP = AFTER_THE_MEETING.id;

/** A Workspace organizer with yesterday's Design review on their primary calendar. */
function organizer(options: RuntimeOptions = {}, meeting: Partial<Parameters<typeof seedPastMeeting>[1]> = {}) {
  const opened = openAddOn({ account: WORKSPACE, ...options });
  const past = seedPastMeeting(opened.runtime, { start: YESTERDAY, ...meeting });
  const meetCalls = () => opened.runtime.log.of('meet.').map((c) => `${c.api.replace('meet.conferenceRecords.', '')} ${c.status}`);
  return { ...opened, past, meetCalls };
}

const READS = ['list 200', 'participants.list 200', 'recordings.list 200', 'transcripts.list 200', 'smartNotes.list 200'];

describe('After the meeting, as a flow runs it on a Workspace account', () => {
  it('by the Calendar event: who joined, who may not have, Google’s links and a recap, each its own output, in 1 Calendar and 5 Meet reads', () => {
    const { host, runtime, past, calendarCalls, meetCalls } = organizer();
    const run = host.runStep(STEP, { eventId: past.event.id! });
    expect(run.error).toBeUndefined();
    expect(run.exception).toBeUndefined();
    const recording = `https://drive.google.com/file/d/rec-${past.code}/view`;
    const notes = `https://docs.google.com/document/d/notes-${past.code}/view`;
    expect(run.outputs).toEqual({
      meetingTitle: 'Design review',
      meetingCode: past.code,
      joinedNames: 'Grace Hopper, Carmen Díaz, Ben Okafor, Ada Lovelace, and 1 phone caller',
      joinedCount: 5,
      // Dev never came, but someone dialled in and matches no guest: Dev is "not found by name", never called absent.
      absentEmails: '',
      absentCount: 0,
      notFoundEmails: 'dev.patel@example.com',
      recordingLink: recording,
      transcriptLink: '', // still being processed
      notesLink: notes,
      stillPreparing: true,
      meetingEnded: true,
      recap:
        'Recap of “Design review”, Sunday, November 22 at 10:00 AM EST.\n' +
        'Joined (5): Grace Hopper, Carmen Díaz, Ben Okafor, Ada Lovelace, and 1 phone caller\n' +
        `Recording: ${recording}\nTranscript: Google is still preparing it.\nGemini notes: ${notes}`,
    });
    expect(calendarCalls()).toEqual(['calendar.events.get 200']);
    expect(runtime.log.of('calendar.')[0].summary).toContain('primary');
    expect(meetCalls()).toEqual(READS);
    expect(run.log).toBe(
      `After “Design review”: ${past.code} 5 joined: Grace Hopper, Carmen Díaz, Ben Okafor, Ada Lovelace, and 1 phone caller. ` +
        'Not found by name in Meet: dev.patel@example.com. They may have joined by phone or without signing in. ' +
        'Recording: ready. Transcript: Google is still preparing it. Gemini notes: ready. Nothing was sent to anyone.',
    );
    expect(run.chips).toEqual([{ url: `https://meet.google.com/${past.code}`, label: past.code, materialIcon: 'video_call' }]);
    // Nothing is sent or changed: no Gmail call, no write of any kind.
    expect(runtime.log.of('gmail.')).toEqual([]);
    expect(runtime.log.calls.filter((c) => /insert|patch|delete|create/.test(c.api))).toEqual([]);
  });

  it('when every participant matches a guest, the guest who never came is passed on as absent', () => {
    const everyone = (name: string, email: string) => ({
      signedIn: { displayName: name, email },
      sessions: [{ from: YESTERDAY, to: YESTERDAY + HOUR }],
    });
    const { host, past } = organizer(
      {},
      {
        participants: [
          everyone('Grace Hopper', WORKSPACE.email),
          everyone('Ada Lovelace', 'ada.lovelace@example.com'),
          everyone('Carmen Díaz', 'carmen@partner.example'),
          { anonymous: { displayName: 'Ben Okafor' }, sessions: [{ from: YESTERDAY, to: YESTERDAY + HOUR }] },
        ],
      },
    );
    const run = host.runStep(STEP, { eventId: past.event.id! });
    expect(run.outputs).toMatchObject({ absentEmails: 'dev.patel@example.com', absentCount: 1, notFoundEmails: '', joinedCount: 4 });
    expect(run.log).toContain('Invited, did not join: dev.patel@example.com.');
  });

  it('by the Meet link or the code alone: no Calendar call, and no guest is named as absent without the event', () => {
    for (const meeting of ['link', 'CODE'] as const) {
      const { host, past, calendarCalls, meetCalls } = organizer();
      const run = host.runStep(STEP, { meeting: meeting === 'link' ? `https://meet.google.com/${past.code}?authuser=0` : past.code.toUpperCase() });
      expect(calendarCalls()).toEqual([]);
      expect(meetCalls()).toEqual(READS);
      expect(run.outputs).toMatchObject({ meetingTitle: '', meetingCode: past.code, joinedCount: 5, absentEmails: '', notFoundEmails: '' });
      expect(run.log).toContain('No Calendar event was given, so nobody is named as not having joined.');
    }
  });

  it('takes the event as Google shows it: its id, its Calendar link, its iCalendar UID, also typed into the Meet link field', () => {
    const { host, past, calendarCalls } = organizer();
    const forms = [past.event.htmlLink!, past.event.iCalUID!, `  ${past.event.id!}  `];
    for (const eventId of forms) expect(host.runStep(STEP, { eventId }).outputs?.meetingTitle).toBe('Design review');
    expect(host.runStep(STEP, { meeting: past.event.htmlLink! }).outputs?.meetingTitle).toBe('Design review');
    // Both: the event for its time and guests, the link for the meeting.
    const both = host.runStep(STEP, { meeting: `https://meet.google.com/${past.code}`, eventId: past.event.id! });
    expect(both.outputs).toMatchObject({ meetingTitle: 'Design review', notFoundEmails: 'dev.patel@example.com' });
    expect(calendarCalls()).toEqual(Array(5).fill('calendar.events.get 200'));
  });

  it('reads the inputs whether Studio sends them as text or typed', () => {
    const { host, past } = organizer();
    expect(host.runStep(STEP, { eventId: past.event.id! }, { inputsAs: 'strings' }).outputs?.joinedCount).toBe(5);
  });

  it('a meeting still going on: who is in it so far, and that it has not ended', () => {
    const start = Date.parse('2026-11-23T08:30:00Z'); // half an hour ago
    const { host, past } = organizer(
      {},
      {
        start,
        ongoing: true,
        artifacts: false,
        participants: [
          { signedIn: { displayName: 'Grace Hopper', email: WORKSPACE.email }, sessions: [{ from: start }] },
          { signedIn: { displayName: 'Ada Lovelace', email: 'ada.lovelace@example.com' }, sessions: [{ from: start + 5 * MINUTE }] },
        ],
      },
    );
    const run = host.runStep(STEP, { eventId: past.event.id! });
    expect(run.outputs).toMatchObject({ meetingEnded: false, joinedCount: 2, joinedNames: 'Grace Hopper and Ada Lovelace' });
    expect(run.log).toContain('The meeting is still going on.');
  });
});

describe('what the person fixes in the step: nothing is read', () => {
  it('no meeting, a value that is no meeting, an event id that is none: ACTIONABLE errors before any call', () => {
    const { host, runtime } = organizer();
    const cases: [Record<string, string>, string][] = [
      [{}, 'Give this step the meeting: its Google Meet link or meeting code, or its Calendar event.'],
      [{ meeting: 'tomorrow' }, '“tomorrow” is not a Google Meet link or meeting code. Correct the meeting in this step.'],
      [
        { eventId: 'Design review' },
        '“Design review” is not a Google Calendar event ID or event link. Correct it in this step, or give the meeting’s Meet link instead.',
      ],
    ];
    for (const [inputs, log] of cases) {
      const run = host.runStep(STEP, inputs);
      expect(run.error).toEqual({ actionable: true, retryable: false });
      expect(run.attempts).toBe(1);
      expect(run.log).toBe(log);
    }
    expect(runtime.log.calls).toEqual([]);
  });

  it('an event the primary calendar does not have: said so after the one read, for the person to fix', () => {
    const { host, calendarCalls, meetCalls } = organizer();
    const run = host.runStep(STEP, { eventId: 'abcdefghij0123456789' });
    expect(run.error).toEqual({ actionable: true, retryable: false });
    expect(run.log).toBe(
      'MeetLink did not read this meeting. Your primary calendar has no event abcdefghij0123456789: it was deleted, or it is on another calendar. ' +
        'Give this step the meeting’s Meet link instead.',
    );
    expect(calendarCalls()).toEqual(['calendar.events.get 404']);
    expect(meetCalls()).toEqual([]);
  });
});

describe('when Google gives nothing: a clear error, retried only where running again can help', () => {
  /**
   * The step's function called as Studio calls it, for an account the offline Studio refuses (Studio is not offered
   * to personal accounts): what the add-on itself would answer if it ever ran there.
   */
  function executeDirectly(host: AddOnHost, values: Record<string, string>) {
    const { runtime } = host;
    const event = executeEvent({
      manifest: runtime.manifest,
      account: runtime.settings.account,
      now: runtime.clock.now(),
      localeGranted: true,
      declared: { meeting: 'STRING', eventId: 'STRING' },
      values,
      encoding: 'typed',
    });
    const action = renderActionOf(runtime.executions.run(() => host.bundle.onExecuteAfterMeeting(event)))?.hostAppAction?.workflowAction;
    return action && 'returnElementError' in action ? action.returnElementError : undefined;
  }

  it('a personal Google account has no Studio; were the step called for one, it says why, with no call and no retry', () => {
    const { host, runtime } = openAddOn({ account: CONSUMER });
    expect(() => host.runStep(STEP, { meeting: 'abc-mnop-xyz' })).toThrow(StudioRefusal);
    expect(executeDirectly(host, { meeting: 'abc-mnop-xyz' })).toEqual({
      actionability: 'NOT_ACTIONABLE',
      retryability: 'NOT_RETRYABLE',
      errorLog: [
        {
          text: expect.stringMatching(/^MeetLink did not read this meeting\. On a personal Google account, Google does not let apps see who joined/),
        },
      ],
    });
    expect(runtime.log.calls).toEqual([]);
  });

  it('an account Google refuses the Meet API (403 on the list): said so after that one call, not retried', () => {
    const { host, past, meetCalls } = organizer({ account: { ...WORKSPACE, kind: 'consumer', email: 'ada@lovelace.example' } });
    expect(executeDirectly(host, { meeting: past.code })).toEqual({
      actionability: 'NOT_ACTIONABLE',
      retryability: 'NOT_RETRYABLE',
      errorLog: [{ text: expect.stringContaining('Google does not let MeetLink read its records of your meetings') }],
    });
    expect(meetCalls()).toEqual(['list 403']);
  });

  it('meetings.space.readonly unticked: the step’s error says what to allow and where, before any call, and never prompts', () => {
    const { host, runtime, past } = organizer();
    runtime.consent.untick(SCOPE.meetReadonly);
    const run = host.runStep(STEP, { eventId: past.event.id! });
    expect(run.error).toEqual({ actionable: false, retryable: false });
    expect(run.log).toBe(
      'MeetLink may not read your Google Meet meetings, so this step read nothing. In Google Calendar, open a past meeting, ' +
        'press After the meeting in MeetLink and allow access when asked; the flow then works.',
    );
    expect(runtime.log.calls).toEqual([]);
    expect(host.consentPrompts).toEqual([]);
  });

  it('the Calendar scope unticked: an event cannot be read, and says so; a Meet link alone still works, with no Calendar call', () => {
    const { host, runtime, past, calendarCalls } = organizer();
    runtime.consent.untick(SCOPE.eventsOwned);
    const byEvent = host.runStep(STEP, { eventId: past.event.id! });
    expect(byEvent.error).toEqual({ actionable: false, retryable: false });
    expect(byEvent.log).toContain('MeetLink may not read your calendar, so it could not read this event.');
    expect(runtime.log.calls).toEqual([]);
    const byLink = host.runStep(STEP, { meeting: `https://meet.google.com/${past.code}` });
    expect(byLink.outputs?.joinedCount).toBe(5);
    expect(calendarCalls()).toEqual([]);
    expect(host.consentPrompts).toEqual([]);
  });

  it('a meeting not held yet: no Meet call, and no retry (minutes later it still will not have happened)', () => {
    const { host, past, meetCalls } = organizer({}, { start: Date.parse('2026-11-24T15:00:00Z') });
    const run = host.runStep(STEP, { eventId: past.event.id! });
    expect(run).toMatchObject({ attempts: 1, error: { actionable: false, retryable: false } });
    expect(run.log).toBe(
      'MeetLink did not read this meeting. Nobody has joined this meeting yet, so Google has nothing to show. ' +
        'Run this step after the meeting, for example from a starter some time after the event ends.',
    );
    expect(meetCalls()).toEqual([]);
  });

  it('a meeting over 30 days ago: Google has deleted its records, said with no Meet call and no retry', () => {
    const { host, runtime, past, meetCalls } = organizer();
    runtime.clock.advance(31 * DAY);
    const run = host.runStep(STEP, { eventId: past.event.id! });
    expect(run).toMatchObject({ attempts: 1, error: { retryable: false } });
    expect(run.log).toContain('This meeting ended more than 30 days ago. Google deletes who joined 30 days after a meeting');
    expect(meetCalls()).toEqual([]);
  });

  it('someone else’s meeting the person did not join: only its organizer and the people who joined can see it', () => {
    const { host, runtime, me } = openAddOn({ account: WORKSPACE });
    const event = runtime.calendar.seedEvent(
      me,
      {
        summary: 'Their review',
        organizerEmail: 'lin.organizer@example.org',
        start: { dateTime: new Date(YESTERDAY).toISOString() },
        end: { dateTime: new Date(YESTERDAY + HOUR).toISOString() },
      },
      { withMeet: true },
    );
    runtime.conferenceRecords.seed({
      space: event.conferenceData!.conferenceId!,
      start: YESTERDAY,
      end: YESTERDAY + HOUR,
      participants: [{ signedIn: { displayName: 'Lin', email: 'lin.organizer@example.org' }, sessions: [{ from: YESTERDAY, to: YESTERDAY + HOUR }] }],
    });
    const run = host.runStep(STEP, { eventId: event.id! });
    expect(run).toMatchObject({ attempts: 1, error: { actionable: false, retryable: false } });
    expect(run.log).toContain('only with the organizer (lin.organizer@example.org) and the people who joined: ask the organizer.');
  });

  it('Business Starter: who joined, and no links, as an answer (not an error), whichever way Google says it', () => {
    for (const editionLacksArtifacts of ['empty', 'permissionDenied'] as const) {
      // The account's edition (offline/editions.ts), which both offline Meet models read.
      const starter = {
        account: { ...WORKSPACE, edition: 'businessStarter' },
        conferenceRecords: { editionLacksArtifacts },
      } satisfies RuntimeOptions;
      const { host, past } = organizer(starter, { artifacts: false });
      const run = host.runStep(STEP, { eventId: past.event.id! });
      expect(run.error).toBeUndefined();
      expect(run.outputs).toMatchObject({ joinedCount: 5, recordingLink: '', transcriptLink: '', notesLink: '', stillPreparing: false });
      expect(run.log).toContain(
        editionLacksArtifacts === 'empty'
          ? 'Google made no recording, transcript or Gemini notes for this meeting. Some editions, such as Business Starter'
          : 'Recording: Google did not share it with MeetLink; your edition or organization may not make it.',
      );
    }
  });

  it('Meet answering 503, or 429 for the project’s reads: RETRYABLE, so Studio runs it again, and it then gets everything', () => {
    const quota = {
      code: 429,
      status: 'RESOURCE_EXHAUSTED',
      reason: 'RESOURCE_EXHAUSTED',
      domain: 'meet.googleapis.com',
      message: 'Quota exceeded.',
    };
    for (const error of ['serviceUnavailable', quota] as const) {
      const down = organizer();
      down.runtime.faults.inject({ api: 'meet.*', error, times: 'always' });
      const failed = down.host.runStep(STEP, { eventId: down.past.event.id! });
      expect(failed).toMatchObject({ attempts: 5, error: { actionable: false, retryable: true } });
      expect(failed.log).toBe(
        'MeetLink did not read this meeting. Google did not give all of it in time, so nothing was passed on rather than a part of it. Studio runs this step again.',
      );
      expect(failed.outputs).toBeUndefined();

      // Google failing for a moment (the first list and its retries): the next run of Studio's gets it all.
      const flaky = organizer();
      flaky.runtime.faults.inject({ api: 'meet.conferenceRecords.list', error, times: 4 });
      const retried = flaky.host.runStep(STEP, { eventId: flaky.past.event.id! });
      expect(retried.attempts).toBe(2);
      expect(retried.outputs?.joinedCount).toBe(5);
    }
  });

  it('a part Google did not answer (the recordings list failing) is not passed on as if there were none', () => {
    const { host, runtime, past } = organizer();
    runtime.faults.inject({ api: 'meet.conferenceRecords.recordings.list', error: 'serviceUnavailable', times: 'always' });
    const run = host.runStep(STEP, { eventId: past.event.id! });
    expect(run).toMatchObject({ attempts: 5, error: { retryable: true } });
  });
});

describe('slow Google, within 25 s', () => {
  it('at 3 s a call: the 6 reads end in 18 s and everything is passed on', () => {
    const { host, runtime, past } = organizer({ latencyMs: 3000 });
    const run = host.runStep(STEP, { eventId: past.event.id! });
    expect(runtime.executions.longestMs()).toBeLessThanOrEqual(25_000);
    expect(runtime.log.calls).toHaveLength(6);
    expect(run.outputs).toMatchObject({ joinedCount: 5, notesLink: `https://docs.google.com/document/d/notes-${past.code}/view` });
  });

  it('at 4 s a call, time runs short before the Gemini notes: nothing partial is passed on, and Studio retries within 25 s each', () => {
    const { host, runtime, past } = organizer({ latencyMs: 4000 });
    const run = host.runStep(STEP, { eventId: past.event.id! });
    expect(runtime.executions.longestMs()).toBeLessThanOrEqual(25_000);
    expect(run).toMatchObject({ attempts: 5, error: { retryable: true } });
    // Each run stopped at the work deadline: 5 reads at most (20 s), never the 6th.
    expect(runtime.log.calls.length).toBeLessThanOrEqual(5 * 5);
  });
});

describe('hostile values from Google', () => {
  it('outputs carry names and titles as Google gave them; the log gets them inert, and links only from Google’s own files', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const { host, runtime, past } = organizer(
      {},
      {
        title: '<b>Review</b> & "plans"\nsecond line',
        participants: [
          { signedIn: { displayName: evil, email: 'eve@example.com' }, sessions: [{ from: YESTERDAY, to: YESTERDAY + HOUR }] },
          { anonymous: { displayName: 'Mal\nlory &lt;x&gt;' }, sessions: [{ from: YESTERDAY, to: YESTERDAY + HOUR }] },
        ],
        artifacts: false,
      },
    );
    const record = runtime.conferenceRecords;
    record.seed({
      space: past.code,
      start: YESTERDAY + MINUTE,
      end: YESTERDAY + 50 * MINUTE,
      participants: [
        { signedIn: { displayName: evil, email: WORKSPACE.email }, sessions: [{ from: YESTERDAY + MINUTE, to: YESTERDAY + 50 * MINUTE }] },
      ],
      recordings: [{ state: 'FILE_GENERATED', from: YESTERDAY, exportUri: 'javascript:alert(1)' }],
      transcripts: [{ state: 'FILE_GENERATED', from: YESTERDAY, exportUri: 'https://evil.example/doc' }],
    });
    const run = host.runStep(STEP, { eventId: past.event.id! });
    expect(run.outputs?.meetingTitle).toBe('<b>Review</b> & "plans"\nsecond line');
    expect(run.outputs?.joinedNames).toContain(evil);
    expect(run.log).toContain('After “‹b›Review‹/b› & "plans" second line”:');
    expect(run.log).toContain('‹img src=x onerror=alert(1)›');
    expect(run.log).toContain('Mal lory ＆lt;x＆gt;');
    expect(run.log).not.toMatch(/[<>\n]/);
    // The other conference on the link (the one overlapping the event less) has the hostile files: never links.
    const other = host.runStep(STEP, { meeting: past.code });
    expect(other.outputs).toMatchObject({ recordingLink: '', transcriptLink: '' });
    expect(other.log).toContain('Recording: ready, but Google gave no link to it.');
  });

  it('writes no name, title or address to Apps Script’s logs, whatever happens', () => {
    const { host, runtime, past } = organizer();
    runtime.faults.inject({ api: 'meet.conferenceRecords.participants.list', error: 'serviceUnavailable', times: 'always' });
    host.runStep(STEP, { eventId: past.event.id! }, { oneAttempt: true });
    runtime.faults.clear();
    runtime.faults.inject({ api: 'calendar.events.get', error: 'authError', times: 'always' });
    host.runStep(STEP, { eventId: past.event.id! }, { oneAttempt: true });
    const logs = runtime.services.logs.join('\n');
    expect(logs).toContain('MeetLink step afterMeeting');
    expect(logs).not.toMatch(/Design review|Lovelace|Okafor|Díaz|dev\.patel|grace@|example\.com/);
  });
});

describe('Studio holds the answer to the manifest', () => {
  it('refuses an output of another type than declared (a count declared as text)', () => {
    const manifest = readManifest() as Manifest;
    const flows = structuredClone(manifest.addOns!.flows!);
    const element = flows.workflowElements.find((e: { id: string }) => e.id === STEP);
    element.workflowAction.outputs.find((o: { id: string }) => o.id === 'joinedCount').dataType.basicType = 'STRING';
    const runtime = createOfflineRuntime({ account: WORKSPACE, manifest: { ...manifest, addOns: { ...manifest.addOns, flows } } });
    const past = seedPastMeeting(runtime, { start: YESTERDAY });
    const host = new AddOnHost(runtime);
    expect(() => host.runStep(STEP, { eventId: past.event.id! })).toThrow(/the output "joinedCount" is STRING but got a integer value/);
  });

  it('every call the step makes is covered by its consent row, and the row is the one the runner checks', () => {
    const { host, runtime, past } = organizer();
    host.runStep(STEP, { eventId: past.event.id! });
    expect(STEP_FEATURE.afterMeeting).toBe('afterMeetingStep');
    const row = FEATURE_SCOPES.afterMeetingStep;
    const asked = new Set<string>([...row.needs, ...row.whenUsed]);
    for (const call of runtime.log.calls) {
      expect([call.api, acceptedScopes(call.api).some((s) => asked.has(s))]).toEqual([call.api, true]);
      if (call.api.startsWith('meet.')) expect(asked.has(SCOPE.externalRequest)).toBe(true);
    }
    expect(row.needs).not.toContain(SCOPE.eventsOwned); // a Meet link alone needs no Calendar scope
  });
});

describe('the config card', () => {
  it('names every input widget by its input id, offers the flow’s variables, and is in the person’s language', () => {
    const { host } = organizer({ account: { ...WORKSPACE, locale: 'fr' } });
    const card = host.studio.configure(STEP);
    expect(card.header.title).toBe('Après la réunion');
    const inputs = card.sections.flatMap((s: any) => s.widgets.map((w: any) => w.textInput).filter(Boolean));
    expect(inputs.map((i: any) => i.name).sort()).toEqual(Object.keys(AFTER_THE_MEETING.inputs).sort());
    for (const input of inputs) expect(input.hostAppDataSource).toEqual({ workflowDataSource: { includeVariables: true } });
    expect(visibleText(card).join('\n')).toContain('Lien Meet ou code de réunion');
  });

  it('warns when MeetLink may not read Meet’s records yet, or the calendar (then a Meet link still works)', () => {
    const { host, runtime } = organizer();
    runtime.consent.untick(SCOPE.eventsOwned);
    expect(visibleText(host.studio.configure(STEP)).join('\n')).toContain('MeetLink may not read your calendar yet: give this step a Meet link');
    runtime.consent.untick(SCOPE.meetReadonly);
    const text = visibleText(host.studio.configure(STEP)).join('\n');
    expect(text).toContain('MeetLink may not read your Google Meet meetings yet, so this step cannot run.');
    expect(text).not.toContain('may not read your calendar yet');
  });

  it('Help tells work and school accounts about the step, in their language; a free account reads nothing of Studio', () => {
    const { host } = organizer({ account: { ...WORKSPACE, locale: 'es' } });
    host.universal('Help');
    expect(host.text()).toContain('El paso «After the meeting» lee una reunión pasada que organizaste o en la que entraste');
    const free = openAddOn({ account: CONSUMER });
    free.host.universal('Help');
    expect(free.host.text()).not.toContain('After the meeting reads');
  });

  it('writes the log in the person’s language', () => {
    const { host, past } = organizer({ account: { ...WORKSPACE, locale: 'de' } });
    const run = host.runStep(STEP, { eventId: past.event.id! });
    expect(run.log).toMatch(/^Nach „Design review“: [a-z-]+ 5 Personen haben teilgenommen: /);
    expect(run.log).toMatch(/Es wurde niemandem etwas gesendet\.$/);
    expect(run.outputs?.recap).toMatch(/^\S/);
  });
});
