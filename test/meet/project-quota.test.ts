import { MEET_ERRORS } from '../../offline/meet/model';
import { ScriptProject } from '../../offline/project';
import { createOfflineRuntime, WORKSPACE } from '../../offline/runtime';
import { GoogleApiError } from '../../src/meet/google-api-error';
import { MEET_BRAKE_SECONDS, quotaLimitOf } from '../../src/meet/make-link';
import { meetEngine } from '../../src/meet/engine';
import { MEET_BRAKE_KEY, MEET_USER_BRAKE_KEY, meetContext, type AppsScriptGlobals } from '../../src/platform';
import { markDailySweepDone } from '../support/daily-sweep';

/**
 * Meet's spaces.create allows 100 calls a minute per Cloud project, shared by every person using the add-on
 * (developers.google.com/meet/api/guides/limits). Several people, each with their own Calendar, properties and
 * lock, share one deployment: its script cache and its quota, on one simulated clock.
 */
function people(count: number, project = new ScriptProject()) {
  return Array.from({ length: count }, (_, i) => {
    const runtime = createOfflineRuntime({ project, account: { ...WORKSPACE, email: `person${i}@example.com` } });
    markDailySweepDone(runtime);
    const globals = runtime.globals as unknown as AppsScriptGlobals;
    return {
      runtime,
      /** One click on "Create Meet link": a fresh engine, as each action gets. */
      click: () => meetEngine(meetContext(globals)).createLink(),
      meetCalls: () => runtime.log.of('meet.').map((c) => `${c.api} ${c.status}`),
    };
  });
}

/** Ten people making ten links each in one minute use up the project's 100. */
function useUpTheProjectQuota(team: ReturnType<typeof people>) {
  for (const person of team.slice(0, 10)) for (let i = 0; i < 10; i++) person.click();
}

describe('one person’s own limit brakes that person alone', () => {
  it('the 11th link in a minute comes from Calendar for that person; colleagues keep making Meet spaces', () => {
    const project = new ScriptProject();
    const [heavy, ...colleagues] = people(6, project);
    for (let i = 0; i < 10; i++) heavy!.click();
    const eleventh = heavy!.click();
    expect(heavy!.meetCalls().slice(-1)).toEqual(['meet.spaces.create 429']);
    expect(eleventh.space).toBeUndefined();
    expect(eleventh.url).toMatch(/^https:\/\/meet\.google\.com\//);
    // The person's brake is in their own user cache; the project's script cache has none.
    expect(heavy!.runtime.userCache.get(MEET_USER_BRAKE_KEY)).not.toBeNull();
    expect(project.scriptCache.get(MEET_BRAKE_KEY)).toBeNull();
    for (const person of colleagues) {
      expect(person.click().space?.name).toMatch(/^spaces\//);
      expect(person.meetCalls()).toEqual(['meet.spaces.create 200']);
    }
    // For the rest of the minute the heavy user spends no call on a limit that is used up.
    heavy!.runtime.log.clear();
    heavy!.click();
    expect(heavy!.meetCalls()).toEqual([]);
    project.clock.advance(MEET_BRAKE_SECONDS * 1000);
    expect(heavy!.click().space?.name).toMatch(/^spaces\//);
  });

  it('a 429 whose words name no limit brakes the person alone (a project brake on a guess would stop everyone)', () => {
    const project = new ScriptProject();
    const [first, second] = people(2, project);
    first!.runtime.faults.inject({ api: 'meet.spaces.create', error: MEET_ERRORS.unnamedRateLimited });
    expect(first!.click().space).toBeUndefined();
    expect(project.scriptCache.get(MEET_BRAKE_KEY)).toBeNull();
    expect(first!.runtime.userCache.get(MEET_USER_BRAKE_KEY)).not.toBeNull();
    expect(second!.click().space?.name).toMatch(/^spaces\//);
  });

  it('reads the limit from the words Google’s quota errors use', () => {
    const limit = (message: string) => quotaLimitOf(new GoogleApiError(429, 'RESOURCE_EXHAUSTED', message));
    expect(limit(MEET_ERRORS.userRateLimited.message)).toBe('user');
    expect(limit(MEET_ERRORS.projectRateLimited.message)).toBe('project');
    expect(limit(MEET_ERRORS.unnamedRateLimited.message)).toBe('unknown');
    expect(limit('')).toBe('unknown');
  });
});

describe('one Meet quota for every person using the add-on', () => {
  it('after a 429, everyone goes straight to Calendar for a minute: no call spent on a quota that is used up', () => {
    const team = people(14);
    useUpTheProjectQuota(team);
    const [first, ...others] = team.slice(10);

    const link = first!.click();
    expect(first!.meetCalls()).toEqual(['meet.spaces.create 429']);
    expect(first!.runtime.log.of('meet.')[0]!.reason).toBe('RESOURCE_EXHAUSTED');
    expect(link.space).toBeUndefined(); // a Calendar link, made in the same click
    expect(first!.runtime.log.of('calendar.').map((c) => c.api)).toEqual(['calendar.events.insert', 'calendar.events.delete']);

    for (const person of others) {
      const made = person.click();
      expect(made.url).toMatch(/^https:\/\/meet\.google\.com\//);
      expect(person.meetCalls()).toEqual([]);
    }
  });

  it('the Meet API is tried again once the brake has run out', () => {
    const team = people(12);
    useUpTheProjectQuota(team);
    team[10]!.click();
    team[0]!.runtime.clock.advance(MEET_BRAKE_SECONDS * 1000);

    const link = team[11]!.click();
    expect(team[11]!.meetCalls()).toEqual(['meet.spaces.create 200']);
    expect(link.space?.name).toMatch(/^spaces\//);
  });

  it('the brake lives in the script cache, not in anyone’s user properties, and expires by itself', () => {
    const project = new ScriptProject();
    const team = people(11, project);
    useUpTheProjectQuota(team);
    team[10]!.click();

    expect(project.scriptCache.get(MEET_BRAKE_KEY)).not.toBeNull();
    expect(Object.keys(team[10]!.runtime.services.userProperties.getProperties())).not.toContain(MEET_BRAKE_KEY);
    project.clock.advance(MEET_BRAKE_SECONDS * 1000);
    expect(project.scriptCache.get(MEET_BRAKE_KEY)).toBeNull();
  });

  it('a cache that dropped the brake early costs one Meet call, never a failed link', () => {
    const project = new ScriptProject();
    const team = people(12, project);
    useUpTheProjectQuota(team);
    team[10]!.click();
    project.scriptCache.evictAll();

    const link = team[11]!.click();
    expect(team[11]!.meetCalls()).toEqual(['meet.spaces.create 429']);
    expect(link.url).toMatch(/^https:\/\/meet\.google\.com\//);
  });
});
