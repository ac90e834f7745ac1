import { MEET_ERRORS } from '../../offline/meet/model';
import { CONSUMER, createOfflineRuntime, readManifest, WORKSPACE, type RuntimeOptions } from '../../offline/runtime';
import { SCOPE } from '../../offline/scopes';
import { allowNotModelled } from '../support/harness';

const BASE = 'https://meet.googleapis.com/v2';
const MINUTE = 60_000;

/** What a new space's config reads: the admin's access type, and the rest off (offline/meet/config.ts). */
const DEFAULT_CONFIG = {
  accessType: 'TRUSTED',
  entryPointAccess: 'ALL',
  moderation: 'OFF',
  attendanceReportGenerationType: 'DO_NOT_GENERATE',
  artifactConfig: {
    recordingConfig: { autoRecordingGeneration: 'OFF' },
    transcriptionConfig: { autoTranscriptionGeneration: 'OFF' },
    smartNotesConfig: { autoSmartNotesGeneration: 'OFF' },
  },
};

/** Runtime options whose manifest grants exactly these Meet scopes (and the rest of MeetLink's). */
function meetScopes(...scopes: string[]): RuntimeOptions {
  const manifest = readManifest();
  const others = (manifest.oauthScopes ?? []).filter((s) => !s.includes('/meetings.space.'));
  return { manifest: { ...manifest, oauthScopes: [...others, ...scopes] } };
}

/** The offline runtime with a Workspace account, and UrlFetchApp requests to the Meet REST API. */
function setup(options: RuntimeOptions = {}) {
  const runtime = createOfflineRuntime({ account: WORKSPACE, ...options });
  const send = (method: string, path: string, body?: unknown, headers: Record<string, string> = { Authorization: 'Bearer t' }) => {
    const response = runtime.urlFetch.fetch(`${BASE}/${path}`, {
      method,
      headers,
      muteHttpExceptions: true,
      ...(body === undefined ? {} : { contentType: 'application/json', payload: JSON.stringify(body) }),
    });
    const text = response.getContentText();
    return { status: response.getResponseCode(), body: text ? JSON.parse(text) : undefined };
  };
  const create = (body: unknown = {}) => send('POST', 'spaces', body);
  return {
    runtime,
    send,
    create,
    get: (name: string) => send('GET', name),
    patch: (name: string, body: unknown, mask?: string) => send('PATCH', mask === undefined ? name : `${name}?updateMask=${mask}`, body),
    end: (name: string) => send('POST', `${name}:endActiveConference`),
    calls: () => runtime.log.of('meet.').map((c) => `${c.api} ${c.status}${c.reason ? ` ${c.reason}` : ''}`),
    as: (email: string) => {
      runtime.settings.account = { ...WORKSPACE, email };
    },
  };
}

/** A Calendar conference's meeting code (the Calendar model makes it). */
function calendarMeetCode(runtime: ReturnType<typeof createOfflineRuntime>): string {
  runtime.calendar.addCalendar(runtime.settings.account.email, { owner: runtime.settings.account.email });
  const event = runtime.calendar.seedEvent(runtime.settings.account.email, { summary: 'Made in Calendar' }, { withMeet: true });
  return event.conferenceData!.conferenceId!;
}

