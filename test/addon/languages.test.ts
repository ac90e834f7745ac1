import { WORKSPACE } from '../../offline/runtime';
import { LOCALES, type Locale } from '../../src/i18n/catalogues.generated';
import { readCatalogue } from '../../scripts/i18n';
import { clickables } from '../../offline/card-query';
import { everyCard } from '../support/every-card';
import { meetCode, openAddOn } from '../support/harness';

/** The person's language and zone reach the cards: the offline host sends account.locale/timeZone as Google does. */
const open = (locale: string, timeZone = 'Europe/London') => openAddOn({ account: { locale, timeZone } });

/** A catalogue's message without arguments, as the person sees it. */
const m = (locale: Locale, key: string) => readCatalogue(locale)[key].replace(/'\{(\w+)\}'/g, '{$1}');

describe.each([
  ['es', 'es' as Locale],
  ['ja', 'ja' as Locale],
])('the add-on in %s', (userLocale, locale) => {
  it('homepage → Create Meet link, with the recent link dated "today" in the person’s words', () => {
    const { host } = open(userLocale);
    host.homepage('GMAIL');
    expect(host.buttons()).toContain(m(locale, 'createLink'));
    host.click(m(locale, 'createLink'));
    expect(meetCode(host.text())).toBeTruthy();
    expect(host.buttons()).toContain(m(locale, 'openInMeet'));
    host.back();
    expect(host.text()).toContain(m(locale, 'recentLinks'));
    expect(host.text()).toMatch(locale === 'ja' ? /\n今日 \d{1,2}:\d\d\n/ : /\nHoy \d{1,2}:\d\d\n/);
  });

  it('adds a Meet link to a Calendar event and says so', () => {
    const { host, seed, me, lastNotification } = open(userLocale);
    const event = seed({ summary: 'Review', start: { dateTime: '2026-12-01T10:00:00Z' }, end: { dateTime: '2026-12-01T11:00:00Z' } });
    host.openEvent({ calendarId: me, id: event.id! });
    expect(host.text()).toContain(m(locale, 'eventHasNoConference'));
    host.click(m(locale, 'addMeet'));
    expect(lastNotification()).toBe(m(locale, 'meetAdded'));
    expect(host.text()).toContain(m(locale, 'eventHasMeet'));
  });

  it('saves the settings, and shows the default template in the person’s language', () => {
    const { host, runtime, lastNotification } = open(userLocale);
    host.universal('Settings');
    expect(host.text()).toContain(m(locale, 'templateLabel'));
    expect(host.text()).toContain(m(locale, 'defaultTemplate').split('\n')[0]);
    host.input('format', 'html').click(m(locale, 'save'));
    expect(lastNotification()).toBe(m(locale, 'saved'));
    expect(JSON.parse(runtime.services.userProperties.getProperty('meetlink.settings')!).format).toBe('html');
    host.input('template', 'x').click(m(locale, 'save'));
    expect(lastNotification()).toBe(m(locale, 'templateNoLink'));
  });
});

describe('the person’s language', () => {
  it.each(['zz', 'ko-KR', '', 'en-GB'])('an unknown or English locale (%j) gets English', (locale) => {
    const { host } = open(locale);
    host.homepage('CALENDAR');
    expect(host.buttons()).toContain('Create Meet link');
  });

  it.each([
    ['pt', 'pt-BR'],
    ['pt-PT', 'pt-BR'],
    ['es-419', 'es'],
    ['fr-CA', 'fr'],
    ['de-AT', 'de'],
  ] as [string, Locale][])('%s is served the %s catalogue', (userLocale, locale) => {
    const { host } = open(userLocale);
    host.homepage('GMAIL');
    expect(host.buttons()).toContain(m(locale, 'createLink'));
  });

  it('is chosen again at every call, never carried over from the previous one', () => {
    const { host, runtime } = open('ja');
    host.homepage('GMAIL');
    expect(host.buttons()).toContain(m('ja', 'createLink'));
    runtime.settings.account.locale = 'en';
    host.universal('Help');
    expect(host.text()).toContain('How it works');
  });

  it('dates recent links in the person’s zone: a link made at 23:30 in London is "yesterday" the next morning', () => {
    const { host, runtime } = open('en-GB', 'Europe/London');
    host.homepage('GMAIL');
    const now = runtime.clock.now();
    const midnight = Date.UTC(new Date(now).getUTCFullYear(), new Date(now).getUTCMonth(), new Date(now).getUTCDate() + 1);
    runtime.clock.advance(midnight - 30 * 60_000 - now); // 23:30 London (UTC in winter)
    host.click('Create Meet link').back();
    expect(host.text()).toContain('Today 23:30');
    runtime.clock.advance(9 * 60 * 60_000); // 08:30 the next day
    host.homepage('GMAIL');
    expect(host.text()).toContain('Yesterday 23:30');
    runtime.settings.account.timeZone = 'Asia/Tokyo'; // 23:30 London is 08:30 the next day in Tokyo, which is today there
    host.homepage('GMAIL');
    expect(host.text()).toContain('Today 08:30');
  });
});

