import { MeetFailure } from '../../src/meet/errors';
import {
  JOURNAL_KEY,
  MARKER_SWEEP_KEY,
  SAFE_AGE_MS,
  SWEEP_BUDGET_MS,
  SWEEP_MAX_DELETES,
  sweepTemporaryEvents,
  TemporaryEventJournal,
} from '../../src/meet/temporary-event';
import { engineHarness, openAddOn, type EngineHarness } from '../support/harness';
import { failureOf } from '../support/failure';

const MEET_URL = /^https:\/\/meet\.google\.com\/[a-z]{3}-[a-z]{4}-[a-z]{3}$/;

/** A create that either gives a Meet link or fails in words; never anything else. */
function tryCreate(h: EngineHarness): { url?: string; kind?: string; left?: boolean } {
  try {
    const link = h.engine().createLink();
    return { url: link.url, left: link.temporaryEventLeft };
  } catch (error) {
    if (!(error instanceof MeetFailure)) throw error;
    return { kind: error.kind };
  }
}

/** Google recovers, the person comes back a few minutes later, and makes another link. */
function recoverAndAct(h: EngineHarness): void {
  h.runtime.faults.clear();
  h.runtime.afterWorkFaults.clear();
  h.runtime.replicationLag.enabled = false;
  h.runtime.clock.advance(SAFE_AGE_MS);
  h.engine().createLink();
}