describe('offline Meet REST API: spaces.create', () => {
  it('makes a space this account owns, with a server id, a meeting code, its URI and the default config', () => {
    const t = setup();
    const { status, body } = t.create();
    expect(status).toBe(200);
    expect(body.name).toMatch(/^spaces\/[A-Za-z0-9]{12}$/);
    expect(body.meetingCode).toMatch(/^[a-z]{3}-[a-z]{4}-[a-z]{3}$/);
    expect(body.meetingUri).toBe(`https://meet.google.com/${body.meetingCode}`);
    expect(body.config).toEqual(DEFAULT_CONFIG);
    expect(body.activeConference).toBeUndefined();
    expect(t.calls()).toEqual(['meet.spaces.create 200']);
  });

  it('takes an access type, and the default is the model option (the admin’s choice)', () => {
    expect(setup().create({ config: { accessType: 'OPEN' } }).body.config.accessType).toBe('OPEN');
    expect(setup({ meet: { defaultAccessType: 'RESTRICTED' } }).create().body.config.accessType).toBe('RESTRICTED');
  });

  it('answers a free Gmail account PERMISSION_DENIED, google.rpc style, naming no account type', () => {
    const t = setup({ account: CONSUMER });
    expect(t.create()).toEqual({
      status: 403,
      body: { error: { code: 403, message: 'The caller does not have permission', status: 'PERMISSION_DENIED' } },
    });
    expect(t.calls()).toEqual(['meet.spaces.create 403 PERMISSION_DENIED']);
    expect(t.runtime.meet.appSpaces()).toEqual([]);
  });

  it('needs a Bearer token: 401 UNAUTHENTICATED, logged', () => {
    const t = setup();
    expect(t.send('POST', 'spaces', {}, {}).body.error).toMatchObject({ code: 401, status: 'UNAUTHENTICATED' });
    expect(t.calls()).toEqual(['meet.spaces.create 401 UNAUTHENTICATED']);
  });

  it('allows 10 creates a minute per user, counted in simulated time, then 429 RESOURCE_EXHAUSTED', () => {
    const t = setup();
    for (let i = 0; i < 10; i++) expect(t.create().status).toBe(200);
    expect(t.create().body.error).toMatchObject({ code: 429, status: 'RESOURCE_EXHAUSTED' });
    t.runtime.clock.advance(MINUTE - 1);
    expect(t.create().status).toBe(429);
    t.runtime.clock.advance(1);
    expect(t.create().status).toBe(200);
  });

  it('allows 100 creates a minute per project, across users', () => {
    const t = setup();
    for (let user = 0; user < 10; user++) {
      t.as(`user${user}@example.com`);
      for (let i = 0; i < 10; i++) expect(t.create().status).toBe(200);
    }
    t.as('user10@example.com');
    expect(t.create().status).toBe(429);
  });

  it('answers an unknown access type 400 INVALID_ARGUMENT', () => {
    const t = setup();
    expect(t.create({ config: { accessType: 'PUBLIC' } }).body.error).toMatchObject({ code: 400, status: 'INVALID_ARGUMENT' });
    expect(t.calls()).toEqual(['meet.spaces.create 400 INVALID_ARGUMENT']);
  });

  it('answers an injected fault in the google.rpc shape', () => {
    const t = setup();
    t.runtime.faults.inject({ api: 'meet.spaces.create', error: MEET_ERRORS.unavailable });
    expect(t.create()).toEqual({
      status: 503,
      body: { error: { code: 503, message: 'The service is currently unavailable.', status: 'UNAVAILABLE' } },
    });
    expect(t.create().status).toBe(200);
  });
});

describe('offline Meet REST API: spaces.get', () => {
  it('reads a space by spaces/{space} and by the spaces/{meetingCode} alias, the code in any case', () => {
    const t = setup();
    const made = t.create().body;
    expect(t.get(made.name).body).toEqual(made);
    expect(t.get(`spaces/${made.meetingCode}`).body).toEqual(made);
    expect(t.get(`spaces/${made.meetingCode.toUpperCase()}`).body).toEqual(made);
  });

  it('treats the space id as case sensitive', () => {
    const t = setup();
    const made = t.create().body;
    const id: string = made.name.slice('spaces/'.length);
    const flipped = `spaces/${id.replace(/[a-zA-Z]/, (c) => (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase()))}`;
    expect(flipped.toLowerCase()).toBe(made.name.toLowerCase());
    expect(t.get(flipped).body.error).toEqual({
      code: 403,
      message: 'Permission denied on resource Space (or it might not exist).',
      status: 'PERMISSION_DENIED',
    });
  });

  it('answers 403 "Permission denied on resource Space (or it might not exist)." for a code no meeting has, as users report', () => {
    const t = setup();
    expect(t.get('spaces/abc-mnop-xyz').body.error).toEqual({
      code: 403,
      message: 'Permission denied on resource Space (or it might not exist).',
      status: 'PERMISSION_DENIED',
    });
  });

  it('answers PERMISSION_DENIED for a space made through Calendar to meetings.space.created alone (GAM-team/GAM#1822)', () => {
    const t = setup(meetScopes(SCOPE.meetCreated));
    const code = calendarMeetCode(t.runtime);
    expect(t.get(`spaces/${code}`).body.error).toMatchObject({ code: 403, status: 'PERMISSION_DENIED' });
    expect(t.runtime.meet.peek(code)?.meetingCode).toBe(code); // it exists in Meet all the same
  });

  it('answers a free Gmail account PERMISSION_DENIED for any space', () => {
    const t = setup();
    const made = t.create().body;
    t.runtime.settings.account = CONSUMER;
    expect(t.get(made.name).status).toBe(403);
    expect(t.get('spaces/abc-mnop-xyz').status).toBe(403);
  });

  it('shows the active conference to the owner while one is on', () => {
    const t = setup();
    const made = t.create().body;
    t.runtime.meet.startConference(made.meetingCode);
    expect(t.get(made.name).body.activeConference.conferenceRecord).toMatch(/^conferenceRecords\/\w+$/);
    t.runtime.meet.stopConference(made.name);
    expect(t.get(made.name).body.activeConference).toBeUndefined();
    expect(t.calls()).toEqual(['meet.spaces.create 200', 'meet.spaces.get 200', 'meet.spaces.get 200']); // setup is not logged
  });

  it('shows someone else neither the settings nor the active conference (role table)', () => {
    const t = setup();
    const made = t.create().body;
    t.runtime.meet.startConference(made.name);
    t.as('someone@example.com');
    expect(t.get(made.name).body).toEqual({ name: made.name, meetingUri: made.meetingUri, meetingCode: made.meetingCode });
  });
});

