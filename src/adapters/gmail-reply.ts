import { errorText, type FailureKind, MeetFailure } from '../meet/errors';

/**
 * Replying to the Gmail message open beside the add-on, over GmailApp with the per-message scopes
 * (gmail.addons.current.message.metadata to read it, gmail.addons.current.action.compose for the draft):
 * set the message's access token first, then read it by id ("Call GmailApp.setCurrentMessageAccessToken(
 * e.gmail.accessToken) before GmailApp.getMessageById", developers.google.com/workspace/add-ons/gmail/compose).
 * MeetLink never sends mail: it makes a draft that Gmail opens for the person.
 */
export interface OpenMessageRef {
  messageId: string;
  accessToken: string;
}

export interface ReplyContent {
  /** Plain text: the draft's body, and the fallback of an HTML draft. */
  body: string;
  htmlBody?: string;
  /** More people to copy, comma-separated (the `cc` option of createDraftReply and createDraftReplyAll). */
  cc?: string;
}

/** The open message's headers, as the metadata scope reads them (no body). */
export interface MessageHeaders {
  subject: string;
  from: string;
  to: string;
  cc: string;
  replyTo: string;
}

export interface OpenMessage {
  headers(): MessageHeaders;
  replyAllDraft(content: ReplyContent): GoogleAppsScript.Gmail.GmailDraft;
  /** A reply to the sender alone (by their reply-to address), and whoever `cc` names. */
  replyDraft(content: ReplyContent): GoogleAppsScript.Gmail.GmailDraft;
}

export interface MessageReplies {
  /** Reads the open message (one Gmail call); fails with messageGone or messageAccess. */
  open(ref: OpenMessageRef): OpenMessage;
}

export function gmailReplies(gmail: GoogleAppsScript.Gmail.GmailApp): MessageReplies {
  return {
    open(ref) {
      const message = gmailCall(() => {
        gmail.setCurrentMessageAccessToken(ref.accessToken);
        return gmail.getMessageById(ref.messageId);
      });
      return {
        // Header getters read the message already fetched: no further call.
        headers: () =>
          gmailCall(() => ({
            subject: message.getSubject() ?? '',
            from: message.getFrom() ?? '',
            to: message.getTo() ?? '',
            cc: message.getCc() ?? '',
            replyTo: message.getReplyTo() ?? '',
          })),
        // Reply-all: the sender (by their reply-to address) and every recipient; Gmail leaves the person out.
        replyAllDraft: (content) =>
          gmailCall(() => {
            const options = replyOptions(content);
            return options ? message.createDraftReplyAll(content.body, options) : message.createDraftReplyAll(content.body);
          }),
        // "Creates a draft message replying to the sender of this message using the reply-to address", with the
        // documented `cc` option for everyone else (developers.google.com/apps-script/reference/gmail/gmail-message).
        replyDraft: (content) =>
          gmailCall(() => {
            const options = replyOptions(content);
            return options ? message.createDraftReply(content.body, options) : message.createDraftReply(content.body);
          }),
      };
    },
  };
}

/** The options a reply takes here (htmlBody, cc), or none: a plain reply is called with the body alone. */
function replyOptions(content: ReplyContent): { htmlBody?: string; cc?: string } | undefined {
  const options = {
    ...(content.htmlBody !== undefined ? { htmlBody: content.htmlBody } : {}),
    ...(content.cc ? { cc: content.cc } : {}),
  };
  return Object.keys(options).length ? options : undefined;
}

/**
 * GmailApp throws plain `Exception: …` errors. Public reports show "Access denied: : Missing access token for per
 * message scope authorization." for a missing or stale token and "Invalid argument: id" for a message that is not
 * there; anything else is Gmail failing.
 */
function gmailCall<T>(call: () => T): T {
  try {
    return call();
  } catch (error) {
    const text = errorText(error);
    const kind: FailureKind = /access token|access denied/i.test(text)
      ? 'messageAccess'
      : /invalid argument: id|not found/i.test(text)
        ? 'messageGone'
        : 'gmailFailed';
    throw new MeetFailure(kind, `Gmail: ${text}`, error);
  }
}
