import { fail, runCall, type ApiEnv } from '../api-env';
import type { CalendarModel } from '../calendar/model';
import { editionHas } from '../editions';
import type { ScriptProject } from '../project';
import type { GoogleError } from '../google-errors';
import { NotModelledError } from '../not-modelled';
import { SCOPE } from '../scopes';
import {
  ARTIFACT_PATHS,
  cloneConfig,
  defaultConfig,
  getLeaf,
  leavesUnder,
  readSentConfig,
  setLeaf,
  type AccessType,
  type Artifact,
  type SpaceConfigJson,
} from './config';

export type { AccessType, Artifact, EntryPointAccess } from './config';

/**
 * The offline Google Meet REST API v2, `spaces` resource: create, get (by `spaces/{space}` or the
 * `spaces/{meetingCode}` alias), patch and endActiveConference, as an app holding only the
 * `meetings.space.created` scope sees them. The REST route (rest.ts) is a thin adapter over it.
 *
 * Sources, cited next to each rule:
 * - "reference": developers.google.com/meet/api/reference/rest/v2/spaces (resource) and its methods
 *   spaces/create, spaces/get, spaces/patch, spaces/endActiveConference;
 * - "overview": developers.google.com/workspace/meet/api/guides/meeting-spaces-overview (how a space is named,
 *   and which meeting role may call which method), summarised in docs/google-behaviour.md;
 * - "limits": developers.google.com/meet/api/guides/limits;
 * - "editions": offline/editions.ts (which Workspace edition has co-hosts and which auto artifacts);
 * - docs/google-behaviour.md, "Meet REST API".
 * Anything Google does not publish throws MeetNotModelled instead of guessing kindly.
 */

/** What the API answers for a space (reference, "Resource: Space"). */
export interface SpaceJson {
  name: string;
  meetingUri: string;
  meetingCode: string;
  config?: SpaceConfigJson;
  activeConference?: { conferenceRecord: string };
}

/** A member (spaces.members reference, "Resource: Member"): `spaces/{space}/members/{member}`, email, role. */
export interface MemberJson {
  name: string;
  email: string;
  role: 'COHOST' | 'ROLE_UNSPECIFIED';
}

export interface MeetModelOptions {
  /**
   * SpaceConfig.accessType "Default: The user's default access settings. Controlled by the user's admin for
   * enterprise users or RESTRICTED." (reference). What a given domain's admin chose is not knowable: TRUSTED
   * here, configurable.
   */
  defaultAccessType: AccessType;
  /**
   * Artifacts the person's admin turned off, in an edition that has them (an edition's own lack is
   * offline/editions.ts, read from `Account.edition`). Google says auto artifacts are subject to the edition and
   * the admin's settings (configuration guide) but does not publish its answer when they are not: see
   * `artifactRefusal`.
   */
  refusedArtifacts: Artifact[];
  /**
   * *Unconfirmed*: how a create or patch that turns on an artifact the edition or admin does not allow is
   * answered. Google publishes nothing, so each plausible shape is an option and MeetLink must be right under all:
   * the call refused with a documented google.rpc error (403 PERMISSION_DENIED, 400 FAILED_PRECONDITION:
   * google/rpc/code.proto); or the call accepted with that field OFF in the answer (`answeredOff`); or accepted
   * and the answer echoing it ON while the space keeps it OFF, which only a later read shows (`echoedOn`).
   */
  artifactRefusal: 'permissionDenied' | 'failedPrecondition' | 'answeredOff' | 'echoedOn';
  /**
   * *Unconfirmed*: how spaces.members.create answers a COHOST on an edition without co-hosts (Business Starter,
   * Frontline, Nonprofits: offline/editions.ts). Not published: 403 PERMISSION_DENIED, 400 FAILED_PRECONDITION, or
   * 400 INVALID_ARGUMENT with google.rpc's generic words (naming no address); every address is refused alike.
   */
  cohostRefusal: 'permissionDenied' | 'failedPrecondition' | 'invalidArgument';
  /**
   * *Unconfirmed*: a COHOST on a space whose moderation is OFF. "When the moderation mode is on, the meeting owner
   * has more control over the meeting with features such as co-host management" (SpaceConfig.Moderation), and Meet
   * Help adds co-hosts "using Host Management" (10885841); what the API answers without it is not published:
   * refused (400 FAILED_PRECONDITION), accepted as it is, or accepted with moderation switched on. MeetLink turns
   * moderation on first, so it meets none of them; the deployer's self-check reports Google's answer.
   */
  cohostWithoutModeration: 'failedPrecondition' | 'accepted' | 'moderationTurnedOn';
}

