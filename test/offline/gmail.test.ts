import { jsonOf, toHostResponse } from '../../offline/card-service';
import { CardSchemaError, validateHostResponse } from '../../offline/card-schema';
import { draftToOpen } from '../../offline/gmail/host-support';
import { createOfflineRuntime, readManifest } from '../../offline/runtime';
import { allowNotModelled } from '../support/harness';

const METADATA = 'https://www.googleapis.com/auth/gmail.addons.current.message.metadata';
const COMPOSE = 'https://www.googleapis.com/auth/gmail.addons.current.action.compose';

/** A runtime whose manifest grants exactly these scopes, with one message from Bob to Ada and Carol. */
function mailbox(scopes: string[] = [METADATA, COMPOSE]) {
  const runtime = createOfflineRuntime({ manifest: { ...readManifest(), oauthScopes: scopes } });
  const GmailApp = runtime.globals.GmailApp as GoogleAppsScript.Gmail.GmailApp;
  const CardService = runtime.globals.CardService as GoogleAppsScript.Card_Service.CardService;
  const message = runtime.gmail.seedMessage({
    from: 'Bob <bob@example.org>',
    to: 'ada@gmail.com, Carol <carol@example.net>',
    cc: 'dan@example.com',
    subject: 'Lunch?',
    plainBody: 'Tuesday?',
  });
  return { runtime, GmailApp, CardService, message, token: runtime.gmail.issueToken(message.id) };
}

describe('GmailApp, offline: the open message', () => {
  it('refuses to read a message without its access token, or with another message’s', () => {
    const { runtime, GmailApp, message } = mailbox();
    expect(() => GmailApp.getMessageById(message.id)).toThrow(
      'Exception: Access denied: : Missing access token for per message scope authorization.',
    );
    const other = runtime.gmail.seedMessage({ from: 'eve@example.com', to: 'ada@gmail.com', subject: 'Other' });
    GmailApp.setCurrentMessageAccessToken(runtime.gmail.issueToken(other.id));
    expect(() => GmailApp.getMessageById(message.id)).toThrow('Access denied');
  });

  it('reads the headers with the message’s token and the metadata scope, and not the body', () => {
    const { GmailApp, message, token, runtime } = mailbox();
    GmailApp.setCurrentMessageAccessToken(token);
    const read = GmailApp.getMessageById(message.id);
    expect([read.getSubject(), read.getFrom(), read.getTo(), read.getCc()]).toEqual([
      'Lunch?',
      'Bob <bob@example.org>',
      message.to,
      'dan@example.com',
    ]);
    expect(() => read.getPlainBody()).toThrow('You do not have permission to call GmailMessage.getPlainBody');
    expect(runtime.log.calls.map((c) => `${c.api} ${c.status}`)).toEqual(['gmail.messages.get 200']);
  });

  it('forgets the token between executions, and a token stops working when it expires', () => {
    const { runtime, GmailApp, message, token } = mailbox();
    GmailApp.setCurrentMessageAccessToken(token);
    runtime.gmail.beginExecution();
    expect(() => GmailApp.getMessageById(message.id)).toThrow('Missing access token');
    GmailApp.setCurrentMessageAccessToken(token);
    runtime.gmail.expireTokens();
    expect(() => GmailApp.getMessageById(message.id)).toThrow('Invalid access token');
  });

  it('checks the manifest: no Gmail read scope, no read; no compose scope, no draft', () => {
    const noRead = mailbox([COMPOSE]);
    noRead.GmailApp.setCurrentMessageAccessToken(noRead.token);
    expect(() => noRead.GmailApp.getMessageById(noRead.message.id)).toThrow('You do not have permission to call GmailApp.getMessageById');
    const noCompose = mailbox([METADATA]);
    noCompose.GmailApp.setCurrentMessageAccessToken(noCompose.token);
    expect(() => noCompose.GmailApp.getMessageById(noCompose.message.id).createDraftReplyAll('hi')).toThrow(
      'You do not have permission to call GmailMessage.createDraftReplyAll',
    );
    expect(noCompose.runtime.gmail.drafts).toEqual([]);
  });

  it('replies to the reply-to address, or the sender; reply-all adds every recipient but the person', () => {
    const { runtime, GmailApp } = mailbox();
    const withReplyTo = runtime.gmail.seedMessage({
      from: 'Bob <bob@example.org>',
      replyTo: 'team@example.org',
      to: 'Ada <ADA@gmail.com>, bob@example.org',
      cc: 'carol@example.net, ada@gmail.com',
      subject: 'Re: Plan',
    });
    GmailApp.setCurrentMessageAccessToken(runtime.gmail.issueToken(withReplyTo.id));
    GmailApp.getMessageById(withReplyTo.id).createDraftReply('one');
    GmailApp.getMessageById(withReplyTo.id).createDraftReplyAll('all', { htmlBody: '<b>all</b>' });
    const [reply, all] = runtime.gmail.drafts;
    expect([reply.to, reply.cc, reply.subject]).toEqual([['team@example.org'], [], 'Re: Plan']);
    expect([all.to, all.cc, all.htmlBody]).toEqual([['team@example.org', 'bob@example.org'], ['carol@example.net'], '<b>all</b>']);
    expect(all.id).toMatch(/^r\d+$/);
  });

  it('a reply-all to a message the person sent goes to its recipients', () => {
    const { runtime, GmailApp } = mailbox();
    const sent = runtime.gmail.seedMessage({ from: 'Ada <ada@gmail.com>', to: 'bob@example.org, carol@example.net', subject: 'Hello' });
    GmailApp.setCurrentMessageAccessToken(runtime.gmail.issueToken(sent.id));
    GmailApp.getMessageById(sent.id).createDraftReplyAll('hi');
    expect(runtime.gmail.drafts[0].to).toEqual(['bob@example.org', 'carol@example.net']);
  });

  it('rejects reply options it does not model, and a body that is not a string', () => {
    allowNotModelled();
    const { GmailApp, message, token } = mailbox();
    GmailApp.setCurrentMessageAccessToken(token);
    const read = GmailApp.getMessageById(message.id);
    expect(() => read.createDraftReplyAll('x', { attachments: [] })).toThrow('not modelled');
    expect(() => read.createDraftReplyAll(42 as never)).toThrow("don't match the method signature");
  });
});

