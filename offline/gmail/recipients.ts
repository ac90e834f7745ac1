/**
 * Who a reply goes to. GmailMessage#createDraftReplyAll: "Creates a draft message replying to the sender using
 * the reply-to address and all recipients of this message"; #createDraftReply: "replying to the sender of this
 * message using the reply-to address" (developers.google.com/apps-script/reference/gmail/gmail-message).
 * The person's own address, and every alias they may send as (GmailApp.getAliases()), is left out of a reply-all,
 * as Gmail's own "Reply all" does; a reply to a message the person sent goes to its recipients. Google does not
 * spell either out for Apps Script: unconfirmed (docs/deploy.md, the manual Gmail step, settles it).
 */
export interface Addressed {
  from: string;
  to: string;
  cc?: string;
  replyTo?: string;
}

/**
 * `Name <a@b.c>, "Doe, John" <j@x>, d@e.f` → the entries, each kept as written. A comma separates addresses only
 * outside a quoted display name, a comment and an angle-bracketed address (RFC 5322 §3.4: `address-list` is
 * `address *("," address)`, and a `quoted-string` or `comment` may hold a comma; a backslash quotes the next
 * character).
 */
export function splitAddresses(list: string | undefined): string[] {
  const entries: string[] = [];
  let current = '';
  let quoted = false;
  let comment = 0;
  let angle = false;
  const text = list ?? '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if ((quoted || comment) && c === '\\') {
      current += c + (text[i + 1] ?? '');
      i++;
      continue;
    }
    if (c === '"' && !comment) quoted = !quoted;
    else if (!quoted && c === '(') comment++;
    else if (!quoted && c === ')' && comment) comment--;
    else if (!quoted && !comment && c === '<') angle = true;
    else if (!quoted && !comment && c === '>') angle = false;
    if (c === ',' && !quoted && !comment && !angle) {
      entries.push(current);
      current = '';
    } else current += c;
  }
  entries.push(current);
  return entries.map((entry) => entry.trim()).filter(Boolean);
}

/** The bare, lower-cased address of one entry (`"Doe, John" <J@X>` → `j@x`). */
export function emailOf(entry: string): string {
  return (/<([^>]+)>\s*$/.exec(entry)?.[1] ?? /<([^>]+)>/.exec(entry)?.[1] ?? entry).trim().toLowerCase();
}

export function replyRecipients(message: Addressed, me: string, all: boolean, aliases: readonly string[] = []): { to: string[]; cc: string[] } {
  const own = new Set([me, ...aliases].map((a) => a.toLowerCase()));
  const mine = (entry: string) => own.has(emailOf(entry));
  const sentByMe = mine(message.from);
  const sender = splitAddresses(message.replyTo || message.from);
  const to = sentByMe ? (all ? splitAddresses(message.to) : splitAddresses(message.to).slice(0, 1)) : sender;
  if (!all) return { to: unique(to), cc: [] };
  const allTo = sentByMe ? to : [...sender, ...splitAddresses(message.to)];
  const uniqueTo = unique(allTo.filter((entry) => !mine(entry)));
  const seen = new Set(uniqueTo.map(emailOf));
  const cc = unique(splitAddresses(message.cc).filter((entry) => !mine(entry) && !seen.has(emailOf(entry))));
  return { to: uniqueTo, cc };
}

function unique(entries: string[]): string[] {
  const seen = new Set<string>();
  return entries.filter((entry) => {
    const key = emailOf(entry);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
