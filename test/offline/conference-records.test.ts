import { RECORD_LIFETIME_MS } from '../../offline/meet/conference-records';
import { CONSUMER, createOfflineRuntime, readManifest, WORKSPACE, type RuntimeOptions } from '../../offline/runtime';
import { SCOPE } from '../../offline/scopes';
import { allowNotModelled } from '../support/harness';

const BASE = 'https://meet.googleapis.com/v2';
const MINUTE = 60_000;

/** The offline runtime with a Workspace account, one Calendar-made Meet and GET requests to conference records. */
function setup(options: RuntimeOptions = {}) {
  const runtime = createOfflineRuntime({ account: WORKSPACE, ...options });
  const me = runtime.settings.account.email;
  runtime.calendar.addCalendar(me, { owner: me });
  const event = runtime.calendar.seedEvent(me, { summary: 'Planning' }, { withMeet: true });
  const code = event.conferenceData!.conferenceId!;
  const get = (path: string) => {
    const response = runtime.urlFetch.fetch(`${BASE}/${path}`, { method: 'get', headers: { Authorization: 'Bearer t' }, muteHttpExceptions: true });
    const text = response.getContentText();
    return { status: response.getResponseCode(), body: text ? JSON.parse(text) : undefined };
  };
  const now = runtime.clock.now();
  return { runtime, me, code, get, now, calls: () => runtime.log.of('meet.').map((c) => `${c.api} ${c.status}`) };
}

const filter = (text: string) => `conferenceRecords?filter=${encodeURIComponent(text)}`;