describe('offline Meet REST API: spaces.patch', () => {
  it('with updateMask=config.accessType changes the access type alone', () => {
    const t = setup();
    const made = t.create({ config: { entryPointAccess: 'CREATOR_APP_ONLY' } }).body;
    const { status, body } = t.patch(made.name, { config: { accessType: 'RESTRICTED' } }, 'config.accessType');
    expect(status).toBe(200);
    expect(body.config).toEqual({ ...DEFAULT_CONFIG, accessType: 'RESTRICTED', entryPointAccess: 'CREATOR_APP_ONLY' });
    expect(t.runtime.meet.peek(made.name)?.config).toEqual(body.config);
    expect(t.runtime.log.of('meet.spaces.patch')[0]!.summary).toContain('updateMask=config.accessType');
  });

  // The v2 discovery document: "If update_mask isn't provided (not set, set with empty paths, or only has "" as
  // paths), it defaults to update all fields provided with values in the request. Using "*" as update_mask will
  // update all fields, including deleting fields not set in the request."
  it.each([
    ['no updateMask', undefined],
    ['an empty updateMask', ''],
    ['only empty paths', ','],
  ])('with %s changes exactly the fields sent', (_what, mask) => {
    const t = setup();
    const made = t.create({ config: { accessType: 'OPEN', entryPointAccess: 'CREATOR_APP_ONLY', moderation: 'ON' } }).body;
    const { status, body } = t.patch(made.name, { config: { accessType: 'RESTRICTED' } }, mask);
    expect(status).toBe(200);
    expect(body.config).toEqual({ ...DEFAULT_CONFIG, accessType: 'RESTRICTED', entryPointAccess: 'CREATOR_APP_ONLY', moderation: 'ON' });
  });

  it('with updateMask=* sets what is sent and returns every other field to its default', () => {
    const t = setup();
    const made = t.create({ config: { accessType: 'OPEN', entryPointAccess: 'CREATOR_APP_ONLY', moderation: 'ON' } }).body;
    expect(t.patch(made.name, { config: { accessType: 'RESTRICTED' } }, '*').body.config).toEqual({ ...DEFAULT_CONFIG, accessType: 'RESTRICTED' });
  });

  it('clears a masked field the body leaves out', () => {
    const t = setup();
    const made = t.create({ config: { accessType: 'OPEN', entryPointAccess: 'CREATOR_APP_ONLY' } }).body;
    expect(t.patch(made.name, {}, 'config.accessType').body.config).toEqual({ ...DEFAULT_CONFIG, entryPointAccess: 'CREATOR_APP_ONLY' });
  });

  it('is for the owner only', () => {
    const t = setup();
    const made = t.create().body;
    t.as('someone@example.com');
    expect(t.patch(made.name, { config: { accessType: 'OPEN' } }, 'config.accessType').body.error.status).toBe('PERMISSION_DENIED');
    expect(t.runtime.meet.peek(made.name)?.config?.accessType).toBe('TRUSTED');
  });

  it('answers PERMISSION_DENIED for a space made through Calendar to meetings.space.created alone, and 403 for an unknown id too', () => {
    const t = setup(meetScopes(SCOPE.meetCreated));
    const code = calendarMeetCode(t.runtime);
    const calendarSpace = t.runtime.meet.peek(code)!.name;
    expect(t.patch(calendarSpace, { config: { accessType: 'OPEN' } }, 'config.accessType').status).toBe(403);
    expect(t.patch('spaces/AAAAAAAAAAAA', { config: { accessType: 'OPEN' } }, 'config.accessType').status).toBe(403);
  });
});

