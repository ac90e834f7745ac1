import { PLATFORM_ERROR_MESSAGE, UNREADABLE_ERROR_MESSAGE } from '../../offline/calendar/after-work-faults';
import { LOCK_TIMEOUT_MESSAGE, TOO_MANY_LOCK_OPERATIONS } from '../../offline/lock';
import { createOfflineRuntime } from '../../offline/runtime';

type Lock = { tryLock(ms: number): boolean; waitLock(ms: number): void; hasLock(): boolean; releaseLock(): void };

function fakes() {
  const runtime = createOfflineRuntime();
  const LockService = runtime.globals.LockService as { getUserLock(): Lock };
  const Calendar = runtime.globals.Calendar as any;
  return { runtime, LockService, Calendar };
}

describe('LockService.getUserLock, shared by the executions of one user (reference: lock/lock)', () => {
  it('a lock held by another execution is not granted: tryLock answers false after its timeout, waitLock throws', () => {
    const { runtime, LockService } = fakes();
    runtime.executions.run(() => {
      const mine = LockService.getUserLock();
      expect(mine.tryLock(1000)).toBe(true);
      expect(mine.hasLock()).toBe(true);
      runtime.executions.run(() => {
        const other = LockService.getUserLock();
        const before = runtime.clock.now();
        expect(other.tryLock(2500)).toBe(false);
        expect(runtime.clock.now() - before).toBe(2500);
        expect(other.hasLock()).toBe(false);
        expect(() => other.waitLock(100)).toThrow(LOCK_TIMEOUT_MESSAGE);
      });
      mine.releaseLock();
      expect(mine.hasLock()).toBe(false);
    });
  });

  it('is released when the execution that held it ends, even without releaseLock', () => {
    const { runtime, LockService } = fakes();
    runtime.executions.run(() => LockService.getUserLock().tryLock(0));
    runtime.executions.run(() => expect(LockService.getUserLock().tryLock(0)).toBe(true));
  });

  it('lock calls themselves can throw "Too many LockService operations"', () => {
    const { runtime, LockService } = fakes();
    runtime.userLock.failNext = 1;
    expect(() => LockService.getUserLock()).toThrow(TOO_MANY_LOCK_OPERATIONS);
    expect(LockService.getUserLock().tryLock(0)).toBe(true);
  });

  it('refuses a timeout outside 0..300000 ms', () => {
    const { LockService } = fakes();
    expect(() => LockService.getUserLock().tryLock(300_001)).toThrow(/Invalid argument/);
  });
});

describe('interleaving a second execution', () => {
  it('runs it at the Nth call, after Google did the work and before the first reads the answer', () => {
    const { runtime, Calendar } = fakes();
    const seen: number[] = [];
    runtime.interleave.at({ call: 1, api: 'calendar.events.insert' }, () => seen.push(runtime.calendar.events('primary').length));
    Calendar.Events.insert({ summary: 'x', start: { dateTime: '2026-11-23T10:00:00Z' }, end: { dateTime: '2026-11-23T11:00:00Z' } }, 'primary');
    expect(seen).toEqual([1]);
  });

  it('runs it at the Nth property write, before that write lands', () => {
    const { runtime } = fakes();
    const seen: (string | null)[] = [];
    runtime.interleave.at({ propertyWrite: 1, key: 'k' }, () => seen.push(runtime.services.userProperties.getProperty('k')));
    runtime.services.userProperties.setProperty('k', 'v');
    expect(seen).toEqual([null]);
  });
});

describe('executions and simulated time', () => {
  it('counts each execution’s own time, a nested execution excluded', () => {
    const { runtime } = fakes();
    runtime.executions.run(() => {
      runtime.clock.advance(1000);
      runtime.executions.run(() => runtime.clock.advance(5000));
    });
    expect(runtime.executions.finished.map((f) => f.elapsedMs)).toEqual([5000, 1000]);
  });
});

