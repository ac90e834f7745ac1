import { AddOnHost } from '../../offline/host';
import { MEET_ERRORS } from '../../offline/meet/model';
import { WORKSPACE } from '../../offline/runtime';
import { USER_DATA_KEYS } from '../../src/actions/data-actions';
import { HISTORY_KEY } from '../../src/history';
import { JOURNAL_KEY, SAFE_AGE_MS } from '../../src/meet/temporary-event';
import { meetCode, openAddOn } from '../support/harness';

/**
 * Settings › "Delete my MeetLink data": every user property MeetLink stores goes, after a confirmation that says
 * pinned links go too; a temporary event still journaled is deleted first, and its note is kept (and the person
 * told) when Google does not confirm the delete, so it is never silently forgotten.
 */
type AddOn = ReturnType<typeof openAddOn>;
/** A Workspace account whose edition lacks recording: MeetLink notes what Google refused it. */
const STARTER = { ...WORKSPACE, edition: 'businessStarter' as const };
const stored = ({ runtime }: AddOn) => Object.keys(runtime.services.userProperties.getProperties()).sort();

/**
 * Uses every feature that stores something: host shapes, what the edition refused (a Workspace account), a Meet API
 * refusal, links with a label and a pin, settings.
 */
function everythingStored(addOn: AddOn) {
  const { host, seed, me, runtime } = addOn;
  host.homepage('CALENDAR');
  host.openEvent({ calendarId: me, id: seed({ summary: 'Weekly sync' }).id! });
  if (runtime.settings.account.kind === 'workspace') {
    host.universal('Settings').input('preset_record', true).click('Save');
    host.homepage('GMAIL').click('Create Meet link');
    // Then Google refuses this account its Meet API (an admin turned it off): noted too.
    runtime.faults.inject({ api: 'meet.spaces.create', error: MEET_ERRORS.permissionDenied });
  }
  host.homepage('GMAIL').click('Create Meet link');
  const code = meetCode(host.text())!;
  host.back().click(code).input('label', 'Office hours').click('Save label').click('Pin to the top');
  host.universal('Settings').input('template', 'Join {link}').input('composeDefault', 'invitation').click('Save');
}