describe('a 404 is not proof that a temporary event is gone', () => {
  /** Google's replication lag: for `lagMs` of simulated time after its insert, the event answers 404. */
  function lagging(lagMs: number, options: Parameters<typeof engineHarness>[0] = {}): EngineHarness {
    const h = engineHarness(options);
    Object.assign(h.runtime.replicationLag, { enabled: true, lagMs });
    return h;
  }

  it("a lag shorter than the delete's backoff: the delete is tried again after a wait, and the event is deleted", () => {
    const h = lagging(700);
    const link = h.engine().createLink();
    expect(link.url).toMatch(MEET_URL);
    expect(link.temporaryEventLeft).toBeUndefined();
    const calls = h.calls();
    expect(calls.slice(0, 2)).toEqual(['calendar.events.insert 200', 'calendar.events.delete 404']);
    expect(calls[calls.length - 1]).toBe('calendar.events.delete 204');
    expect(h.leftovers()).toEqual([]);
    expect(h.runtime.services.userProperties.getProperty(JOURNAL_KEY)).toBeNull();
  });

  it('a lag longer than the action can wait: every delete answers 404, the event stays journaled and the link says so', () => {
    const h = lagging(60_000);
    const link = h.engine().createLink();
    expect(link.url).toMatch(MEET_URL);
    expect(link.temporaryEventLeft).toBe(true);
    // Asked again and again within the lag, Google keeps answering 404: only time gets past it.
    const deletes = h.calls().filter((c) => c.startsWith('calendar.events.delete'));
    expect(deletes.length).toBeGreaterThan(1);
    expect(new Set(deletes)).toEqual(new Set(['calendar.events.delete 404']));
    expect(h.leftovers()).toHaveLength(1);
    expect(new TemporaryEventJournal(h.context()).entries()).toHaveLength(1);
  });

  it('the journal keeps every lagging event, and a few ordinary actions once Google answers normally remove them all', () => {
    const h = lagging(60_000);
    for (let i = 0; i < 5; i++) expect(h.engine().createLink().temporaryEventLeft).toBe(true);
    expect(h.leftovers()).toHaveLength(5);
    expect(new TemporaryEventJournal(h.context()).entries()).toHaveLength(5);
    // Google has caught up; the person comes back a few minutes later and makes links as usual.
    h.runtime.replicationLag.enabled = false;
    h.runtime.clock.advance(SAFE_AGE_MS);
    for (let i = 0; i < 2; i++) h.engine().createLink();
    expect(h.leftovers()).toEqual([]);
    expect(h.runtime.services.userProperties.getProperty(JOURNAL_KEY)).toBeNull();
  });

  it('a pending conference read answering 404 (lag) waits for the next poll, not turned into a failure', () => {
    const h = lagging(3000, { calendar: { pendingReads: 1 } });
    expect(h.engine().createLink().url).toMatch(MEET_URL);
    expect(h.runtime.log.of('calendar.events.get').some((c) => c.status === 404)).toBe(true);
    h.runtime.replicationLag.enabled = false;
    h.runtime.clock.advance(SAFE_AGE_MS);
    h.engine().createLink();
    expect(h.leftovers()).toEqual([]);
  });

  it('a delete that keeps answering 404 while the event is there is not forgotten: swept once Google recovers', () => {
    const h = engineHarness();
    h.runtime.faults.inject({ api: 'calendar.events.delete', error: 'notFound', times: 'always' });
    const link = h.engine().createLink();
    expect(link.url).toMatch(MEET_URL);
    expect(link.temporaryEventLeft).toBe(true);
    expect(h.leftovers()).toHaveLength(1);
    expect(new TemporaryEventJournal(h.context()).entries()).toHaveLength(1);

    recoverAndAct(h);
    expect(h.leftovers()).toEqual([]);
    expect(h.runtime.services.userProperties.getProperty(JOURNAL_KEY)).toBeNull();
  });

  /** One temporary event left journaled (its deletes failed), now past the safe age; Google answers again. */
  function oneOldLeftover(): { h: EngineHarness; id: string } {
    const h = engineHarness();
    h.runtime.faults.inject({ api: 'calendar.events.delete', error: 'backendError', times: 'always' });
    h.engine().createLink();
    const [left] = h.leftovers();
    h.runtime.faults.clear();
    h.runtime.clock.advance(SAFE_AGE_MS);
    h.resetLog();
    return { h, id: left!.id! };
  }
  const journaled = (h: EngineHarness) => new TemporaryEventJournal(h.context()).entries().map((e) => e.id);

  it('forgets an old entry on a 404 once one read agrees (the event was deleted by hand and purged), and makes the daily list due', () => {
    const { h, id } = oneOldLeftover();
    h.runtime.calendar.purge('primary', id);
    expect(h.runtime.services.userProperties.getProperty(MARKER_SWEEP_KEY)).not.toBeNull();
    const result = sweepTemporaryEvents(h.context());
    expect(h.calls()).toEqual(['calendar.events.delete 404', 'calendar.events.get 404']);
    expect(result.deleted).toBe(1);
    expect(journaled(h)).not.toContain(id);
    // If both answers were wrong, the list by the marker at the next action would still find it.
    expect(h.runtime.services.userProperties.getProperty(MARKER_SWEEP_KEY)).toBeNull();
    h.resetLog();
    h.engine().createLink();
    expect(h.apiNames()[0]).toBe('calendar.events.list');
  });

  it('a delete answering 404 while the event is still there: one read finds it, it stays journaled, and a later sweep deletes it', () => {
    // A delete that reaches a part of Google that has not seen the event (offline/calendar/replication-lag.ts).
    const { h, id } = oneOldLeftover();
    h.runtime.replicationLag.staleDeletes = 1;
    const result = sweepTemporaryEvents(h.context());
    expect(h.calls()).toEqual(['calendar.events.delete 404', 'calendar.events.get 200']);
    expect(result.deleted).toBe(0);
    expect(journaled(h)).toEqual([id]);
    expect(h.leftovers().map((e) => e.id)).toEqual([id]);
    // One extra call, only on a 404: the next sweep tries the delete again, and it works.
    h.resetLog();
    expect(sweepTemporaryEvents(h.context()).deleted).toBe(1);
    expect(h.calls()).toEqual(['calendar.events.delete 204']);
    expect(h.leftovers()).toEqual([]);
    expect(h.runtime.services.userProperties.getProperty(JOURNAL_KEY)).toBeNull();
  });

  it('a delete that did its work and answered 404: the read says cancelled, so it is gone', () => {
    const { h, id } = oneOldLeftover();
    h.runtime.afterWorkFaults.inject({ api: 'calendar.events.delete', answer: 'notFound' });
    expect(sweepTemporaryEvents(h.context()).deleted).toBe(1);
    expect(h.calls()).toEqual(['calendar.events.delete 404', 'calendar.events.get 200']);
    expect(journaled(h)).not.toContain(id);
    expect(h.leftovers()).toEqual([]);
  });

  it('a read after the 404 that fails, or that has no time left, keeps the entry: only an answer that agrees forgets it', () => {
    const { h, id } = oneOldLeftover();
    h.runtime.calendar.purge('primary', id);
    h.runtime.faults.inject({ api: 'calendar.events.get', error: 'backendError' });
    sweepTemporaryEvents(h.context());
    expect(h.calls()).toEqual(['calendar.events.delete 404', 'calendar.events.get 500']);
    expect(journaled(h)).toEqual([id]);
    // At 2 s a call, the read after the delete's 404 could not end within the sweep's 3 s slice: not made.
    h.runtime.settings.latencyMs = 2000;
    h.resetLog();
    sweepTemporaryEvents(h.context());
    expect(h.calls()).toEqual(['calendar.events.delete 404']);
    expect(journaled(h)).toEqual([id]);
  });
});