describe('conferenceRecords.list and get', () => {
  it('lists the meetings held in a space, newest first, by meeting code or space name, with expireTime 30 days after the end', () => {
    const { runtime, code, get, now, calls } = setup();
    const who = [
      { signedIn: { displayName: 'Grace Hopper', email: WORKSPACE.email }, sessions: [{ from: now - 120 * MINUTE, to: now - 60 * MINUTE }] },
    ];
    const older = runtime.conferenceRecords.seed({
      space: code,
      start: now - 3 * 24 * 60 * MINUTE,
      end: now - 3 * 24 * 60 * MINUTE + 30 * MINUTE,
      participants: who,
    });
    const newer = runtime.conferenceRecords.seed({ space: code, start: now - 120 * MINUTE, end: now - 60 * MINUTE, participants: who });
    const byCode = get(filter(`space.meeting_code = "${code.toUpperCase()}"`));
    expect(byCode.status).toBe(200);
    expect(byCode.body.conferenceRecords.map((r: any) => r.name)).toEqual([newer.name, older.name]);
    expect(byCode.body.conferenceRecords[0]).toEqual({
      name: newer.name,
      startTime: new Date(now - 120 * MINUTE).toISOString(),
      endTime: new Date(now - 60 * MINUTE).toISOString(),
      expireTime: new Date(now - 60 * MINUTE + RECORD_LIFETIME_MS).toISOString(),
      space: newer.space,
    });
    expect(get(filter(`space.name = "${newer.space}"`)).body.conferenceRecords).toHaveLength(2);
    expect(get(newer.name).body.name).toBe(newer.name);
    expect(calls()).toEqual(['meet.conferenceRecords.list 200', 'meet.conferenceRecords.list 200', 'meet.conferenceRecords.get 200']);
  });

  it('filters on start_time and end_time with AND, and end_time IS NULL finds the meeting going on', () => {
    const { runtime, code, get, now } = setup();
    const who = [{ signedIn: { displayName: 'Grace Hopper', email: WORKSPACE.email }, sessions: [{ from: now - 10 * MINUTE }] }];
    const past = runtime.conferenceRecords.seed({ space: code, start: now - 200 * MINUTE, end: now - 150 * MINUTE, participants: who });
    const live = runtime.conferenceRecords.seed({ space: code, start: now - 10 * MINUTE, participants: who });
    const at = (ms: number) => new Date(ms).toISOString();
    const names = (text: string) => (get(filter(text)).body.conferenceRecords ?? []).map((r: any) => r.name);
    expect(names(`space.meeting_code = "${code}" AND start_time <= "${at(now - 100 * MINUTE)}"`)).toEqual([past.name]);
    expect(names(`start_time>="${at(now - 100 * MINUTE)}" AND start_time<="${at(now)}"`)).toEqual([live.name]);
    expect(names('end_time IS NULL')).toEqual([live.name]);
    expect(get(live.name).body.endTime).toBeUndefined();
    expect(names(`end_time < "${at(now)}"`)).toEqual([past.name]);
  });

  it.each([
    ['an unknown field', 'space.title = "x"'],
    ['OR', 'space.meeting_code = "abc-mnop-xyz" OR space.meeting_code = "abc-mnop-xyy"'],
    ['a time that is not RFC 3339', 'start_time >= "yesterday"'],
    ['an unquoted value', 'space.meeting_code = abc-mnop-xyz'],
    ['a space compared with <', 'space.name < "spaces/a"'],
  ])('answers 400 INVALID_ARGUMENT to %s (AIP-160)', (_what, text) => {
    const { get } = setup();
    const answer = get(filter(text));
    expect(answer.status).toBe(400);
    expect(answer.body.error.status).toBe('INVALID_ARGUMENT');
  });

  it('pages with pageSize and pageToken, 25 by default and at most 100', () => {
    const { runtime, code, get, now } = setup();
    for (let i = 0; i < 30; i++) {
      const start = now - (i + 1) * 60 * MINUTE;
      runtime.conferenceRecords.seed({
        space: code,
        start,
        end: start + 10 * MINUTE,
        participants: [{ signedIn: { displayName: 'G', email: WORKSPACE.email }, sessions: [{ from: start, to: start + 5 * MINUTE }] }],
      });
    }
    const first = get('conferenceRecords');
    expect(first.body.conferenceRecords).toHaveLength(25);
    const second = get(`conferenceRecords?pageToken=${first.body.nextPageToken}`);
    expect(second.body.conferenceRecords).toHaveLength(5);
    expect(second.body.nextPageToken).toBeUndefined();
    expect(get('conferenceRecords?pageSize=500').body.conferenceRecords).toHaveLength(30);
  });

  it('forgets a record 30 days after its meeting ended, on the simulated clock', () => {
    const { runtime, code, get, now } = setup();
    runtime.conferenceRecords.seed({
      space: code,
      start: now - 30 * MINUTE,
      end: now - 20 * MINUTE,
      participants: [{ signedIn: { displayName: 'G', email: WORKSPACE.email }, sessions: [{ from: now - 30 * MINUTE, to: now - 20 * MINUTE }] }],
    });
    runtime.clock.advance(RECORD_LIFETIME_MS - 20 * MINUTE - 1);
    expect(get('conferenceRecords').body.conferenceRecords).toHaveLength(1);
    runtime.clock.advance(1);
    expect(get('conferenceRecords').body).toEqual({});
  });

  it('a free Gmail account gets 403 PERMISSION_DENIED; a token without either Meet read scope gets 403 before the model', () => {
    const free = createOfflineRuntime({ account: CONSUMER });
    const answer = free.urlFetch.fetch(`${BASE}/conferenceRecords`, { headers: { Authorization: 'Bearer t' }, muteHttpExceptions: true });
    expect(answer.getResponseCode()).toBe(403);
    expect(JSON.parse(answer.getContentText()).error.status).toBe('PERMISSION_DENIED');

    const manifest = readManifest();
    const noRead = setup({
      manifest: { ...manifest, oauthScopes: manifest.oauthScopes!.filter((s) => s !== SCOPE.meetReadonly && s !== SCOPE.meetCreated) },
    });
    expect(noRead.get('conferenceRecords').status).toBe(403);
    expect(noRead.runtime.log.of('meet.')[0]!.summary).toContain('token lacks the method');
  });
});

