import { googleCalendarEventUrl } from '../../src/text/escape';
import { defaultStart, instantOfWallTime, isEmailAddress, isMyAddress, meetingTitleOf, threadGuests } from '../../src/actions/invite-form';
import { zoneOffsetMinutes } from '../../src/i18n/when';

describe('the invite form, filled from the email', () => {
  it.each([
    ['Re: Budget', 'Budget'],
    ['RE: AW: Fwd: FW: Budget', 'Budget'],
    ['Re[2]: Budget', 'Budget'],
    ['WG: TR: RV: Enc: RES: Budget', 'Budget'],
    ['R: I: Budget', 'Budget'],
    ['Re： 予算', '予算'],
    ['返信: 転送: 予算', '予算'],
    ['Reunion: Q3', 'Reunion: Q3'],
    ['Review the plan', 'Review the plan'],
  ])('the title of "%s" is "%s"', (subject, title) => {
    expect(meetingTitleOf(subject)).toBe(title);
  });

  it('knows the person in any Gmail spelling, and no one else', () => {
    expect(isMyAddress('a.d.a+lists@googlemail.com', 'ada@gmail.com')).toBe(true);
    expect(isMyAddress('ADA@GMAIL.COM', 'ada@gmail.com')).toBe(true);
    expect(isMyAddress('a.da@example.com', 'ada@example.com')).toBe(false);
    expect(isMyAddress('ada@example.com', '')).toBe(false);
  });

  it('lists everyone on the email once, sender first', () => {
    const guests = threadGuests({ from: 'Bob <bob@x.org>', replyTo: '', to: 'ada@gmail.com, bob@x.org', cc: 'Carol <carol@y.net>' }, 'ada@gmail.com');
    expect(guests.map((g) => g.email)).toEqual(['bob@x.org', 'carol@y.net']);
  });

  it('reads headers as Gmail writes them, and never lists the person as their own guest', () => {
    const guests = threadGuests(
      {
        from: 'bob@x.org (Bob Stone)',
        replyTo: '',
        to: 'Team: ada@gmail.com (Ada), "Doe, Jane" <Jane@X.org>;, undisclosed-recipients:;',
        cc: '"john doe"@y.net, A.D.A+list@googlemail.com (me again), tomorrow',
      },
      'ada@gmail.com',
    );
    expect(guests).toEqual([
      { email: 'bob@x.org', entry: '"Bob Stone" <bob@x.org>' },
      { email: 'jane@x.org', entry: '"Doe, Jane" <jane@x.org>' },
      { email: '"john doe"@y.net', entry: '"john doe"@y.net' },
    ]);
  });

  it('checks addresses loosely but refuses what is not one', () => {
    expect(isEmailAddress('ana.díaz@example.com')).toBe(true);
    expect(isEmailAddress('"john doe"@example.com')).toBe(true);
    for (const bad of ['undisclosed-recipients:;', 'bob', 'bob@x', 'a b@x.org', '<bob@x.org>', '"a"b"@x.org'])
      expect(isEmailAddress(bad)).toBe(false);
  });
});

describe('the default time: the next round half hour at least an hour from now, in the person’s zone', () => {
  it.each([
    ['2026-11-23T09:00:00Z', 'Europe/London', '2026-11-23T10:00:00.000Z'],
    ['2026-11-23T09:01:00Z', 'Europe/London', '2026-11-23T10:30:00.000Z'],
    ['2026-11-23T09:10:00Z', 'Asia/Kathmandu', '2026-11-23T10:15:00.000Z'],
    ['2026-11-23T09:10:00Z', 'Asia/Kolkata', '2026-11-23T10:30:00.000Z'],
    // The night clocks go back in New York (01:00 EDT → 01:00 EST): still a round half hour, at least an hour away.
    ['2026-11-01T05:10:00Z', 'America/New_York', '2026-11-01T06:30:00.000Z'],
  ])('at %s in %s: %s', (now, zone, expected) => {
    const start = defaultStart(Date.parse(now), zone);
    expect(new Date(start).toISOString()).toBe(expected);
    expect(start - Date.parse(now)).toBeGreaterThanOrEqual(3_600_000);
    expect((((start / 60_000 + zoneOffsetMinutes(start, zone)) % 30) + 30) % 30).toBe(0);
  });

  it('reads a wall time as the instant it is in the zone, on either side of a daylight-saving change', () => {
    expect(new Date(instantOfWallTime(Date.UTC(2027, 3, 1, 10), 'Europe/London')).toISOString()).toBe('2027-04-01T09:00:00.000Z');
    expect(new Date(instantOfWallTime(Date.UTC(2026, 10, 24, 10), 'Europe/London')).toISOString()).toBe('2026-11-24T10:00:00.000Z');
    expect(new Date(instantOfWallTime(Date.UTC(2026, 10, 24, 10), 'America/New_York')).toISOString()).toBe('2026-11-24T15:00:00.000Z');
    expect(new Date(instantOfWallTime(Date.UTC(2026, 6, 1, 10), 'America/New_York')).toISOString()).toBe('2026-07-01T14:00:00.000Z');
  });

  it('zone offsets as the picker takes them: minutes east of UTC', () => {
    expect(zoneOffsetMinutes(Date.parse('2026-07-01T12:00:00Z'), 'America/New_York')).toBe(-240);
    expect(zoneOffsetMinutes(Date.parse('2026-12-01T12:00:00Z'), 'America/New_York')).toBe(-300);
    expect(zoneOffsetMinutes(Date.parse('2026-12-01T12:00:00Z'), 'Asia/Kathmandu')).toBe(345);
    expect(zoneOffsetMinutes(Date.parse('2026-12-01T12:00:00Z'), 'Not/AZone')).toBe(0);
  });
});

describe('"Open in Calendar" opens only the event’s page in Google Calendar', () => {
  it('accepts the htmlLink Calendar answers, and nothing else', () => {
    expect(googleCalendarEventUrl('https://www.google.com/calendar/event?eid=bWVldA')).toBe('https://www.google.com/calendar/event?eid=bWVldA');
    expect(googleCalendarEventUrl('https://calendar.google.com/calendar/event?eid=bWVldA')).toBeDefined();
    for (const bad of [
      'http://www.google.com/calendar/event?eid=x',
      'https://www.google.com/search?q=x',
      'https://www.google.com.evil.example/calendar/event',
      'https://calendar.google.com.evil.example/x',
      'javascript:alert(1)',
      undefined,
    ]) {
      expect(googleCalendarEventUrl(bad)).toBeUndefined();
    }
  });
});
