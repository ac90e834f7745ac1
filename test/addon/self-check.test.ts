import { openAddOn } from '../support/harness';
import type { RuntimeOptions } from '../../offline/runtime';

const MARKER = 'meetlinkTemporary';

/** Runs the deployer's selfCheck in one offline world, after a homepage and an event-open, as a deployer would. */
function selfCheckIn(options: RuntimeOptions = {}) {
  const { runtime, host, me } = openAddOn(options, { selfCheckBuild: true });
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
    // A free Gmail account's 403 is what Google answers every free account: it reads as expected, not as a setting to fix.
    expect(line('Meet spaces.create works for this account')).toMatch(
      / no \(403 PERMISSION_DENIED on free Gmail, as expected\) \(expected by our fakes: no \(403 PERMISSION_DENIED on free Gmail\)\)$/,
    );
    expect(line('Meet spaces.create works for this account')).not.toContain('Cloud project');
    // Under currentEventAccess READ the offline host takes Google's words literally: the add-on cannot write (false).
    expect(line('Event-open: canSetConferenceData')).toMatch(/ false$/);
    expect(line('Granted scopes')).toMatch(/ 12 \(/);
    expect(line('Meet conferenceRecords.list answers')).toMatch(
      / 403 PERMISSION_DENIED: .* \(expected by our fakes: 403 PERMISSION_DENIED \(free Gmail\)\)$/,
    );
    expect(line('Not confirmed deleted (kept in the journal)')).toMatch(/ 0 \(expected by our fakes: 0\)$/);
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

  it('a refusal on an account that is not free Gmail first asks what a deployer can check, before any fake is blamed', () => {
    const { line } = selfCheckIn({ account: { email: 'ada@lovelace.example', kind: 'consumer' } });
    expect(line('Meet spaces.create works for this account')).toMatch(
      / no \(403 PERMISSION_DENIED: .*\) — is the Meet REST API enabled in a standard Cloud project\? \(expected by our fakes: yes\)$/,
    );
  });

  it('reports spaces.create working on a Workspace account, and what conferenceRecords.list answers for that space', () => {
    const { line, runtime } = selfCheckIn({ account: { email: 'grace@example.com', kind: 'workspace' } });
    expect(line('Account kind')).toMatch(/ Workspace$/);
    expect(line('Meet spaces.create works for this account')).toMatch(/ yes \(expected by our fakes: yes\)$/);
    expect(line('Meet conferenceRecords.list answers')).toMatch(/ 200, 0 records \(expected by our fakes: 200, 0 records\)$/);
    const [space] = runtime.meet.appSpaces();
    expect(runtime.log.of('meet.conferenceRecords.list')[0]!.summary).toBe(`list conferenceRecords filter=space.name = "${space!.name}"`);
  });

  it('still deletes what it made when a step fails half-way', () => {
    const { runtime, host, me } = openAddOn({}, { selfCheckBuild: true });
    runtime.faults.inject({ api: 'calendar.events.patch', error: 'backendError', times: 'always' });
    runtime.faults.inject({ api: 'calendar.events.insert', error: 'quotaExceeded', at: 3 });
    const keysBefore = runtime.services.userProperties.getKeys();
    const report = String(host.bundle.selfCheck());
    expect(report).toMatch(/Advanced service sends conferenceData: null \.+ error 5\d\d/);
    expect(report).toMatch(/Inserting the third event failed/);
    expect(runtime.calendar.events(me).filter((e) => e.extendedProperties?.private?.[MARKER])).toEqual([]);
    expect(runtime.services.userProperties.getKeys()).toEqual(keysBefore);
  });

  it('a 404 on an event it inserted seconds ago is replication lag: kept in the journal, said in the report, swept later', () => {
    const { runtime, host, me } = openAddOn({}, { selfCheckBuild: true });
    Object.assign(runtime.replicationLag, { enabled: true, lagMs: 60_000 });
    const report = String(host.bundle.selfCheck());
    const line = (label: string) => report.split('\n').find((l) => l.startsWith(label)) ?? '';
    expect(line('Get right after insert answered 404')).toMatch(/ 3 of 3 \(/);
    expect(line('Not confirmed deleted (kept in the journal)')).toMatch(
      / 3 \(a 404 right after the insert is replication lag.*\(expected by our fakes: 0\)$/,
    );
    expect(line('Events left behind')).toMatch(/ 3 \(3 made by this check\)/);
    const journal = JSON.parse(runtime.services.userProperties.getProperty('meetlink.temporaryEvents') ?? '[]');
    expect(journal).toHaveLength(3);
    // Google catches up; the deployer goes on using the add-on: ordinary actions remove every event.
    runtime.replicationLag.enabled = false;
    runtime.clock.advance(2 * 60 * 1000);
    host.homepage('GMAIL').click('Create Meet link');
    expect(runtime.calendar.events(me).filter((e) => e.extendedProperties?.private?.[MARKER])).toEqual([]);
    expect(runtime.services.userProperties.getProperty('meetlink.temporaryEvents')).toBeNull();
  });

  it('says when no host shape was recorded, and clears what was', () => {
    const { runtime, host } = openAddOn({}, { selfCheckBuild: true });
    const keysBefore = runtime.services.userProperties.getKeys();
    const report = String(host.bundle.selfCheck());
    expect(report).toMatch(/Homepage event object \.+ not recorded/);
    expect(runtime.services.userProperties.getKeys()).toEqual(keysBefore);
  });
});

describe('selfCheck, the Meet lines no fake can know (issue 26): editions, host controls, an empty updateMask', () => {
  const workspace = (options: RuntimeOptions = {}) => selfCheckIn({ account: { email: 'grace@example.com', kind: 'workspace' }, ...options });

  it('on a Workspace account with every feature, each line reads as the fakes expect and names the fake to change', () => {
    const { line, runtime } = workspace();
    expect(line('Meet spaces.create with every preset')).toMatch(
      / 200; answered on: record, transcribe, notes, attendance; read back on: record, transcribe, notes, attendance \(expected by our fakes: 200; answered on: record, transcribe, notes, attendance; read back on: record, transcribe, notes, attendance; if not, change offline\/editions\.ts .*artifactRefusal/,
    );
    expect(line('Meet spaces.patch with an empty updateMask')).toMatch(
      / changed accessType, kept every other field \(expected by our fakes: changed accessType, kept every other field; if not, change spaces\.patch in offline\/meet\/model\.ts/,
    );
    expect(line('Meet co-host with host controls (moderation) off')).toMatch(
      / 400 FAILED_PRECONDITION, moderation now OFF \(expected by our fakes: 400 FAILED_PRECONDITION, moderation now OFF; if not, change MeetModelOptions\.cohostWithoutModeration/,
    );
    expect(line('Meet co-host with host controls on (this edition)')).toMatch(/ 200 COHOST \(expected by our fakes: 200 COHOST/);
    // The co-host it added is removed again; nobody real was named.
    for (const space of runtime.meet.appSpaces()) expect(runtime.meet.peekMembers(space.name)).toEqual([]);
    expect(runtime.log.of('meet.spaces.members.create').map((c) => c.summary)).toEqual([
      expect.stringMatching(/ meetlink-self-check@example\.com COHOST$/),
      expect.stringMatching(/ meetlink-self-check@example\.com COHOST$/),
    ]);
  });

  it('on Business Starter the lines show Google’s refusals, where a deployer reads which shape Google has', () => {
    const { line } = workspace({
      account: { email: 'grace@example.com', kind: 'workspace', edition: 'businessStarter' },
      meet: { artifactRefusal: 'echoedOn' },
    });
    expect(line('Meet spaces.create with every preset')).toMatch(/ 200; answered on: record, transcribe, notes, attendance; read back on: none \(/);
    expect(line('Meet co-host with host controls on (this edition)')).toMatch(
      / 403 PERMISSION_DENIED \(expected by our fakes: 200 COHOST \(on Business Starter/,
    );
  });

  it('a Google that accepts a co-host without host controls reads so, naming the fake and MeetLink’s code to change', () => {
    const { line } = workspace({ meet: { cohostWithoutModeration: 'accepted' } });
    expect(line('Meet co-host with host controls (moderation) off')).toMatch(
      / 200 COHOST, moderation now OFF \(expected by our fakes: 400 FAILED_PRECONDITION.*src\/meet\/spaces\.ts addCohosts/,
    );
  });

  it('free Gmail: no Meet line is run (the Meet API serves none)', () => {
    const { report } = selfCheckIn();
    expect(report).not.toContain('Meet co-host');
    expect(report).not.toContain('empty updateMask');
  });
});
