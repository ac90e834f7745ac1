import type { Json } from '../../offline/card-query';
import { toHostResponse } from '../../offline/card-service';
import { validateHostResponse } from '../../offline/card-schema';
import { WORKSPACE } from '../../offline/runtime';
import { HISTORY_KEY } from '../../src/history';
import { MEET_URL, meetCode, openAddOn } from '../support/harness';

const EVIL_LINK = '<a href="https://evil.example/phish">Click to join</a>';
const SCRIPT_URL = 'javascript:alert(document.cookie)';

/**
 * Every string in a card or a response that a host renders as markup, with where it was found: text
 * paragraphs, decorated text and its labels, section headers, draft content (not button labels or card
 * headers, which are plain text).
 */
function markupIn(json: Json, path = ''): { path: string; text: string }[] {
  if (typeof json === 'string')
    return /(text|topLabel|bottomLabel|header|content)$/.test(path) && !/buttons\.\d+\.text$/.test(path) ? [{ path, text: json }] : [];
  if (!json || typeof json !== 'object') return [];
  return Object.entries(json).flatMap(([k, v]) => markupIn(v as Json, path ? `${path}.${k}` : k));
}

/** Every URL a person could open from a response. */
function openableUrls(json: Json): string[] {
  if (!json || typeof json !== 'object') return [];
  return Object.entries(json).flatMap(([k, v]) => (k === 'openLink' || k === 'link' ? [(v as Json)?.url] : openableUrls(v as Json)));
}

