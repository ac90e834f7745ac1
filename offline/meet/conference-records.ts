import { fail, runCall, type ApiEnv } from '../api-env';
import { editionHas, type EditionFeatures } from '../editions';
import { SCOPE } from '../scopes';
import { MEET_ERRORS, MeetNotModelled, type MeetModel } from './model';

/**
 * The offline Google Meet REST API v2, `conferenceRecords` and what hangs below it: the meetings that took place in
 * a space, who joined them and what Google made of them. Read-only, as the API is. The REST route
 * (offline/meet/rest.ts) sends `GET /v2/conferenceRecords…` here.
 *
 * Sources, cited next to each rule:
 * - "reference": developers.google.com/workspace/meet/api/reference/rest/v2/conferenceRecords (and .participants,
 *   .participants.participantSessions, .recordings, .transcripts, .smartNotes): fields, page sizes, orderings;
 * - "protos": googleapis/googleapis google/apps/meet/v2/resource.proto and service.proto (the same text, and the
 *   filter grammar of ListConferenceRecordsRequest); smartNotes are in the v2 discovery document (meet/v2/meet-api.json);
 * - "conferences guide", "participants guide", "artifacts guide": developers.google.com/workspace/meet/api/guides/
 *   conferences, participants, artifacts ("If you're a meeting space owner or participant, you can call the get and
 *   list methods");
 * - AIP-160 (google.aip.dev/160, Filtering): "If a non-compliant filter string is provided, the API should return
 *   INVALID_ARGUMENT".
 * Anything Google does not publish throws MeetNotModelled.
 */

const DAY_MS = 24 * 60 * 60 * 1000;
/** "The resource is deleted 30 days after the conference ends" (ConferenceRecord.expireTime, reference). */
export const RECORD_LIFETIME_MS = 30 * DAY_MS;

/**
 * What each kind of artifact needs of the account's edition (offline/editions.ts, the one table: recording Business
 * Standard and up, Meet Help 9308681; transcripts Meet Help a/12076932; Gemini notes SpaceConfig SmartNotesConfig).
 */
const ARTIFACT_FEATURE: Record<'recordings' | 'transcripts' | 'smartNotes', keyof EditionFeatures> = {
  recordings: 'recording',
  transcripts: 'transcription',
  smartNotes: 'smartNotes',
};

export interface ConferenceRecordsOptions {
  /**
   * *Unconfirmed*: what recordings.list, transcripts.list and smartNotes.list answer on an edition that cannot make
   * them. Google does not publish it ("What the API answers when an edition lacks a feature is not published"):
   * an empty list, or 403 PERMISSION_DENIED. The add-on must work with both.
   */
  editionLacksArtifacts: 'empty' | 'permissionDenied';
  /** "The service might return fewer than this value" (every list's pageSize): a smaller page, to test paging. */
  pageSizeCap?: number;
}

// ---- what tests and the preview seed -------------------------------------------------------------------------

/** One join and leave of a participant, in simulated ms; `to` missing while they are still in the meeting. */
export interface SeedSession {
  from: number;
  to?: number;
}

/**
 * A participant: signed in (with the account's email, which the API never answers but which decides whose meeting
 * it is), anonymous ("User provided name when they join a conference anonymously") or by phone ("Partially redacted
 * user's phone number when calling").
 */
export type SeedParticipant =
  | { signedIn: { displayName: string; email: string }; sessions: SeedSession[] }
  | { anonymous: { displayName: string }; sessions: SeedSession[] }
  | { phone: { displayName: string }; sessions: SeedSession[] };

/** An artifact: STARTED, ENDED ("the file hasn't been generated yet") or FILE_GENERATED ("ready to download"). */
export interface SeedArtifact {
  state: ArtifactState;
  from: number;
  to?: number;
  /** driveDestination.exportUri of a recording, docsDestination.exportUri of a transcript or smart notes. */
  exportUri?: string;
}

