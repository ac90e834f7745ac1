import { build } from 'esbuild';
import { join } from 'node:path';
import { argumentsOf, cataloguesAreCurrent, LOCALES, readCatalogue } from '../../scripts/i18n';
import { CATALOGUES } from '../../src/i18n/catalogues.generated';

const en = readCatalogue('en');

describe.each(LOCALES.filter((l) => l !== 'en').map((l) => [l]))('the %s catalogue', (locale) => {
  const catalogue = readCatalogue(locale);

  it('has every English message and no other', () => {
    expect(Object.keys(catalogue).sort()).toEqual(Object.keys(en).sort());
  });

  it('uses the same named arguments as English in every message, with the same types', () => {
    for (const key of Object.keys(en)) {
      expect([key, Object.fromEntries(argumentsOf(catalogue[key] ?? ''))]).toEqual([key, Object.fromEntries(argumentsOf(en[key]))]);
    }
  });

  it('keeps the literal template placeholders ({link}, {code}…) where English has them', () => {
    const literals = (text: string) => [...text.matchAll(/'\{(\w+)\}'/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(en)) expect([key, literals(catalogue[key])]).toEqual([key, literals(en[key])]);
  });

  it('never asks to tap: MeetLink runs on desktop too', () => {
    const tap = /\b(Tap|Toca|Toque|Tocca|Toccane|Tippen|Appuyez)\b|タップ/;
    for (const key of Object.keys(catalogue)) expect([key, tap.test(catalogue[key])]).toEqual([key, false]);
  });

  it('keeps the names MeetLink and Google Meet (German joins a compound with hyphens: Google-Meet-Link)', () => {
    for (const key of Object.keys(en)) {
      for (const name of ['MeetLink', 'Google Meet']) {
        const kept = catalogue[key].includes(name) || (locale === 'de' && catalogue[key].includes(name.replace(' ', '-')));
        if (en[key].includes(name)) expect([key, kept]).toEqual([key, true]);
      }
    }
  });
});

describe('one term per thing, in each language', () => {
  const all = (locale: (typeof LOCALES)[number]) => Object.entries(readCatalogue(locale));

  it('German says Besprechung for a meeting (as Google Meet does), never Meeting; vorübergehend, never temporär', () => {
    // Studio lists MeetLink's steps by their English names, so Help names the step „After the meeting“ as Studio shows it.
    const studioName = /„After the meeting“/g;
    for (const [key, text] of all('de')) expect([key, /\bMeeting\b|temporär/i.test(text.replace(studioName, ''))]).toEqual([key, false]);
  });

  it('German and Italian name a Google Workspace edition as Google’s Help does in them: Version, versione (never Edition, edizione)', () => {
    // Meet Help 10885841 (hl=de: "Google Workspace-Versionen"; hl=it: "versioni di Google Workspace").
    for (const [key, text] of all('de')) expect([key, /\bEdition\b|Workspace-Edition/.test(text)]).toEqual([key, false]);
    for (const [key, text] of all('it')) expect([key, /edizion/i.test(text)]).toEqual([key, false]);
    expect(readCatalogue('de').cohostsUnavailable).toContain('Google Workspace-Version');
  });

  it('German never glues a name into a compound it cannot hyphenate ("Zoom Meeting-Angaben")', () => {
    for (const [key, text] of all('de')) expect([key, /\{\w+\}-[A-ZÄÖÜ]/.test(text)]).toEqual([key, false]);
  });

  it('Brazilian Portuguese opens Calendar "na Agenda", and names the account kinds one way', () => {
    const pt = readCatalogue('pt-BR');
    expect(pt.openInCalendar).toBe('Abrir na Agenda');
    for (const [key, text] of all('pt-BR')) {
      expect([key, /\bno Agenda\b|de escola|trabalho e escolares|Conta do Google gratuita/.test(text)]).toEqual([key, false]);
    }
  });

  it('Spanish names the account kinds one way, and says videoconferencia', () => {
    for (const [key, text] of all('es')) {
      expect([key, /del trabajo o|trabajo o centro educativo|videollamada|plantilla original/.test(text)]).toEqual([key, false]);
    }
  });

  it('French writes the apostrophe ’, and a label is a libellé', () => {
    for (const [key, text] of all('fr')) expect([key, /[A-Za-zÀ-ÿ]'[A-Za-zÀ-ÿ]|même nom/.test(text)]).toEqual([key, false]);
  });

  it('Japanese: a meeting’s length is 所要時間, and a link’s line joins its parts with ・ as the pinned label does', () => {
    const ja = readCatalogue('ja');
    expect(ja.inviteFieldLength).toBe('所要時間');
    expect([ja.pinnedWhen, ja.pinnedOldWhen].every((text) => !text.includes('·'))).toBe(true);
  });

  it('Japanese: After the meeting joins a participant’s times and marks with ・ too, and lists its counts with 、', () => {
    const ja = readCatalogue('ja');
    for (const key of ['afterSpan', 'afterSpanOngoing', 'afterMark', 'afterCounts']) expect([key, ja[key]!.includes('·')]).toEqual([key, false]);
    expect(ja.afterMark).toBe('{text}・{mark}');
    expect(ja.afterCounts).toContain('、');
  });
});

describe('typography', () => {
  it('English never asks to tap either', () => {
    for (const key of Object.keys(en)) expect([key, /\bTap\b/.test(en[key])]).toEqual([key, false]);
  });

  it('Japanese: no half-width space after 。, lists with 、 rather than ・, and German joins Google-Meet compounds', () => {
    const ja = readCatalogue('ja');
    for (const key of Object.keys(ja)) expect([key, /。 /.test(ja[key]), /[^\s{}・]+・[^\s{}・]+・/.test(ja[key])]).toEqual([key, false, false]);
    const de = readCatalogue('de');
    for (const key of Object.keys(de)) expect([key, /Google Meet-/.test(de[key])]).toEqual([key, false]);
  });

  it('Help names the buttons it mentions in quotes, as each language’s Help already does (Japanese ［…］)', () => {
    const quotes: Record<string, [string, string]> = {
      es: ['«', '»'],
      fr: ['«\u00a0', '\u00a0»'],
      de: ['„', '“'],
      it: ['«', '»'],
      'pt-BR': ['"', '"'],
      ja: ['［', '］'],
    };
    const buttons = ['inviteToMeeting', 'inviteSend', 'openInCalendar', 'replyWithThisLink'];
    for (const [locale, [open, close]] of Object.entries(quotes)) {
      const catalogue = readCatalogue(locale as (typeof LOCALES)[number]);
      for (const key of buttons)
        expect([locale, key, catalogue.helpInvite.includes(`${open}${catalogue[key]}${close}`)]).toEqual([locale, key, true]);
    }
    const ja = readCatalogue('ja');
    for (const key of ['meetingSettings', 'cohostsTitle']) expect([key, ja.helpControls.includes(`［${ja[key]}］`)]).toEqual([key, true]);
    for (const key of ['deleteData', 'clearRecent', 'resetTemplate', 'save'])
      expect([key, ja.helpDeleteData.includes(`［${ja[key]}］`)]).toEqual([key, true]);
  });

  it('Japanese: full-width parentheses next to Japanese text, as in メモ（任意）', () => {
    const ja = readCatalogue('ja');
    const halfWidth = /[\u3040-\u30ff\u4e00-\u9fff]\(|\)[\u3040-\u30ff\u4e00-\u9fff]/;
    for (const key of Object.keys(ja)) expect([key, halfWidth.test(ja[key])]).toEqual([key, false]);
  });

  it('Japanese: the link card’s title is not its own field label again', () => {
    const ja = readCatalogue('ja');
    expect(ja.yourLink).not.toBe(ja.meetLink);
  });
});

describe('plurals', () => {
  it('count in each language’s own way', () => {
    expect(CATALOGUES.en.keepHistoryLabel({ count: 1 })).toBe('Keep my 1 most recent link');
    expect(CATALOGUES.en.keepHistoryLabel({ count: 10 })).toBe('Keep my 10 most recent links');
    expect(CATALOGUES.fr.labelTooLong({ max: 1 })).toContain('1 caractère.');
    expect(CATALOGUES.fr.labelTooLong({ max: 40 })).toContain('40 caractères.');
    expect(CATALOGUES.de.keepHistoryLabel({ count: 1 })).toBe('Meinen letzten Link behalten');
    expect(CATALOGUES['pt-BR'].pinLimit({ max: 5 })).toContain('até 5 links');
    expect(CATALOGUES.ja.keepHistoryLabel({ count: 10 })).toBe('最近のリンクを 10 件保存');
  });
});

/**
 * A translator's first guide: button labels of at most 32 characters. Google documents no character limit for a
 * button; whether a label really fits (beside another one in a footer, in a proportional font) is measured in
 * Chromium by test/e2e/widths.e2e.test.ts, which draws every card in every language in the 336 px side panel.
 */
const BUTTON_MAX = 32;
const BUTTONS = [
  'createLink',
  'createAnother',
  'openInMeet',
  'clearRecent',
  'clear',
  'saveLabel',
  'pin',
  'unpin',
  'back',
  'tryAgain',
  'insertLink',
  'insertInvitation',
  'insertSavedLink',
  'replyWithLink',
  'replyWithInvitation',
  'addMeet',
  'replaceMeet',
  'removeMeet',
  'switchToMeet',
  'replace',
  'remove',
  'cancel',
  'save',
  'resetTemplate',
  'refresh',
  'endMeeting',
  'lookup',
  'afterMeeting',
  'afterShow',
  'recentTitle',
  'recapButton',
] as const;

describe.each(LOCALES.map((l) => [l]))('%s buttons', (locale) => {
  it(`are at most ${BUTTON_MAX} characters`, () => {
    const m = CATALOGUES[locale];
    const labels = [
      ...BUTTONS.map((key) => m[key]()),
      m.removeOther({ name: 'Microsoft Teams' }),
      ...(['access_OPEN', 'access_TRUSTED', 'access_RESTRICTED'] as const).map((key) => m.makeAccess({ access: m[key]() })),
    ];
    for (const label of labels) expect([label, label.length <= BUTTON_MAX]).toEqual([label, true]);
  });
});

describe('the compiled catalogues', () => {
  it('match src/i18n/messages/*.json (run `npm run i18n` after editing a catalogue)', () => {
    expect(cataloguesAreCurrent()).toBe(true);
  });

  it('bundle to ES2020 as plain functions, with no MessageFormat parser or compiler', async () => {
    const result = await build({
      entryPoints: [join(__dirname, '..', '..', 'src', 'i18n', 'catalogues.generated.ts')],
      bundle: true,
      write: false,
      format: 'iife',
      target: 'es2020',
      platform: 'neutral',
      metafile: true,
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((path) => path.includes('node_modules')).every((path) => /@messageformat\/runtime|make-plural/.test(path))).toBe(true);
    expect(inputs.some((path) => /@messageformat\/(parser|core)/.test(path))).toBe(false);
  });
});
