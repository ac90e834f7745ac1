import { notModelled } from './not-modelled';
/**
 * Utilities.formatDate(date, timeZone, format): "Formats date according to specification described in Java SE
 * SimpleDateFormat class" (developers.google.com/apps-script/reference/utilities/utilities#formatDate). The letters
 * MeetLink and its tests use are implemented as SimpleDateFormat defines them
 * (docs.oracle.com/javase/8/docs/api/java/text/SimpleDateFormat.html); any other letter throws "not modelled",
 * never passes through silently. Quoted text ('...') and '' are kept, as SimpleDateFormat does.
 */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

interface Fields {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number; // 0-23
  minute: number;
  second: number;
  weekday: number; // 0 = Sunday
  offsetMinutes: number;
}

/** A zone's wall clock at `date`, and its offset from UTC: shared by formatDate and the host's timeZone.offset. */
export function fieldsOf(date: Date, timeZone: string): Fields {
  if (Number.isNaN(date.getTime())) throw new Error('Exception: Invalid argument: date');
  let parts: Record<string, string>;
  try {
    parts = Object.fromEntries(
      new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
        weekday: 'short',
      })
        .formatToParts(date)
        .map((p) => [p.type, p.value]),
    );
  } catch {
    throw new Error(`Exception: Invalid argument: timeZone (${timeZone})`);
  }
  const f = { year: +parts.year!, month: +parts.month!, day: +parts.day!, hour: +parts.hour!, minute: +parts.minute!, second: +parts.second! };
  const wall = Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second);
  const offsetMinutes = Math.round((wall - Math.floor(date.getTime() / 1000) * 1000) / 60000);
  return { ...f, weekday: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(parts.weekday!), offsetMinutes };
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** One run of a pattern letter, as SimpleDateFormat reads its count. */
function letter(ch: string, count: number, f: Fields): string {
  switch (ch) {
    case 'y': // Year: "yy" is the last two digits, any other count the full year, zero-padded.
      return count === 2 ? pad(f.year % 100, 2) : pad(f.year, count);
    case 'M': // Month: 3 letters abbreviated text, 4+ full text, else number.
      return count >= 4 ? MONTHS[f.month - 1]! : count === 3 ? MONTHS[f.month - 1]!.slice(0, 3) : pad(f.month, count);
    case 'd':
      return pad(f.day, count);
    case 'H': // Hour in day (0-23)
      return pad(f.hour, count);
    case 'h': // Hour in am/pm (1-12)
      return pad(f.hour % 12 || 12, count);
    case 'm':
      return pad(f.minute, count);
    case 's':
      return pad(f.second, count);
    case 'a': // Am/pm marker
      return f.hour < 12 ? 'AM' : 'PM';
    case 'E': // Day name in week: 4+ full, else abbreviated
      return count >= 4 ? DAYS[f.weekday]! : DAYS[f.weekday]!.slice(0, 3);
    case 'Z': {
      // RFC 822 time zone: -0800
      const sign = f.offsetMinutes < 0 ? '-' : '+';
      const abs = Math.abs(f.offsetMinutes);
      return `${sign}${pad(Math.floor(abs / 60), 2)}${pad(abs % 60, 2)}`;
    }
    case 'X': {
      // ISO 8601 time zone: X = -08, XX = -0800, XXX = -08:00; Z for zero offset.
      if (f.offsetMinutes === 0) return 'Z';
      const sign = f.offsetMinutes < 0 ? '-' : '+';
      const abs = Math.abs(f.offsetMinutes);
      const hh = pad(Math.floor(abs / 60), 2);
      const mm = pad(abs % 60, 2);
      return count === 1 ? `${sign}${hh}` : count === 2 ? `${sign}${hh}${mm}` : `${sign}${hh}:${mm}`;
    }
    default:
      notModelled(`Offline runtime: Utilities.formatDate pattern letter "${ch}" is not modelled (offline/format-date.ts)`);
  }
}

export function formatDate(date: Date, timeZone: string, pattern: string): string {
  const f = fieldsOf(date, timeZone);
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i]!;
    if (ch === "'") {
      // '' is a literal quote; 'text' is literal text.
      if (pattern[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      // Inside quotes, '' is a quote too: read up to the first single ' that is not doubled.
      let j = i + 1;
      while (j < pattern.length && !(pattern[j] === "'" && pattern[j + 1] !== "'")) j += pattern[j] === "'" ? 2 : 1;
      if (j >= pattern.length) throw new Error(`Exception: Invalid argument: unterminated quote in pattern "${pattern}"`);
      out += pattern.slice(i + 1, j).replace(/''/g, "'");
      i = j + 1;
      continue;
    }
    if (/[A-Za-z]/.test(ch)) {
      let count = 1;
      while (pattern[i + count] === ch) count += 1;
      out += letter(ch, count, f);
      i += count;
      continue;
    }
    out += ch;
    i += 1;
  }
  return out;
}
