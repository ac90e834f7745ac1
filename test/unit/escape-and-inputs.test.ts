import { userLock } from '../../src/lock/user-lock';
import { isActionName } from '../../src/host/actions';
import { MeetFailure } from '../../src/meet/errors';
import { isSpaceName } from '../../src/meet/meet-port';
import { meetingCodeIn } from '../../src/meet/meeting-code';
import { escapeHtml, googleMeetUrl, htmlLink, httpsUrl, inertLine, inertText } from '../../src/text/escape';

describe('escaping and links', () => {
  it('escapes every character that could open markup or an attribute', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('makes text inert for a description read both as HTML and as text: no tag, entity or control character of its own', () => {
    expect(inertText('<a href="x">Bob</a> <bob@x.org> &lt;b&gt; &#60; &amp Q&A a < b')).toBe(
      '‹a href="x"›Bob‹/a› ‹bob@x.org› ＆lt;b＆gt; ＆#60; ＆amp Q&A a ‹ b',
    );
    expect(inertText('one\r\ntwo\rthree\nfour\u0000\u0007\u001b[31m')).toBe('one\ntwo\nthree\nfour[31m');
    expect(inertLine(' Lunch\r\n<b>today</b>\ttoo\u2028! ')).toBe('Lunch ‹b›today‹/b› too !');
  });

  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'data:text/html,x',
    'http://meet.google.com/abc-mnop-xyz',
    '//evil.example',
    'https://"onmouseover=x',
    `https://a.b/${'x'.repeat(3000)}`,
    ' https://a.b',
  ])('only https: URLs become links: %s does not', (url) => {
    expect(httpsUrl(url)).toBeUndefined();
    expect(htmlLink(url)).not.toContain('<a');
  });

  it.each([
    'https://evil.example/abc',
    'https://meet.google.com.evil.example/abc-mnop-xyz',
    'https://tel.meet.evil.example/abc',
    'https://evil.example/https://meet.google.com/abc',
    'https://meet.google.com@evil.example/abc',
    'https://meet.google.com:8443/abc-mnop-xyz',
    'https://xmeet.google.com/abc',
    'https://google.com/abc',
    'http://tel.meet/abc',
    'javascript://meet.google.com/%0aalert(1)',
    'https://meet.google.com/"><script>',
    42,
    { toString: () => 'https://meet.google.com/abc' },
  ])('a link MeetLink words itself goes only to Google’s Meet hosts: %p is text', (url) => {
    expect(googleMeetUrl(url)).toBeUndefined();
    if (typeof url === 'string') expect(htmlLink(url)).not.toContain('<a');
  });

  it.each(['https://meet.google.com/abc-mnop-xyz', 'https://tel.meet/abc-mnop-xyz?pin=123', 'https://MEET.google.com/abc'])(
    '%s is Google’s',
    (url) => {
      expect(googleMeetUrl(url)).toBe(url);
    },
  );

  it('an https URL becomes a link with its text escaped', () => {
    expect(htmlLink('https://tel.meet/abc?pin=1&x=2', '<b>More</b>')).toBe(
      '<a href="https://tel.meet/abc?pin=1&amp;x=2">&lt;b&gt;More&lt;/b&gt;</a>',
    );
  });
});

describe('strict inputs', () => {
  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty', '', undefined])('%s is not an action', (name) => {
    expect(isActionName(name)).toBe(false);
  });

  it.each(['abc-mnop-xyz', 'ABC-MNOP-XYZ', 'abcmnopxyz', 'https://meet.google.com/abc-mnop-xyz?authuser=0'])('%s is a meeting', (typed) => {
    expect(meetingCodeIn(typed)).toBe('abc-mnop-xyz');
  });

  it.each(['ab-mnop-xyz', 'abcd-mnop-xyz', 'abc-mnopq-xyz', 'abc-'.repeat(60), '..', 'spaces/abc-mnop-xyz', 'abc-mnop-xyz/../x'])(
    '%s is not',
    (typed) => {
      expect(meetingCodeIn(typed)).toBeUndefined();
    },
  );

  it.each(['spaces/..', 'spaces/.', 'spaces/a/b', 'spaces/a?b', 'spaces/', 'abc', `spaces/${'a'.repeat(129)}`])('%s is not a space name', (name) => {
    expect(isSpaceName(name)).toBe(false);
  });

  it('a space name is spaces/ and an id of letters, digits, - and _', () => {
    expect(isSpaceName('spaces/jQCFfuBOdN5z-_0')).toBe(true);
  });
});

describe('the user lock port', () => {
  const time = { now: () => 0, deadline: 20_000 };

  it('releases the lock however the section ends, and is reentrant', () => {
    const calls: string[] = [];
    const lock = userLock(
      () => ({
        tryLock: (ms) => {
          calls.push(`try ${ms}`);
          return true;
        },
        releaseLock: () => void calls.push('release'),
      }),
      time,
    );
    expect(() =>
      lock.withUserLock(() =>
        lock.withUserLock(() => {
          throw new Error('boom');
        }),
      ),
    ).toThrow('boom');
    expect(calls).toEqual(['try 3000', 'release']);
  });

  it('a lock not had in time, or a lock call that throws, is a busy failure and the section does not run', () => {
    let ran = false;
    const refused = userLock(() => ({ tryLock: () => false, releaseLock: () => {} }), time);
    const throwing = userLock(() => {
      throw new Error('Too many LockService operations.');
    }, time);
    for (const lock of [refused, throwing]) {
      let failure: unknown;
      try {
        lock.withUserLock(() => (ran = true));
      } catch (error) {
        failure = error;
      }
      expect(failure).toBeInstanceOf(MeetFailure);
      expect((failure as MeetFailure).kind).toBe('busy');
    }
    expect(ran).toBe(false);
  });

  it('never waits past the action deadline', () => {
    const waits: number[] = [];
    const lock = userLock(
      () => ({
        tryLock: (ms) => {
          waits.push(ms);
          return true;
        },
        releaseLock: () => {},
      }),
      { now: () => 19_000, deadline: 20_000 },
    );
    lock.withUserLock(() => undefined);
    expect(waits).toEqual([1000]);
  });
});
