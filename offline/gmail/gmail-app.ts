import { ApiFailure } from '../api-env';
import type { OpenCreatedDraftJson } from '../card-service/wire';
import type { GmailModel, MailDraft, MailMessage, ReplyContent } from './model';
import { needsMessageToken, requireScope } from './scopes';
import { notModelled } from '../not-modelled';

/**
 * GmailApp, offline: only what an add-on does with the open message
 * (developers.google.com/apps-script/reference/gmail): set the message's access token, read it by id, and make a
 * reply draft. Reads are refused without `setCurrentMessageAccessToken` with that message's token ("Call
 * GmailApp.setCurrentMessageAccessToken(e.gmail.accessToken) before GmailApp.getMessageById", extending-message-ui)
 * and every method checks the manifest's scopes (scopes.ts). GmailApp is a built-in service: it throws plain
 * `Exception: …` errors, not GoogleJsonResponseException. Anything else is absent.
 */
export function createGmailApp(model: GmailModel, scopes: () => readonly string[]) {
  return Object.freeze({
    /** gmail-app#setCurrentMessageAccessToken(accessToken): a string; checked when a message is read. */
    setCurrentMessageAccessToken(accessToken: string): void {
      if (typeof accessToken !== 'string') throw new Error('Exception: Invalid argument: accessToken');
      model.execution.token = accessToken;
    },
    getMessageById(id: string): FakeGmailMessage {
      if (typeof id !== 'string') throw new Error('Exception: Invalid argument: id');
      requireScope(scopes(), 'headers', 'GmailApp.getMessageById');
      return new FakeGmailMessage(
        model,
        scopes,
        serviceCall(() => model.read(id, model.execution.token, needsMessageToken(scopes()))),
      );
    },
  });
}

/** An API failure as GmailApp throws it. */
function serviceCall<T>(call: () => T): T {
  try {
    return call();
  } catch (error) {
    if (error instanceof ApiFailure) throw new Error(`Exception: ${error.error.message}`);
    throw error;
  }
}

/** The options MeetLink could pass a reply (gmail-message#createDraftReply(body, options)); others are not modelled. */
const REPLY_OPTIONS = ['htmlBody', 'cc', 'bcc', 'subject'];

/** gmail/gmail-message, as read with the add-on scopes: headers, the body only with a body scope, reply drafts. */
export class FakeGmailMessage {
  readonly #model: GmailModel;
  readonly #scopes: () => readonly string[];
  readonly #message: MailMessage;
  constructor(model: GmailModel, scopes: () => readonly string[], message: MailMessage) {
    this.#model = model;
    this.#scopes = scopes;
    this.#message = message;
  }
  getId(): string {
    return this.#message.id;
  }
  getSubject(): string {
    return this.#message.subject;
  }
  getFrom(): string {
    return this.#message.from;
  }
  getTo(): string {
    return this.#message.to;
  }
  getCc(): string {
    return this.#message.cc ?? '';
  }
  getReplyTo(): string {
    return this.#message.replyTo ?? '';
  }
  getDate(): Date {
    return new Date(this.#message.date);
  }
  getPlainBody(): string {
    requireScope(this.#scopes(), 'body', 'GmailMessage.getPlainBody');
    return this.#message.plainBody;
  }
  createDraftReply(body: string, options?: Record<string, unknown>): FakeGmailDraft {
    return this.#reply('createDraftReply', false, body, options);
  }
  createDraftReplyAll(body: string, options?: Record<string, unknown>): FakeGmailDraft {
    return this.#reply('createDraftReplyAll', true, body, options);
  }
  #reply(method: string, all: boolean, body: string, options: Record<string, unknown> = {}): FakeGmailDraft {
    const name = `GmailMessage.${method}`;
    if (typeof body !== 'string' || typeof options !== 'object' || options === null) {
      throw new Error(`Exception: The parameters (${typeof body},${typeof options}) don't match the method signature for ${name}.`);
    }
    const unknown = Object.keys(options).filter((key) => !REPLY_OPTIONS.includes(key));
    if (unknown.length) notModelled(`offline GmailApp: ${name} option(s) ${unknown.join(', ')} are not modelled.`);
    for (const key of REPLY_OPTIONS) {
      if (options[key] !== undefined && typeof options[key] !== 'string') throw new Error(`Exception: Invalid argument: ${key}`);
    }
    requireScope(this.#scopes(), 'draft', name);
    const content = { body, ...options } as ReplyContent;
    const draft = serviceCall(() => this.#model.createReply(this.#message.id, all, content));
    return new FakeGmailDraft(draft, this.#scopes);
  }
}

const DRAFT = Symbol('draft');

/** gmail/gmail-draft. Its methods need https://mail.google.com/ (the reference lists no other scope). */
export class FakeGmailDraft {
  readonly [DRAFT]: MailDraft;
  readonly #scopes: () => readonly string[];
  constructor(draft: MailDraft, scopes: () => readonly string[]) {
    this[DRAFT] = draft;
    this.#scopes = scopes;
  }
  getId(): string {
    requireScope(this.#scopes(), 'draftRead', 'GmailDraft.getId');
    return this[DRAFT].id;
  }
  getMessageId(): string {
    requireScope(this.#scopes(), 'draftRead', 'GmailDraft.getMessageId');
    return this[DRAFT].messageId;
  }
}

/** What ComposeActionResponseBuilder.setGmailDraft sends Gmail for a draft, or undefined for anything else. */
export function openCreatedDraftOf(draft: unknown): OpenCreatedDraftJson | undefined {
  if (!(draft instanceof FakeGmailDraft)) return undefined;
  return { draftId: draft[DRAFT].id, draftThreadId: draft[DRAFT].threadId };
}