export interface SeedConference {
  /** The space, by `spaces/{id}` or meeting code (a Calendar conference's code is a space too). */
  space: string;
  start: number;
  /** Missing while the conference is going on ("Unset if the conference is ongoing"). */
  end?: number;
  participants: SeedParticipant[];
  recordings?: SeedArtifact[];
  transcripts?: SeedArtifact[];
  smartNotes?: SeedArtifact[];
}

export type ArtifactState = 'STARTED' | 'ENDED' | 'FILE_GENERATED';

interface StoredParticipant {
  id: string;
  seed: SeedParticipant;
  sessions: { id: string; from: number; to?: number }[];
}

interface StoredRecord {
  id: string;
  spaceName: string;
  start: number;
  end?: number;
  participants: StoredParticipant[];
  recordings: (SeedArtifact & { id: string })[];
  transcripts: (SeedArtifact & { id: string })[];
  smartNotes: (SeedArtifact & { id: string })[];
}

/** The API's method names, as the call log and offline/scopes.ts name them. */
export const RECORD_API = {
  list: 'meet.conferenceRecords.list',
  get: 'meet.conferenceRecords.get',
  participants: 'meet.conferenceRecords.participants.list',
  sessions: 'meet.conferenceRecords.participants.participantSessions.list',
  recordings: 'meet.conferenceRecords.recordings.list',
  transcripts: 'meet.conferenceRecords.transcripts.list',
  smartNotes: 'meet.conferenceRecords.smartNotes.list',
} as const;

/**
 * Page sizes (reference, each list's pageSize): conference records "at most 25 … The maximum value is 100";
 * participants and participant sessions "at most 100 … The maximum value is 250"; recordings, transcripts and
 * smart notes "at most 10 … The maximum value is 100". Values above the maximum "are coerced" to it.
 */
const PAGE_SIZES: Record<string, { default: number; max: number }> = {
  [RECORD_API.list]: { default: 25, max: 100 },
  [RECORD_API.participants]: { default: 100, max: 250 },
  [RECORD_API.sessions]: { default: 100, max: 250 },
  [RECORD_API.recordings]: { default: 10, max: 100 },
  [RECORD_API.transcripts]: { default: 10, max: 100 },
  [RECORD_API.smartNotes]: { default: 10, max: 100 },
};

export interface PageQuery {
  pageSize?: string;
  pageToken?: string;
  filter?: string;
}

const iso = (ms: number) => new Date(ms).toISOString();

export class ConferenceRecordsModel {
  options: ConferenceRecordsOptions;
  private readonly records = new Map<string, StoredRecord>();

  constructor(
    private readonly env: ApiEnv,
    private readonly meet: MeetModel,
    options: Partial<ConferenceRecordsOptions> = {},
  ) {
    this.options = { editionLacksArtifacts: 'empty', ...options };
  }

  // ----- setup (not logged) ------------------------------------------------------------------------------------

  /** A conference that took place (or is going on) in a space, with who joined and what Google made. */
  seed(conference: SeedConference): { name: string; space: string } {
    const space = this.meet.spaceFacts(conference.space);
    if (!space) throw new Error(`seed conference: no space ${conference.space}`);
    if (conference.end !== undefined && conference.end < conference.start) throw new Error('seed conference: it ends before it starts');
    for (const kind of ['recordings', 'transcripts', 'smartNotes'] as const) {
      if (conference[kind]?.length && !this.editionMakes(kind)) {
        throw new Error(`seed conference: a ${this.env.account().edition} account makes no ${kind} (offline/editions.ts)`);
      }
    }
    const record: StoredRecord = {
      id: this.randomId(18),
      spaceName: space.name,
      start: conference.start,
      ...(conference.end !== undefined ? { end: conference.end } : {}),
      participants: conference.participants.map((seed) => {
        if (!seed.sessions.length) throw new Error('seed conference: a participant needs at least one session');
        return { id: this.randomId(16), seed, sessions: seed.sessions.map((s) => ({ id: this.randomId(14), ...s })) };
      }),
      recordings: (conference.recordings ?? []).map((a) => ({ id: this.randomId(14), ...a })),
      transcripts: (conference.transcripts ?? []).map((a) => ({ id: this.randomId(14), ...a })),
      smartNotes: (conference.smartNotes ?? []).map((a) => ({ id: this.randomId(14), ...a })),
    };
    this.records.set(record.id, record);
    return { name: `conferenceRecords/${record.id}`, space: space.name };
  }

