import { clickables } from '../../offline/card-query';
import { GENERIC_ERROR, type AddOnHost } from '../../offline/host';
import { openAddOn } from '../support/harness';

/** Presses the button of a card action by its name, whatever the language of its label. */
const press = (host: AddOnHost, action: string) =>
  host.clickAt(clickables(host.card).findIndex((c) => c.onClick.action?.parameters?.some((p: any) => p.key === 'action' && p.value === action)));

/**
 * Whatever a host sends as userLocale or timeZone, no entry fails before its own error handling: a value that is
 * not a string (or a zone whose id is not one) reads as English and the script's zone (Etc/UTC in appsscript.json).
 */
const ODD = [42, {}, { id: 42 }, ['fr'], null, true, ''];

type AddOn = ReturnType<typeof openAddOn>;
const ENTRIES: [string, (addOn: AddOn) => void, string][] = [
  ['onHomepage (Gmail)', ({ host }) => host.homepage('GMAIL'), 'Create Meet link'],
  ['onHomepage (Calendar)', ({ host }) => host.homepage('CALENDAR'), 'Create Meet link'],
  ['onCompose', ({ host }) => host.compose(), 'Insert Meet link'],
  [
    'onGmailMessageOpen',
    ({ host, runtime, me }) => host.openMessage(runtime.gmail.seedMessage({ from: 'bob@example.org', to: me, subject: 'Hi', plainBody: 'Hi' }).id),
    'Reply with Meet link',
  ],
  ['onCalendarEventOpen', ({ host, seed, me }) => host.openEvent({ calendarId: me, id: seed({ summary: 'Standup' }).id! }), 'Add Meet link'],
  ['onSettings', ({ host }) => host.universal('Settings'), 'Save'],
  ['onHelp', ({ host }) => host.universal('Help'), 'How it works'],
  ['onAction', ({ host }) => press(host.homepage('GMAIL'), 'createLink'), 'Create another'],
];

describe('odd userLocale and timeZone values never crash an entry', () => {
  const cases = ENTRIES.flatMap(([name, open, english]) =>
    ODD.flatMap((value) => [
      [name, 'userLocale', value, open, english] as const,
      [name, 'timeZone', value, open, english] as const,
      [name, 'timeZone.id', value, open, english] as const,
    ]),
  );

  it.each(cases)('%s with %s = %j', (_name, field, value, open, english) => {
    const addOn = openAddOn({ account: { locale: 'fr', timeZone: 'Asia/Tokyo' } });
    const { host } = addOn;
    // A link made first, so the homepage lists it with its time.
    press(host.homepage('GMAIL'), 'createLink');
    host.eventHook = (e) => {
      const common = e.commonEventObject;
      if (field === 'userLocale') common.userLocale = value;
      else if (field === 'timeZone') common.timeZone = value;
      else common.timeZone = { ...common.timeZone, id: value };
    };
    open(addOn);
    expect(host.errors).toEqual([]);
    expect(host.notifications).not.toContain(GENERIC_ERROR);
    const text = [host.text(), ...host.buttons()].join('\n');
    // French was asked for only by the value that is odd: with an odd userLocale, English; else French still.
    if (field === 'userLocale') expect(text).toContain(english);
    expect(text).not.toContain('That didn’t work');
  });

  it('an odd zone shows recent links in the script’s zone, an odd locale in English', () => {
    const addOn = openAddOn({ account: { timeZone: 'Asia/Tokyo' } });
    const { host } = addOn;
    host.homepage('GMAIL').click('Create Meet link');
    host.eventHook = (e) => {
      e.commonEventObject.timeZone = { id: { zone: 'Asia/Tokyo' } };
      e.commonEventObject.userLocale = 7;
    };
    host.homepage('GMAIL');
    // The simulated clock starts at 2026-11-23 09:00 UTC (18:00 in Tokyo): the script's zone is Etc/UTC.
    expect(host.text()).toContain('Today 9:00 AM');
    expect(host.text()).toContain('Recent links');
  });
});
