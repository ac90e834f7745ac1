/**
 * The languages and time zones the control panel offers for the simulated person (the runtime's account:
 * `locale`, `timeZone` in offline/runtime.ts). The host passes them to the add-on as
 * commonEventObject.userLocale ("the user's language and country/region identifier, for example en-US") and
 * commonEventObject.timeZone.id ("for example America/New_York"):
 * https://developers.google.com/workspace/add-ons/how-tos/access-user-locale
 * POST /api/settings accepts other well-formed values too (an unknown locale must get English).
 */
export const LANGUAGES = [
  { value: 'en-US', label: 'English' },
  { value: 'es-ES', label: 'Español' },
  { value: 'fr-FR', label: 'Français' },
  { value: 'de-DE', label: 'Deutsch' },
  { value: 'pt-BR', label: 'Português (Brasil)' },
  { value: 'it-IT', label: 'Italiano' },
  { value: 'ja-JP', label: '日本語' },
] as const;

export const TIME_ZONES = ['Europe/London', 'America/New_York', 'Asia/Tokyo', 'America/Sao_Paulo', 'Europe/Berlin'] as const;

/** Language, then optional script/region/variant subtags (BCP 47's shape, loosely): `ja`, `pt-BR`, `zh-Hant-TW`. */
const LOCALE_SHAPE = /^[a-zA-Z]{2,3}(?:[-_][a-zA-Z0-9]{2,8}){0,3}$/;

export const isLocale = (value: unknown): value is string => typeof value === 'string' && LOCALE_SHAPE.test(value);

/** An IANA zone this Node knows (Intl refuses the others with a RangeError). */
export function isTimeZone(value: unknown): value is string {
  if (typeof value !== 'string' || !value) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** The offered language a locale reads as: the exact one, else one of the same language (`en` → English). */
export function offeredLanguage(locale: string): string {
  const exact = LANGUAGES.find((l) => l.value.toLowerCase() === locale.toLowerCase());
  if (exact) return exact.value;
  const language = locale.split(/[-_]/)[0]!.toLowerCase();
  return LANGUAGES.find((l) => l.value.startsWith(`${language}-`))?.value ?? locale;
}
