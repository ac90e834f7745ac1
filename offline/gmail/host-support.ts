import type { GmailModel, MailDraft } from './model';

/**
 * What the simulated Gmail host (offline/host.ts) needs for an open message: the event object's `gmail` part,
 * and what it does with a compose action's answer.
 */

/**
 * The Gmail event object of an open message: "messageId", "threadId" and "accessToken", the token the add-on
 * passes to GmailApp.setCurrentMessageAccessToken (developers.google.com/workspace/add-ons/concepts/event-objects,
 * "Gmail event object"). Gmail sends it to the contextual trigger and to every action of its cards.
 */
export interface OpenMessage {
  messageId: string;
  threadId: string;
  accessToken: string;
}

export function openMessage(model: GmailModel, messageId: string): OpenMessage {
  const message = model.peek(messageId);
  if (!message || message.deleted) throw new Error(`No message ${messageId} in the mailbox`);
  return { messageId, threadId: message.threadId, accessToken: model.issueToken(messageId) };
}

/**
 * What Gmail does with an action's answer about drafts. A ComposeActionResponse opens the draft it names for the
 * person to edit and send ("Gmail uses this response object to open and populate the draft compose window",
 * developers.google.com/workspace/add-ons/gmail/gmail-actions), and only a widget set with setComposeAction gets
 * one (the compose guide). What Gmail does when a compose action answers with a card or a notification instead
 * is not documented: the fake shows it as for any action.
 */
export function draftToOpen(model: GmailModel, response: any, composeType: string | undefined): MailDraft | undefined {
  const markup = response?.hostAppAction?.gmailAction?.openCreatedDraftActionMarkup;
  if (!markup) return undefined;
  if (!composeType) throw new Error('A ComposeActionResponse answered a widget that has no setComposeAction: Gmail would open no draft.');
  const draft = model.draft(markup.draftId);
  if (!draft || draft.threadId !== markup.draftThreadId) throw new Error(`Gmail has no draft ${markup.draftId} in thread ${markup.draftThreadId}`);
  return draft;
}
