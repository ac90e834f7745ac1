import { ApiFailure, runCall, type ApiEnv } from '../api-env';
import type { CalendarModel } from '../calendar/model';
import type { GoogleError } from '../google-errors';
import { NotModelledError } from '../not-modelled';

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
 * - docs/google-behaviour.md, "Meet REST API".
 * Anything Google does not publish throws MeetNotModelled instead of guessing kindly.
 */

export type AccessType = 'OPEN' | 'TRUSTED' | 'RESTRICTED';
export type EntryPointAccess = 'ALL' | 'CREATOR_APP_ONLY';

/** What the API answers for a space (reference, "Resource: Space"). */
export interface SpaceJson {
  name: string;
  meetingUri: string;
  meetingCode: string;
  config?: { accessType: AccessType; entryPointAccess: EntryPointAccess };
  activeConference?: { conferenceRecord: string };
}

export interface MeetModelOptions {
  /**
   * SpaceConfig.accessType "Default: The user's default access settings. Controlled by the user's admin for
   * enterprise users or RESTRICTED." (reference). What a given domain's admin chose is not knowable: TRUSTED
   * here, configurable.
   */
  defaultAccessType: AccessType;
}

interface StoredSpace {
  /** The server-generated, case-sensitive id: `spaces/{id}`. */
  id: string;
  code: string;
  config: { accessType: AccessType; entryPointAccess: EntryPointAccess };
  /** The account that created it through this app; undefined for spaces made by Google Calendar. */
  owner?: string;
  conferenceRecord?: string;
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
  /** "If you exceed a quota, you'll generally receive a 429: Too many requests" (limits). Message approximate. */
  rateLimited: rpc(429, 'RESOURCE_EXHAUSTED', "Quota exceeded for quota metric 'Reduced write requests' of service 'meet.googleapis.com'."),
  unauthenticated: rpc(
    401,
    'UNAUTHENTICATED',
    'Request is missing required authentication credential. Expected OAuth 2 access token, login cookie or other valid authentication credential.',
  ),
  invalidArgument: (message: string) => rpc(400, 'INVALID_ARGUMENT', message),
  internal: rpc(500, 'INTERNAL', 'Internal error encountered.'),
  unavailable: rpc(503, 'UNAVAILABLE', 'The service is currently unavailable.'),
} as const;

const fail = (error: GoogleError): never => {
  throw new ApiFailure(error);
};

const API = {
  create: 'meet.spaces.create',
  get: 'meet.spaces.get',
  patch: 'meet.spaces.patch',
  end: 'meet.spaces.endActiveConference',
} as const;

