import { CATALOGUES, LOCALES, type Locale, type Messages } from './catalogues.generated';

/**
 * The catalogue of the person being served now.
 *
 * Every entry function of src/index.ts calls useLocale(e) first, so the active catalogue is set from the event
 * object on every call and never carried over from an earlier one. A module-level value is safe here: Apps Script
 * runs one execution at a time in a script process (V8 has no threads and MeetLink starts no async work), so no
 * other person's call can run in between. Passing a catalogue to the ~100 call sites instead would thread a
 * parameter through every card and handler for no gain.
 */
let active: { locale: Locale; intlLocale: string; messages: Messages } = { locale: 'en', intlLocale: 'en', messages: CATALOGUES.en };

/** The locale tag Google sent, when it is a string; anything else (a number, an object, null) reads as none. */
function tagOf(userLocale: unknown): string {
  return typeof userLocale === 'string' ? userLocale.trim().replace(/_/g, '-') : '';
}

/**
 * The catalogue for a locale as Google sends it (`commonEventObject.userLocale`, e.g. "pt-BR", "es-419", "ja"):
 * the exact language-region, else the language (pt → pt-BR, es-419 → es), else English. Any value that is not a
 * string gets English: an entry must never fail on the event object before its own error handling.
 */
export function pickLocale(userLocale: unknown): Locale {
  const tag = tagOf(userLocale).toLowerCase();
  if (!tag) return 'en';
  const exact = LOCALES.find((locale) => locale.toLowerCase() === tag);
  if (exact) return exact;
  const language = tag.split('-')[0];
  return LOCALES.find((locale) => locale.toLowerCase().split('-')[0] === language) ?? 'en';
}

/** Selects the catalogue for this call; called at every entry (src/index.ts). An unknown or missing locale gets English. */
export function useLocale(userLocale: unknown): Locale {
  const locale = pickLocale(userLocale);
  active = { locale, intlLocale: intlLocaleOf(userLocale, locale), messages: CATALOGUES[locale] };
  return locale;
}

/**
 * The locale dates and times are formatted in: the person's own (en-GB writes "23 Nov", en-US "Nov 23") when its
 * language is the catalogue's, else the catalogue's, so the words never mix two languages.
 */
function intlLocaleOf(userLocale: unknown, locale: Locale): string {
  const tag = tagOf(userLocale);
  if (tag && tag.split('-')[0].toLowerCase() === locale.split('-')[0]) {
    try {
      return Intl.DateTimeFormat.supportedLocalesOf([tag])[0] ?? locale;
    } catch {
      return locale;
    }
  }
  return locale;
}

/** The active catalogue's messages, each a plain function compiled at build time. */
export function t(): Messages {
  return active.messages;
}

export function activeLocale(): { locale: Locale; intlLocale: string } {
  return { locale: active.locale, intlLocale: active.intlLocale };
}