describe('ComposeActionResponse, offline', () => {
  it('opens the draft it was given: openCreatedDraftActionMarkup on the wire, validated', () => {
    const { GmailApp, CardService, message, token } = mailbox();
    GmailApp.setCurrentMessageAccessToken(token);
    const draft = GmailApp.getMessageById(message.id).createDraftReplyAll('hi');
    const response = CardService.newComposeActionResponseBuilder().setGmailDraft(draft).build();
    expect(toHostResponse(response)).toEqual({
      hostAppAction: { gmailAction: { openCreatedDraftActionMarkup: { draftId: expect.stringMatching(/^r\d+$/), draftThreadId: message.threadId } } },
    });
    expect(jsonOf(response)).toEqual(toHostResponse(response));
  });

  it('needs a GmailDraft, and a draft before it is built', () => {
    const { CardService } = mailbox();
    expect(() => CardService.newComposeActionResponseBuilder().setGmailDraft({} as never)).toThrow("don't match the method signature");
    expect(() => CardService.newComposeActionResponseBuilder().build()).toThrow('needs a draft');
  });

  it('the schema refuses an unknown field and two Gmail actions at once', () => {
    const open = { draftId: 'r1', draftThreadId: 't1' };
    expect(() => validateHostResponse({ hostAppAction: { gmailAction: { openCreatedDraftActionMarkup: { ...open, draftUrl: 'x' } } } })).toThrow(
      CardSchemaError,
    );
    const update = { updateBody: { insertContents: [{ content: 'x', contentType: 'TEXT' }], type: 'IN_PLACE_INSERT' } };
    expect(() =>
      validateHostResponse({ hostAppAction: { gmailAction: { openCreatedDraftActionMarkup: open, updateDraftActionMarkup: update } } }),
    ).toThrow('oneof action');
  });

  it('Gmail opens a draft only for a widget set with setComposeAction, and only a draft it has', () => {
    const { runtime, GmailApp, CardService, message, token } = mailbox();
    GmailApp.setCurrentMessageAccessToken(token);
    const draft = GmailApp.getMessageById(message.id).createDraftReplyAll('hi');
    const response = toHostResponse(CardService.newComposeActionResponseBuilder().setGmailDraft(draft).build());
    expect(draftToOpen(runtime.gmail, response, 'REPLY_AS_DRAFT')?.body).toBe('hi');
    expect(() => draftToOpen(runtime.gmail, response, undefined)).toThrow('no setComposeAction');
    const forged = { hostAppAction: { gmailAction: { openCreatedDraftActionMarkup: { draftId: 'r9', draftThreadId: message.threadId } } } };
    expect(() => draftToOpen(runtime.gmail, forged, 'REPLY_AS_DRAFT')).toThrow('Gmail has no draft r9');
  });
});
