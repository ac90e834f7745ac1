import { isMeetingCode, meetCodeOf, meetingCodeIn, meetUrl, TYPED_MAX } from '../../../src/meet/meeting-code';

describe('meetUrl and meetCodeOf', () => {
  it('a code and its link go both ways', () => {
    expect(meetUrl('abc-mnop-xyz')).toBe('https://meet.google.com/abc-mnop-xyz');
    expect(meetCodeOf('https://meet.google.com/abc-mnop-xyz')).toBe('abc-mnop-xyz');
  });

  it.each([
    'http://meet.google.com/abc-mnop-xyz',
    'https://meet.google.com/abc-mnop-xyz?authuser=1',
    'https://meet.google.com.evil.example/abc-mnop-xyz',
    'https://evil.example/https://meet.google.com/abc-mnop-xyz',
    'https://meet.google.com/ABC-MNOP-XYZ',
    'https://meet.google.com/lookup/abc',
    '',
    null,
    undefined,
  ])('%j is not exactly a Meet meeting link', (url) => {
    expect(meetCodeOf(url)).toBeUndefined();
  });
});

describe('isMeetingCode', () => {
  it('three groups of lowercase letters, 3-4-3', () => {
    expect(isMeetingCode('abc-mnop-xyz')).toBe(true);
    for (const code of ['abc-mno-xyz', 'ABC-MNOP-XYZ', 'abcmnopxyz', 'abc-mnop-xyz ', undefined]) expect(isMeetingCode(code)).toBe(false);
  });
});

describe('meetingCodeIn: what a person typed to name a meeting', () => {
  it.each([
    ['abc-mnop-xyz', 'abc-mnop-xyz'],
    ['  ABC-MNOP-XYZ  ', 'abc-mnop-xyz'],
    ['abcmnopxyz', 'abc-mnop-xyz'],
    ['https://meet.google.com/abc-mnop-xyz', 'abc-mnop-xyz'],
    ['meet.google.com/abc-mnop-xyz', 'abc-mnop-xyz'],
    ['https://meet.google.com/abc-mnop-xyz?authuser=0&hs=122', 'abc-mnop-xyz'],
    ['https://meet.google.com/abc-mnop-xyz/', 'abc-mnop-xyz'],
  ])('%j names %s', (typed, code) => {
    expect(meetingCodeIn(typed)).toBe(code);
  });

  it.each(['', 'hello', 'abc-mnop-xy', 'https://evil.example/abc-mnop-xyz', 'abc-mnop-xyz extra', 'abc mnop xyz'])('%j names no meeting', (typed) => {
    expect(meetingCodeIn(typed)).toBeUndefined();
  });

  it(`input longer than ${TYPED_MAX} characters is refused before it is matched`, () => {
    expect(meetingCodeIn(`https://meet.google.com/abc-mnop-xyz?${'a'.repeat(TYPED_MAX)}`)).toBeUndefined();
  });
});
