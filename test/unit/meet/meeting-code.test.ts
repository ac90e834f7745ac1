import { isMeetingCode, meetCodeOf, meetingCodeIn, meetUrl } from '../../../src/meet/meeting-code';

describe('meeting codes', () => {
  it('reads the code of a Meet link, and nothing else', () => {
    expect(meetCodeOf('https://meet.google.com/abc-mnop-xyz')).toBe('abc-mnop-xyz');
    expect(meetCodeOf('https://meet.google.com/abc-mnop-xyz?authuser=1')).toBeUndefined();
    expect(meetCodeOf('https://zoom.us/j/123')).toBeUndefined();
    expect(meetCodeOf(undefined)).toBeUndefined();
  });

  it('finds the code in what a person types: a code in any case, without dashes, or a link', () => {
    expect(meetingCodeIn(' ABC-MNOP-XYZ ')).toBe('abc-mnop-xyz');
    expect(meetingCodeIn('abcmnopxyz')).toBe('abc-mnop-xyz');
    expect(meetingCodeIn('https://meet.google.com/abc-mnop-xyz?authuser=0')).toBe('abc-mnop-xyz');
    expect(meetingCodeIn('meet.google.com/abc-mnop-xyz')).toBe('abc-mnop-xyz');
  });

  it('refuses what is not a meeting code before any request: wrong groups, paths, huge input', () => {
    expect(meetingCodeIn('abcd-mnop-xyz')).toBeUndefined();
    expect(meetingCodeIn('spaces/..')).toBeUndefined();
    expect(meetingCodeIn('../abc-mnop-xyz')).toBeUndefined();
    expect(meetingCodeIn(`abc-mnop-xyz?${'a'.repeat(200_000)}`)).toBeUndefined();
  });

  it('makes the link of a code', () => {
    expect(meetUrl('abc-mnop-xyz')).toBe('https://meet.google.com/abc-mnop-xyz');
    expect(isMeetingCode('abc-mnop-xyz')).toBe(true);
    expect(isMeetingCode('abc-mnop-xyz/x')).toBe(false);
  });
});
