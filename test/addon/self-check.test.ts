import { openAddOn } from '../support/harness';
import type { RuntimeOptions } from '../../offline/runtime';

const MARKER = 'meetlinkTemporary';

/** Runs the deployer's selfCheck in one offline world, after a homepage and an event-open, as a deployer would. */
function selfCheckIn(options: RuntimeOptions = {}) {
  const { runtime, host, me } = openAddOn(options);
  const event = runtime.calendar.seedEvent(me, { summary: 'Weekly sync' }, { withMeet: true });
  const propertiesBefore = runtime.services.userProperties.getProperties();
  host.homepage('CALENDAR');
  host.openEvent({ calendarId: me, id: event.id! });
  const logged = runtime.services.logs.length;
  const report = String(host.bundle.selfCheck());
  const lines = report.split('\n');
  const line = (label: string) => lines.find((l) => l.startsWith(label)) ?? `(no line "${label}")`;
  const withMarker = runtime.calendar.events(me).filter((e) => e.extendedProperties?.private?.[MARKER]);
  return { runtime, report, lines, line, withMarker, propertiesBefore, newLogs: runtime.services.logs.slice(logged), me };
}

describe('selfCheck, the report a deployer compares with Google', () => {
  it('prints one report, logs it, and in the default world finds every assumption as the fakes expect', () => {
    const { report, line, newLogs } = selfCheckIn();
    expect(newLogs).toEqual([report]);
    expect(line('Advanced service sends conferenceData: null')).toMatch(/\.{3,} yes \(expected by our fakes: yes\)$/);
    expect(line('REST route with an explicit null removes it')).toMatch(/ yes \(expected by our fakes: yes\)$/);
    expect(line('Second delete of an event answers')).toMatch(/ 410 deleted \(/);
    expect(line('Read of a deleted event answers status')).toMatch(/ cancelled \(/);
    expect(line('Conference pending after insert')).toMatch(/ 0 of 3 \(/);
    expect(line('Meet spaces.create works for this account')).toMatch(/ no \(403 PERMISSION_DENIED/);
    // Under currentEventAccess READ the offline host takes Google's words literally: the add-on cannot write (false).
    expect(line('Event-open: canSetConferenceData')).toMatch(/ false$/);
    expect(line('Granted scopes')).toMatch(/ 11 \(/);
    expect(line('Events left behind')).toMatch(/ none \(expected by our fakes: none\)$/);
  });

  it('differs exactly on the Advanced-service line when the service drops nulls', () => {
    const sends = selfCheckIn({ advancedServiceDropsNulls: false });
    const drops = selfCheckIn({ advancedServiceDropsNulls: true });
    const differing = sends.lines.filter((l, i) => l !== drops.lines[i]);
    expect(differing).toEqual([sends.line('Advanced service sends conferenceData: null')]);
    expect(drops.line('Advanced service sends conferenceData: null')).toMatch(/ no \(expected by our fakes: yes\)$/);
    expect(drops.line('REST route with an explicit null removes it')).toMatch(/ yes \(/);
  });

  it.each([false, true])('leaves no event with the marker and no property behind (drops nulls: %s)', (dropsNulls) => {
    const { withMarker, runtime, propertiesBefore, line } = selfCheckIn({ advancedServiceDropsNulls: dropsNulls });
    expect(withMarker).toEqual([]);
    expect(runtime.services.userProperties.getProperties()).toEqual(propertiesBefore);
    expect(line('Temporary events made')).toMatch(/ 3$/);
  });

  it('counts pending conferences and how long they took', () => {
    const { line } = selfCheckIn({ calendar: { pendingReads: 2 } });
    expect(line('Conference pending after insert')).toMatch(/ 3 of 3 \(expected by our fakes: 0 of 3\)$/);
    // Read right after the insert (pending), 250 ms later (pending), 500 ms later (settled).
    expect(line('Longest pending wait')).toMatch(/\.{3,} 750 ms, 2 pending reads \(/);
  });

  it('reports spaces.create working on a Workspace account', () => {
    const { line } = selfCheckIn({ account: { email: 'grace@example.com', kind: 'workspace' } });
    expect(line('Account kind')).toMatch(/ Workspace$/);
    expect(line('Meet spaces.create works for this account')).toMatch(/ yes \(expected by our fakes: yes\)$/);
  });

  it('still deletes what it made when a step fails half-way', () => {
    const { runtime, host, me } = openAddOn();
    runtime.faults.inject({ api: 'calendar.events.patch', error: 'backendError', times: 'always' });
    runtime.faults.inject({ api: 'calendar.events.insert', error: 'quotaExceeded', at: 3 });
    const keysBefore = runtime.services.userProperties.getKeys();
    const report = String(host.bundle.selfCheck());
    expect(report).toMatch(/Advanced service sends conferenceData: null \.+ error 5\d\d/);
    expect(report).toMatch(/Inserting the third event failed/);
    expect(runtime.calendar.events(me).filter((e) => e.extendedProperties?.private?.[MARKER])).toEqual([]);
    expect(runtime.services.userProperties.getKeys()).toEqual(keysBefore);
  });

  it('says when no host shape was recorded, and clears what was', () => {
    const { runtime, host } = openAddOn();
    const keysBefore = runtime.services.userProperties.getKeys();
    const report = String(host.bundle.selfCheck());
    expect(report).toMatch(/Homepage event object \.+ not recorded/);
    expect(runtime.services.userProperties.getKeys()).toEqual(keysBefore);
  });
});