const ACCESS_TYPES: AccessType[] = ['OPEN', 'TRUSTED', 'RESTRICTED'];
const ENTRY_POINT_ACCESS: EntryPointAccess[] = ['ALL', 'CREATOR_APP_ONLY'];
/** updateMask paths the model understands (SpaceConfig fields; `*` per the patch reference). */
const MASK_PATHS = new Set(['*', 'config', 'config.accessType', 'config.entryPointAccess']);
const MINUTE_MS = 60_000;
/** "Reduced write requests (Used for spaces.create requests.)": 10 per minute per user per project, 100 per minute per project (limits). */
const CREATES_PER_USER_MINUTE = 10;
const CREATES_PER_PROJECT_MINUTE = 100;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export class MeetModel {
  options: MeetModelOptions;
  private readonly spaces = new Map<string, StoredSpace>();
  /** spaces.create times (simulated ms) by account, and for the whole project. */
  private readonly creates = new Map<string, number[]>();
  constructor(
    private readonly env: ApiEnv,
    private readonly calendar: CalendarModel,
    options: Partial<MeetModelOptions> = {},
    /** Every person's spaces.create times in this Cloud project (offline/project.ts): the per-project quota is shared. */
    private readonly projectCreates: number[] = [],
  ) {
    this.options = { defaultAccessType: 'TRUSTED', ...options };
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

  /** A space as its owner would read it, without counting as a call. */
  peek(nameOrCode: string): SpaceJson | undefined {
    const space = this.find(nameOrCode);
    return space && this.render(space, true);
  }

  /** Spaces this app created, in creation order. */
  appSpaces(): SpaceJson[] {
    return [...this.spaces.values()].filter((s) => s.owner).map((s) => this.render(s, true));
  }

  /** Logs one call that Google refuses before reaching the model (a request without credentials). */
  refuse(api: string, summary: string, error: GoogleError): never {
    return runCall(this.env, { api, route: 'rest', summary }, () => fail(error));
  }

  // ----- the API ---------------------------------------------------------------------------------------

  /** spaces.create: `POST /v2/spaces` with a Space body; answers the new Space (reference). */
  create(body: unknown): SpaceJson {
    const { invalid, ...config } = checkSpaceBody(API.create, body);
    return runCall(this.env, { api: API.create, route: 'rest', summary: 'create space' }, () => {
      if (invalid) fail(invalid);
      this.requireWorkspace();
      this.checkCreateQuota();
      const space: StoredSpace = {
        id: this.newSpaceId(),
        code: this.newMeetingCode(),
        config: { accessType: this.options.defaultAccessType, entryPointAccess: 'ALL', ...config },
        owner: this.env.account().email,
      };
      this.spaces.set(space.id, space);
      this.recordCreate();
      return { status: 200, value: this.render(space, true) };
    });
  }

  /**
   * spaces.get: "you can use either spaces/{space} or the alias spaces/{meetingCode}" (overview). Everyone may
   * get a space, but "with settings" (config) only owners and "with active conference" owners and participants
   * (overview, role table); MeetLink is never a participant of another user's meeting, so others see neither.
   */
  get(name: string): SpaceJson {
    return runCall(this.env, { api: API.get, route: 'rest', summary: `get ${name}` }, () => {
      const space = this.visible(name, true);
      return { status: 200, value: this.render(space, space.owner === this.env.account().email) };
    });
  }

  /**
   * spaces.patch, owners only (overview). "To update the details of a meeting space, you can only use
   * spaces/{space}" (overview). updateMask: "If updateMask isn't provided, it defaults to '*' and updates all
   * fields provided in the request, including deleting fields not set in the request" (patch reference): so
   * without a mask, config fields not sent return to their defaults. A path named in the mask but absent from
   * the body is cleared too (FieldMask semantics).
   */
  patch(name: string, body: unknown, updateMask: string | undefined): SpaceJson {
    const { invalid, ...sent } = checkSpaceBody(API.patch, body);
    const paths = parseMask(updateMask);
    return runCall(
      this.env,
      { api: API.patch, route: 'rest', summary: `patch ${name} ${updateMask ? `updateMask=${updateMask}` : '(no updateMask)'}` },
      () => {
        if (invalid) fail(invalid);
        const space = this.visible(name, false);
        this.requireOwner(space);
        const defaults = { accessType: this.options.defaultAccessType, entryPointAccess: 'ALL' as EntryPointAccess };
        const whole = paths.has('*') || paths.has('config');
        if (whole) space.config = { ...defaults, ...sent };
        else {
          if (paths.has('config.accessType')) space.config.accessType = sent.accessType ?? defaults.accessType;
          if (paths.has('config.entryPointAccess')) space.config.entryPointAccess = sent.entryPointAccess ?? defaults.entryPointAccess;
        }
        return { status: 200, value: this.render(space, true) };
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
      const space = this.visible(name, false);
      this.requireOwner(space);
      delete space.conferenceRecord;
      return { status: 200, value: {} };
    });
  }

  // ----- rules -----------------------------------------------------------------------------------------

  /**
   * Free Gmail accounts cannot use the Meet REST API; Google answers PERMISSION_DENIED and names no account
   * type (docs/google-behaviour.md, "Meet REST API").
   */
  private requireWorkspace(): void {
    if (this.env.account().kind === 'consumer') fail(MEET_ERRORS.permissionDenied);
  }

  /**
   * The space a name points at, as this app may see it. The meetings.space.created scope covers only spaces
   * this app created: spaces made through Calendar answer PERMISSION_DENIED (GAM-team/GAM#1822).
   */
  private visible(name: string, aliasAllowed: boolean): StoredSpace {
    const match = /^spaces\/([^/]+)$/.exec(name);
    if (!match) throw new MeetNotModelled(`a space name "${name}" that is not spaces/{space}`);
    const byId = this.spaces.get(match[1]!);
    if (!byId && !aliasAllowed) {
      // patch and endActiveConference take spaces/{space} only (overview); what Google answers a code is unpublished.
      if (/-/.test(match[1]!)) throw new MeetNotModelled(`patch/endActiveConference by the meeting-code alias (${name})`);
    }
    this.requireWorkspace();
    const space = byId ?? (aliasAllowed ? this.find(name) : undefined);
    if (!space) return fail(MEET_ERRORS.unknownSpace);
    if (!space.owner) return fail(MEET_ERRORS.permissionDenied);
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
    if (mine.length >= CREATES_PER_USER_MINUTE || this.projectCreates.length >= CREATES_PER_PROJECT_MINUTE) fail(MEET_ERRORS.rateLimited);
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
    const made: StoredSpace = { id: this.newSpaceId(), code, config: { accessType: this.options.defaultAccessType, entryPointAccess: 'ALL' } };
    this.spaces.set(made.id, made);
    return made;
  }

  /** Space JSON (reference). meetingUri: "https://meet.google.com/ followed by the meeting_code". */
  private render(space: StoredSpace, owner: boolean): SpaceJson {
    return {
      name: `spaces/${space.id}`,
      meetingUri: `https://meet.google.com/${space.code}`,
      meetingCode: space.code,
      ...(owner ? { config: { ...space.config } } : {}),
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
 * A Space request body: only `config.accessType` and `config.entryPointAccess` are modelled. An enum value
 * outside the documented ones answers INVALID_ARGUMENT; ACCESS_TYPE_UNSPECIFIED ("Default value specified by
 * the user's organization") and other SpaceConfig fields are not modelled.
 */
type SentConfig = Partial<{ accessType: AccessType; entryPointAccess: EntryPointAccess }> & { invalid?: GoogleError };

function checkSpaceBody(api: string, body: unknown): SentConfig {
  if (!isObject(body)) throw new MeetNotModelled(`${api} with a request body that is not a JSON object`);
  for (const key of Object.keys(body)) {
    // name is the path's own value in a patch body (`{space.name=spaces/*}`); the rest are output only.
    if (key === 'config' || (key === 'name' && api === API.patch)) continue;
    throw new MeetNotModelled(`Space field "${key}" in ${api}`);
  }
  if (body.config === undefined) return {};
  if (!isObject(body.config)) throw new MeetNotModelled(`${api} with a config that is not an object`);
  const out: SentConfig = {};
  for (const [key, value] of Object.entries(body.config)) {
    if (key === 'accessType') {
      if (value === 'ACCESS_TYPE_UNSPECIFIED') throw new MeetNotModelled('accessType ACCESS_TYPE_UNSPECIFIED');
      // An enum value outside the documented ones is Google's 400 (the JSON-to-proto mapping), answered in the call.
      if (!ACCESS_TYPES.includes(value as AccessType))
        out.invalid = MEET_ERRORS.invalidArgument(`Invalid value at 'space.config.access_type' (${String(value)})`);
      else out.accessType = value as AccessType;
    } else if (key === 'entryPointAccess') {
      if (!ENTRY_POINT_ACCESS.includes(value as EntryPointAccess)) throw new MeetNotModelled(`entryPointAccess ${String(value)}`);
      out.entryPointAccess = value as EntryPointAccess;
    } else throw new MeetNotModelled(`SpaceConfig field "${key}" in ${api}`);
  }
  return out;
}

/** updateMask: a comma-separated FieldMask (patch reference); paths outside the modelled ones throw. */
function parseMask(mask: string | undefined): Set<string> {
  if (mask === undefined || mask === '') return new Set(['*']);
  const paths = new Set(mask.split(',').map((p) => p.trim()));
  for (const path of paths) if (!MASK_PATHS.has(path)) throw new MeetNotModelled(`updateMask path "${path}"`);
  return paths;
}
