import { linkAtCursor, onItsOwnLine, renderInvitation, renderLink } from '../../src/invitation';
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
    expect(linkAtCursor(link, 'text')).toBe(`${link.url} `);
    expect(linkAtCursor(link, 'html')).toBe(`<a href="${link.url}">${link.url}</a> `);
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
