import { useLocale, activeLocale } from '../../src/i18n/locale';
import { friendlyWhen, meetingWhen } from '../../src/i18n/when';

const now = Date.parse('2026-11-25T10:00:00Z'); // a Wednesday
const at = (iso: string) => Date.parse(iso);

function when(userLocale: string, ms: number, timeZone = 'Europe/London') {
  useLocale(userLocale);
  return friendlyWhen(ms, now, timeZone, activeLocale().intlLocale);
}

afterEach(() => useLocale(undefined));

describe('friendlyWhen', () => {
  it('says today and yesterday in the person’s words and clock', () => {
    expect(when('en-GB', at('2026-11-25T09:30:00Z'))).toBe('Today 09:30');
    expect(when('en-US', at('2026-11-24T17:05:00Z'))).toBe('Yesterday 5:05 PM');
    expect(when('de', at('2026-11-24T17:05:00Z'))).toBe('Gestern 17:05');
    expect(when('ja', at('2026-11-25T09:30:00Z'), 'Asia/Tokyo')).toBe('今日 18:30');
  });

  it('names an older day with the weekday, in each language’s order', () => {
    expect(when('en-GB', at('2026-11-23T12:00:00Z'))).toBe('Mon 23 Nov');
    expect(when('ja', at('2026-11-23T12:00:00Z'), 'Asia/Tokyo')).toBe('11月23日(月)');
    expect(when('fr', at('2026-11-23T12:00:00Z'))).toBe('lun. 23 nov.');
  });

  it('counts days in the person’s zone, not in UTC', () => {
    // 23:30 on the 24th in New York is 04:30 on the 25th in UTC: yesterday for New York, still.
    expect(when('en-US', at('2026-11-25T04:30:00Z'), 'America/New_York')).toBe('Yesterday 11:30 PM');
  });

  it('says "Today" for the person’s day when their date is not UTC’s (21:00 in New York)', () => {
    const nineInTheEvening = at('2026-11-26T02:00:00Z'); // 21:00 on the 25th in New York, already the 26th in UTC
    const whenInNewYork = (ms: number) => {
      useLocale('en-US');
      return friendlyWhen(ms, nineInTheEvening, 'America/New_York', activeLocale().intlLocale);
    };
    expect(whenInNewYork(at('2026-11-25T23:30:00Z'))).toBe('Today 6:30 PM'); // the 25th in UTC: "yesterday" there
    expect(whenInNewYork(at('2026-11-25T03:00:00Z'))).toBe('Yesterday 10:00 PM'); // 22:00 on the 24th in New York
  });

  it('adds the year to a day of another year, and survives an unknown zone', () => {
    expect(when('en-GB', at('2025-11-23T12:00:00Z'))).toBe('23 Nov 2025');
    expect(when('en-GB', at('2026-11-25T09:30:00Z'), 'Not/AZone')).toBe('Today 09:30');
  });
});

describe('a meeting’s time, as the invitation card shows it', () => {
  // Thursday 3 December 2026, 15:00 in Tokyo (06:00 UTC).
  const ms = Date.UTC(2026, 11, 3, 6, 0);
  it('reads "12月3日(木) 15:00" in Japanese: a space, no Latin comma', () => {
    const text = meetingWhen(ms, 'Asia/Tokyo', 'ja');
    expect(text).toMatch(/^12月3日\(木\) 15:00$/);
  });
  it('keeps the comma in English', () => {
    expect(meetingWhen(ms, 'Asia/Tokyo', 'en-GB')).toBe('Thu 3 Dec, 15:00');
  });
});
