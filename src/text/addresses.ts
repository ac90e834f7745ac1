import emailAddresses from 'email-addresses';

/**
 * Email addresses as Gmail writes them and people paste them, read as RFC 5322 §3.4 says, by the `email-addresses`
 * parser (its grammar is the RFC's): `"Doe, Jane" <jane@x.org>`, groups (`Team: a@x.org, b@y.org;`, and the empty
 * `undisclosed-recipients:;`), comments (`bob@x.org (Bob)`), quoted local parts (`"john doe"@x.org`), UTF-8
 * (RFC 6532). The one place MeetLink reads an address list: the invite's From, Reply-To, To and Cc headers, and the
 * co-host field.
 */
export interface Mailbox {
  /**
   * The addr-spec, lower-cased: a local part that is no dot-atom stays quoted, so `"john doe"@x.org` is not read as
   * the different (and invalid) `john doe@x.org`.
   */
  email: string;
  /** The display name, or else a comment standing for one (`bob@x.org (Bob)`). */
  name?: string;
}

export interface AddressList {
  /** Every mailbox, in order, group members included (a group's name is no address). */
  mailboxes: Mailbox[];
  /** The pieces that are no address at all (`tomorrow`, `Bob Smith bob@x.org`), as written. */
  unreadable: string[];
}

/** Between entries: the list's commas, and the semicolons and line breaks people type between addresses. */
const SEPARATORS = /^[\s,;]+/;
const DOT_ATOM = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~\u0080-\uffff-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~\u0080-\uffff-]+)*$/;

type Parsed = emailAddresses.ParsedMailbox | emailAddresses.ParsedGroup;

/**
 * The mailboxes of a list, and what in it is no address. Each entry (a mailbox or a group) is parsed where the last
 * one ended; a piece the grammar cannot read, up to the next comma, semicolon or line break, is set aside as
 * unreadable, and reading goes on after it. So one stray word does not lose the whole list.
 */
export function parseAddressList(text: string | undefined): AddressList {
  const mailboxes: Mailbox[] = [];
  const unreadable: string[] = [];
  let rest = String(text ?? '');
  for (let guard = 0; guard < 10_000; guard++) {
    rest = rest.replace(SEPARATORS, '');
    if (!rest) break;
    const parsed = emailAddresses({ input: rest, startAt: 'address', partial: true, rfc6532: true });
    const consumed = parsed?.ast.tokens ?? '';
    if (parsed && consumed.length && rest.startsWith(consumed)) {
      for (const address of parsed.addresses as Parsed[]) mailboxes.push(...mailboxesOf(address));
      rest = rest.slice(consumed.length);
    } else {
      const piece = /^[^,;\n]+/.exec(rest)?.[0] ?? rest;
      unreadable.push(piece.trim());
      rest = rest.slice(piece.length);
    }
  }
  return { mailboxes, unreadable };
}

function mailboxesOf(address: Parsed): Mailbox[] {
  if (address.type === 'group') return address.addresses.map(mailboxOf);
  return [mailboxOf(address)];
}

function mailboxOf(mailbox: emailAddresses.ParsedMailbox): Mailbox {
  const local = DOT_ATOM.test(mailbox.local) ? mailbox.local : `"${mailbox.local.replace(/(["\\])/g, '\\$1')}"`;
  const comment = mailbox.parts.comments
    ?.map((c) =>
      c.tokens
        .trim()
        .replace(/^\(|\)$/g, '')
        .trim(),
    )
    .find(Boolean);
  const name = mailbox.name?.trim() || comment;
  return { email: `${local}@${mailbox.domain}`.toLowerCase(), ...(name ? { name } : {}) };
}

/**
 * Whether a text is one bare address MeetLink may send to Google: a dot-atom or quoted local part, one @, and a
 * domain with a dot; 254 characters at most (RFC 5321's path limit). Loose on purpose: Google makes the final check.
 */
export function isEmailAddress(text: string): boolean {
  return text.length <= 254 && /^(?:[^\s@<>()[\],;:"]+|"(?:[^"\\\r\n]|\\.)+")@[^\s@<>()[\],;:"]+\.[^\s@<>()[\],;:".]+$/.test(text);
}