describe('Delete my MeetLink data', () => {
  it('asks first, saying pinned links go too, then leaves no MeetLink key in the person’s user properties', () => {
    const addOn = openAddOn({ account: STARTER });
    const { host, runtime, leftovers } = addOn;
    everythingStored(addOn);
    expect(stored(addOn)).toEqual([...USER_DATA_KEYS].filter((k) => k !== JOURNAL_KEY).sort());

    host.universal('Settings').click('Delete my MeetLink data');
    expect(host.text()).toContain('Delete your MeetLink data?');
    expect(host.text()).toContain('your pinned links, with their labels, are deleted');
    host.click('Cancel');
    expect(stored(addOn)).toHaveLength(USER_DATA_KEYS.length - 1);

    const before = runtime.log.calls.length;
    host.click('Delete my MeetLink data').click('Delete');
    expect(host.errors).toEqual([]);
    expect(host.notifications).toContain('Your MeetLink data was deleted.');
    expect(stored(addOn)).toEqual([]);
    expect(runtime.log.calls.slice(before)).toEqual([]); // nothing journaled: no Calendar call
    // Settings shows the defaults; the homepage has no links left, pinned ones included.
    expect(host.card.sections[0].widgets.find((w: any) => w.textInput)?.textInput.value).toContain('Join with Google Meet');
    expect(host.homepage('GMAIL').text()).toContain('Links you create appear here.');
    expect(leftovers()).toEqual([]);
  });

  it('Back from Settings finds the homepage, or the open message, without the deleted links', () => {
    const { host, me } = openAddOn();
    host.homepage('GMAIL').click('Create Meet link');
    const code = meetCode(host.text())!;
    host.back();
    expect(host.text()).toContain(code);
    host.universal('Settings').click('Delete my MeetLink data').click('Delete');
    expect(host.text()).toContain('Delete my MeetLink data'); // still Settings, with the defaults
    host.back();
    expect(host.text()).not.toContain(code);
    expect(host.text()).toContain('Links you create appear here.');

    const message = host.runtime.gmail.seedMessage({ from: 'bob@example.org', to: me, subject: 'Meet?' });
    host.homepage('GMAIL').click('Create Meet link');
    const second = meetCode(host.text())!;
    host.openMessage(message.id);
    expect(host.text()).toContain(second);
    host.universal('Settings').click('Delete my MeetLink data').click('Delete');
    host.back();
    expect(host.text()).toContain('Reply with Meet link');
    expect(host.text()).not.toContain(second);
  });

  it('Settings after the delete says what a free account gets: presets need a work or school account', () => {
    const { host } = openAddOn();
    host.universal('Settings');
    expect(host.text()).toContain('Your account is a free Google account: presets need a work or school account');
    host.click('Delete my MeetLink data').click('Delete');
    expect(host.card.name).toBe('settings');
    expect(host.text()).toContain('Your account is a free Google account: presets need a work or school account');
    expect(host.text()).not.toContain('New links made by a work or school account get these at once.');
  });

  it('deletes a journaled temporary event first, then its note', () => {
    const addOn = openAddOn();
    const { host, runtime, leftovers } = addOn;
    runtime.faults.inject({ api: 'calendar.events.delete', error: 'serviceUnavailable', times: 'always' });
    host.homepage('GMAIL').click('Create Meet link');
    expect(leftovers()).toHaveLength(1);
    runtime.faults.clear();

    host.universal('Settings').click('Delete my MeetLink data');
    expect(host.text()).toContain('MeetLink deletes it first');
    host.click('Delete');
    expect(leftovers()).toEqual([]);
    expect(stored(addOn)).toEqual([]);
    expect(host.notifications).toContain('Your MeetLink data was deleted.');
  });

  it('keeps only the note of a temporary event Google does not confirm deleted, says so, and a later action removes it', () => {
    const addOn = openAddOn();
    const { host, runtime, leftovers } = addOn;
    runtime.faults.inject({ api: 'calendar.events.delete', error: 'serviceUnavailable', times: 'always' });
    host.homepage('GMAIL').click('Create Meet link');
    host.universal('Settings').click('Delete my MeetLink data').click('Delete');
    expect(leftovers()).toHaveLength(1);
    expect(stored(addOn)).toEqual([JOURNAL_KEY]);
    expect(host.notifications[host.notifications.length - 1]).toMatch(/except the note of a temporary event/);

    runtime.faults.clear();
    runtime.clock.advance(SAFE_AGE_MS);
    host.homepage('GMAIL').click('Create Meet link');
    expect(leftovers()).toEqual([]);
    expect(runtime.services.userProperties.getProperty(JOURNAL_KEY)).toBeNull();
  });

  it('a delete answering 404 while the event is still there: one read finds it, and it says truly that an event remains', () => {
    const addOn = openAddOn();
    const { host, runtime, leftovers } = addOn;
    runtime.faults.inject({ api: 'calendar.events.delete', error: 'serviceUnavailable', times: 'always' });
    host.homepage('GMAIL').click('Create Meet link');
    runtime.faults.clear();
    runtime.clock.advance(SAFE_AGE_MS);
    // The delete reaches a part of Google that has not seen the event (offline/calendar/replication-lag.ts).
    runtime.replicationLag.staleDeletes = 1;
    runtime.log.clear();
    host.universal('Settings').click('Delete my MeetLink data').click('Delete');
    expect(runtime.log.calls.map((c) => `${c.api} ${c.status}`)).toEqual(['calendar.events.delete 404', 'calendar.events.get 200']);
    expect(leftovers()).toHaveLength(1);
    expect(stored(addOn)).toEqual([JOURNAL_KEY]);
    expect(host.notifications.at(-1)).toMatch(/except the note of a temporary event/);

    host.homepage('GMAIL').click('Create Meet link');
    expect(leftovers()).toEqual([]);
    expect(runtime.services.userProperties.getProperty(JOURNAL_KEY)).toBeNull();
  });

  it('never deletes the temporary event of a link another tab is still making; that tab deletes it itself', () => {
    // Tab A's create has inserted its temporary event and waits for Google's conference; meanwhile tab B deletes the
    // person's data. A's journal entry is in use (young, not left behind), not a leftover: B must not touch it.
    const addOn = openAddOn({ calendar: { pendingReads: 1 } });
    const { host, runtime, leftovers } = addOn;
    const other = new AddOnHost(runtime);
    other.homepage('GMAIL');
    let otherCalls: string[] = [];
    runtime.interleave.at({ call: 1, api: 'calendar.events.insert' }, () => {
      expect(leftovers()).toHaveLength(1);
      const before = runtime.log.calls.length;
      other.universal('Settings').click('Delete my MeetLink data').click('Delete');
      otherCalls = runtime.log.calls.slice(before).map((c) => `${c.api} ${c.status}`);
    });
    host.homepage('GMAIL').click('Create Meet link');
    expect(otherCalls).toEqual([]);
    // B's note of it is kept while A runs (and B says so); A shows its link, deletes its event and forgets its note.
    expect(other.notifications.at(-1)).toMatch(/except the note of a temporary event/);
    expect(host.text()).toMatch(/https:\/\/meet\.google\.com\//);
    expect(host.text()).not.toContain('may still be in your calendar');
    expect(leftovers()).toEqual([]);
    expect(runtime.services.userProperties.getProperty(JOURNAL_KEY)).toBeNull();
    expect(host.errors).toEqual([]);
    expect(other.errors).toEqual([]);
  });

  it('runs under the user lock: another tab’s action meanwhile is told MeetLink is busy, and nothing is half deleted', () => {
    const addOn = openAddOn();
    const { host, runtime } = addOn;
    everythingStored(addOn);
    const other = new AddOnHost(runtime);
    other.homepage('GMAIL');
    runtime.interleave.at({ propertyWrite: 1, key: HISTORY_KEY }, () => other.click('Create Meet link'));
    host.universal('Settings').click('Delete my MeetLink data').click('Delete');
    expect(other.text()).toContain('MeetLink is busy with another action — try again.');
    expect(stored(addOn)).toEqual([]);
  });
});
