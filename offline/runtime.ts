import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ApiEnv } from './api-env';
import { createAdvancedCalendar } from './calendar/advanced-service';
import { CalendarModel, type CalendarModelOptions } from './calendar/model';
import { calendarRestRoute } from './calendar/rest';
import { MeetModel, type MeetModelOptions } from './meet/model';
import { meetRestRoute } from './meet/rest';
import { ConferenceRecordsModel, type ConferenceRecordsOptions } from './meet/conference-records';
import { createCardService } from './card-service';
import { createAddOnsResponseService } from './studio/add-ons-response-service';
import { CallLog } from './call-log';
import type { VirtualClock } from './clock';
import { createCacheService, FakeScriptCache } from './cache';
import { ScriptProject } from './project';
import { Faults } from './faults';
import { seededRandom } from './random';
import { createServices, type Account } from './services';
import { AfterWorkFaults } from './calendar/after-work-faults';
import { ReplicationLag } from './calendar/replication-lag';
import { Executions } from './executions';
import { Interleaver } from './interleave';
import { createLockService, UserLockState } from './lock';
import { FakeUrlFetchApp } from './url-fetch';
import { createGmailApp } from './gmail/gmail-app';
import {
  activeUser,
  AUTHORIZATION_STATUS,
  Consent,
  type ConsentOptions,
  getAuthorizationInfo,
  requireAllScopes,
  requireScopes,
} from './authorization';
import { GmailModel } from './gmail/model';

/**
 * The offline Apps Script runtime: every global MeetLink's bundle uses, backed by honest fakes of Google,
 * plus the handles tests and the local preview use to look inside and to inject faults.
 */
export interface RuntimeOptions {
  account?: Partial<Account>;
  /** Google's simulated latency per API call, in ms. */
  latencyMs?: number;
  /**
   * Latency per API, by the call log's name or a prefix (`gmail.`, `calendar.events.insert`, `meet.`), in ms; the
   * longest matching prefix wins, and `latencyMs` holds for the rest. A slow Gmail with a quicker Calendar, say.
   */
  apiLatencyMs?: Record<string, number>;
  seed?: number;
  /** Whether the Advanced service drops null fields before sending (unconfirmed for the real one). */
  advancedServiceDropsNulls?: boolean;
  calendar?: Partial<CalendarModelOptions>;
  /** The offline Meet REST API (Workspace accounts only). */
  meet?: Partial<MeetModelOptions>;
  /** The offline Meet conference records: the account's edition, and the unconfirmed answers (offline/meet/conference-records.ts). */
  conferenceRecords?: Partial<ConferenceRecordsOptions>;
  /** The manifest whose urlFetchWhitelist UrlFetchApp enforces; appsscript.json by default. */
  manifest?: Manifest;
  /**
   * The deployment this person uses (offline/project.ts): its clock, script cache and per-project quotas.
   * Several runtimes given one project are several people sharing them; without it, a project of one.
   */
  project?: ScriptProject;
  /** What Google does around the consent screen where it publishes nothing (offline/authorization.ts). */
  consent?: Partial<ConsentOptions>;
}

export interface Manifest {
  urlFetchWhitelist?: string[];
  oauthScopes?: string[];
  addOns: Record<string, any>;
  [key: string]: unknown;
}

export const CONSUMER: Account = { email: 'ada@gmail.com', kind: 'consumer', timeZone: 'Europe/London', locale: 'en' };
export const WORKSPACE: Account = { email: 'grace@example.com', kind: 'workspace', timeZone: 'America/New_York', locale: 'en' };

export function readManifest(path = join(__dirname, '..', 'appsscript.json')): Manifest {
  return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
}

export type OfflineRuntime = ReturnType<typeof createOfflineRuntime>;

