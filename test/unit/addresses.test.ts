import { parseAddressList } from '../../src/text/addresses';

/** src/text/addresses.ts: address lists read as RFC 5322 §3.4 says, by the email-addresses parser. */
describe('address lists, as Gmail writes them and people paste them', () => {
  it.each([
    ['a quoted name holding a comma', '"Doe, Jane" <Jane@X.org>, bob@y.org', [['jane@x.org', 'Doe, Jane'], ['bob@y.org']]],
    ['a group, then a mailbox', 'Team: a@x.org, "Doe, Jane" <j@y.org>;, c@z.org', [['a@x.org'], ['j@y.org', 'Doe, Jane'], ['c@z.org']]],
    ['an empty group', 'undisclosed-recipients:;', []],
    ['a comment after the address, standing for a name', 'bob@x.org (Bob, the builder)', [['bob@x.org', 'Bob, the builder']]],
    ['a comment before it', '(work) bob@x.org', [['bob@x.org', 'work']]],
    ['a name and a comment', 'Bob <bob@x.org> (work)', [['bob@x.org', 'Bob']]],
    [
      'a quoted local part, kept quoted',
      '"john doe"@example.com, "john..doe"@example.com',
      [['"john doe"@example.com'], ['"john..doe"@example.com']],
    ],
    ['an escaped quote in a name', '"a\\"b" <q@x.org>', [['q@x.org', 'a"b']]],
    ['UTF-8 (RFC 6532)', 'José <josé@exämple.com>', [['josé@exämple.com', 'José']]],
    [
      'semicolons, spaces and line breaks between addresses',
      'a@x.org; b@y.org c@z.org\nDi <d@w.org>',
      [['a@x.org'], ['b@y.org'], ['c@z.org'], ['d@w.org', 'Di']],
    ],
    ['a name that hides markup, as text', '"<b>Eve</b> <img src=x>" <eve@example.org>', [['eve@example.org', '<b>Eve</b> <img src=x>']]],
  ])('%s', (_what, list, expected) => {
    const { mailboxes, unreadable } = parseAddressList(list);
    expect(mailboxes.map((m) => (m.name ? [m.email, m.name] : [m.email]))).toEqual(expected);
    expect(unreadable).toEqual([]);
  });

  it('sets aside what is no address, as written, and reads on after it', () => {
    expect(parseAddressList('ben@example.com, tomorrow, Bob Smith bob@x.org; cy@example.com')).toEqual({
      mailboxes: [{ email: 'ben@example.com' }, { email: 'cy@example.com' }],
      unreadable: ['tomorrow', 'Bob Smith bob@x.org'],
    });
    expect(parseAddressList('')).toEqual({ mailboxes: [], unreadable: [] });
    expect(parseAddressList(undefined)).toEqual({ mailboxes: [], unreadable: [] });
    expect(parseAddressList(' ;, \n')).toEqual({ mailboxes: [], unreadable: [] });
  });
});
