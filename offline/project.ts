import { FakeScriptCache } from './cache';
import { VirtualClock } from './clock';

/**
 * What every person using one deployment shares: the script's cache (CacheService.getScriptCache(), one per
 * script) and the Cloud project's per-minute quotas ("Quotas are per Cloud project, shared by all users":
 * developers.google.com/meet/api/guides/limits), on one simulated clock. One offline runtime is one person
 * (their Calendar, user properties and user lock); several runtimes made with the same project are several
 * people on one deployment.
 */
export class ScriptProject {
  readonly clock: VirtualClock;
  readonly scriptCache: FakeScriptCache;
  /** spaces.create times of every person, for the per-project minute quota (offline/meet/model.ts). */
  readonly meetCreates: number[] = [];
  /** Meet read and write request times of every person ("Read requests", "Write requests": the same limits page). */
  readonly meetReads: number[] = [];
  readonly meetWrites: number[] = [];

  constructor(clock = new VirtualClock()) {
    this.clock = clock;
    this.scriptCache = new FakeScriptCache(clock);
  }
}