  // ----- the API -----------------------------------------------------------------------------------------------

  /**
   * conferenceRecords.list: "Lists the conference records. By default, ordered by start time and in descending
   * order" (reference); the request is "to fetch list of conference records per user" (protos), so a record the
   * caller is neither the space's owner nor a participant of is not in it (conferences guide). A record is gone 30
   * days after its conference ended (expireTime).
   */
  list(query: PageQuery): { conferenceRecords?: unknown[]; nextPageToken?: string } {
    const filter = query.filter ?? '';
    return runCall(this.env, { api: RECORD_API.list, route: 'rest', summary: `list conferenceRecords${filter ? ` filter=${filter}` : ''}` }, () => {
      this.requireWorkspace();
      const matches = parseRecordFilter(filter);
      const found = [...this.records.values()]
        .filter((r) => this.alive(r) && this.visible(r))
        .filter((r) => matches(this.filterable(r)))
        .sort((a, b) => b.start - a.start);
      return { status: 200, value: this.page(RECORD_API.list, found, query, `records|${filter}`, (r) => this.renderRecord(r), 'conferenceRecords') };
    });
  }

  /** conferenceRecords.get: `GET /v2/{name=conferenceRecords/*}`. */
  get(name: string): unknown {
    return runCall(this.env, { api: RECORD_API.get, route: 'rest', summary: `get ${name}` }, () => {
      this.requireWorkspace();
      return { status: 200, value: this.renderRecord(this.reachable(name)) };
    });
  }

  /**
   * conferenceRecords.participants.list: "ordered by join time and in descending order" (reference), one page of
   * `participants` and a nextPageToken; totalSize only with a field mask, which MeetLink does not send.
   */
  listParticipants(parent: string, query: PageQuery): unknown {
    return runCall(this.env, { api: RECORD_API.participants, route: 'rest', summary: `list participants ${parent}` }, () => {
      this.requireWorkspace();
      if (query.filter !== undefined) throw new MeetNotModelled('a filter on participants.list (earliest_start_time, latest_end_time)');
      const record = this.reachable(parent);
      const sorted = [...record.participants].sort((a, b) => firstJoin(b) - firstJoin(a));
      return {
        status: 200,
        value: this.page(RECORD_API.participants, sorted, query, `participants|${parent}`, (p) => this.renderParticipant(record, p), 'participants'),
      };
    });
  }

  /** participants.participantSessions.list: "ordered by join time and in descending order" (reference). */
  listSessions(parent: string, query: PageQuery): unknown {
    return runCall(this.env, { api: RECORD_API.sessions, route: 'rest', summary: `list participantSessions ${parent}` }, () => {
      this.requireWorkspace();
      if (query.filter !== undefined) throw new MeetNotModelled('a filter on participantSessions.list (start_time, end_time)');
      const match = /^(conferenceRecords\/[^/]+)\/participants\/([^/]+)$/.exec(parent);
      if (!match) throw new MeetNotModelled(`a participant name "${parent}"`);
      const record = this.reachable(match[1]!);
      const participant = record.participants.find((p) => p.id === match[2]);
      if (!participant) throw new MeetNotModelled('participantSessions.list of a participant the record does not have (the answer is not published)');
      const sorted = [...participant.sessions].sort((a, b) => b.from - a.from);
      const render = (s: StoredParticipant['sessions'][number]) => ({
        name: `${parent}/participantSessions/${s.id}`,
        startTime: iso(s.from),
        ...(s.to !== undefined ? { endTime: iso(s.to) } : {}),
      });
      return { status: 200, value: this.page(RECORD_API.sessions, sorted, query, `sessions|${parent}`, render, 'participantSessions') };
    });
  }