describe('an insert whose outcome is unknown keeps its id journaled', () => {
  it.each([
    ['a 500 after the event was made, then quotaExceeded on the retry', 'backendError', 'quotaExceeded'],
    ['a 503 after the event was made, then authError on the retry', 'serviceUnavailable', 'authError'],
    ['a 500 after the event was made, then 400 on the retry', 'backendError', 'badRequest'],
  ] as const)('%s: a plain failure, the event deleted, nothing left once Google recovers', (_name, first, then) => {
    const h = engineHarness();
    h.runtime.afterWorkFaults.inject({ api: 'calendar.events.insert', answer: first });
    h.runtime.faults.inject({ api: 'calendar.events.insert', error: then, at: 2, times: 'always' });
    const result = tryCreate(h);
    expect(result.url).toBeUndefined();
    expect(result.kind).toBeDefined();
    // The event was made by the first attempt: MeetLink deleted it in the same action.
    expect(h.leftovers()).toEqual([]);
    recoverAndAct(h);
    expect(h.leftovers()).toEqual([]);
  });

  it('the same, while deletes fail too: the event stays journaled and is swept once Google recovers', () => {
    const h = engineHarness();
    h.runtime.afterWorkFaults.inject({ api: 'calendar.events.insert', answer: 'backendError' });
    h.runtime.faults.inject({ api: 'calendar.events.insert', error: 'quotaExceeded', at: 2, times: 'always' });
    h.runtime.faults.inject({ api: 'calendar.events.delete', error: 'serviceUnavailable', times: 'always' });
    expect(tryCreate(h).kind).toBe('dailyQuota');
    expect(h.leftovers()).toHaveLength(1);
    expect(new TemporaryEventJournal(h.context()).entries()).toHaveLength(1);
    recoverAndAct(h);
    expect(h.leftovers()).toEqual([]);
  });

  it('a non-JSON platform error after the insert: retried, read back by its id (409), a link, nothing left', () => {
    const h = engineHarness();
    h.runtime.afterWorkFaults.inject({ api: 'calendar.events.insert', answer: 'platformError' });
    const result = tryCreate(h);
    expect(result.url).toMatch(MEET_URL);
    expect(h.calls()).toEqual(['calendar.events.insert 500', 'calendar.events.insert 409', 'calendar.events.get 200', 'calendar.events.delete 204']);
    expect(h.leftovers()).toEqual([]);
  });

  it('a non-JSON platform error after the insert, with every later insert refused: the event is still found', () => {
    const h = engineHarness();
    h.runtime.afterWorkFaults.inject({ api: 'calendar.events.insert', answer: 'platformError' });
    h.runtime.faults.inject({ api: 'calendar.events.insert', error: 'insufficientPermissions', at: 2, times: 'always' });
    h.runtime.faults.inject({ api: 'calendar.events.delete', error: 'backendError', times: 'always' });
    expect(tryCreate(h).url).toBeUndefined();
    expect(h.leftovers()).toHaveLength(1);
    recoverAndAct(h);
    expect(h.leftovers()).toEqual([]);
  });

  it('an insert refused for good on its only attempt made no event: its id is forgotten at once, no delete', () => {
    const h = engineHarness();
    h.runtime.faults.inject({ api: 'calendar.events.insert', error: 'quotaExceeded', times: 'always' });
    expect(tryCreate(h).kind).toBe('dailyQuota');
    expect(h.apiNames()).toEqual(['calendar.events.insert']);
    expect(h.runtime.services.userProperties.getProperty(JOURNAL_KEY)).toBeNull();
  });
});