interface StoredSpace {
  /** The server-generated, case-sensitive id: `spaces/{id}`. */
  id: string;
  code: string;
  config: SpaceConfigJson;
  /** Whether this app created it (spaces.create); spaces made by Google Calendar are not. */
  appMade: boolean;
  /** The space's owner: who created it through this app, or the organizer of the Calendar event that made it. */
  owner?: string;
  conferenceRecord?: string;
  members: MemberJson[];
}

/** Thrown for anything this fake does not model: a loud failure beats a kind guess. */
export class MeetNotModelled extends NotModelledError {
  constructor(what: string) {
    super(`Offline Meet REST: ${what} is not modelled (offline/meet/model.ts). Google's behaviour there is unknown to the fake.`);
  }
}

// ---------------------------------------------------------------------------------------------------------
// Errors, google.rpc style: {error: {code, message, status}} (reference, "google.rpc.Status"; the HTTP mapping
// of each canonical code is in google/rpc/code.proto). `reason` carries the status name, for the call log.

const rpc = (code: number, status: string, message: string): GoogleError => ({
  code,
  status,
  reason: status,
  domain: 'meet.googleapis.com',
  message,
});

/** A Cloud project number for the quota errors' "for consumer" part: any 12 digits. */
const PROJECT_NUMBER = '424242424242';

function quota(metric: string, limit: string): GoogleError {
  return rpc(
    429,
    'RESOURCE_EXHAUSTED',
    `Quota exceeded for quota metric '${metric}' and limit '${limit}' of service 'meet.googleapis.com' for consumer 'project_number:${PROJECT_NUMBER}'.`,
  );
}

export const MEET_ERRORS = {
  /** The generic google.rpc message, as Meet answers an account or a space the caller may not use. */
  permissionDenied: rpc(403, 'PERMISSION_DENIED', 'The caller does not have permission'),
  notFound: rpc(404, 'NOT_FOUND', 'Requested entity was not found.'),
  /**
   * A name or meeting code that names no space the caller may see: users report 403 "Permission denied on
   * resource Space (or it might not exist)." rather than 404 (issue 10; the same google.rpc wording as other
   * Google APIs' "Permission denied on resource X (or it might not exist)").
   */
  unknownSpace: rpc(403, 'PERMISSION_DENIED', 'Permission denied on resource Space (or it might not exist).'),
  /**
   * "If you exceed a quota, you'll generally receive a 429: Too many requests" (limits). The words are
   * *unconfirmed*: Google's quota errors name the metric and the limit the way the Cloud console lists them
   * ("Quota exceeded for quota metric 'Queries' and limit 'Queries per minute per user' of service
   * 'gmail.googleapis.com' for consumer 'project_number:…'.", as users report for Gmail, Logging and Cloud KMS),
   * and the Meet limits page names "Reduced write requests" per minute per project and per user per project.
   */
  userRateLimited: quota('Reduced write requests', 'Reduced write requests per minute per user'),
  projectRateLimited: quota('Reduced write requests', 'Reduced write requests per minute'),
  /** google.rpc's generic RESOURCE_EXHAUSTED words, naming no limit (as other Google APIs answer some 429s). */
  unnamedRateLimited: rpc(429, 'RESOURCE_EXHAUSTED', 'Resource has been exhausted (e.g. check quota).'),
  userReadsLimited: quota('Read requests', 'Read requests per minute per user'),
  projectReadsLimited: quota('Read requests', 'Read requests per minute'),
  userWritesLimited: quota('Write requests', 'Write requests per minute per user'),
  projectWritesLimited: quota('Write requests', 'Write requests per minute'),
  unauthenticated: rpc(
    401,
    'UNAUTHENTICATED',
    'Request is missing required authentication credential. Expected OAuth 2 access token, login cookie or other valid authentication credential.',
  ),
  invalidArgument: (message: string) => rpc(400, 'INVALID_ARGUMENT', message),
  /** google.rpc FAILED_PRECONDITION, HTTP 400 (google/rpc/code.proto): one documented shape of "not allowed here". */
  failedPrecondition: rpc(400, 'FAILED_PRECONDITION', 'Precondition check failed.'),
  internal: rpc(500, 'INTERNAL', 'Internal error encountered.'),
  unavailable: rpc(503, 'UNAVAILABLE', 'The service is currently unavailable.'),
} as const;