  /** recordings.list: "By default, ordered by start time and in ascending order"; the file in driveDestination. */
  listRecordings(parent: string, query: PageQuery): unknown {
    return this.listArtifacts(RECORD_API.recordings, 'recordings', parent, query, (a) => ({
      driveDestination: { file: a.id, exportUri: a.exportUri ?? `https://drive.google.com/file/d/${a.id}/view` },
    }));
  }

  /** transcripts.list: ascending by start time; "Where the Google Docs transcript is saved" in docsDestination. */
  listTranscripts(parent: string, query: PageQuery): unknown {
    return this.listArtifacts(RECORD_API.transcripts, 'transcripts', parent, query, (a) => ({
      docsDestination: { document: a.id, exportUri: a.exportUri ?? `https://docs.google.com/document/d/${a.id}/view` },
    }));
  }

  /** smartNotes.list: ascending by start time; "The Google Doc destination where the smart notes are saved" (discovery). */
  listSmartNotes(parent: string, query: PageQuery): unknown {
    return this.listArtifacts(RECORD_API.smartNotes, 'smartNotes', parent, query, (a) => ({
      docsDestination: { document: a.id, exportUri: a.exportUri ?? `https://docs.google.com/document/d/${a.id}/view` },
    }));
  }

  // ----- rules -------------------------------------------------------------------------------------------------

  private listArtifacts(
    api: string,
    kind: 'recordings' | 'transcripts' | 'smartNotes',
    parent: string,
    query: PageQuery,
    destination: (a: SeedArtifact & { id: string }) => Record<string, unknown>,
  ): unknown {
    return runCall(this.env, { api, route: 'rest', summary: `list ${kind} ${parent}` }, () => {
      this.requireWorkspace();
      if (query.filter !== undefined) throw new MeetNotModelled(`a filter on ${kind}.list (the method takes none)`);
      const record = this.reachable(parent);
      // An edition that cannot make them: the answer is unconfirmed (ConferenceRecordsOptions.editionLacksArtifacts).
      // Either way it lists none, also of a conference seeded while the account had an edition that makes them (the
      // preview switches editions): Google makes no recording for Business Starter (offline/editions.ts).
      const makes = this.editionMakes(kind);
      if (!makes && this.options.editionLacksArtifacts === 'permissionDenied') fail(MEET_ERRORS.permissionDenied);
      const items = makes ? [...record[kind]].sort((a, b) => a.from - b.from) : [];
      const render = (a: SeedArtifact & { id: string }) => ({
        name: `${parent}/${kind}/${a.id}`,
        state: a.state,
        startTime: iso(a.from),
        ...(a.to !== undefined ? { endTime: iso(a.to) } : {}),
        // The file exists once it is generated; before, Google publishes no destination to expect.
        ...(a.state === 'FILE_GENERATED' || a.exportUri ? destination(a) : {}),
      });
      return { status: 200, value: this.page(api, items, query, `${kind}|${parent}`, render, kind) };
    });
  }

  private editionMakes(kind: 'recordings' | 'transcripts' | 'smartNotes'): boolean {
    return editionHas(this.env.account().edition, ARTIFACT_FEATURE[kind]);
  }

  /** Free Gmail accounts cannot use the Meet REST API: PERMISSION_DENIED, naming no account type (model.ts). */
  private requireWorkspace(): void {
    if (this.env.account().kind === 'consumer') fail(MEET_ERRORS.permissionDenied);
  }