describe('offline Meet REST API: spaces.endActiveConference', () => {
  it('ends the active conference, owner only, and answers an empty object', () => {
    const t = setup();
    const made = t.create().body;
    t.runtime.meet.startConference(made.name);
    t.as('someone@example.com');
    expect(t.end(made.name).body.error.status).toBe('PERMISSION_DENIED');
    expect(t.runtime.meet.peek(made.name)?.activeConference).toBeDefined();
    t.as(WORKSPACE.email);
    expect(t.end(made.name)).toEqual({ status: 200, body: {} });
    expect(t.runtime.meet.peek(made.name)?.activeConference).toBeUndefined();
  });

  it('succeeds when no conference is on ("if there\'s one")', () => {
    const t = setup();
    const made = t.create().body;
    expect(t.end(made.name)).toEqual({ status: 200, body: {} });
  });
});

describe('offline Meet REST API: what is not modelled throws', () => {
  beforeEach(allowNotModelled);

  it.each([
    ['an unknown Space field', (t: ReturnType<typeof setup>) => t.create({ meetingCode: 'abc-mnop-xyz' })],
    ['an unknown config field', (t: ReturnType<typeof setup>) => t.create({ config: { moderationRestrictions: {} } })],
    ['MODERATION_UNSPECIFIED', (t: ReturnType<typeof setup>) => t.create({ config: { moderation: 'MODERATION_UNSPECIFIED' } })],
    ['ACCESS_TYPE_UNSPECIFIED', (t: ReturnType<typeof setup>) => t.create({ config: { accessType: 'ACCESS_TYPE_UNSPECIFIED' } })],
    ['an unknown updateMask path', (t: ReturnType<typeof setup>) => t.patch(t.create().body.name, {}, 'config.moderationRestrictions')],
    ['a mask path outside config', (t: ReturnType<typeof setup>) => t.patch(t.create().body.name, {}, 'meetingCode')],
    [
      'a 26th COHOST',
      (t: ReturnType<typeof setup>) => {
        const name = t.create({ config: { moderation: 'ON' } }).body.name;
        for (let i = 0; i <= 25; i++) t.send('POST', `${name}/members`, { email: `c${i}@example.com`, role: 'COHOST' });
      },
    ],
    ['members.list pages', (t: ReturnType<typeof setup>) => t.send('GET', `${t.create().body.name}/members?pageSize=5`)],
    ['patch by meeting code', (t: ReturnType<typeof setup>) => t.patch(`spaces/${t.create().body.meetingCode}`, {}, 'config.accessType')],
    ['end by meeting code', (t: ReturnType<typeof setup>) => t.end(`spaces/${t.create().body.meetingCode}`)],
    ['a partial response (fields=)', (t: ReturnType<typeof setup>) => t.send('GET', 'spaces/abc-mnop-xyz?fields=name')],
    ['spaces.list', (t: ReturnType<typeof setup>) => t.send('GET', 'spaces')],
    // conferenceRecords and its lists are modelled (offline/meet/conference-records.ts); a participant by name is not.
    ['participants.get', (t: ReturnType<typeof setup>) => t.send('GET', 'conferenceRecords/abc/participants/x')],
    [
      'a body that is not JSON-typed',
      (t: ReturnType<typeof setup>) =>
        t.runtime.urlFetch.fetch(`${BASE}/spaces`, { method: 'post', headers: { Authorization: 'Bearer t' }, payload: '{}' }),
    ],
    [
      'a non-empty end body',
      (t: ReturnType<typeof setup>) =>
        t.runtime.urlFetch.fetch(`${BASE}/${t.create().body.name}:endActiveConference`, {
          method: 'post',
          headers: { Authorization: 'Bearer t' },
          contentType: 'application/json',
          payload: '{"force":true}',
        }),
    ],
  ])('%s', (_name, run) => {
    expect(() => run(setup())).toThrow(/not modelled/);
  });
});