const API = {
  create: 'meet.spaces.create',
  get: 'meet.spaces.get',
  patch: 'meet.spaces.patch',
  end: 'meet.spaces.endActiveConference',
  createMember: 'meet.spaces.members.create',
  listMembers: 'meet.spaces.members.list',
  deleteMember: 'meet.spaces.members.delete',
} as const;

const MINUTE_MS = 60_000;
/** "Reduced write requests (Used for spaces.create requests.)": 10 per minute per user per project, 100 per minute per project (limits). */
const CREATES_PER_USER_MINUTE = 10;
const CREATES_PER_PROJECT_MINUTE = 100;
/**
 * "Read requests": 600 per minute per user per project, 6000 per project; "Write requests": 100 and 1000 (limits).
 * "Read requests are calls to any method that retrieves data …, such as spaces.get"; "Write requests are calls to
 * any method that modifies a meeting, such as spaces.patch and spaces.endActiveConference": members.list is a
 * read, members.create and members.delete are writes here (they change who is in the meeting's roles).
 */
const LIMITS = {
  read: { user: 600, project: 6000, errors: ['userReadsLimited', 'projectReadsLimited'] },
  write: { user: 100, project: 1000, errors: ['userWritesLimited', 'projectWritesLimited'] },
} as const;
/** "Some Workspace editions can use Host Management to add up to 25 co-hosts" (Meet Help 10885841). */
export const MAX_COHOSTS = 25;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export class MeetModel {
  options: MeetModelOptions;
  private readonly spaces = new Map<string, StoredSpace>();
  /** spaces.create times (simulated ms) by account, and for the whole project. */
  private readonly creates = new Map<string, number[]>();
  /** Read and write request times by account (the per-project ones are the project's). */
  private readonly requests = { read: new Map<string, number[]>(), write: new Map<string, number[]>() };
  private readonly projectCreates: number[];
  private readonly projectRequests: { read: number[]; write: number[] };
  constructor(
    private readonly env: ApiEnv,
    private readonly calendar: CalendarModel,
    options: Partial<MeetModelOptions> = {},
    /** The Cloud project's request times (offline/project.ts): the per-project quotas are shared by every person. */
    project: Pick<ScriptProject, 'meetCreates' | 'meetReads' | 'meetWrites'> = { meetCreates: [], meetReads: [], meetWrites: [] },
  ) {
    this.options = {
      defaultAccessType: 'TRUSTED',
      refusedArtifacts: [],
      artifactRefusal: 'permissionDenied',
      cohostRefusal: 'permissionDenied',
      cohostWithoutModeration: 'failedPrecondition',
      ...options,
    };
    this.projectCreates = project.meetCreates;
    this.projectRequests = { read: project.meetReads, write: project.meetWrites };
  }

  // ----- setup and inspection (not logged) -------------------------------------------------------------

  /**
   * Starts a conference in a space (someone joined it): tests and the preview. Any space the Meet API knows,
   * app-made or Calendar-made. "Only one active conference can be held in one space at any time" (overview).
   */
  startConference(nameOrCode: string): void {
    const space = this.find(nameOrCode);
    if (!space) throw new Error(`startConference: no space ${nameOrCode}`);
    space.conferenceRecord ??= `conferenceRecords/${this.randomId(20)}`;
  }

  /** Ends a space's conference as if everyone left (tests and the preview). */
  stopConference(nameOrCode: string): void {
    const space = this.find(nameOrCode);
    if (!space) throw new Error(`stopConference: no space ${nameOrCode}`);
    delete space.conferenceRecord;
  }

  /**
   * Gives a space another owner, as when an event's organizer hands it over ("If you transfer or schedule a
   * meeting on someone else's calendar, the other person could become the meeting host": Meet Help 10885841).
   * Tests and the preview; not logged.
   */
  transferSpace(nameOrCode: string, owner: string): void {
    const space = this.find(nameOrCode);
    if (!space) throw new Error(`transferSpace: no space ${nameOrCode}`);
    space.owner = owner;
  }

  /** A space as its owner would read it, without counting as a call. */
  peek(nameOrCode: string): SpaceJson | undefined {
    const space = this.find(nameOrCode);
    return space && this.render(space, true);
  }

  /** Spaces this app created, in creation order. */
  appSpaces(): SpaceJson[] {
    return [...this.spaces.values()].filter((s) => s.appMade).map((s) => this.render(s, true));
  }

  /** A space's members, without counting as a call. */
  peekMembers(nameOrCode: string): MemberJson[] {
    return [...(this.find(nameOrCode)?.members ?? [])];
  }

  /**
   * Who a space belongs to, without counting as a call: for the conference records (offline/meet/conference-records.ts),
   * whose visibility depends on the space's owner and on whether this app made it. A Calendar-made code is a space too.
   */
  spaceFacts(nameOrCode: string): { name: string; code: string; appMade: boolean; owner?: string } | undefined {
    const space = this.find(nameOrCode);
    return space && { name: `spaces/${space.id}`, code: space.code, appMade: space.appMade, ...(space.owner ? { owner: space.owner } : {}) };
  }

  /** Logs one call that Google refuses before reaching the model (a request without credentials). */
  refuse(api: string, summary: string, error: GoogleError): never {
    return runCall(this.env, { api, route: 'rest', summary }, () => fail(error));
  }

  // ----- the API ---------------------------------------------------------------------------------------

  /** spaces.create: `POST /v2/spaces` with a Space body; answers the new Space (reference). */
  create(body: unknown): SpaceJson {
    const { invalid, leaves } = checkSpaceBody(API.create, body);
    const summary = leaves.size ? `create space ${[...leaves].map(([k, v]) => `${k}=${v}`).join(' ')}` : 'create space';
    return runCall(this.env, { api: API.create, route: 'rest', summary }, () => {
      if (invalid) fail(invalid);
      this.requireWorkspace();
      this.checkCreateQuota();
      const refused = this.refusedArtifacts(leaves);
      const config = defaultConfig(this.options.defaultAccessType);
      for (const [path, value] of leaves) setLeaf(config, path, value);
      const answered = this.dropRefused(config, refused);
      const space: StoredSpace = {
        id: this.newSpaceId(),
        code: this.newMeetingCode(),
        config,
        appMade: true,
        owner: this.env.account().email,
        members: [],
      };
      this.spaces.set(space.id, space);
      this.recordCreate();
      return { status: 200, value: { ...this.render(space, true), config: answered } };
    });
  }

  /**
   * spaces.get: "you can use either spaces/{space} or the alias spaces/{meetingCode}" (overview). Everyone may
   * get a space, but "with settings" (config) only owners and "with active conference" owners and participants
   * (overview, role table); MeetLink is never a participant of another user's meeting, so others see neither.
   */
  get(name: string): SpaceJson {
    return runCall(this.env, { api: API.get, route: 'rest', summary: `get ${name}` }, () => {
      this.countRequest('read');
      const space = this.visible(name, true, 'read');
      return { status: 200, value: this.render(space, space.owner === this.env.account().email) };
    });
  }

  /**
   * spaces.patch, owners only (overview). "To update the details of a meeting space, you can only use
   * spaces/{space}" (overview). updateMask, as the current v2 discovery document (and Google's client libraries
   * generated from it) has it: "If update_mask isn't provided (not set, set with empty paths, or only has "" as
   * paths), it defaults to update all fields provided with values in the request. Using "*" as update_mask will
   * update all fields, including deleting fields not set in the request." So no mask, or an empty one, changes
   * exactly the fields sent; `*` (or `config`) returns every config field not sent to its default; a path named
   * in the mask but absent from the body is cleared too (FieldMask semantics). (The reference page once said a
   * missing mask "defaults to '*'": the older text, superseded; the self-check settles it on a real account.)
   */
  patch(name: string, body: unknown, updateMask: string | undefined): SpaceJson {
    const { invalid, leaves: sent } = checkSpaceBody(API.patch, body);
    const masked = parseMask(updateMask ?? '');
    const paths = masked.size ? masked : new Set(sent.keys());
    return runCall(
      this.env,
      {
        api: API.patch,
        route: 'rest',
        summary: `patch ${name} ${masked.size ? `updateMask=${updateMask}` : updateMask === undefined ? '(no updateMask)' : '(empty updateMask)'}`,
      },
      () => {
        if (invalid) fail(invalid);
        this.countRequest('write');
        const space = this.visible(name, false, 'settings');
        this.requireOwner(space);
        // FieldMask: every leaf a path covers takes the value sent, or its default when the body leaves it out.
        const defaults = defaultConfig(this.options.defaultAccessType);
        const next = cloneConfig(space.config);
        const changed = new Map<string, string>();
        for (const leaf of paths) {
          const value = sent.get(leaf) ?? getLeaf(defaults, leaf);
          setLeaf(next, leaf, value);
          changed.set(leaf, value);
        }
        // Refused as a whole, or the refused artifact dropped (artifactRefusal): a refusal leaves the space as it was.
        const answered = this.dropRefused(next, this.refusedArtifacts(changed));
        space.config = next;
        return { status: 200, value: { ...this.render(space, true), config: answered } };
      },
    );
  }

  /**
   * spaces.endActiveConference, owners only (overview), by spaces/{space} only. "Ends an active conference (if
   * there's one)" and "The request body must be empty"; "If successful, the response body is an empty JSON
   * object" (endActiveConference reference): ending when none is active is modelled as that same success.
   */
  endActiveConference(name: string, body: unknown): Record<string, never> {
    if (body !== undefined && !(isObject(body) && Object.keys(body).length === 0)) {
      throw new MeetNotModelled('spaces.endActiveConference with a non-empty request body');
    }
    return runCall(this.env, { api: API.end, route: 'rest', summary: `endActiveConference ${name}` }, () => {
      this.countRequest('write');
      const space = this.visible(name, false, 'created');
      this.requireOwner(space);
      delete space.conferenceRecord;
      return { status: 200, value: {} };
    });
  }

  /**
   * spaces.members.create: `POST /v2/{parent=spaces/*}/members` with a Member; "email ... is required for creating
   * the member" (spaces.members reference). Scope meetings.space.created only (members.create reference), so only
   * spaces this app made. COHOST: not on an edition without co-hosts (offline/editions.ts; the answer is
   * `cohostRefusal`, unconfirmed); on a space whose moderation is off, `cohostWithoutModeration` (unconfirmed); at
   * most 25 a meeting (Meet Help 10885841), and what Google answers a 26th is not published (throws). An email
   * already a member: not published either, throws.
   */
  createMember(parent: string, body: unknown): MemberJson {
    if (!isObject(body)) throw new MeetNotModelled('spaces.members.create with a body that is not a JSON object');
    for (const key of Object.keys(body))
      if (key !== 'email' && key !== 'role') throw new MeetNotModelled(`Member field "${key}" in spaces.members.create`);
    const role = body.role ?? 'ROLE_UNSPECIFIED';
    if (role !== 'COHOST' && role !== 'ROLE_UNSPECIFIED') throw new MeetNotModelled(`Member role ${String(role)}`);
    return runCall(this.env, { api: API.createMember, route: 'rest', summary: `create member ${parent} ${String(body.email)} ${role}` }, () => {
      this.countRequest('write');
      const space = this.visible(parent, false, 'created');
      this.requireOwner(space);
      const email = typeof body.email === 'string' ? body.email.trim() : '';
      if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) fail(MEET_ERRORS.invalidArgument('Invalid email.'));
      if (role === 'COHOST') this.admitCohost(space);
      if (space.members.some((m) => m.email.toLowerCase() === email.toLowerCase())) {
        throw new MeetNotModelled('spaces.members.create for an email that is already a member');
      }
      const member: MemberJson = { name: `spaces/${space.id}/members/${this.randomId(14)}`, email, role: role as MemberJson['role'] };
      space.members.push(member);
      return { status: 200, value: { ...member } };
    });
  }

  /**
   * spaces.members.list: "If unspecified or set to 0, at most 250 members are returned"; scopes created or readonly
   * (members.list reference). `{members: [...]}`, no nextPageToken while all fit; an empty list is `{}` (proto3 JSON
   * leaves out empty repeated fields).
   */
  listMembers(parent: string): { members?: MemberJson[] } {
    return runCall(this.env, { api: API.listMembers, route: 'rest', summary: `list members ${parent}` }, () => {
      this.countRequest('read');
      const space = this.visible(parent, false, 'read');
      this.requireOwner(space);
      if (space.members.length > 250) throw new MeetNotModelled('a member list longer than one page');
      return { status: 200, value: space.members.length ? { members: space.members.map((m) => ({ ...m })) } : {} };
    });
  }

  /** spaces.members.delete: `DELETE /v2/{name=spaces/*\/members/*}`, "an empty JSON object"; an unknown member: 404 NOT_FOUND. */
  deleteMember(name: string): Record<string, never> {
    const match = /^(spaces\/[^/]+)\/members\/([^/]+)$/.exec(name);
    if (!match) throw new MeetNotModelled(`a member name "${name}"`);
    return runCall(this.env, { api: API.deleteMember, route: 'rest', summary: `delete member ${name}` }, () => {
      this.countRequest('write');
      const space = this.visible(match[1]!, false, 'created');
      this.requireOwner(space);
      const index = space.members.findIndex((m) => m.name === name);
      if (index < 0) fail(MEET_ERRORS.notFound);
      space.members.splice(index, 1);
      return { status: 200, value: {} };
    });
  }

  // ----- rules -----------------------------------------------------------------------------------------

  /**
   * The artifacts a create or a patch turns on that the person's edition (offline/editions.ts) or admin
   * (`refusedArtifacts`) does not allow; with a refusing `artifactRefusal` the whole call is refused here
   * (configuration guide: artifacts depend on the edition and admin settings; the exact answer is not published).
   */
  private refusedArtifacts(leaves: Map<string, string>): Artifact[] {
    const edition = this.env.account().edition;
    const refused = (Object.keys(ARTIFACT_PATHS) as Artifact[]).filter(
      (artifact) =>
        leaves.get(ARTIFACT_PATHS[artifact].path) === ARTIFACT_PATHS[artifact].on &&
        (!editionHas(edition, artifact) || this.options.refusedArtifacts.includes(artifact)),
    );
    const shape = this.options.artifactRefusal;
    if (refused.length && shape === 'permissionDenied') fail(MEET_ERRORS.permissionDenied);
    if (refused.length && shape === 'failedPrecondition') fail(MEET_ERRORS.failedPrecondition);
    return refused;
  }

  /**
   * A call accepted with refused artifacts: the space keeps them off, and the answer says so (`answeredOff`) or
   * echoes them on as asked (`echoedOn`: only a later read shows them off). Answers the config to answer with.
   */
  private dropRefused(config: SpaceConfigJson, refused: Artifact[]): SpaceConfigJson {
    const answered = cloneConfig(config);
    for (const artifact of refused) {
      setLeaf(config, ARTIFACT_PATHS[artifact].path, ARTIFACT_PATHS[artifact].off);
      if (this.options.artifactRefusal === 'answeredOff') setLeaf(answered, ARTIFACT_PATHS[artifact].path, ARTIFACT_PATHS[artifact].off);
    }
    return answered;
  }

  /**
   * A COHOST member: allowed by the edition (offline/editions.ts; refused as `cohostRefusal` says, every address
   * alike), with moderation as `cohostWithoutModeration` says, and at most MAX_COHOSTS.
   */
  private admitCohost(space: StoredSpace): void {
    if (!editionHas(this.env.account().edition, 'cohosts')) {
      const shape = this.options.cohostRefusal;
      fail(
        shape === 'failedPrecondition'
          ? MEET_ERRORS.failedPrecondition
          : shape === 'invalidArgument'
            ? MEET_ERRORS.invalidArgument('Request contains an invalid argument.')
            : MEET_ERRORS.permissionDenied,
      );
    }
    if (space.config.moderation !== 'ON') {
      if (this.options.cohostWithoutModeration === 'failedPrecondition') fail(MEET_ERRORS.failedPrecondition);
      if (this.options.cohostWithoutModeration === 'moderationTurnedOn') space.config.moderation = 'ON';
    }
    if (space.members.filter((m) => m.role === 'COHOST').length >= MAX_COHOSTS) {
      throw new MeetNotModelled(`a COHOST beyond the ${MAX_COHOSTS} a meeting may have (Google does not publish its answer)`);
    }
  }

  /**
   * Free Gmail accounts cannot use the Meet REST API; Google answers PERMISSION_DENIED and names no account
   * type (docs/google-behaviour.md, "Meet REST API").
   */
  private requireWorkspace(): void {
    if (this.env.account().kind === 'consumer') fail(MEET_ERRORS.permissionDenied);
  }

  /**
   * The space a name points at, as this token may reach it. Scopes (offline/scopes.ts, each method's reference):
   * meetings.space.created covers only spaces this app created, so a space made through Calendar answers
   * PERMISSION_DENIED to it (GAM-team/GAM#1822); meetings.space.readonly reads any space, and
   * meetings.space.settings reads and changes the settings of any meeting the person owns ("Edit, and see
   * settings for all of your Google Meet calls", the scope's description in Google's client libraries).
   */
  private visible(name: string, aliasAllowed: boolean, need: 'read' | 'settings' | 'created'): StoredSpace {
    const match = /^spaces\/([^/]+)$/.exec(name);
    if (!match) throw new MeetNotModelled(`a space name "${name}" that is not spaces/{space}`);
    const byId = this.spaces.get(match[1]!);
    if (!byId && !aliasAllowed) {
      // patch and endActiveConference take spaces/{space} only (overview); what Google answers a code is unpublished.
      if (/-/.test(match[1]!)) throw new MeetNotModelled(`a spaces/{space} method called with the meeting-code alias (${name})`);
    }
    this.requireWorkspace();
    const space = byId ?? (aliasAllowed ? this.find(name) : undefined);
    if (!space) return fail(MEET_ERRORS.unknownSpace);
    if (space.appMade) return space;
    const granted = this.env.scopes();
    const reaches =
      need === 'read'
        ? granted.includes(SCOPE.meetReadonly) || granted.includes(SCOPE.meetSettings)
        : need === 'settings' && granted.includes(SCOPE.meetSettings);
    if (!reaches) return fail(MEET_ERRORS.permissionDenied);
    return space;
  }

  private requireOwner(space: StoredSpace): void {
    if (space.owner !== this.env.account().email) fail(MEET_ERRORS.permissionDenied);
  }

  /** "Reduced write requests": 10 per minute per user, 100 per minute per project, in simulated time (limits). */
  private checkCreateQuota(): void {
    const since = this.env.clock.now() - MINUTE_MS;
    const email = this.env.account().email;
    const mine = (this.creates.get(email) ?? []).filter((t) => t > since);
    this.creates.set(email, mine);
    // Pruned in place: the array is the project's, shared by every person's runtime.
    const kept = this.projectCreates.filter((t) => t > since);
    this.projectCreates.splice(0, this.projectCreates.length, ...kept);
    // Each limit answers in its own words (MEET_ERRORS, unconfirmed); the person's is checked first.
    if (mine.length >= CREATES_PER_USER_MINUTE) fail(MEET_ERRORS.userRateLimited);
    if (this.projectCreates.length >= CREATES_PER_PROJECT_MINUTE) fail(MEET_ERRORS.projectRateLimited);
  }

  /** One read or write request against its per-minute limits, per user and per project, in simulated time (limits). */
  private countRequest(kind: 'read' | 'write'): void {
    const now = this.env.clock.now();
    const since = now - MINUTE_MS;
    const email = this.env.account().email;
    const mine = (this.requests[kind].get(email) ?? []).filter((t) => t > since);
    const project = this.projectRequests[kind];
    project.splice(0, project.length, ...project.filter((t) => t > since));
    const [userError, projectError] = LIMITS[kind].errors;
    if (mine.length >= LIMITS[kind].user) fail(MEET_ERRORS[userError]);
    if (project.length >= LIMITS[kind].project) fail(MEET_ERRORS[projectError]);
    this.requests[kind].set(email, [...mine, now]);
    project.push(now);
  }

  private recordCreate(): void {
    const now = this.env.clock.now();
    const email = this.env.account().email;
    this.creates.set(email, [...(this.creates.get(email) ?? []), now]);
    this.projectCreates.push(now);
  }

  /**
   * By id ("case sensitive") or by the meeting-code alias ("non-case sensitive") (overview). A code a Calendar
   * conference got is a space too ("Spaces made by Calendar conferences exist in Meet"), not made by this app.
   */
  private find(nameOrCode: string): StoredSpace | undefined {
    const key = nameOrCode.replace(/^spaces\//, '');
    const byId = this.spaces.get(key);
    if (byId) return byId;
    const code = key.toLowerCase();
    for (const space of this.spaces.values()) if (space.code === code) return space;
    if (!this.calendar.hasMeetingCode(code)) return undefined;
    // Its owner is the organizer of the event whose conference made it (the Meet overview's "owner" of a space).
    const owner = this.calendar.meetingCodeOrganizer(code);
    const made: StoredSpace = {
      id: this.newSpaceId(),
      code,
      config: defaultConfig(this.options.defaultAccessType),
      appMade: false,
      ...(owner ? { owner } : {}),
      members: [],
    };
    this.spaces.set(made.id, made);
    return made;
  }

  /** Space JSON (reference). meetingUri: "https://meet.google.com/ followed by the meeting_code". */
  private render(space: StoredSpace, owner: boolean): SpaceJson {
    return {
      name: `spaces/${space.id}`,
      meetingUri: `https://meet.google.com/${space.code}`,
      meetingCode: space.code,
      ...(owner ? { config: cloneConfig(space.config) } : {}),
      ...(owner && space.conferenceRecord ? { activeConference: { conferenceRecord: space.conferenceRecord } } : {}),
    };
  }

  /** "a unique, server-generated ID and is case sensitive. For example, jQCFfuBOdN5z" (reference). */
  private newSpaceId(): string {
    let id: string;
    do id = this.randomId(12);
    while (this.spaces.has(id));
    return id;
  }

  private randomId(length: number): string {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
    let out = '';
    for (let i = 0; i < length; i += 1) out += alphabet[Math.floor(this.env.random() * alphabet.length)];
    return out;
  }

  /** meetingCode "Format: [a-z]+-[a-z]+-[a-z]+. For example, abc-mnop-xyz" (reference); Meet's own are 3-4-3. */
  private newMeetingCode(): string {
    const letters = (n: number) => Array.from({ length: n }, () => 'abcdefghijklmnopqrstuvwxyz'[Math.floor(this.env.random() * 26)]).join('');
    let code: string;
    do code = `${letters(3)}-${letters(4)}-${letters(3)}`;
    while (this.calendar.hasMeetingCode(code) || [...this.spaces.values()].some((s) => s.code === code));
    return code;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Request checks that need no state (thrown before the call, so they are loud whatever faults are injected).

/**
 * A Space request body: `config` (offline/meet/config.ts says which fields), and `name` in a patch (the path's
 * own value, `{space.name=spaces/*}`); the rest are output only, not modelled.
 */
function checkSpaceBody(api: string, body: unknown): { leaves: Map<string, string>; invalid?: GoogleError } {
  if (!isObject(body)) throw new MeetNotModelled(`${api} with a request body that is not a JSON object`);
  for (const key of Object.keys(body)) {
    if (key === 'config' || (key === 'name' && api === API.patch)) continue;
    throw new MeetNotModelled(`Space field "${key}" in ${api}`);
  }
  if (body.config === undefined) return { leaves: new Map() };
  return readSentConfig(body.config, api, (what) => new MeetNotModelled(what), MEET_ERRORS.invalidArgument);
}

/** updateMask: a comma-separated FieldMask (patch reference), nested paths included; paths outside the modelled ones throw. */
function parseMask(mask: string): Set<string> {
  const paths = mask
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  return new Set(paths.flatMap((path) => leavesUnder(path, (what) => new MeetNotModelled(what))));
}
