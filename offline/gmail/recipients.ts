/**
 * Who a reply goes to. GmailMessage#createDraftReplyAll: "Creates a draft message replying to the sender using
 * the reply-to address and all recipients of this message"; #createDraftReply: "replying to the sender of this
 * message using the reply-to address" (developers.google.com/apps-script/reference/gmail/gmail-message).
 * The person's own address is left out of a reply-all, as Gmail's own "Reply all" does; a reply to a message the
 * person sent goes to its recipients. Google does not spell either out for Apps Script: unconfirmed.
 */
export interface Addressed {
  from: string;
  to: string;
  cc?: string;
  replyTo?: string;
}

/** `Name <a@b.c>, d@e.f` → the entries, each kept as written. */
export function splitAddresses(list: string | undefined): string[] {
  return (list ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
}

/** The bare, lower-cased address of one entry. */
export function emailOf(entry: string): string {
  return (/<([^>]+)>/.exec(entry)?.[1] ?? entry).trim().toLowerCase();
}

export function replyRecipients(message: Addressed, me: string, all: boolean): { to: string[]; cc: string[] } {
  const mine = (entry: string) => emailOf(entry) === me.toLowerCase();
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