describe('whose meeting it is', () => {
  it('the organizer and the people who joined read it; someone invited who did not join gets an empty list', () => {
    const { runtime, code, get, now } = setup();
    runtime.conferenceRecords.seed({
      space: code,
      start: now - 60 * MINUTE,
      end: now - 30 * MINUTE,
      participants: [
        { signedIn: { displayName: 'Ben Ng', email: 'ben@example.com' }, sessions: [{ from: now - 60 * MINUTE, to: now - 30 * MINUTE }] },
      ],
    });
    expect(get('conferenceRecords').body.conferenceRecords).toHaveLength(1); // Grace organizes it
    runtime.settings.account = { ...WORKSPACE, email: 'ben@example.com' };
    expect(get('conferenceRecords').body.conferenceRecords).toHaveLength(1); // Ben joined it
    runtime.settings.account = { ...WORKSPACE, email: 'cy@example.com' };
    expect(get('conferenceRecords').body).toEqual({}); // Cy did neither
  });

  it('meetings.space.created alone reads the records of spaces this app made; what it gets for another space is not modelled', () => {
    allowNotModelled();
    const manifest = readManifest();
    const { runtime, code, get, now } = setup({
      manifest: { ...manifest, oauthScopes: manifest.oauthScopes!.filter((s) => s !== SCOPE.meetReadonly) },
    });
    const made = runtime.urlFetch.fetch(`${BASE}/spaces`, {
      method: 'post',
      headers: { Authorization: 'Bearer t' },
      contentType: 'application/json',
      payload: '{}',
    });
    const space = JSON.parse(made.getContentText());
    const who = [{ signedIn: { displayName: 'G', email: WORKSPACE.email }, sessions: [{ from: now - 10 * MINUTE, to: now - 5 * MINUTE }] }];
    runtime.conferenceRecords.seed({ space: space.name, start: now - 10 * MINUTE, end: now - 5 * MINUTE, participants: who });
    expect(get(filter(`space.name = "${space.name}"`)).body.conferenceRecords).toHaveLength(1);
    runtime.conferenceRecords.seed({ space: code, start: now - 10 * MINUTE, end: now - 5 * MINUTE, participants: who });
    expect(() => get('conferenceRecords')).toThrow(/not modelled/);
  });
});