describe('the sweep has a small slice of the action', () => {
  /** `count` temporary events left behind by deletes that failed, all old enough to sweep. */
  function withLeftovers(count: number): EngineHarness {
    const h = engineHarness({ latencyMs: 300 });
    h.runtime.faults.inject({ api: 'calendar.events.delete', error: 'serviceUnavailable', times: 'always' });
    for (let i = 0; i < count; i++) h.engine().createLink();
    expect(h.leftovers()).toHaveLength(count);
    h.runtime.clock.advance(SAFE_AGE_MS);
    return h;
  }

  it('after 20 clicks with deletes failing, every further click still answers well inside 25 s', () => {
    const h = withLeftovers(20);
    for (let i = 0; i < 5; i++) {
      const start = h.runtime.clock.now();
      expect(tryCreate(h).url).toMatch(MEET_URL);
      expect(h.runtime.clock.now() - start).toBeLessThanOrEqual(25_000);
    }
  });

  it('a sweep tries at most a few deletes within a few seconds, and the rest waits for the next actions', () => {
    const h = withLeftovers(10);
    h.resetLog();
    h.runtime.services.sleeps.length = 0;
    const start = h.runtime.clock.now();
    const result = sweepTemporaryEvents(h.context());
    // Three leftovers, each deleted and retried once after a short wait (250 ms, jittered to 125–250 ms) when the
    // wait and a call (at least 1 s, CALL_FLOOR_MS) still end within the 3 s slice. Whether the third one's retry
    // fits depends on the jitter drawn: the offline runtime seeds it, so this runs the same way every time.
    const calls = h.runtime.log.of('calendar.events.delete');
    const entries = [...new Set(calls.map((c) => c.summary))];
    expect(entries).toHaveLength(SWEEP_MAX_DELETES);
    for (const entry of entries) expect(calls.filter((c) => c.summary === entry).length).toBeGreaterThanOrEqual(1);
    for (const entry of entries) expect(calls.filter((c) => c.summary === entry).length).toBeLessThanOrEqual(2);
    const sleeps = h.runtime.services.sleeps;
    expect(sleeps).toHaveLength(calls.length - SWEEP_MAX_DELETES);
    for (const ms of sleeps) expect(ms >= 125 && ms <= 250).toBe(true);
    expect(Math.max(...calls.map((c) => c.at - start))).toBeLessThanOrEqual(SWEEP_BUDGET_MS);
    expect(h.runtime.clock.now() - start).toBe(calls.length * 300 + sleeps.reduce((a, b) => a + b, 0));
    expect(result.remaining).toBe(10);
  });

  it('the backoff jitter is seeded: the same story waits the same times on every run, and differs with the seed', () => {
    const waits = (seed?: number) => {
      const h = engineHarness({ latencyMs: 300, ...(seed === undefined ? {} : { seed }) });
      h.runtime.faults.inject({ api: 'calendar.events.insert', error: 'backendError', times: 3 });
      h.engine().createLink();
      return [...h.runtime.services.sleeps];
    };
    expect(waits()).toHaveLength(3);
    expect(waits()).toEqual(waits());
    expect(waits(7)).not.toEqual(waits());
    // The built bundle, run by the simulated host, draws from the same seeded Math.
    const bundleWaits = () => {
      const { host, runtime } = openAddOn({ latencyMs: 300 });
      runtime.faults.inject({ api: 'calendar.events.insert', error: 'backendError', times: 3 });
      host.homepage('GMAIL').click('Create Meet link');
      return [...runtime.services.sleeps];
    };
    expect(bundleWaits()).toHaveLength(3);
    expect(bundleWaits()).toEqual(bundleWaits());
  });

  it('at 2 s a call, every call of the sweep ends within its 3 s slice (a call starts only if it can end in time)', () => {
    const h = withLeftovers(10);
    h.runtime.settings.latencyMs = 2000;
    h.resetLog();
    const start = h.runtime.clock.now();
    sweepTemporaryEvents(h.context());
    const ends = h.runtime.log.calls.map((c) => c.at - start);
    expect(ends.length).toBeGreaterThan(0);
    expect(Math.max(...ends)).toBeLessThanOrEqual(3000);
    expect(h.runtime.clock.now() - start).toBeLessThanOrEqual(3000);
  });

  it('once Google recovers, the leftovers are gone after a few actions, a few at a time', () => {
    const h = withLeftovers(9);
    h.runtime.faults.clear();
    for (let i = 0; i < 4 && h.leftovers().length; i++) h.engine().createLink();
    expect(h.leftovers()).toEqual([]);
    expect(h.runtime.services.userProperties.getProperty(JOURNAL_KEY)).toBeNull();
  });

  it('never touches an event younger than two minutes (another action may still be waiting on it)', () => {
    const h = engineHarness();
    h.runtime.faults.inject({ api: 'calendar.events.delete', error: 'backendError', times: 'always' });
    h.engine().createLink();
    h.runtime.faults.clear();
    h.runtime.clock.advance(60_000);
    h.resetLog();
    expect(sweepTemporaryEvents(h.context()).deleted).toBe(0);
    expect(h.calls()).toEqual([]);
    expect(h.leftovers()).toHaveLength(1);
  });
});