describe('offline Meet REST API: any meeting the person owns, with meetings.space.settings', () => {
  it('reads a space made through Calendar by its meeting code, with its settings for the event’s organizer', () => {
    const t = setup();
    const code = calendarMeetCode(t.runtime);
    const { status, body } = t.get(`spaces/${code}`);
    expect(status).toBe(200);
    expect(body.meetingCode).toBe(code);
    expect(body.config).toEqual(DEFAULT_CONFIG);
  });

  it('lets the organizer patch it by its space name, and nobody else', () => {
    const t = setup();
    const code = calendarMeetCode(t.runtime);
    const name = t.get(`spaces/${code}`).body.name;
    expect(t.patch(name, { config: { accessType: 'RESTRICTED' } }, 'config.accessType').body.config.accessType).toBe('RESTRICTED');
    t.as('someone@example.com');
    expect(t.get(`spaces/${code}`).body.config).toBeUndefined();
    expect(t.patch(name, { config: { accessType: 'OPEN' } }, 'config.accessType').body.error.status).toBe('PERMISSION_DENIED');
    expect(t.runtime.meet.peek(code)?.config?.accessType).toBe('RESTRICTED');
  });

  it('with meetings.space.readonly alone reads it but cannot change it', () => {
    const t = setup(meetScopes(SCOPE.meetReadonly));
    const code = calendarMeetCode(t.runtime);
    const name = t.get(`spaces/${code}`).body.name;
    expect(t.patch(name, { config: { accessType: 'OPEN' } }, 'config.accessType').body.error).toMatchObject({ code: 403 });
    expect(t.create().body.error.message).toBe('Request had insufficient authentication scopes.');
  });

  it('cannot end its meeting or add members: those need a space this app made (meetings.space.created)', () => {
    const t = setup();
    const code = calendarMeetCode(t.runtime);
    const name = t.get(`spaces/${code}`).body.name;
    expect(t.end(name).status).toBe(403);
    expect(t.send('POST', `${name}/members`, { email: 'b@example.com' }).status).toBe(403);
  });
});

