import { SAFE_AGE_MS } from '../../src/meet/temporary-event';
import { engineHarness } from '../support/harness';
import { failureOf } from '../support/failure';

const ID = `meetlink${'0123456789abcdef'.repeat(2)}`;

describe('deleting MeetLink’s own leftover temporary event', () => {
  it('an id that is not MeetLink’s, or another calendar: refused before any request', () => {
    const h = engineHarness();
    expect(failureOf(() => h.engine().deleteLeftover({ calendarId: 'primary', eventId: 'abcdefghij' })).kind).toBe('leftoverNotOurs');
    expect(failureOf(() => h.engine().deleteLeftover({ calendarId: 'team@example.com', eventId: ID })).kind).toBe('leftoverNotOurs');
    expect(h.calls()).toEqual([]);
  });

  it('reads the event, checks the private marker, then deletes it: 2 calls', () => {
    const h = engineHarness();
    h.runtime.calendar.seedEvent('primary', {
      summary: 'MeetLink temporary event',
      id: ID,
      extendedProperties: { private: { meetlinkTemporary: '1' } },
    });
    h.engine().deleteLeftover({ calendarId: 'primary', eventId: ID });
    expect(h.calls()).toEqual(['calendar.events.get 200', 'calendar.events.delete 204']);
    expect(h.leftovers()).toEqual([]);
  });

  it('already deleted (by the sweep, another tab): nothing more to do', () => {
    const h = engineHarness();
    h.runtime.calendar.seedEvent('primary', {
      summary: 'MeetLink temporary event',
      id: ID,
      extendedProperties: { private: { meetlinkTemporary: '1' } },
    });
    h.runtime.calendar.remove('advanced', 'primary', ID);
    h.resetLog();
    h.engine().deleteLeftover({ calendarId: 'primary', eventId: ID });
    expect(h.calls()).toEqual(['calendar.events.get 200']);
  });

  it('a delete answering 404 while the event is still there is no success: one more read, and Google did not confirm it', () => {
    const h = engineHarness();
    h.runtime.calendar.seedEvent('primary', {
      summary: 'MeetLink temporary event',
      id: ID,
      extendedProperties: { private: { meetlinkTemporary: '1' } },
    });
    h.runtime.clock.advance(SAFE_AGE_MS);
    h.runtime.replicationLag.staleDeletes = 1;
    expect(failureOf(() => h.engine().deleteLeftover({ calendarId: 'primary', eventId: ID })).kind).toBe('googleUnavailable');
    expect(h.calls()).toEqual(['calendar.events.get 200', 'calendar.events.delete 404', 'calendar.events.get 200']);
    expect(h.leftovers().map((e) => e.id)).toEqual([ID]);
  });
});