  /** Not yet deleted: 30 days after the conference ended (expireTime); a conference going on has not ended. */
  private alive(record: StoredRecord): boolean {
    return record.end === undefined || this.env.clock.now() < record.end + RECORD_LIFETIME_MS;
  }

  /**
   * Whether this person may read the record: "If you're a meeting space owner or participant" (conferences,
   * participants and artifacts guides), through a scope that reaches the space: meetings.space.readonly "Read
   * information about any of your Google Meet conferences", meetings.space.created only the app's own ("Create,
   * edit, and see information about your Google Meet conferences created by the app": the scopes' descriptions in
   * the v2 discovery document). What a created-only token gets for a record of another space is not published.
   */
  private visible(record: StoredRecord): boolean {
    const me = this.env.account().email.toLowerCase();
    const space = this.meet.spaceFacts(record.spaceName);
    const owner = space?.owner?.toLowerCase() === me;
    const joined = record.participants.some((p) => 'signedIn' in p.seed && p.seed.signedIn.email.toLowerCase() === me);
    if (!owner && !joined) return false;
    const granted = this.env.scopes();
    if (granted.includes(SCOPE.meetReadonly)) return true;
    if (space?.appMade && granted.includes(SCOPE.meetCreated)) return true;
    throw new MeetNotModelled('a conference record of a space this app did not make, read with meetings.space.created alone');
  }

  /**
   * A record by name that this person may read and that still exists. What Google answers for one they may not read,
   * or one deleted after its 30 days, is not published: thrown, not guessed.
   */
  private reachable(name: string): StoredRecord {
    const match = /^conferenceRecords\/([^/]+)$/.exec(name);
    if (!match) throw new MeetNotModelled(`a conference record name "${name}"`);
    const record = this.records.get(match[1]!);
    if (!record) throw new MeetNotModelled(`${name}, a conference record that does not exist (the answer is not published)`);
    if (!this.alive(record)) throw new MeetNotModelled(`${name}, a conference record deleted after its 30 days (the answer is not published)`);
    if (!this.visible(record)) throw new MeetNotModelled(`${name}, a conference record of someone else's meeting (the answer is not published)`);
    return record;
  }

  /** What the filter's fields read from a record (protos: "space.meeting_code", "space.name", "start_time", "end_time"). */
  private filterable(record: StoredRecord): FilterableRecord {
    const space = this.meet.spaceFacts(record.spaceName);
    return {
      meetingCode: space?.code ?? '',
      spaceName: record.spaceName,
      start: record.start,
      ...(record.end !== undefined ? { end: record.end } : {}),
    };
  }

  /**
   * One page. pageSize: "If unspecified, at most N … values above the maximum are coerced"; the service "might return
   * fewer" (the option pageSizeCap). pageToken: "Page token returned from previous List Call"; a token from
   * another query, or a negative pageSize, is not modelled (Google publishes no answer).
   */
  private page<T>(api: string, items: T[], query: PageQuery, scope: string, render: (item: T) => unknown, field: string): Record<string, unknown> {
    const sizes = PAGE_SIZES[api]!;
    const asked = query.pageSize === undefined || query.pageSize === '' ? 0 : Number(query.pageSize);
    if (!Number.isInteger(asked) || asked < 0) throw new MeetNotModelled(`pageSize=${query.pageSize} on ${api}`);
    const size = Math.min(asked === 0 ? sizes.default : Math.min(asked, sizes.max), this.options.pageSizeCap ?? Number.MAX_SAFE_INTEGER);
    let offset = 0;
    if (query.pageToken) {
      const [tokenScope, at] = decodeToken(query.pageToken);
      if (tokenScope !== scope || at === undefined) throw new MeetNotModelled(`a pageToken from another query on ${api}`);
      offset = at;
    }
    const shown = items.slice(offset, offset + size);
    const more = offset + size < items.length;
    // proto3 JSON leaves empty repeated fields out: a page with nothing in it is {}.
    return { ...(shown.length ? { [field]: shown.map(render) } : {}), ...(more ? { nextPageToken: encodeToken(scope, offset + size) } : {}) };
  }

