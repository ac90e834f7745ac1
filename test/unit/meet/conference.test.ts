import type { CalendarEvent } from '../../../src/meet/calendar-port';
import { meetCreateRequest, readConference } from '../../../src/meet/conference';

const URL = 'https://meet.google.com/abc-mnop-xyz';
const MEET = { key: { type: 'hangoutsMeet' }, name: 'Google Meet' };

/** Conference data as Google answers it once the create request succeeded (ConferenceData reference). */
const meetEvent = (entryPoints: object[]): CalendarEvent => ({
  hangoutLink: URL,
  conferenceData: {
    conferenceId: 'abc-mnop-xyz',
    conferenceSolution: MEET,
    createRequest: { requestId: 'r1', status: { statusCode: 'success' } },
    entryPoints,
  },
});

describe('readConference', () => {
  it('an event without conference data has none', () => {
    expect(readConference({ summary: 'Lunch' })).toEqual({ kind: 'none' });
  });

  it('a Meet conference: its link, code, dial-in and the page with more numbers', () => {
    const event = meetEvent([
      { entryPointType: 'video', uri: URL, label: 'meet.google.com/abc-mnop-xyz' },
      { entryPointType: 'phone', uri: 'tel:+1-650-555-0100', label: '+1 650-555-0100', pin: '123456789', regionCode: 'US' },
      { entryPointType: 'more', uri: 'https://tel.meet/abc-mnop-xyz?pin=123456789' },
    ]);
    expect(readConference(event)).toEqual({
      kind: 'meet',
      link: {
        url: URL,
        code: 'abc-mnop-xyz',
        dialIn: { number: '+1 650-555-0100', pin: '123456789', regionCode: 'US' },
        morePhonesUrl: 'https://tel.meet/abc-mnop-xyz?pin=123456789',
      },
    });
  });

  it('a phone entry point without a label shows its number from the tel: URI', () => {
    const event = meetEvent([
      { entryPointType: 'video', uri: URL },
      { entryPointType: 'phone', uri: 'tel:+44-20-7946-0000' },
    ]);
    expect(readConference(event)).toEqual({ kind: 'meet', link: { url: URL, code: 'abc-mnop-xyz', dialIn: { number: '+44-20-7946-0000' } } });
  });

  it('only the hangoutLink (no conference data): still a Meet link', () => {
    expect(readConference({ hangoutLink: URL })).toEqual({ kind: 'meet', link: { url: URL, code: 'abc-mnop-xyz' } });
  });

  it.each([
    ['pending', { kind: 'pending' }],
    ['failure', { kind: 'failed' }],
  ])('a create request still %s: %j, whatever else is there', (statusCode, conference) => {
    const event: CalendarEvent = { conferenceData: { createRequest: { requestId: 'r1', status: { statusCode } }, conferenceSolution: MEET } };
    expect(readConference(event)).toEqual(conference);
  });

  it('another provider’s conference is named, with its join URL', () => {
    const event: CalendarEvent = {
      conferenceData: {
        conferenceSolution: { key: { type: 'addOn' }, name: 'Zoom Meeting' },
        entryPoints: [{ entryPointType: 'video', uri: 'https://zoom.us/j/123' }],
      },
    };
    expect(readConference(event)).toEqual({ kind: 'other', name: 'Zoom Meeting', url: 'https://zoom.us/j/123' });
  });

  it('a nameless provider gets a generic name rather than an empty one', () => {
    const event: CalendarEvent = {
      conferenceData: { conferenceSolution: { key: { type: 'addOn' } }, entryPoints: [{ entryPointType: 'video', uri: 'https://x.example/1' }] },
    };
    expect(readConference(event)).toMatchObject({ kind: 'other', name: 'Another conferencing service' });
  });

  it('a "Meet" conference whose link is not a Meet meeting link is not passed off as one', () => {
    const event = meetEvent([{ entryPointType: 'video', uri: 'https://evil.example/abc-mnop-xyz' }]);
    delete event.hangoutLink;
    expect(readConference(event)).toEqual({ kind: 'other', name: 'Video call', url: 'https://evil.example/abc-mnop-xyz' });
  });
});

describe('meetCreateRequest', () => {
  it('asks for a Google Meet conference under the request id given', () => {
    expect(meetCreateRequest('req-1')).toEqual({ createRequest: { requestId: 'req-1', conferenceSolutionKey: { type: 'hangoutsMeet' } } });
  });
});
