import { t } from './locale';

/**
 * When something happened, as a person says it in their own zone and language: "Today 09:30", "Yesterday 17:05",
 * "Mon 23 Nov" ("11月23日(月)" in Japanese), with the year when it is not this year's.
 *
 * Intl.DateTimeFormat with a `timeZone` option is standard ECMA-402, and Apps Script's V8 runtime is a current
 * V8 with its ICU data; the offline runtime is Node with full ICU, so both format alike. A zone Intl does not
 * know (it cannot happen with Google's IANA ids, but a bad value must not break the home card) falls back to UTC.
 * "Today" and "yesterday" are the calendar days of `timeZone`, not the last 24 hours.
 */
export function friendlyWhen(ms: number, now: number, timeZone: string, locale: string): string {
  const zone = knownZone(timeZone);
  const day = dayOf(ms, zone);
  const today = dayOf(now, zone);
  if (day === today) return t().whenToday({ time: format(locale, zone, 'time', ms) });
  if (day === previousDay(today)) return t().whenYesterday({ time: format(locale, zone, 'time', ms) });
  return format(locale, zone, day.slice(0, 4) === today.slice(0, 4) ? 'date' : 'dateYear', ms);
}

type Kind = 'time' | 'date' | 'dateYear' | 'day';

const OPTIONS: Record<Kind, Intl.DateTimeFormatOptions> = {
  time: { hour: 'numeric', minute: '2-digit' },
  date: { weekday: 'short', day: 'numeric', month: 'short' },
  dateYear: { day: 'numeric', month: 'short', year: 'numeric' },
  // A sortable calendar day, read back by dayOf.
  day: { year: 'numeric', month: '2-digit', day: '2-digit' },
};

/** Building a formatter costs far more than using one: keep them for the life of the script process. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function format(locale: string, timeZone: string, kind: Kind, ms: number): string {
  const key = `${locale}|${timeZone}|${kind}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(kind === 'day' ? 'en-US' : locale, { ...OPTIONS[kind], timeZone });
    // A 24-hour clock reads "09:30" (en-GB, de, fr, ja…); a 12-hour one "9:30 AM" (en-US).
    if (kind === 'time' && formatter.resolvedOptions().hour12 === false) {
      formatter = new Intl.DateTimeFormat(locale, { ...OPTIONS.time, hour: '2-digit', timeZone });
    }
    formatters.set(key, formatter);
  }
  return formatter.format(ms);
}

/** "2024-11-23": the calendar day of `ms` in the zone. */
function dayOf(ms: number, timeZone: string): string {
  const [month, day, year] = format('en-US', timeZone, 'day', ms).split('/');
  return `${year}-${month}-${day}`;
}

function previousDay(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, date - 1)).toISOString().slice(0, 10);
}

function knownZone(timeZone: string): string {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return timeZone;
  } catch {
    return 'UTC';
  }
}

/**
 * A zone's offset from UTC at `ms`, in minutes (east positive): what DateTimePicker.setTimeZoneOffsetInMins
 * takes, and what "a round half hour in the person's zone" is counted in. An unknown zone is UTC.
 */
export function zoneOffsetMinutes(ms: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: knownZone(timeZone),
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  }).formatToParts(ms);
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const local = Date.UTC(n('year'), n('month') - 1, n('day'), n('hour') % 24, n('minute'));
  return Math.round((local - Math.floor(ms / 60_000) * 60_000) / 60_000);
}

/** A meeting's time as the person reads it in their zone and language: "Thu 3 Dec, 15:00" ("12月3日(木) 15:00"). */
export function meetingWhen(ms: number, timeZone: string, locale: string): string {
  const zone = knownZone(timeZone);
  // Japanese writes the time after the date with a space, never a Latin comma.
  const between = locale.toLowerCase().startsWith('ja') ? ' ' : ', ';
  return `${format(locale, zone, 'date', ms)}${between}${format(locale, zone, 'time', ms)}`;
}

/**
 * A zone as a person reads it, in their language: "Eastern Time", "heure de l’Est", "Coordinated Universal Time"
 * (Intl.DateTimeFormat timeZoneName "longGeneric", ECMA-402; "long" where a runtime lacks it), else its IANA id.
 */
export function zoneName(timeZone: string, locale: string, at: number = Date.now()): string {
  const zone = knownZone(timeZone);
  for (const timeZoneName of ['longGeneric', 'long'] as const) {
    try {
      const part = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName }).formatToParts(at).find((p) => p.type === 'timeZoneName');
      // A zone with no generic name reads "GMT+00:00": its long name ("Coordinated Universal Time") says more.
      if (part?.value && !(timeZoneName === 'longGeneric' && /^(GMT|UTC)([+\u2212-]|$)/.test(part.value))) return part.value;
    } catch {
      // An older runtime without this option: the next one.
    }
  }
  return zone;
}

/**
 * A meeting's time as its guests read it in a reply: the weekday and month in words, the time and the zone's name,
 * since a guest may be in another zone ("Tuesday, November 24 at 3:00 PM GMT", "martes, 24 de noviembre, 16:00
 * CET", "11月25日水曜日 0:00 JST"). One Intl pattern per language, so each reads as its language writes it.
 */
export function meetingWhenForGuests(ms: number, timeZone: string, locale: string): string {
  const zone = knownZone(timeZone);
  const key = `${locale}|${zone}|guests`;
  let formatter = formatters.get(key);
  if (!formatter) {
    const options: Intl.DateTimeFormatOptions = { ...GUESTS, timeZone: zone };
    formatter = new Intl.DateTimeFormat(locale, options);
    // A 24-hour clock reads "09:30", as elsewhere in MeetLink (format, above).
    if (formatter.resolvedOptions().hour12 === false) formatter = new Intl.DateTimeFormat(locale, { ...options, hour: '2-digit' });
    formatters.set(key, formatter);
  }
  return formatter.format(ms);
}

const GUESTS: Intl.DateTimeFormatOptions = {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  hour: 'numeric',
  minute: '2-digit',
  timeZoneName: 'short',
};
/** A time of day as the person reads it in their zone and language: "15:00", "3:00 PM". */
export function timeOfDay(ms: number, timeZone: string, locale: string): string {
  return format(locale, knownZone(timeZone), 'time', ms);
}
