import type { ReplyAudience } from '../cards/invite';
import { parseAddressList } from '../text/addresses';
import { isMyAddress, type ThreadHeaders } from './invite-form';

/** The addresses of one header, read as RFC 5322 says (src/text/addresses.ts), lower-cased. */
const emailsIn = (header: string | undefined): string[] => parseAddressList(header).mailboxes.map((m) => m.email);

/**
 * "Reply with this link", after Invite to a meeting: a reply in the email's thread that goes to the guests who were
 * invited, and only to them wherever Gmail's documented reply calls allow it. Pure functions, no Google call.
 *
 * Gmail offers a compose action two reply calls under gmail.addons.current.action.compose, both in the thread:
 * createDraftReplyAll ("the sender using the reply-to address and all recipients") and createDraftReply ("the
 * sender of this message using the reply-to address"), each with a `cc` option
 * (developers.google.com/apps-script/reference/gmail/gmail-message). Neither takes a To list, and GmailDraft.update,
 * which could change one, needs https://mail.google.com/ (gmail-draft reference). A draft outside the thread
 * (GmailApp.createDraft) is not documented for the add-on scope. So:
 * - everyone on the email was invited: reply-all (Gmail's own To and Cc), copying any guest added since in Calendar;
 * - the sender was invited, some others not: a reply to the sender, copying the other guests;
 * - the sender was not invited, or the email is the person's own: no documented call leaves them out. The answer
 *   card says so before the draft opens (replyAudience, below), and the draft copies the guests.
 */
export type ReplyRoute = { route: 'all' | 'sender'; cc: string[] };

/** Who a reply in the thread reaches by itself: the sender by reply-to (else from), every To and Cc, never the person. */
function onTheEmail(headers: ThreadHeaders, me: string): { sender?: string; everyone: string[]; fromAlso?: string } {
  const from = emailsIn(headers.from)[0] ?? '';
  const replyTo = emailsIn(headers.replyTo)[0] ?? '';
  const own = isMyAddress(from, me);
  const sender = own ? undefined : replyTo || from || undefined;
  const everyone = [...new Set([...(sender ? [sender] : []), ...emailsIn(headers.to), ...emailsIn(headers.cc)])].filter(
    (email) => email && !isMyAddress(email, me),
  );
  // The sender's own address beside their reply-to: the same person, whom a reply reaches by the reply-to.
  return { ...(sender ? { sender } : {}), everyone, ...(!own && replyTo && from && from !== replyTo ? { fromAlso: from } : {}) };
}

/** The reply call and whom it copies, from the email's headers and the guests Calendar has now (both read just now). */
export function replyRoute(headers: ThreadHeaders, guests: readonly string[], me: string): ReplyRoute {
  const { sender, everyone, fromAlso } = onTheEmail(headers, me);
  const invited = new Set(guests.map((g) => g.toLowerCase()).filter((g) => !isMyAddress(g, me)));
  const reached = new Set([...everyone, ...(fromAlso ? [fromAlso] : [])]);
  const added = [...invited].filter((g) => !reached.has(g));
  if (everyone.every((email) => invited.has(email)) || !sender) return { route: 'all', cc: added };
  return { route: 'sender', cc: [...invited].filter((g) => g !== sender && g !== fromAlso) };
}

/**
 * What the Send button carries so the answer card can say whom the reply reaches before it opens: the address a
 * reply goes to ('' for the person's own email) and how many people a reply-all reaches. Card words only: the
 * draft's recipients are decided from Gmail's and Calendar's answers when it is made (replyRoute).
 */
export function replyAudienceOf(headers: ThreadHeaders, me: string): { replyTo: string; onEmail: string } {
  const { sender, everyone } = onTheEmail(headers, me);
  return { replyTo: sender ?? '', onEmail: String(everyone.length) };
}

/** Whom "Reply with this link" reaches, as the answer card tells it: the guests only, or also people not invited. */
export function replyAudience(carried: { replyTo?: string; onEmail?: string }, guests: readonly string[]): ReplyAudience {
  const invited = new Set(guests.map((g) => g.toLowerCase()));
  const replyTo = (carried.replyTo ?? '').toLowerCase();
  if (replyTo) return invited.has(replyTo) ? 'guests' : 'senderNotInvited';
  const onEmail = Number(carried.onEmail);
  return Number.isInteger(onEmail) && onEmail > invited.size ? 'everyoneOnOwnEmail' : 'guests';
}
