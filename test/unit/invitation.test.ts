import { escapeHtml, renderInvitation, renderLink } from '../../src/invitation';
import type { MeetLink } from '../../src/meet/conference';
import { DEFAULT_TEMPLATE } from '../../src/settings';

const URL = 'https://meet.google.com/abc-mnop-xyz';
const withPhone: MeetLink = {
  url: URL,
  code: 'abc-mnop-xyz',
  dialIn: { number: '+1 650-555-0100', pin: '123456789' },
  morePhonesUrl: 'https://tel.meet/abc-mnop-xyz?pin=123456789',
};
const linkOnly: MeetLink = { url: URL, code: 'abc-mnop-xyz' };

describe('renderInvitation, as text', () => {
  it('fills every placeholder of the default template, ending with a line break', () => {
    expect(renderInvitation(DEFAULT_TEMPLATE, withPhone, 'text')).toBe(
      [
        `Join with Google Meet: ${URL}`,
        'Meeting code: abc-mnop-xyz',
        'Join by phone: +1 650-555-0100 (PIN: 123456789)',
        'More phone numbers: https://tel.meet/abc-mnop-xyz?pin=123456789',
        '',
      ].join('\n'),
    );
  });

  it('leaves out a line whose details the meeting lacks, instead of showing it half empty', () => {
    expect(renderInvitation(DEFAULT_TEMPLATE, linkOnly, 'text')).toBe(`Join with Google Meet: ${URL}\nMeeting code: abc-mnop-xyz\n`);
  });

  it('a dial-in without a PIN keeps only the lines that do not need one', () => {
    const noPin: MeetLink = { ...withPhone, dialIn: { number: '+44 20 7946 0000' } };
    const text = renderInvitation('Call {phone}\nPIN {pin}\n{link}', noPin, 'text');
    expect(text).toBe(`Call +44 20 7946 0000\n${URL}\n`);
  });

  it('keeps the person’s own words and blank lines as they are', () => {
    expect(renderInvitation('Hi <all> & welcome!\n\n{link}', linkOnly, 'text')).toBe(`Hi <all> & welcome!\n\n${URL}\n`);
  });
});

describe('renderInvitation, as HTML', () => {
  it('joins lines with <br>, makes the links clickable and escapes the rest', () => {
    const html = renderInvitation('Hi <all> & welcome: {link}\nCode {code}\nMore: {morePhones}', withPhone, 'html');
    expect(html).toBe(
      `Hi &lt;all&gt; &amp; welcome: <a href="${URL}">${URL}</a><br>Code abc-mnop-xyz<br>` +
        'More: <a href="https://tel.meet/abc-mnop-xyz?pin=123456789">https://tel.meet/abc-mnop-xyz?pin=123456789</a><br>',
    );
  });

  it('a value with markup in it is shown, not run', () => {
    const odd: MeetLink = { ...withPhone, dialIn: { number: '<img src=x onerror=alert(1)>' } };
    expect(renderInvitation('{phone} {link}', odd, 'html')).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(renderInvitation('{phone} {link}', odd, 'html')).not.toContain('<img');
  });
});

describe('renderLink', () => {
  it('is the bare URL in text, and an anchor in HTML', () => {
    expect(renderLink(linkOnly, 'text')).toBe(URL);
    expect(renderLink(linkOnly, 'html')).toBe(`<a href="${URL}">${URL}</a>`);
  });
});

describe('escapeHtml', () => {
  it('escapes the five characters that matter in HTML text and attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('escapes an already escaped text again, so it reads the same as typed', () => {
    expect(escapeHtml('&amp;')).toBe('&amp;amp;');
  });
});