describe.each(LOCALES.map((l) => [l]))('Help and Settings in %s', (locale) => {
  /** A work account: Help tells it about every control it has. */
  const work = () => openAddOn({ account: { ...WORKSPACE, locale, timeZone: 'Europe/London' } });

  it('Help names each Settings switch exactly as the switch reads', () => {
    const { host } = work();
    host.universal('Settings');
    const switches = host.card.sections
      .flatMap((s: any) => s.widgets)
      .filter((w: any) => w.decoratedText?.switchControl)
      .map((w: any) => w.decoratedText.text);
    expect(switches).toHaveLength(6); // history, guests, and the four meeting presets
    const help = host.universal('Help').text();
    for (const name of switches) expect([name, help.includes(name)]).toEqual([name, true]);
  });

  it('Help on work accounts names the buttons as they read, and Privacy says Invite to a meeting reads the subject', () => {
    const { host } = work();
    host.universal('Help');
    const section = (title: string) =>
      host.card.sections
        .find((s: any) => s.header === m(locale, title))
        .widgets.map((w: any) => w.textParagraph?.text ?? '')
        .join(' ');
    const workspace = section('helpWorkspaceTitle');
    for (const key of ['meetingSettings', 'presetsApply', 'settingsTitle', 'endMeeting', 'lookup', 'cohostsTitle']) {
      expect([key, workspace.includes(m(locale, key))]).toEqual([key, true]);
    }
    expect(section('helpPrivacyTitle')).toContain(m(locale, 'inviteToMeeting'));
  });

  it('Help on a free account names the work controls once, in one section, and says why this account lacks them', () => {
    const { host } = open(locale);
    host.universal('Help');
    const headers = host.card.sections.map((s: any) => s.header);
    expect(headers).toContain(m(locale, 'helpWorkspaceTitle'));
    expect(headers).not.toContain(m(locale, 'helpControlsTitle'));
    // Privacy may name what MeetLink remembers about co-hosts; every other section names each control once.
    const text = host.card.sections
      .filter((s: any) => s.header !== m(locale, 'helpPrivacyTitle'))
      .flatMap((s: any) => s.widgets.map((w: any) => w.textParagraph?.text ?? ''))
      .join('\n');
    for (const key of ['meetingSettings', 'endMeeting', 'cohostsTitle']) expect([key, text.split(m(locale, key)).length - 1]).toEqual([key, 1]);
  });

  it('Help speaks to the person, not to whoever deployed MeetLink', () => {
    const { host } = open(locale);
    const help = host.universal('Help').text();
    expect(help).not.toMatch(
      /self-check|autocomprobación|autocontrôle|Selbstprüfung|autoverific|セルフチェック|instaló|déployé|bereitgestellt|installato|instalou|導入/i,
    );
    expect(help).toContain(m(locale, 'replyWithLink'));
  });

  it('side notes are in italics, except in Japanese, whose type has none', () => {
    const { host } = open(locale);
    host.homepage('GMAIL').click(m(locale, 'createLink')).back();
    const hint = JSON.stringify(host.card).includes(`<i>${m(locale, 'recentHint')}</i>`);
    expect(hint).toBe(locale !== 'ja');
    expect(JSON.stringify(host.card).includes(m(locale, 'recentHint'))).toBe(true);
  });
});

describe('one label, one action', () => {
  it.each(LOCALES.flatMap((locale) => (['link', 'invitation'] as const).map((first) => [locale, first] as const)))(
    'the compose card in %s, %s first, never words two actions alike',
    (locale, first) => {
      const { host } = open(locale);
      host.homepage('GMAIL').click(m(locale, 'createLink'));
      host.universal('Settings').input('composeDefault', first).click(m(locale, 'save'));
      host.compose();
      const actions = new Map<string, Set<string>>();
      for (const button of clickables(host.card)) {
        const action = button.onClick.action;
        const what = `${action.function}:${(action.parameters ?? []).find((p: any) => p.key === 'action')?.value}:${(action.parameters ?? []).find((p: any) => p.key === 'as')?.value ?? ''}`;
        actions.set(button.label, (actions.get(button.label) ?? new Set()).add(what));
      }
      for (const [label, what] of actions) expect([label, what.size]).toEqual([label, 1]);
    },
  );
});