/** Hostile values shown as text (escaped), never as markup or links other than https. */
function expectNothingLeaked(json: Json): void {
  for (const { path, text } of markupIn(json)) {
    for (const [, href] of text.matchAll(/<a\s+href="([^"]*)"/gi))
      expect({ path, href }).toEqual({ path, href: expect.stringMatching(/^https:\/\//) });
    expect({ path, text }).toEqual({ path, text: expect.not.stringMatching(/<a href="https:\/\/evil|<b>\+1|javascript:/i) });
  }
  for (const url of openableUrls(json)) expect(url).toMatch(/^https:\/\//);
}

describe('values from Calendar data are shown as text, never as markup', () => {
  it('a third-party conference whose name carries a link and whose URL is javascript:', () => {
    const { host, seed, me } = openAddOn();
    const event = seed({
      summary: 'Hostile',
      conferenceData: {
        conferenceSolution: { key: { type: 'addOn' }, name: EVIL_LINK },
        entryPoints: [{ entryPointType: 'video', uri: SCRIPT_URL, label: SCRIPT_URL }],
        conferenceId: 'x',
      },
    });
    host.openEvent({ calendarId: me, id: event.id! });
    expect(host.errors).toEqual([]);
    expect(host.text()).toContain(`This event uses ${EVIL_LINK}`);
    expectNothingLeaked(host.card);

    host.click(`Remove ${EVIL_LINK}`);
    expect(host.text()).toContain(EVIL_LINK);
    expectNothingLeaked(host.card);
  });

  /** "More phone numbers" pages that are not Google's (tel.meet): never linked, whatever their scheme. */
  const NOT_GOOGLE = [SCRIPT_URL, 'https://evil.example/numbers', 'https://tel.meet.evil.example/abc-mnop-xyz'];

  it.each(NOT_GOOGLE)('a Meet conference whose dial-in label is markup and whose "more numbers" URL is %s', (more) => {
    const { host, seed, me } = openAddOn();
    const event = seed({
      summary: 'Hostile Meet',
      hangoutLink: 'https://meet.google.com/abc-mnop-xyz',
      conferenceData: {
        conferenceSolution: { key: { type: 'hangoutsMeet' }, name: 'Google Meet' },
        conferenceId: 'abc-mnop-xyz',
        entryPoints: [
          { entryPointType: 'video', uri: 'https://meet.google.com/abc-mnop-xyz' },
          { entryPointType: 'phone', uri: 'tel:+1', label: '<b>+1</b> <a href="https://evil.example">555</a>', pin: '<i>1</i>' },
          { entryPointType: 'more', uri: more },
        ],
      },
    });
    host.openEvent({ calendarId: me, id: event.id! });
    expect(host.errors).toEqual([]);
    expect(host.text()).toContain('<b>+1</b>');
    expect(host.text()).not.toContain('More phone numbers');
    expectNothingLeaked(host.card);
  });

  /** A create whose temporary event Google answers with hostile conference details. */
  function hostileCreate(format: 'text' | 'html', more = SCRIPT_URL) {
    const addOn = openAddOn();
    const { runtime } = addOn;
    runtime.services.userProperties.setProperty('meetlink.settings', JSON.stringify({ format, composeDefault: 'link', keepHistory: true }));
    const insert = runtime.calendar.insert.bind(runtime.calendar);
    runtime.calendar.insert = (...args) => {
      const event = insert(...args);
      for (const point of event.conferenceData?.entryPoints ?? []) {
        if (point.entryPointType === 'phone')
          Object.assign(point, { label: '<b>+1</b> <a href="https://evil.example">555</a>', pin: '"><script>x</script>' });
        if (point.entryPointType === 'more') point.uri = more;
      }
      return event;
    };
    return addOn;
  }

  it.each(NOT_GOOGLE)('the link card (more numbers: %s)', (more) => {
    const { host } = hostileCreate('text', more);
    host.homepage('GMAIL').click('Create Meet link');
    expect(host.text()).toMatch(MEET_URL);
    expect(host.text()).toContain('<b>+1</b>');
    expect(host.text()).not.toContain('More phone numbers');
    expectNothingLeaked(host.card);
  });

  it.each((['html', 'text'] as const).flatMap((format) => NOT_GOOGLE.map((more) => [format, more] as const)))(
    'the invitation inserted into a draft (%s, more numbers: %s)',
    (format, more) => {
      const { host } = hostileCreate(format, more);
      host.compose().click('Insert invitation');
      expect(host.errors).toEqual([]);
      const body = host.draft.body;
      expect(body).toMatch(MEET_URL);
      expect(body).not.toContain(more);
      expect(body).not.toContain('More phone numbers'); // a page not on Google's tel.meet is no page: its line is left out
      if (format === 'html') {
        expect(body).not.toMatch(/<b>|<script|evil\.example">/);
        expect(body).toContain('&lt;b&gt;+1&lt;/b&gt;');
        for (const [, href] of body.matchAll(/<a href="([^"]*)"/g)) expect(href).toMatch(/^https:\/\/(meet\.google\.com|tel\.meet)\//);
      }
    },
  );
});

describe('hostile action names and parameters', () => {
  const call = (addOn: ReturnType<typeof openAddOn>, parameters: Record<string, string>) => {
    const returned = addOn.runtime.executions.run(() => addOn.host.bundle.onAction({ commonEventObject: { hostApp: 'GMAIL', parameters } }));
    const response = toHostResponse(returned) as Json;
    validateHostResponse(response);
    return response;
  };

  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', '', 'x'.repeat(10_000), '../../onHomepage'])(
    'action=%s: a plain failure card, no call made',
    (action) => {
      const addOn = openAddOn();
      const response = call(addOn, { action });
      const card = response.action.navigations[0].pushCard;
      expect(card.name).toBe('failure');
      expect(JSON.stringify(card)).toContain('Something unexpected went wrong. Try again.');
      expect(addOn.runtime.log.calls).toEqual([]);
    },
  );

  it.each(['spaces/..', 'spaces/../../calendar/v3', 'spaces/abc?x=1', 'spaces/', '../spaces/abc', `spaces/${'a'.repeat(200)}`])(
    'a space named %s: a plain failure before any request',
    (space) => {
      const addOn = openAddOn({ account: WORKSPACE });
      const response = call(addOn, { action: 'refreshSpace', space, code: 'abc-mnop-xyz', access: 'OPEN' });
      expect(response.action.navigations[0].pushCard.name).toBe('failure');
      expect(addOn.runtime.log.calls).toEqual([]);
    },
  );

  it('a conference name of 200 KB in the card parameters is clipped, not echoed', () => {
    const addOn = openAddOn();
    const response = call(addOn, { action: 'confirmRemove', calendarId: addOn.me, eventId: 'e1', other: `<b>${'z'.repeat(200_000)}` });
    const card = response.action.navigations[0].pushCard;
    expect(JSON.stringify(card).length).toBeLessThan(5_000);
    expectNothingLeaked(card);
  });
});

describe('oversized and path-like meeting lookups are refused before any request', () => {
  it.each([
    ['200 KB of letters', 'abc-'.repeat(50_000)],
    ['a long letter group', 'abcdefghijk-mnop-xyz'],
    ['a dot segment', '..'],
    ['a path', 'abc-mnop-xyz/../../spaces'],
    ['a space name', 'spaces/..'],
    ['a URL on another host', 'https://evil.example/abc-mnop-xyz'],
    ['a code with markup', '<b>abc-mnop-xyz</b>'],
  ])('%s', (_name, typed) => {
    const { host, runtime } = openAddOn({ account: WORKSPACE });
    host.homepage('GMAIL').input('meeting', typed).click('Look up');
    expect(host.errors).toEqual([]);
    expect(host.notifications).toContain('Type a meeting code such as abc-mnop-xyz, or a Meet link.');
    expect(runtime.log.of('meet.')).toEqual([]);
  });
});

describe('recent links', () => {
  it('switching "keep recent links" off deletes what was kept; nothing is kept while it is off', () => {
    const { host, runtime } = openAddOn();
    host.homepage('GMAIL').click('Create Meet link').click('Create another');
    expect(runtime.services.userProperties.getProperty(HISTORY_KEY)).not.toBeNull();

    host.universal('Settings').input('keepHistory', false).click('Save');
    expect(host.notifications).toContain('Settings saved.');
    expect(runtime.services.userProperties.getProperty(HISTORY_KEY)).toBeNull();

    host.homepage('GMAIL').click('Create Meet link');
    expect(runtime.services.userProperties.getProperty(HISTORY_KEY)).toBeNull();
    host.back();
    expect(host.text()).not.toContain('Recent links');

    // On again: nothing comes back.
    host.universal('Settings').input('keepHistory', true).click('Save');
    host.homepage('GMAIL');
    expect(host.text()).toContain('Recent links');
    expect(host.text()).not.toMatch(MEET_URL);
  });

  it('damaged entries (absurd times, foreign URLs, junk) are dropped; the homepage and create still work', () => {
    const { host, runtime } = openAddOn();
    const good = { url: 'https://meet.google.com/abc-mnop-xyz', code: 'abc-mnop-xyz', at: runtime.clock.now() - 60_000 };
    runtime.services.userProperties.setProperty(
      HISTORY_KEY,
      JSON.stringify([
        { url: 'https://meet.google.com/bcd-nopq-yza', code: 'bcd-nopq-yza', at: 1e300 },
        { url: 'https://meet.google.com/cde-opqr-zab', code: 'cde-opqr-zab', at: -1 },
        { url: SCRIPT_URL, code: 'def-pqrs-abc', at: good.at },
        { url: 'https://meet.google.com/efg-qrst-bcd', code: 'xyz', at: good.at },
        null,
        'junk',
        good,
      ]),
    );
    host.homepage('GMAIL');
    expect(host.errors).toEqual([]);
    expect(host.text()).not.toContain('Something unexpected went wrong');
    expect(host.text()).toContain(good.code);
    expect(host.text()).not.toMatch(/bcd-nopq-yza|cde-opqr-zab|def-pqrs-abc|efg-qrst-bcd/);
    expectNothingLeaked(host.card);

    host.click('Create Meet link');
    expect(host.text()).toMatch(MEET_URL);
    const kept = JSON.parse(runtime.services.userProperties.getProperty(HISTORY_KEY)!) as { code: string }[];
    expect(kept.map((e) => e.code)).toEqual([meetCode(host.text()), good.code]);
  });

  it('a history value that is not JSON at all reads as no history', () => {
    const { host, runtime } = openAddOn();
    runtime.services.userProperties.setProperty(HISTORY_KEY, '{"oops');
    host.homepage('GMAIL');
    expect(host.errors).toEqual([]);
    expect(host.text()).toContain('Links you create appear here.');
  });
});
