import { CACHE_EXPIRATION_MAX_S, type FakeScriptCache } from '../../offline/cache';
import { ScriptProject } from '../../offline/project';
import { createOfflineRuntime } from '../../offline/runtime';
import { allowNotModelled } from '../support/harness';

/** CacheService.getScriptCache(), as developers.google.com/apps-script/reference/cache/cache documents it. */
describe('offline CacheService: one script cache shared by every person', () => {
  const cacheOf = (runtime: ReturnType<typeof createOfflineRuntime>) =>
    (runtime.globals.CacheService as { getScriptCache(): GoogleAppsScript.Cache.Cache }).getScriptCache();

  it('what one person puts, another reads, until it expires on the simulated clock', () => {
    const project = new ScriptProject();
    const ada = cacheOf(createOfflineRuntime({ project, account: { email: 'ada@gmail.com' } }));
    const grace = cacheOf(createOfflineRuntime({ project, account: { email: 'grace@example.com' } }));
    ada.put('k', 'v', 60);
    expect(grace.get('k')).toBe('v');
    project.clock.advance(59_999);
    expect(grace.get('k')).toBe('v');
    project.clock.advance(1);
    expect(grace.get('k')).toBeNull();
  });

  it('without an expiration an item stays 10 minutes', () => {
    const runtime = createOfflineRuntime();
    cacheOf(runtime).put('k', 'v');
    runtime.clock.advance(600_000);
    expect(cacheOf(runtime).get('k')).toBeNull();
  });

  it('keys of at most 250 characters, values of at most 100 KB, expirations of 1 to 21600 s', () => {
    const cache = cacheOf(createOfflineRuntime());
    expect(() => cache.put('k'.repeat(251), 'v', 60)).toThrow(/key/);
    expect(() => cache.get('k'.repeat(251))).toThrow(/key/);
    expect(() => cache.put('k', 'x'.repeat(100 * 1024 + 1), 60)).toThrow(/value/);
    expect(() => cache.put('k', 'v', 1.5)).toThrow(/expiration/);
    cache.put('k'.repeat(250), 'x'.repeat(100 * 1024), CACHE_EXPIRATION_MAX_S);
    cache.put('short', 'v', 1);
  });

  it('an expiration outside 1 to 21600 s is not modelled: Apps Script does not say whether it refuses or clamps it', () => {
    allowNotModelled();
    const cache = cacheOf(createOfflineRuntime());
    expect(() => cache.put('k', 'v', CACHE_EXPIRATION_MAX_S + 1)).toThrow(/not modelled/);
    expect(() => cache.put('k', 'v', 0)).toThrow(/not modelled/);
  });

  it('an item put for the longest time, 21600 s, is there just before and gone at 6 hours', () => {
    const runtime = createOfflineRuntime();
    cacheOf(runtime).put('k', 'v', CACHE_EXPIRATION_MAX_S);
    runtime.clock.advance(CACHE_EXPIRATION_MAX_S * 1000 - 1);
    expect(cacheOf(runtime).get('k')).toBe('v');
    runtime.clock.advance(1);
    expect(cacheOf(runtime).get('k')).toBeNull();
  });

  it('each person has their own user cache on one deployment; the document cache is not modelled', () => {
    allowNotModelled();
    const project = new ScriptProject();
    const [ada, ben] = ['ada@example.com', 'ben@example.com'].map((email) => createOfflineRuntime({ project, account: { email } }));
    const userCache = (r: ReturnType<typeof createOfflineRuntime>) => (r.globals.CacheService as { getUserCache(): FakeScriptCache }).getUserCache();
    userCache(ada!).put('k', 'ada', 60);
    expect(userCache(ada!).get('k')).toBe('ada');
    expect(userCache(ben!).get('k')).toBeNull();
    const service = ada!.globals.CacheService as Record<string, () => unknown>;
    expect(() => service.getDocumentCache!()).toThrow(/not modelled/);
  });
});
