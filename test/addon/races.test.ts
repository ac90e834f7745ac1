import { AddOnHost } from '../../offline/host';
import type { InterleavePoint } from '../../offline/interleave';
import { HISTORY_KEY } from '../../src/history';
import { JOURNAL_KEY, MARKER_SWEEP_KEY, SAFE_AGE_MS } from '../../src/meet/temporary-event';
import { MEET_URL, meetCode, openAddOn } from '../support/harness';
// The words as the person reads them, whatever their wording becomes.
import en from '../../src/i18n/messages/en.json';

const BUSY = 'MeetLink is busy with another action — try again.';

/** Two tabs of one person on one runtime: the same Calendar, user properties and user lock. */
function twoTabs(options: Parameters<typeof openAddOn>[0] = {}) {
  const addOn = openAddOn(options);
  const second = new AddOnHost(addOn.runtime);
  addOn.host.homepage('GMAIL');
  second.homepage('GMAIL');
  addOn.runtime.interleave.clear();
  return { ...addOn, first: addOn.host, second };
}

/** What the person sees on a tab after clicking: the link it shows, or the words of a failure. */
function outcome(host: AddOnHost): { code?: string; text: string } {
  const text = host.text();
  return { code: MEET_URL.test(text) ? meetCode(text) : undefined, text };
}

/** Every point of one create: each Google call and each user-property write, in order. */
function pointsOfCreate(): InterleavePoint[] {
  const { first, runtime } = twoTabs();
  first.click('Create Meet link');
  const calls = runtime.interleave.reached.filter((p) => p.startsWith('call ')).length;
  const writes = runtime.interleave.reached.filter((p) => p.startsWith('write ')).length;
  expect(calls).toBe(2);
  expect(writes).toBeGreaterThanOrEqual(3); // journal add, journal forget, recent links
  return [
    ...Array.from({ length: calls }, (_, i): InterleavePoint => ({ call: i + 1 })),
    ...Array.from({ length: writes }, (_, i): InterleavePoint => ({ propertyWrite: i + 1 })),
  ];
}

describe('two clicks at once: a second create in the middle of the first, at every call and every property write', () => {
  it.each(pointsOfCreate().map((point) => [JSON.stringify(point), point] as const))('%s', (_name, point) => {
    const { first, second, runtime, leftovers, me } = twoTabs();
    runtime.interleave.at(point, () => second.click('Create Meet link'));
    first.click('Create Meet link');

    // No exception reached either host; each tab shows a made link or the plain busy words.
    expect(first.errors).toEqual([]);
    expect(second.errors).toEqual([]);
    const shown = [outcome(first), outcome(second)];
    for (const { code, text } of shown) {
      if (code) expect(runtime.calendar.hasMeetingCode(code)).toBe(true);
      else expect(text).toContain(BUSY);
    }
    expect(shown[0].code).toBeDefined(); // the first never loses its link to the second
    // Nothing lost: every link shown is among the recent links, and nothing is left in the calendar or journal.
    const history = JSON.parse(runtime.services.userProperties.getProperty(HISTORY_KEY) ?? '[]') as { code: string }[];
    for (const { code } of shown) if (code) expect(history.map((h) => h.code)).toContain(code);
    expect(leftovers()).toEqual([]);
    expect(runtime.services.userProperties.getProperty(JOURNAL_KEY)).toBeNull();
    expect(runtime.calendar.events(me)).toEqual([]);
    // No action past 25 s, and the lock is free once both ended.
    expect(runtime.executions.longestMs()).toBeLessThanOrEqual(25_000);
    expect(runtime.userLock.holder).toBeUndefined();
  });

  it('a daily list in the second, run while the first waits on Google, never deletes the first one’s event', () => {
    const { first, second, runtime, leftovers } = twoTabs({ latencyMs: 300, calendar: { pendingReads: 1 } });
    let secondCalls: string[] = [];
    runtime.interleave.at({ call: 1, api: 'calendar.events.insert' }, () => {
      runtime.services.userProperties.deleteProperty(MARKER_SWEEP_KEY); // the daily list is due for the second
      const before = runtime.log.calls.length;
      second.click('Create Meet link');
      secondCalls = runtime.log.calls.slice(before).map((c) => `${c.api} ${c.status}`);
    });
    first.click('Create Meet link');

    expect(secondCalls[0]).toBe('calendar.events.list 200');
    // The second deleted only its own event: one delete, right after its own insert.
    expect(secondCalls.filter((c) => c.startsWith('calendar.events.delete'))).toEqual(['calendar.events.delete 204']);
    expect(outcome(first).code).toBeDefined();
    expect(outcome(second).code).toBeDefined();
    expect(first.text()).not.toContain('may still be in your calendar');
    expect(leftovers()).toEqual([]);
  });

  it('a second action that finds the lock held for seconds answers in words, and the first one still works', () => {
    const { first, second, runtime, leftovers } = twoTabs();
    runtime.interleave.at({ propertyWrite: 1, key: JOURNAL_KEY }, () => second.click('Create Meet link'));
    first.click('Create Meet link');
    expect(second.text()).toContain(BUSY);
    expect(second.buttons()).toContain('Try again');
    expect(outcome(first).code).toBeDefined();
    expect(leftovers()).toEqual([]);

    second.click('Try again');
    expect(outcome(second).code).toBeDefined();
  });
});

describe('a delete Google does not confirm', () => {
  it('the link card says a temporary event is still in the calendar, and the homepage stops promising otherwise', () => {
    const { host, runtime, leftovers } = openAddOn();
    runtime.faults.inject({ api: 'calendar.events.delete', error: 'serviceUnavailable', times: 'always' });
    host.homepage('GMAIL').click('Create Meet link');
    expect(host.text()).toMatch(MEET_URL);
    expect(host.text()).toContain('A temporary MeetLink event may still be in your calendar; MeetLink removes it within a few minutes.');
    host.back();
    expect(host.text()).not.toContain('Nothing is left in your calendar');
    expect(leftovers()).toHaveLength(1);

    runtime.faults.clear();
    runtime.clock.advance(SAFE_AGE_MS);
    host.click('Create Meet link');
    expect(host.text()).not.toContain('may still be in your calendar');
    host.back();
    expect(host.text()).toContain('Nothing is left in your calendar');
    expect(leftovers()).toEqual([]);
  });
});

describe('a temporary event Google is still replicating', () => {
  it('stays journaled, the link card and the homepage say so, and an action minutes later removes it', () => {
    const { host, runtime, leftovers } = openAddOn();
    // Google answers 404 about the new event for a minute: longer than any action can wait.
    Object.assign(runtime.replicationLag, { enabled: true, lagMs: 60_000 });
    host.homepage('GMAIL').click('Create Meet link');
    expect(host.text()).toMatch(MEET_URL);
    expect(host.text()).toContain(en.temporaryEventLeft);
    host.back();
    expect(host.text()).not.toContain(en.tagline);
    expect(host.text()).toContain(en.temporaryEventLeft);
    expect(leftovers()).toHaveLength(1);
    expect(JSON.parse(runtime.services.userProperties.getProperty(JOURNAL_KEY) ?? '[]')).toHaveLength(1);

    runtime.replicationLag.enabled = false;
    runtime.clock.advance(SAFE_AGE_MS);
    host.click('Create Meet link');
    host.back();
    expect(host.text()).toContain(en.tagline);
    expect(leftovers()).toEqual([]);
  });
});
