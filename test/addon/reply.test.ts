import { MEET_URL, meetCode, openAddOn } from '../support/harness';

/** A message in Ada's inbox asking to meet: from Bob (who wants replies at his work address), to Ada and Carol, copied to Dan. */
function withMessage(options: Parameters<typeof openAddOn>[0] = {}) {
  const addOn = openAddOn(options);
  const message = addOn.runtime.gmail.seedMessage({
    from: 'Bob Stone <bob@example.org>',
    replyTo: 'bob@work.example.org',
    to: `Ada <${addOn.me}>, carol@example.net`,
    cc: 'Dan <dan@example.com>, ADA@gmail.com',
    subject: 'Could we find 30 minutes next week?',
    plainBody: 'Hi all, could we meet?',
  });
  const gmailCalls = () => addOn.runtime.log.calls.map((c) => `${c.api} ${c.status}`);
  return { ...addOn, message, gmailCalls };
}

describe('Gmail, an open message', () => {
  it('offers both replies besides everything the homepage offers, without reading the message', () => {
    const { host, message, runtime } = withMessage();
    host.openMessage(message.id);
    expect(host.buttons().slice(0, 4)).toEqual(['Reply with Meet link', 'Reply with invitation', 'Invite to a meeting', 'Create Meet link']);
    expect(host.text()).toContain('Recent links');
    // Ada has a free Gmail account: "Look up a meeting" is offered only where it can work.
    expect(host.text()).not.toContain('Look up a meeting');
    expect(runtime.log.calls).toEqual([]);
  });

  it('replies to everyone but the person with a fresh link, in four Google calls, and leaves nothing in the calendar', () => {
    const { host, message, gmailCalls, leftovers, runtime } = withMessage();
    host.openMessage(message.id).click('Reply with Meet link');
    expect(host.errors).toEqual([]);
    expect(host.openedDrafts).toHaveLength(1);
    const [draft] = host.openedDrafts;
    expect(draft.to).toEqual(['bob@work.example.org', 'carol@example.net']);
    expect(draft.cc).toEqual(['Dan <dan@example.com>']);
    expect(draft.threadId).toBe(message.threadId);
    expect(draft.inReplyTo).toBe(message.id);
    expect(draft.subject).toBe('Re: Could we find 30 minutes next week?');
    expect(draft.body).toMatch(new RegExp(`^${MEET_URL.source}$`));
    expect(draft.htmlBody).toBeUndefined();
    expect(gmailCalls()).toEqual(['gmail.messages.get 200', 'calendar.events.insert 200', 'calendar.events.delete 204', 'gmail.drafts.create 200']);
    expect(leftovers()).toEqual([]);
    // Nothing was sent: the draft is only opened for the person.
    expect(runtime.gmail.drafts).toHaveLength(1);
    // The link is remembered like any other.
    host.back();
    host.homepage('GMAIL');
    expect(host.text()).toContain(meetCode(draft.body)!);
  });

  it('replies with the invitation, in HTML with every value escaped when the person writes HTML', () => {
    const { host, message } = withMessage();
    host.universal('Settings').input('template', 'Talk <soon> & join: {link} ({code})').input('format', 'html').click('Save');
    host.openMessage(message.id).click('Reply with invitation');
    const [draft] = host.openedDrafts;
    expect(draft.htmlBody).toMatch(
      /^Talk &lt;soon&gt; &amp; join: <a href="https:\/\/meet\.google\.com\/([a-z-]+)">https:\/\/meet\.google\.com\/\1<\/a> \(\1\)<br>$/,
    );
    expect(draft.body).toMatch(/^Talk <soon> & join: https:\/\/meet\.google\.com\/([a-z-]+) \(\1\)\n$/);
  });

  it('offers the invitation first when the person prefers it', () => {
    const { host, message } = withMessage();
    host.universal('Settings').input('composeDefault', 'invitation').click('Save');
    expect(host.openMessage(message.id).buttons().slice(0, 2)).toEqual(['Reply with invitation', 'Reply with Meet link']);
  });

  it('says so plainly and makes no draft when Calendar refuses', () => {
    const { host, message, runtime } = withMessage();
    runtime.faults.inject({ api: 'calendar.events.insert', error: 'quotaExceeded' });
    host.openMessage(message.id).click('Reply with Meet link');
    expect(host.openedDrafts).toEqual([]);
    expect(runtime.gmail.drafts).toEqual([]);
    expect(host.text()).toMatch(/daily limit/);
    expect(host.errors).toEqual([]);
    host.click('Try again');
    expect(host.openedDrafts).toHaveLength(1);
  });

  it('makes no link and no draft for a message that is gone', () => {
    const { host, message, runtime, gmailCalls } = withMessage();
    host.openMessage(message.id);
    runtime.gmail.delete(message.id);
    host.click('Reply with Meet link');
    expect(runtime.gmail.drafts).toEqual([]);
    expect(gmailCalls()).toEqual(['gmail.messages.get 400']);
    expect(host.text()).toContain('This email no longer exists, so MeetLink could not reply to it. Nothing was created.');
  });

  it('asks to open the message again when its access token has expired', () => {
    const { host, message, runtime } = withMessage();
    host.openMessage(message.id);
    runtime.gmail.expireTokens();
    host.click('Reply with invitation');
    expect(runtime.gmail.drafts).toEqual([]);
    expect(host.text()).toMatch(/Open the email again/);
    host.openMessage(message.id).click('Reply with invitation');
    expect(host.openedDrafts).toHaveLength(1);
  });

  it('leaves no draft and nothing in the calendar when Gmail fails to make the draft', () => {
    const { host, message, runtime, leftovers } = withMessage();
    runtime.faults.inject({ api: 'gmail.drafts.create', error: 'backendError' });
    host.openMessage(message.id).click('Reply with Meet link');
    expect(runtime.gmail.drafts).toEqual([]);
    expect(host.openedDrafts).toEqual([]);
    expect(leftovers()).toEqual([]);
    expect(host.text()).toContain('Gmail could not create the reply. Nothing was sent; try again.');
  });
});