describe('the daily list by the marker', () => {
  it('runs on first use, once a day, costs one list call, and skips events younger than two minutes', () => {
    const h = engineHarness({}, { dailySweepDue: true });
    h.engine().createLink();
    expect(h.apiNames()).toEqual(['calendar.events.list', 'calendar.events.insert', 'calendar.events.delete']);
    h.resetLog();
    h.engine().createLink();
    expect(h.apiNames()).toEqual(['calendar.events.insert', 'calendar.events.delete']);
    h.runtime.clock.advance(24 * 60 * 60 * 1000);
    h.resetLog();
    h.engine().createLink();
    expect(h.apiNames()[0]).toBe('calendar.events.list');
  });

  it('finds a leftover no journal knows of (an upgrade from a version that lost it) and deletes it', () => {
    const h = engineHarness({}, { dailySweepDue: true });
    const stray = h.runtime.calendar.seedEvent('primary', {
      summary: 'MeetLink temporary event',
      id: 'meetlinkstra00001',
      extendedProperties: { private: { meetlinkTemporary: '1' } },
    });
    h.runtime.clock.advance(SAFE_AGE_MS);
    h.engine().createLink();
    expect(h.runtime.calendar.peek('primary', stray.id!)?.status).toBe('cancelled');
    expect(h.leftovers()).toEqual([]);
  });

  it('a damaged or future marker date means the list is due, never that it is skipped for good', () => {
    for (const stored of ['not json', '{"at":"yesterday"}', `{"at":${Date.parse('2099-01-01')}}`, 'null']) {
      const h = engineHarness();
      h.runtime.services.userProperties.setProperty(MARKER_SWEEP_KEY, stored);
      h.engine().createLink();
      expect(h.apiNames()[0]).toBe('calendar.events.list');
    }
  });
});

describe('the user lock', () => {
  it('held by another action for seconds: create says MeetLink is busy, makes no call and leaves nothing', () => {
    const h = engineHarness();
    const other = h.runtime.executions;
    let failure: MeetFailure | undefined;
    // Another execution of the same person takes the lock and holds it while this one tries.
    h.runtime.userLock.holder = 99;
    other.run(() => {
      failure = failureOf(() => h.engine().createLink());
    });
    expect(failure?.kind).toBe('busy');
    expect(h.calls()).toEqual([]);
    expect(h.leftovers()).toEqual([]);
  });

  it('a lock call that throws ("Too many LockService operations") is a plain busy failure, not a crash', () => {
    const h = engineHarness();
    h.runtime.userLock.failNext = 1;
    expect(failureOf(() => h.engine().createLink()).kind).toBe('busy');
    expect(h.leftovers()).toEqual([]);
    expect(h.engine().createLink().url).toMatch(MEET_URL);
  });

  it('is never held across a Calendar call', () => {
    const h = engineHarness({ calendar: { pendingReads: 1 } });
    const heldDuringCalls: boolean[] = [];
    const record = h.runtime.log.record.bind(h.runtime.log);
    h.runtime.log.record = (call) => {
      heldDuringCalls.push(h.runtime.userLock.holder !== undefined);
      return record(call);
    };
    h.engine().createLink();
    expect(heldDuringCalls.length).toBeGreaterThan(0);
    expect(heldDuringCalls.every((held) => !held)).toBe(true);
    expect(h.runtime.userLock.holder).toBeUndefined();
  });
});

describe('the journal as stored', () => {
  it('reads bare ids from older versions as old entries, drops junk and absurd times, never fails', () => {
    const h = engineHarness();
    const now = h.runtime.clock.now();
    h.runtime.services.userProperties.setProperty(
      JOURNAL_KEY,
      JSON.stringify([
        'meetlinkold00001',
        { id: 'meetlinkneu00002', at: now },
        { id: '../../x', at: 1 },
        42,
        null,
        { id: 'meetlinkfuture03', at: 1e20 },
      ]),
    );
    const entries = new TemporaryEventJournal(h.context()).entries();
    expect(entries).toEqual([
      { id: 'meetlinkold00001', at: 0 },
      { id: 'meetlinkneu00002', at: now },
      { id: 'meetlinkfuture03', at: 0 },
    ]);
  });
});
