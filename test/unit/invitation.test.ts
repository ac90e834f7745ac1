import { linkAtCursor, onItsOwnLine, plainTextOf, renderInvitation, renderLink } from '../../src/invitation';
import { escapeHtml } from '../../src/text/escape';

const link = {
  url: 'https://meet.google.com/abc-mnop-xyz',
  code: 'abc-mnop-xyz',
  dialIn: { number: '+1 650-555-0100', pin: '123456' },
  morePhonesUrl: 'https://tel.meet/abc-mnop-xyz?pin=123456',
};

describe('the invitation', () => {
  it('fills every placeholder and leaves out lines whose details the meeting lacks', () => {
    const template = 'Join: {link}\nCode: {code}\nPhone: {phone} (PIN {pin})';
    expect(renderInvitation(template, link, 'text')).toBe(
      'Join: https://meet.google.com/abc-mnop-xyz\nCode: abc-mnop-xyz\nPhone: +1 650-555-0100 (PIN 123456)\n',
    );
    expect(renderInvitation(template, { url: link.url, code: link.code }, 'text')).toBe(
      'Join: https://meet.google.com/abc-mnop-xyz\nCode: abc-mnop-xyz\n',
    );
  });

  it('keeps the person’s bold and links in rich text, and escapes everything else', () => {
    const html = renderInvitation('<b>Join</b> <script>x</script>: {link}', link, 'html');
    expect(html).toBe(
      '<b>Join</b> &lt;script&gt;x&lt;/script&gt;: <a href="https://meet.google.com/abc-mnop-xyz">https://meet.google.com/abc-mnop-xyz</a><br>',
    );
  });

  it('closes a tag the person left open at the end of its line', () => {
    expect(renderInvitation('<b>Join {link}', link, 'html')).toMatch(/<\/b><br>$/);
  });

  it('escapes a label from the person in rich text', () => {
    expect(renderInvitation('{label}: {link}', { ...link, label: 'Tom & <Jerry>' }, 'html')).toMatch(/^Tom &amp; &lt;Jerry&gt;: /);
  });

  it('starts an invitation inserted at the cursor on its own line', () => {
    expect(onItsOwnLine('Join\n', 'text')).toBe('\nJoin\n');
    expect(onItsOwnLine('Join<br>', 'html')).toBe('<br>Join<br>');
  });

  it('inserts the bare link as text, or as a link in HTML', () => {
    expect(renderLink(link, 'text')).toBe(link.url);
    expect(renderLink(link, 'html')).toBe(`<a href="${link.url}">${link.url}</a>`);
    expect(linkAtCursor(link, 'text')).toBe(` ${link.url} `);
    expect(linkAtCursor(link, 'html')).toBe(` <a href="${link.url}">${link.url}</a> `);
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('escapes markup after the last placeholder of a rich-text template', () => {
    expect(renderInvitation('<b>Join</b> {link} & <img src=x onerror="y">', link, 'html')).toBe(
      `<b>Join</b> <a href="${link.url}">${link.url}</a> &amp; &lt;img src=x onerror=&quot;y&quot;&gt;<br>`,
    );
  });
});

describe('a template never loses the link', () => {
  const bare = { url: link.url, code: link.code };
  it.each([
    ['Meeting {label}: {link}', 'Meeting: URL'],
    ['{label}: {link}', 'URL'],
    ['{label} {link} {morePhones}', 'URL'],
    ['{link} – {label}', 'URL'],
    ['{link} ({label})', 'URL'],
    ['<b>{label}</b> {link}', 'URL'],
    ['{link} <a href="{morePhones}">more numbers</a>', 'URL'],
    ['Join {link}, PIN {pin}.', 'Join URL, PIN.'], // a word before a detail stays: position and punctuation only
  ])('%s, for a link with no label or dial-in: %s', (template, expected) => {
    expect(renderInvitation(template, bare, 'text')).toBe(`${expected.replace('URL', link.url)}\n`);
  });

  it('gives a link with no text its URL as text in rich text, never an empty anchor', () => {
    expect(renderInvitation('<a href="{link}">{label}</a>', bare, 'html')).toBe(`<a href="${link.url}">${link.url}</a><br>`);
    expect(renderInvitation('<a href="{link}"><b>{label}</b></a>', bare, 'html')).toBe(`<a href="${link.url}">${link.url}</a><br>`);
    expect(renderInvitation('<a href="{link}">{label}</a>', { ...bare, label: 'Office hours' }, 'html')).toBe(
      `<a href="${link.url}">Office hours</a><br>`,
    );
  });

  it('still leaves out a line without the link whose details are missing, and keeps a full one as it was', () => {
    expect(renderInvitation('{label}\nJoin {link}\nPhone {phone}', bare, 'text')).toBe(`Join ${link.url}\n`);
    expect(renderInvitation('Meeting {label}: {link} ({code})', { ...link, label: 'Standup' }, 'text')).toBe(
      `Meeting Standup: ${link.url} (${link.code})\n`,
    );
  });

  it('links "more phone numbers" only to Google’s page; any other page leaves its line out', () => {
    for (const morePhonesUrl of [
      'https://tel.meet.evil.example/x',
      'https://evil.example/tel.meet',
      'javascript:alert(1)',
      'https://tel.meet:8443/x',
    ]) {
      expect(renderInvitation('{link}\nMore: {morePhones}', { ...link, morePhonesUrl }, 'html')).toBe(`<a href="${link.url}">${link.url}</a><br>`);
    }
  });

  it('reads the plain-text alternative of a rich invitation from its HTML: words, links and no tag', () => {
    const html = renderInvitation('<b>Join</b> <a href="{link}">here</a> & <a href="{link}">{label}</a>\nCode: {code}', link, 'html');
    expect(plainTextOf(html)).toBe(`Join here (${link.url}) & ${link.url}\nCode: ${link.code}\n`);
  });
});
