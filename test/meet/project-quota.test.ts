import { ScriptProject } from '../../offline/project';
import { createOfflineRuntime, WORKSPACE } from '../../offline/runtime';
import { MEET_BRAKE_SECONDS } from '../../src/meet/make-link';
import { meetEngine } from '../../src/meet/engine';
import { MEET_BRAKE_KEY, meetContext, type AppsScriptGlobals } from '../../src/platform';
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

describe('one Meet quota for every person using the add-on', () => {
  it('after a 429, everyone goes straight to Calendar for a minute: no call spent on a quota that is used up', () => {
    const team = people(14);
    useUpTheProjectQuota(team);
    const [first, ...others] = team.slice(10);

    const link = first!.click();
    expect(first!.meetCalls()).toEqual(['meet.spaces.create 429']);
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