  /** ConferenceRecord (reference): name, startTime "Always set", endTime "Unset if the conference is ongoing", expireTime, space. */
  private renderRecord(record: StoredRecord): Record<string, unknown> {
    return {
      name: `conferenceRecords/${record.id}`,
      startTime: iso(record.start),
      ...(record.end !== undefined ? { endTime: iso(record.end), expireTime: iso(record.end + RECORD_LIFETIME_MS) } : {}),
      space: record.spaceName,
    };
  }

  /**
   * Participant (reference): one of signedinUser {user: "users/{user}", displayName}, anonymousUser {displayName},
   * phoneUser {displayName}; earliestStartTime "first joined"; latestEndTime "left the meeting for the last time.
   * This can be null if it's an active meeting". Meet gives names, never addresses.
   */
  private renderParticipant(record: StoredRecord, participant: StoredParticipant): Record<string, unknown> {
    const { seed } = participant;
    const open = participant.sessions.some((s) => s.to === undefined);
    const user =
      'signedIn' in seed
        ? { signedinUser: { user: `users/${userId(seed.signedIn.email)}`, displayName: seed.signedIn.displayName } }
        : 'anonymous' in seed
          ? { anonymousUser: { displayName: seed.anonymous.displayName } }
          : { phoneUser: { displayName: seed.phone.displayName } };
    return {
      name: `conferenceRecords/${record.id}/participants/${participant.id}`,
      ...user,
      earliestStartTime: iso(firstJoin(participant)),
      ...(open ? {} : { latestEndTime: iso(Math.max(...participant.sessions.map((s) => s.to!))) }),
    };
  }

  private randomId(length: number): string {
    const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
    let out = '';
    for (let i = 0; i < length; i += 1) out += alphabet[Math.floor(this.env.random() * alphabet.length)];
    return out;
  }
}

const firstJoin = (p: StoredParticipant) => Math.min(...p.sessions.map((s) => s.from));

/** `users/{user}`: "Unique ID for the user. Interoperable with Admin SDK API and People API"; digits, stable per account. */
function userId(email: string): string {
  let hash = 0;
  for (const c of email.toLowerCase()) hash = (hash * 31 + c.charCodeAt(0)) % 1_000_000_007;
  return `1${String(hash).padStart(10, '0')}`;
}

function encodeToken(scope: string, offset: number): string {
  return Buffer.from(JSON.stringify([scope, offset])).toString('base64url');
}

function decodeToken(token: string): [string | undefined, number | undefined] {
  try {
    const [scope, offset] = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as [unknown, unknown];
    return [typeof scope === 'string' ? scope : undefined, typeof offset === 'number' ? offset : undefined];
  } catch {
    return [undefined, undefined];
  }
}

// ---- the filter of conferenceRecords.list ---------------------------------------------------------------------

export interface FilterableRecord {
  meetingCode: string;
  spaceName: string;
  start: number;
  end?: number;
}

/**
 * ListConferenceRecordsRequest.filter (protos): "The following are the filterable fields: space.meeting_code,
 * space.name, start_time, end_time", with the examples `space.name = "spaces/NAME"`, `space.meeting_code =
 * "abc-mnop-xyz"`, `start_time>="2024-01-01T00:00:00.000Z" AND start_time<="2024-01-02T00:00:00.000Z"` and
 * `end_time IS NULL`. So: terms joined by AND; a space field compared with =; a time compared with = != < <= > >=
 * against a quoted RFC 3339 timestamp; end_time IS NULL. Anything else (another field, OR, NOT, parentheses, an
 * unquoted value, a time that is not one) answers 400 INVALID_ARGUMENT (AIP-160). Meeting codes are not case
 * sensitive (spaces.get reference: "non-case sensitive").
 */