describe('offline Meet REST API: artifacts, attendance report and moderation', () => {
  it('creates a space with artifacts on in the same call', () => {
    const t = setup();
    const body = t.create({
      config: { artifactConfig: { recordingConfig: { autoRecordingGeneration: 'ON' } }, attendanceReportGenerationType: 'GENERATE_REPORT' },
    }).body;
    expect(body.config.artifactConfig.recordingConfig.autoRecordingGeneration).toBe('ON');
    expect(body.config.artifactConfig.transcriptionConfig.autoTranscriptionGeneration).toBe('OFF');
    expect(body.config.attendanceReportGenerationType).toBe('GENERATE_REPORT');
    expect(t.calls()).toEqual(['meet.spaces.create 200']);
  });

  it('patches a nested path alone, and a message path covers every field below it', () => {
    const t = setup();
    const made = t.create({ config: { accessType: 'OPEN', artifactConfig: { smartNotesConfig: { autoSmartNotesGeneration: 'ON' } } } }).body;
    const mask = 'config.artifactConfig.transcriptionConfig.autoTranscriptionGeneration';
    const after = t.patch(made.name, { config: { artifactConfig: { transcriptionConfig: { autoTranscriptionGeneration: 'ON' } } } }, mask).body;
    expect(after.config.artifactConfig).toEqual({
      recordingConfig: { autoRecordingGeneration: 'OFF' },
      transcriptionConfig: { autoTranscriptionGeneration: 'ON' },
      smartNotesConfig: { autoSmartNotesGeneration: 'ON' },
    });
    expect(after.config.accessType).toBe('OPEN');
    // `config.artifactConfig` names the whole message: what the body leaves out returns to its default.
    expect(t.patch(made.name, {}, 'config.artifactConfig').body.config.artifactConfig).toEqual(DEFAULT_CONFIG.artifactConfig);
    expect(t.patch(made.name, { config: { moderation: 'ON' } }, 'config.moderation').body.config.moderation).toBe('ON');
  });

  it('answers an unknown artifact value 400 INVALID_ARGUMENT', () => {
    const t = setup();
    const { status, body } = t.create({ config: { artifactConfig: { recordingConfig: { autoRecordingGeneration: 'MAYBE' } } } });
    expect(status).toBe(400);
    expect(body.error.status).toBe('INVALID_ARGUMENT');
  });

  it.each([
    ['permissionDenied', 403, 'PERMISSION_DENIED'],
    ['failedPrecondition', 400, 'FAILED_PRECONDITION'],
  ] as const)('an admin that refuses recording answers %s, on create and on patch, and changes nothing', (refusal, code, status) => {
    const t = setup({ meet: { refusedArtifacts: ['recording'], artifactRefusal: refusal } });
    const recording = { artifactConfig: { recordingConfig: { autoRecordingGeneration: 'ON' } } };
    expect(t.create({ config: recording }).body.error).toMatchObject({ code, status });
    expect(t.runtime.meet.appSpaces()).toEqual([]);
    const made = t.create({ config: { artifactConfig: { transcriptionConfig: { autoTranscriptionGeneration: 'ON' } } } }).body;
    expect(made.config.artifactConfig.transcriptionConfig.autoTranscriptionGeneration).toBe('ON');
    const both = { artifactConfig: { ...recording.artifactConfig, smartNotesConfig: { autoSmartNotesGeneration: 'ON' } } };
    const mask = 'config.artifactConfig.recordingConfig.autoRecordingGeneration,config.artifactConfig.smartNotesConfig.autoSmartNotesGeneration';
    expect(t.patch(made.name, { config: both }, mask).status).toBe(code);
    expect(t.runtime.meet.peek(made.name)?.config?.artifactConfig.smartNotesConfig.autoSmartNotesGeneration).toBe('OFF');
  });

  it('an edition answers by offline/editions.ts: Business Starter has no recording, Business Standard no attendance report', () => {
    const recording = { config: { artifactConfig: { recordingConfig: { autoRecordingGeneration: 'ON' } } } };
    const attendance = { config: { attendanceReportGenerationType: 'GENERATE_REPORT' } };
    const starter = setup({ account: { ...WORKSPACE, edition: 'businessStarter' } });
    expect(starter.create(recording).status).toBe(403);
    expect(starter.create(attendance).status).toBe(403);
    const standard = setup({ account: { ...WORKSPACE, edition: 'businessStandard' } });
    expect(standard.create(recording).status).toBe(200);
    expect(standard.create(attendance).status).toBe(403);
    expect(setup({ account: { ...WORKSPACE, edition: 'businessPlus' } }).create(attendance).status).toBe(200);
  });

  it('accepted and dropped (answeredOff): 200, the answer and the space show it off, the rest on', () => {
    const t = setup({ account: { ...WORKSPACE, edition: 'businessStarter' }, meet: { artifactRefusal: 'answeredOff' } });
    const { status, body } = t.create({ config: { accessType: 'OPEN', artifactConfig: { recordingConfig: { autoRecordingGeneration: 'ON' } } } });
    expect(status).toBe(200);
    expect(body.config.artifactConfig.recordingConfig.autoRecordingGeneration).toBe('OFF');
    expect(body.config.accessType).toBe('OPEN');
    expect(t.get(body.name).body.config.artifactConfig.recordingConfig.autoRecordingGeneration).toBe('OFF');
  });

  it('echoed on and never applied (echoedOn): the answer says ON, a later read shows OFF', () => {
    const t = setup({ account: { ...WORKSPACE, edition: 'businessStarter' }, meet: { artifactRefusal: 'echoedOn' } });
    const made = t.create().body;
    const mask = 'config.artifactConfig.transcriptionConfig.autoTranscriptionGeneration';
    const answer = t.patch(made.name, { config: { artifactConfig: { transcriptionConfig: { autoTranscriptionGeneration: 'ON' } } } }, mask);
    expect(answer.status).toBe(200);
    expect(answer.body.config.artifactConfig.transcriptionConfig.autoTranscriptionGeneration).toBe('ON');
    expect(t.get(made.name).body.config.artifactConfig.transcriptionConfig.autoTranscriptionGeneration).toBe('OFF');
  });
});