describe('participants, sessions and artifacts', () => {
  function meeting(options: RuntimeOptions = {}) {
    const s = setup(options);
    const { now } = s;
    const at = (min: number) => now - 120 * MINUTE + min * MINUTE;
    const record = s.runtime.conferenceRecords.seed({
      space: s.code,
      start: at(0),
      end: at(60),
      participants: [
        {
          signedIn: { displayName: 'Grace Hopper', email: WORKSPACE.email },
          sessions: [
            { from: at(0), to: at(20) },
            { from: at(25), to: at(60) },
          ],
        },
        { anonymous: { displayName: 'Dana' }, sessions: [{ from: at(10), to: at(40) }] },
        { phone: { displayName: '+1 650-***-**34' }, sessions: [{ from: at(5), to: at(60) }] },
      ],
      recordings: [{ state: 'FILE_GENERATED', from: at(1), to: at(60), exportUri: 'https://drive.google.com/file/d/rec1/view' }],
      transcripts: [{ state: 'ENDED', from: at(1), to: at(60) }],
      smartNotes: [{ state: 'FILE_GENERATED', from: at(1), to: at(60) }],
    });
    return { ...s, record, at };
  }

  it('participants: newest join first, each kind with its displayName, first join and last leave; no address', () => {
    const { get, record, at } = meeting();
    const { participants } = get(`${record.name}/participants`).body;
    expect(participants.map((p: any) => Object.keys(p).sort())).toEqual([
      ['anonymousUser', 'earliestStartTime', 'latestEndTime', 'name'],
      ['earliestStartTime', 'latestEndTime', 'name', 'phoneUser'],
      ['earliestStartTime', 'latestEndTime', 'name', 'signedinUser'],
    ]);
    const grace = participants[2];
    expect(grace.signedinUser).toEqual({ user: expect.stringMatching(/^users\/\d+$/), displayName: 'Grace Hopper' });
    expect(grace.earliestStartTime).toBe(new Date(at(0)).toISOString());
    expect(grace.latestEndTime).toBe(new Date(at(60)).toISOString());
    expect(JSON.stringify(participants)).not.toContain('@');
    const sessions = get(`${grace.name}/participantSessions`).body.participantSessions;
    expect(sessions.map((s: any) => s.startTime)).toEqual([new Date(at(25)).toISOString(), new Date(at(0)).toISOString()]);
  });

  it('recordings, transcripts and smart notes with their state; the file only once Google made it', () => {
    const { get, record } = meeting();
    const recording = get(`${record.name}/recordings`).body.recordings[0];
    expect(recording).toMatchObject({ state: 'FILE_GENERATED', driveDestination: { exportUri: 'https://drive.google.com/file/d/rec1/view' } });
    const transcript = get(`${record.name}/transcripts`).body.transcripts[0];
    expect(transcript.state).toBe('ENDED');
    expect(transcript.docsDestination).toBeUndefined();
    const notes = get(`${record.name}/smartNotes`).body.smartNotes[0];
    expect(notes.docsDestination.exportUri).toMatch(/^https:\/\/docs\.google\.com\/document\/d\//);
  });

  it('Business Starter makes none: an empty list, or (the unconfirmed other answer) 403; seeding one is a setup error', () => {
    const s = setup({ account: { ...WORKSPACE, edition: 'businessStarter' } });
    const who = [{ signedIn: { displayName: 'G', email: WORKSPACE.email }, sessions: [{ from: s.now - 10 * MINUTE, to: s.now }] }];
    expect(() =>
      s.runtime.conferenceRecords.seed({
        space: s.code,
        start: s.now - 10 * MINUTE,
        end: s.now,
        participants: who,
        recordings: [{ state: 'ENDED', from: s.now }],
      }),
    ).toThrow(/makes no recordings/);
    const record = s.runtime.conferenceRecords.seed({ space: s.code, start: s.now - 10 * MINUTE, end: s.now, participants: who });
    expect(s.get(`${record.name}/recordings`)).toEqual({ status: 200, body: {} });
    s.runtime.conferenceRecords.options.editionLacksArtifacts = 'permissionDenied';
    expect(s.get(`${record.name}/transcripts`).status).toBe(403);
    expect(s.get(`${record.name}/participants`).body.participants).toHaveLength(1);
  });

  it('an account whose edition changes to one that makes none (the preview’s edition switch) lists none of what it made', () => {
    const { get, record, runtime } = meeting();
    runtime.settings.account = { ...runtime.settings.account, edition: 'businessStarter' };
    for (const kind of ['recordings', 'transcripts', 'smartNotes'])
      expect([kind, get(`${record.name}/${kind}`)]).toEqual([kind, { status: 200, body: {} }]);
    expect(get(`${record.name}/participants`).body.participants).toHaveLength(3);
    // Business Standard makes all three (offline/editions.ts): they are listed again.
    runtime.settings.account = { ...runtime.settings.account, edition: 'businessStandard' };
    expect(get(`${record.name}/recordings`).body.recordings).toHaveLength(1);
  });

  it('pages participants with a server that returns fewer than asked', () => {
    const { get, record } = meeting({ conferenceRecords: { pageSizeCap: 2 } });
    const first = get(`${record.name}/participants?pageSize=250`);
    expect(first.body.participants).toHaveLength(2);
    const rest = get(`${record.name}/participants?pageSize=250&pageToken=${first.body.nextPageToken}`);
    expect(rest.body.participants).toHaveLength(1);
    expect(rest.body.nextPageToken).toBeUndefined();
  });

  it('throws for what Google does not publish: another user’s record by name, a token from another query, a participants filter', () => {
    allowNotModelled();
    const { get, record, runtime } = meeting();
    const first = get(`${record.name}/participants?pageSize=1`);
    expect(() => get(`${record.name}/recordings?pageToken=${first.body.nextPageToken}`)).toThrow(/not modelled/);
    expect(() => get(`${record.name}/participants?filter=${encodeURIComponent('latest_end_time IS NULL')}`)).toThrow(/not modelled/);
    expect(() => get(`${record.name}/participants/x`)).toThrow(/not modelled/);
    runtime.settings.account = { ...WORKSPACE, email: 'cy@example.com' };
    expect(() => get(record.name)).toThrow(/not modelled/);
  });
});