export function parseRecordFilter(filter: string): (record: FilterableRecord) => boolean {
  const text = filter.trim();
  if (!text) return () => true;
  const invalid = () => fail(MEET_ERRORS.invalidArgument(`Invalid filter: ${filter}`));
  const terms = text.split(/\s+AND\s+/);
  const tests = terms.map((term): ((record: FilterableRecord) => boolean) => {
    const isNull = /^(end_time)\s+IS\s+NULL$/.exec(term);
    if (isNull) return (r) => r.end === undefined;
    const match = /^(space\.meeting_code|space\.name|start_time|end_time)\s*(=|!=|<=|>=|<|>)\s*"([^"\\]*)"$/.exec(term);
    if (!match) return invalid();
    const [, field, op, value] = match as unknown as [string, string, string, string];
    if (field === 'space.meeting_code') return op === '=' ? (r) => r.meetingCode === value.toLowerCase() : invalid();
    if (field === 'space.name') return op === '=' ? (r) => r.spaceName === value : invalid();
    if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/.test(value) || Number.isNaN(Date.parse(value))) return invalid();
    const at = Date.parse(value);
    const compare = (ms: number | undefined) => {
      if (ms === undefined) return false;
      switch (op) {
        case '=':
          return ms === at;
        case '!=':
          return ms !== at;
        case '<':
          return ms < at;
        case '<=':
          return ms <= at;
        case '>':
          return ms > at;
        default:
          return ms >= at;
      }
    };
    return field === 'start_time' ? (r) => compare(r.start) : (r) => compare(r.end);
  });
  return (record) => tests.every((test) => test(record));
}

/** The conference-record requests under /v2/ (the REST route's part for them); anything else there is not theirs. */
export function findRecordOperation(
  records: ConferenceRecordsModel,
  method: string,
  path: string,
  query: Record<string, string>,
): { api: string; run: () => unknown } | undefined {
  if (!path.startsWith('conferenceRecords')) return undefined;
  const where = `${method} /v2/${path}`;
  if (method !== 'GET') throw new MeetNotModelled(`Meet REST ${where} (conference records are read-only)`);
  const only = (allowed: string[]) => {
    for (const key of Object.keys(query)) if (!allowed.includes(key)) throw new MeetNotModelled(`query parameter "${key}" on ${where}`);
    return query as PageQuery;
  };
  const paging = ['pageSize', 'pageToken'];
  if (path === 'conferenceRecords') {
    const q = only([...paging, 'filter']);
    return { api: RECORD_API.list, run: () => records.list(q) };
  }
  if (/^conferenceRecords\/[^/]+$/.test(path)) {
    only([]);
    return { api: RECORD_API.get, run: () => records.get(path) };
  }
  const child = /^(conferenceRecords\/[^/]+)\/(participants|recordings|transcripts|smartNotes)$/.exec(path);
  if (child) {
    const q = only([...paging, ...(child[2] === 'participants' ? ['filter'] : [])]);
    const parent = child[1]!;
    switch (child[2]) {
      case 'participants':
        return { api: RECORD_API.participants, run: () => records.listParticipants(parent, q) };
      case 'recordings':
        return { api: RECORD_API.recordings, run: () => records.listRecordings(parent, q) };
      case 'transcripts':
        return { api: RECORD_API.transcripts, run: () => records.listTranscripts(parent, q) };
      default:
        return { api: RECORD_API.smartNotes, run: () => records.listSmartNotes(parent, q) };
    }
  }
  const sessions = /^(conferenceRecords\/[^/]+\/participants\/[^/]+)\/participantSessions$/.exec(path);
  if (sessions) {
    const q = only([...paging, 'filter']);
    return { api: RECORD_API.sessions, run: () => records.listSessions(sessions[1]!, q) };
  }
  throw new MeetNotModelled(`Meet REST ${where}`);
}
