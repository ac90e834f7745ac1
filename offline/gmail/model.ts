import { ApiFailure, type ApiEnv, runCall } from '../api-env';
import type { GoogleError } from '../google-errors';
import { type Addressed, replyRecipients, splitAddresses } from './recipients';

/**
 * The person's mailbox, offline: messages in threads, the drafts replies make, and the per-message access tokens
 * Gmail puts in the event object of an open message. GmailApp (gmail-app.ts) is a thin layer over it; every read
 * and every draft goes through runCall, so it takes simulated time, can be made to fail, and is logged.
 */
export interface MailMessage extends Addressed {
  id: string;
  threadId: string;
  subject: string;
  date: number;
  plainBody: string;
  /** Deleted for good: reads answer as for an unknown id. */
  deleted?: boolean;
}

export interface MailDraft {
  /** "The ID of the newly created draft in the form r123" (apps.extensions.markup OpenCreatedDraftActionMarkup). */
  id: string;
  messageId: string;
  threadId: string;
  /** The message it answers. */
  inReplyTo: string;
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  body: string;
  htmlBody?: string;
}

export interface ReplyContent {
  body: string;
  htmlBody?: string;
  cc?: string;
  bcc?: string;
  subject?: string;
}

export const GMAIL_API = { get: 'gmail.messages.get', draft: 'gmail.drafts.create' } as const;

const fail = (code: number, reason: string, message: string): GoogleError => ({ code, domain: 'global', reason, message });

/**
 * How GmailApp refuses, as far as public reports show (wording not confirmed by Google):
 * without the open message's token, "Access denied: : Missing access token for per message scope authorization.";
 * an id the mailbox does not have: "Invalid argument: id".
 */
export const GMAIL_ERRORS = {
  missingToken: fail(403, 'forbidden', 'Access denied: : Missing access token for per message scope authorization.'),
  invalidToken: fail(403, 'forbidden', 'Access denied: : Invalid access token for per message scope authorization.'),
  noMessage: fail(400, 'invalidArgument', 'Invalid argument: id'),
} satisfies Record<string, GoogleError>;

export class GmailModel {
  private readonly messages = new Map<string, MailMessage>();
  private readonly tokens = new Map<string, { messageId: string; valid: boolean }>();
  readonly drafts: MailDraft[] = [];
  /** What GmailApp holds during one execution: the token set by setCurrentMessageAccessToken. */
  execution: { token: string | null } = { token: null };
  private seq = 0;

  constructor(private readonly env: ApiEnv) {}

  /** A message in the person's mailbox; a new thread unless `threadId` names one. Sets nothing off. */
  seedMessage(message: Partial<MailMessage> & Addressed & { subject: string }): MailMessage {
    const id = message.id ?? this.hexId();
    const stored: MailMessage = {
      threadId: message.threadId ?? id,
      date: this.env.clock.now(),
      plainBody: '',
      ...message,
      id,
    };
    this.messages.set(id, stored);
    return structuredClone(stored);
  }

  peek(id: string): MailMessage | undefined {
    const message = this.messages.get(id);
    return message && structuredClone(message);
  }

  delete(id: string): void {
    const message = this.messages.get(id);
    if (message) message.deleted = true;
  }

  /** The token Gmail sends in the event object when this message is open (one per opening). */
  issueToken(messageId: string): string {
    const token = `offline-message-token-${messageId}-${++this.seq}`;
    this.tokens.set(token, { messageId, valid: true });
    return token;
  }

  /** A new Apps Script execution starts with no message token set: each call of the add-on sets its own. */
  beginExecution(): void {
    this.execution = { token: null };
  }

  /** Every token issued so far stops working (how long a real one lasts is not published). */
  expireTokens(): void {
    for (const token of this.tokens.values()) token.valid = false;
  }

  /** One message read, as GmailApp.getMessageById does it. `token` undefined: full access, no token needed. */
  read(id: string, token: string | undefined | null, needsToken: boolean): MailMessage {
    return runCall(this.env, { api: GMAIL_API.get, route: 'service', summary: `get message ${id}` }, () => {
      if (needsToken) {
        if (!token) throw new ApiFailure(GMAIL_ERRORS.missingToken);
        const grant = this.tokens.get(token);
        if (!grant?.valid || grant.messageId !== id) throw new ApiFailure(GMAIL_ERRORS.invalidToken);
      }
      const message = this.messages.get(id);
      if (!message || message.deleted) throw new ApiFailure(GMAIL_ERRORS.noMessage);
      return { status: 200, value: structuredClone(message) };
    });
  }

  /** A reply draft in the message's thread (createDraftReply / createDraftReplyAll). */
  createReply(messageId: string, all: boolean, content: ReplyContent): MailDraft {
    const summary = `${all ? 'reply-all' : 'reply'} draft to ${messageId}`;
    return runCall(this.env, { api: GMAIL_API.draft, route: 'service', summary }, () => {
      const message = this.messages.get(messageId);
      if (!message || message.deleted) throw new ApiFailure(GMAIL_ERRORS.noMessage);
      const { to, cc } = replyRecipients(message, this.env.account().email, all, this.env.account().aliases ?? []);
      const draft: MailDraft = {
        id: `r${1000 + ++this.seq}`,
        messageId: this.hexId(),
        threadId: message.threadId,
        inReplyTo: message.id,
        to,
        cc: [...cc, ...splitList(content.cc)],
        bcc: splitList(content.bcc),
        subject: content.subject ?? (/^re:/i.test(message.subject) ? message.subject : `Re: ${message.subject}`),
        body: content.body,
        ...(content.htmlBody !== undefined ? { htmlBody: content.htmlBody } : {}),
      };
      this.drafts.push(draft);
      return { status: 200, value: structuredClone(draft) };
    });
  }

  draft(id: string): MailDraft | undefined {
    const draft = this.drafts.find((d) => d.id === id);
    return draft && structuredClone(draft);
  }

  private hexId(): string {
    return Array.from({ length: 16 }, () => Math.floor(this.env.random() * 16).toString(16)).join('');
  }
}

const splitList = (list: string | undefined) => splitAddresses(list);