describe('offline Meet REST API: quotas (developers.google.com/meet/api/guides/limits)', () => {
  it('spaces.create: the 11th in a minute answers the per-user limit, by name; another person still creates', () => {
    const t = setup();
    for (let i = 0; i < 10; i++) expect(t.create().status).toBe(200);
    const refused = t.create().body.error;
    expect(refused).toMatchObject({ code: 429, status: 'RESOURCE_EXHAUSTED' });
    expect(refused.message).toBe(MEET_ERRORS.userRateLimited.message);
    expect(refused.message).toMatch(/limit 'Reduced write requests per minute per user' of service 'meet\.googleapis\.com'/);
    t.as('ben@example.com');
    expect(t.create().status).toBe(200);
    t.runtime.clock.advance(MINUTE);
    t.as(WORKSPACE.email);
    expect(t.create().status).toBe(200);
  });

  it('reads and writes have their own per-user minute limits: 600 reads, 100 writes', () => {
    const t = setup();
    const made = t.create().body;
    for (let i = 0; i < 600; i++) t.get(made.name);
    expect(t.get(made.name).body.error.message).toMatch(/limit 'Read requests per minute per user'/);
    for (let i = 0; i < 100; i++) t.patch(made.name, { config: { accessType: 'OPEN' } }, 'config.accessType');
    expect(t.patch(made.name, { config: { accessType: 'OPEN' } }, 'config.accessType').body.error.message).toMatch(
      /limit 'Write requests per minute per user'/,
    );
    t.runtime.clock.advance(MINUTE);
    expect(t.get(made.name).status).toBe(200);
  });
});

describe('offline Meet REST API: spaces.members (v2)', () => {
  it('adds a COHOST once moderation is on, lists and deletes it', () => {
    const t = setup();
    const made = t.create().body;
    t.patch(made.name, { config: { moderation: 'ON' } }, 'config.moderation');
    const member = t.send('POST', `${made.name}/members`, { email: 'ben@example.com', role: 'COHOST' });
    expect(member.status).toBe(200);
    expect(member.body).toMatchObject({ email: 'ben@example.com', role: 'COHOST' });
    expect(member.body.name).toMatch(new RegExp(`^${made.name}/members/\\w+$`));
    expect(t.send('GET', `${made.name}/members`).body).toEqual({ members: [member.body] });
    expect(t.send('DELETE', member.body.name)).toEqual({ status: 200, body: {} });
    expect(t.send('GET', `${made.name}/members`).body).toEqual({});
    expect(t.send('DELETE', member.body.name).body.error.status).toBe('NOT_FOUND');
    expect(t.calls().slice(2)).toEqual([
      'meet.spaces.members.create 200',
      'meet.spaces.members.list 200',
      'meet.spaces.members.delete 200',
      'meet.spaces.members.list 200',
      'meet.spaces.members.delete 404 NOT_FOUND',
    ]);
  });

  it.each([
    ['permissionDenied', 403, 'PERMISSION_DENIED'],
    ['failedPrecondition', 400, 'FAILED_PRECONDITION'],
    ['invalidArgument', 400, 'INVALID_ARGUMENT'],
  ] as const)('an edition without co-hosts (Business Starter) refuses every COHOST alike: %s', (cohostRefusal, code, status) => {
    const t = setup({ account: { ...WORKSPACE, edition: 'businessStarter' }, meet: { cohostRefusal } });
    const made = t.create({ config: { moderation: 'ON' } }).body;
    const answers = ['ben@example.com', 'cy@example.com'].map(
      (email) => t.send('POST', `${made.name}/members`, { email, role: 'COHOST' }).body.error,
    );
    expect(answers[0]).toMatchObject({ code, status });
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[0].message).not.toContain('ben@example.com');
    expect(t.runtime.meet.peekMembers(made.name)).toEqual([]);
  });

  it.each([
    ['failedPrecondition', 400, 'OFF'],
    ['accepted', 200, 'OFF'],
    ['moderationTurnedOn', 200, 'ON'],
  ] as const)('a COHOST on a space whose moderation is off (unconfirmed): %s', (cohostWithoutModeration, code, moderation) => {
    const t = setup({ meet: { cohostWithoutModeration } });
    const made = t.create().body;
    expect(t.send('POST', `${made.name}/members`, { email: 'ben@example.com', role: 'COHOST' }).status).toBe(code);
    expect(t.runtime.meet.peek(made.name)?.config?.moderation).toBe(moderation);
  });

  it('answers an address that is not one 400 INVALID_ARGUMENT, and a non-owner PERMISSION_DENIED', () => {
    const t = setup();
    const made = t.create({ config: { moderation: 'ON' } }).body;
    expect(t.send('POST', `${made.name}/members`, { email: 'not an address', role: 'COHOST' }).body.error.status).toBe('INVALID_ARGUMENT');
    t.as('someone@example.com');
    expect(t.send('POST', `${made.name}/members`, { email: 'b@example.com', role: 'COHOST' }).body.error.status).toBe('PERMISSION_DENIED');
    expect(t.runtime.meet.peekMembers(made.name)).toEqual([]);
  });
});