describe('Japanese, whose type has no italics', () => {
  it('no card shows a side note in italics', () => {
    for (const [name, card] of everyCard('ja')) expect([name, JSON.stringify(card).includes('<i>')]).toEqual([name, false]);
  });
});

describe('lists in the person’s language', () => {
  it.each([
    ['en', '{date} and {time}'],
    ['es', '{date} y {time}'],
    ['de', '{date} und {time}'],
    ['it', '{date} e {time}'],
    ['pt-BR', '{date} e {time}'],
    ['ja', '{date}、{time}'],
  ])('%s: the unknown placeholders of a template are listed as "%s"', (locale, list) => {
    const { host, lastNotification } = open(locale);
    host
      .universal('Settings')
      .input('template', '{date} {link} {time}')
      .click(m(locale as Locale, 'save'));
    expect(lastNotification()).toContain(list);
  });
});

/**
 * Every screen renders in every language, in that language. Whether its buttons fit is measured in Chromium, in
 * the preview's side panel (test/e2e/widths.e2e.test.ts): a character count cannot tell.
 */
describe.each(LOCALES.map((l) => [l]))('every screen in %s', (locale) => {
  it('home, link, settings, help and event cards: all there, and no English leaks in', () => {
    const { host, seed, me } = open(locale);
    const cards: any[] = [];
    host.homepage('GMAIL');
    cards.push(host.card);
    host.clickAt(0);
    cards.push(host.card);
    host.universal('Settings');
    cards.push(host.card);
    host.universal('Help');
    cards.push(host.card);
    const event = seed(
      { summary: 'Review', start: { dateTime: '2026-12-01T10:00:00Z' }, end: { dateTime: '2026-12-01T11:00:00Z' } },
      { withMeet: true },
    );
    host.openEvent({ calendarId: me, id: event.id! });
    cards.push(host.card);
    expect(cards.flatMap(buttonTexts).length).toBeGreaterThanOrEqual(8);
    for (const card of cards) {
      // No English leaks into another language's card (names and codes aside).
      if (locale !== 'en') expect(JSON.stringify(card)).not.toMatch(/"(Create Meet link|Save|Back|Help|Settings)"/);
    }
  });
});

describe.each(LOCALES.map((l) => [l]))('inviting to a meeting in %s', (locale) => {
  it('the message card, the invite card and its answer: every word translated', () => {
    const { host, runtime, me } = open(locale, 'America/New_York');
    const message = runtime.gmail.seedMessage({ from: 'Bob <bob@example.org>', to: `${me}, carol@example.net`, subject: 'Re: Budget' });
    host.openMessage(message.id);
    const cards: any[] = [host.card];
    host.click(m(locale as Locale, 'inviteToMeeting'));
    cards.push(host.card);
    expect(host.text()).toContain(m(locale as Locale, 'inviteSend'));
    host.input('inviteStart', Date.parse('2026-11-24T15:00:00Z')).click(m(locale as Locale, 'inviteSend'));
    expect(host.errors).toEqual([]);
    cards.push(host.card);
    expect(host.text()).toContain(m(locale as Locale, 'invitedTitle'));
    // 15:00 UTC is 10:00 in New York, in the person's words.
    const when = new Intl.DateTimeFormat(locale, { timeZone: 'America/New_York', hour: 'numeric', minute: '2-digit' }).format(
      Date.parse('2026-11-24T15:00:00Z'),
    );
    expect(host.text()).toContain(when.replace(/^0/, ''));
    for (const card of cards) {
      if (locale !== 'en')
        expect(JSON.stringify(card)).not.toMatch(
          /"(Invite to a meeting|Send invitations|Invitations sent|Open in Calendar|Reply with this link|Guests|Length)"/,
        );
    }
    const [event] = runtime.calendar.events(me).filter((e) => e.attendees?.length);
    expect(event.description).toBe(readCatalogue(locale as Locale).inviteDescriptionFrom.replace('{subject}', 'Re: Budget'));
  });
});

function buttonTexts(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(buttonTexts);
  if (!node || typeof node !== 'object') return [];
  const own = 'text' in node && 'onClick' in node && typeof node.text === 'string' ? [node.text] : [];
  return [...own, ...Object.values(node).flatMap(buttonTexts)];
}
