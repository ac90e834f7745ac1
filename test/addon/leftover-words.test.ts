import { AddOnHost } from '../../offline/host';
import { JOURNAL_KEY, SAFE_AGE_MS } from '../../src/meet/temporary-event';
import { MEET_URL, openAddOn } from '../support/harness';

/**
 * The leftover warning is true: it says a temporary event MAY still be in the calendar and that MeetLink removes
 * it within a few minutes, and it is shown only when an insert may have reached Google and its delete was not
 * confirmed, never for an action that is still running or whose insert Google refused.
 */
const WARNING = 'A temporary MeetLink event may still be in your calendar; MeetLink removes it within a few minutes.';
const NOTHING_LEFT = 'Nothing is left in your calendar';

describe('the leftover warning', () => {
  it('is not shown on another tab while an action whose insert Google refused is still running', () => {
    const { host, runtime, leftovers } = openAddOn();
    const other = new AddOnHost(runtime);
    host.homepage('GMAIL');
    runtime.faults.inject({ api: 'calendar.events.insert', error: 'quotaExceeded' });
    let seenByOther = '';
    // Right after Google refused the insert, before the first action cleared its journal entry.
    runtime.interleave.at({ call: 1, api: 'calendar.events.insert' }, () => {
      seenByOther = other.homepage('GMAIL').text();
    });
    host.click('Create Meet link');
    expect(runtime.services.userProperties.getProperty(JOURNAL_KEY)).toBeNull();
    expect(seenByOther).toContain(NOTHING_LEFT);
    expect(seenByOther).not.toContain(WARNING);
    expect(host.text()).toContain('daily limit');
    expect(host.text()).not.toContain(WARNING);
    expect(leftovers()).toEqual([]);
  });

  it('is shown at once, on the link card and the homepage, when Google did not confirm the delete', () => {
    const { host, runtime, leftovers } = openAddOn();
    runtime.faults.inject({ api: 'calendar.events.delete', error: 'serviceUnavailable', times: 'always' });
    host.homepage('GMAIL').click('Create Meet link');
    expect(host.text()).toMatch(MEET_URL);
    expect(host.text()).toContain(WARNING);
    expect(host.back().text()).toContain(WARNING);
    expect(host.text()).not.toContain(NOTHING_LEFT);
    expect(leftovers()).toHaveLength(1);
  });

  it('is shown for an entry an action wrote down minutes ago and never cleared (it stopped half-way)', () => {
    const { host, runtime } = openAddOn();
    const at = runtime.clock.now();
    runtime.services.userProperties.setProperty(JOURNAL_KEY, JSON.stringify([{ id: 'meetlink0123456789abcdef', at }]));
    expect(host.homepage('GMAIL').text()).not.toContain(WARNING); // an action of seconds ago may still be running
    runtime.clock.advance(SAFE_AGE_MS);
    expect(host.homepage('GMAIL').text()).toContain(WARNING);
  });

  it.each([
    ['en', 'may still be in your calendar; MeetLink removes it within a few minutes'],
    ['es', 'Puede que un evento temporal de MeetLink siga en tu calendario; MeetLink lo elimina en unos minutos'],
    ['fr', 'est peut-être encore dans votre agenda ; MeetLink le supprime d’ici quelques minutes'],
    ['de', 'ist möglicherweise noch in Ihrem Kalender; MeetLink entfernt ihn innerhalb weniger Minuten'],
    ['it', 'potrebbe essere ancora nel tuo calendario; MeetLink lo rimuove entro pochi minuti'],
    ['pt-BR', 'ainda pode estar na sua agenda; o MeetLink o remove em poucos minutos'],
    ['ja', 'まだカレンダーに残っている可能性があります。MeetLink が数分以内に削除します'],
  ])('says "may" and "within a few minutes" in %s', (locale, words) => {
    const { host, runtime } = openAddOn({ account: { locale } });
    runtime.faults.inject({ api: 'calendar.events.delete', error: 'serviceUnavailable', times: 'always' });
    host.homepage('GMAIL').clickAt(host.buttons().length - 1); // the footer's Create Meet link, in any language
    expect(host.text()).toContain(words);
  });
});