describe('replication lag (Calendar errors guide: 404, use exponential backoff)', () => {
  it('a just-inserted event answers 404 for lagMs of simulated time however often it is asked, then is seen', () => {
    const { runtime, Calendar } = fakes();
    Object.assign(runtime.replicationLag, { enabled: true, lagMs: 3000 });
    const made = Calendar.Events.insert(
      { summary: 'x', start: { dateTime: '2026-11-23T10:00:00Z' }, end: { dateTime: '2026-11-23T11:00:00Z' } },
      'primary',
    );
    for (let i = 0; i < 10; i++) expect(() => Calendar.Events.get('primary', made.id)).toThrow(/Not Found/);
    expect(() => Calendar.Events.remove('primary', made.id)).toThrow(/Not Found/);
    runtime.clock.advance(2999);
    expect(() => Calendar.Events.patch({ summary: 'y' }, 'primary', made.id)).toThrow(/Not Found/);
    runtime.clock.advance(1);
    expect(Calendar.Events.get('primary', made.id).id).toBe(made.id);
  });

  it('a delete that reaches a part of Google without the event answers 404 and deletes nothing, however old; reads see it', () => {
    const { runtime, Calendar } = fakes();
    const made = Calendar.Events.insert(
      { summary: 'x', start: { dateTime: '2026-11-23T10:00:00Z' }, end: { dateTime: '2026-11-23T11:00:00Z' } },
      'primary',
    );
    runtime.clock.advance(60 * 60_000);
    runtime.replicationLag.staleDeletes = 1;
    expect(() => Calendar.Events.remove('primary', made.id)).toThrow(/Not Found/);
    expect(Calendar.Events.get('primary', made.id).status).not.toBe('cancelled');
    Calendar.Events.remove('primary', made.id);
    expect(Calendar.Events.get('primary', made.id).status).toBe('cancelled');
    expect(runtime.log.calls.map((c) => `${c.api} ${c.status}`)).toEqual([
      'calendar.events.insert 200',
      'calendar.events.delete 404',
      'calendar.events.get 200',
      'calendar.events.delete 204',
      'calendar.events.get 200',
    ]);
  });

  it('an event purged from the trash answers 404 to reads and deletes, and is listed no more', () => {
    const { runtime, Calendar } = fakes();
    const made = Calendar.Events.insert(
      { summary: 'x', start: { dateTime: '2026-11-23T10:00:00Z' }, end: { dateTime: '2026-11-23T11:00:00Z' } },
      'primary',
    );
    Calendar.Events.remove('primary', made.id);
    expect(() => Calendar.Events.remove('primary', made.id)).toThrow(/Resource has been deleted/);
    runtime.calendar.purge('primary', made.id);
    expect(() => Calendar.Events.get('primary', made.id)).toThrow(/Not Found/);
    expect(() => Calendar.Events.remove('primary', made.id)).toThrow(/Not Found/);
    expect(Calendar.Events.list('primary', { showDeleted: true }).items).toEqual([]);
  });
});

describe('faults after the work was done', () => {
  const body = { summary: 'x', start: { dateTime: '2026-11-23T10:00:00Z' }, end: { dateTime: '2026-11-23T11:00:00Z' } };

  it('an insert that made its event and answered 500', () => {
    const { runtime, Calendar } = fakes();
    runtime.afterWorkFaults.inject({ api: 'calendar.events.insert', answer: 'backendError' });
    expect(() => Calendar.Events.insert(body, 'primary')).toThrow(/Backend Error/);
    expect(runtime.calendar.events('primary')).toHaveLength(1);
    expect(runtime.log.calls.map((c) => c.status)).toEqual([500]);
  });

  it("an insert that made its event and answered Apps Script's non-JSON server error", () => {
    const { runtime, Calendar } = fakes();
    runtime.afterWorkFaults.inject({ api: 'calendar.events.insert', answer: 'platformError' });
    let thrown: unknown;
    try {
      Calendar.Events.insert(body, 'primary');
    } catch (error) {
      thrown = error;
    }
    expect((thrown as Error).message).toBe(PLATFORM_ERROR_MESSAGE);
    expect((thrown as { details?: unknown }).details).toBeUndefined();
    expect(runtime.calendar.events('primary')).toHaveLength(1);
  });

  it('an insert that made its event and threw words nobody can read (no status, no reason)', () => {
    const { runtime, Calendar } = fakes();
    runtime.afterWorkFaults.inject({ api: 'calendar.events.insert', answer: 'unreadable' });
    expect(() => Calendar.Events.insert(body, 'primary')).toThrow(UNREADABLE_ERROR_MESSAGE);
    expect(runtime.calendar.events('primary')).toHaveLength(1);
    expect(runtime.log.calls.map((c) => c.status)).toEqual([0]);
  });
});