export function createOfflineRuntime(options: RuntimeOptions = {}) {
  const manifest = options.manifest ?? readManifest();
  const project = options.project ?? new ScriptProject();
  const clock = project.clock;
  const log = new CallLog();
  const faults = new Faults();
  const random = seededRandom(options.seed ?? 20261122);
  const settings = {
    account: { ...CONSUMER, ...options.account } as Account,
    latencyMs: options.latencyMs ?? 0,
    apiLatencyMs: { ...options.apiLatencyMs } as Record<string, number>,
    advancedServiceDropsNulls: options.advancedServiceDropsNulls ?? false,
  };
  const latencyOf = (api: string): number => {
    const prefix = Object.keys(settings.apiLatencyMs)
      .filter((p) => api.startsWith(p))
      .sort((a, b) => b.length - a.length)[0];
    return prefix === undefined ? settings.latencyMs : settings.apiLatencyMs[prefix]!;
  };
  // What the person granted on the consent screen (all of the manifest's scopes until a test or the preview unticks one).
  const consent = new Consent(() => manifest.oauthScopes ?? [], options.consent);
  const scopes = () => consent.granted();
  const env: ApiEnv = { clock, log, faults, latency: latencyOf, account: () => settings.account, random, scopes };
  const calendar = new CalendarModel(env, options.calendar);
  const urlFetch = new FakeUrlFetchApp(() => manifest.urlFetchWhitelist ?? [], scopes);
  urlFetch.route(calendarRestRoute(calendar));
  const meet = new MeetModel(env, calendar, options.meet, project);
  const conferenceRecords = new ConferenceRecordsModel(env, meet, options.conferenceRecords);
  urlFetch.route(meetRestRoute(meet, scopes, conferenceRecords));
  const services = createServices(
    clock,
    () => settings.account,
    random,
    () => {
      // The manifest's timeZone; a manifest without one is not modelled (Apps Script always writes one).
      if (typeof manifest.timeZone !== 'string') throw new Error('offline: the manifest has no timeZone');
      return manifest.timeZone;
    },
  );
  // The person's mailbox; GmailApp checks its scopes against the manifest's oauthScopes.
  const gmail = new GmailModel(env);
  // This person's own cache (CacheService.getUserCache), on the project's clock.
  const userCache = new FakeScriptCache(clock);
  // Several executions of one user share this Calendar, these user properties and one user lock.
  const executions = new Executions(clock);
  const userLock = new UserLockState(executions, clock);
  // The interleaver watches the writes of the person the runtime starts as (tests interleave one person's executions).
  const interleave = new Interleaver(log, services.userProperties);
  const replicationLag = new ReplicationLag(calendar, clock);
  const afterWorkFaults = new AfterWorkFaults(calendar, env);
  const globals: Record<string, unknown> = {
    ...services.globals,
    LockService: createLockService(userLock, executions),
    CacheService: createCacheService(project.scriptCache, userCache),
    CardService: createCardService(),
    // Google Workspace Studio steps answer with it (offline/studio/).
    AddOnsResponseService: createAddOnsResponseService(),
    Calendar: createAdvancedCalendar(calendar, { dropsNulls: () => settings.advancedServiceDropsNulls }),
    UrlFetchApp: urlFetch,
    GmailApp: createGmailApp(gmail, scopes),
    Date: virtualDate(clock),
    Math: seededMath(seededRandom((options.seed ?? 20261122) ^ 0x5eed)),
  };
  const scriptApp = services.globals.ScriptApp;
  globals.ScriptApp = {
    ...scriptApp,
    AuthorizationStatus: AUTHORIZATION_STATUS,
    getAuthorizationInfo: getAuthorizationInfo(consent),
    requireScopes: requireScopes(consent),
    requireAllScopes: requireAllScopes(consent),
  };
  // The person's address needs userinfo.email (offline/authorization.ts, activeUser).
  const session = services.globals.Session;
  globals.Session = { ...session, getActiveUser: activeUser(consent, () => settings.account.email) };
  return {
    manifest,
    project,
    consent,
    clock,
    log,
    faults,
    env,
    calendar,
    meet,
    conferenceRecords,
    gmail,
    urlFetch,
    services,
    settings,
    userCache,
    globals,
    executions,
    userLock,
    interleave,
    replicationLag,
    afterWorkFaults,
  };
}

/**
 * The script's Math with a seeded random, a stream of its own (the fakes' ids and codes draw from another): the
 * add-on's backoff jitter is the same on every run, so a test on the simulated clock passes or fails for what the
 * code does, never by chance. Everything else is the real Math.
 */
function seededMath(random: () => number): Math {
  return Object.assign(Object.create(Math) as Math, { random });
}

/** A Date whose "now" is the simulated clock, so the add-on's deadlines count simulated time. */
function virtualDate(clock: VirtualClock): DateConstructor {
  class OfflineDate extends Date {
    constructor(...args: ConstructorParameters<DateConstructor> | []) {
      if (args.length === 0) super(clock.now());
      else super(...(args as [string | number | Date]));
    }
    static now(): number {
      return clock.now();
    }
  }
  return OfflineDate as unknown as DateConstructor;
}
