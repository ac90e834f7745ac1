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

  it('makes the link first, then opens the reply to everyone but the person with a lead-in line and the link, in five Google calls', () => {
    const { host, message, gmailCalls, leftovers, runtime } = withMessage();
    host.openMessage(message.id);
    // The card says the two steps as they are: the link first, then the draft.
    expect(host.text()).toContain('Two steps: the reply button makes a new link and shows it, then Open reply draft has Gmail open a reply');
    host.click('Reply with Meet link');
    // The link is on the card before any draft exists: whatever Gmail does next, the person has it.
    expect(host.text()).toMatch(MEET_URL);
    expect(host.text()).toContain('Step 2 of 2: Open reply draft has Gmail open a reply to everyone on this email, with this link in it.');
    expect(runtime.gmail.drafts).toEqual([]);
    host.click('Open reply draft');
    // The card stays (a compose action answers only the draft): its words hold once the draft is open too.
    expect(host.card.name).toBe('replyReady');
    expect(host.text()).toContain('Once Gmail has opened the draft, it is in this thread and in your Drafts: edit and send it there');
    expect(host.errors).toEqual([]);
    expect(host.openedDrafts).toHaveLength(1);
    const [draft] = host.openedDrafts;
    expect(draft.to).toEqual(['bob@work.example.org', 'carol@example.net']);
    expect(draft.cc).toEqual(['Dan <dan@example.com>']);
    expect(draft.threadId).toBe(message.threadId);
    expect(draft.inReplyTo).toBe(message.id);
    expect(draft.subject).toBe('Re: Could we find 30 minutes next week?');
    expect(draft.body).toMatch(new RegExp(`^Here is a Google Meet link for our call:\\n${MEET_URL.source}$`));
    expect(draft.body).toContain(meetCode(host.text())!);
    expect(draft.htmlBody).toBeUndefined();
    expect(gmailCalls()).toEqual([
      'gmail.messages.get 200',
      'calendar.events.insert 200',
      'calendar.events.delete 204',
      // "Open reply draft": no Calendar or Meet call, only the message and its draft.
      'gmail.messages.get 200',
      'gmail.drafts.create 200',
    ]);
    expect(leftovers()).toEqual([]);
    // Nothing was sent: the draft is only opened for the person.
    expect(runtime.gmail.drafts).toHaveLength(1);
  });

  it('shows the new link among the recent links of the message card under it, a moment after it was made', () => {
    const { host, message } = withMessage();
    host.openMessage(message.id).click('Reply with Meet link');
    const code = meetCode(host.text())!;
    host.back();
    expect(host.card.name).toBe('message');
    expect(host.text()).toContain(code);
  });

  it("writes the lead-in line in the person's language, in plain text and rich text", () => {
    const { host, message } = withMessage({ account: { locale: 'es' } });
    host.universal('Settings').input('format', 'html').click('Guardar');
    host.openMessage(message.id).click('Responder con enlace de Meet').click('Abrir borrador');
    const [draft] = host.openedDrafts;
    expect(draft.body).toMatch(new RegExp(`^Aquí tienes un enlace de Google Meet para nuestra llamada:\\n${MEET_URL.source}$`));
    expect(draft.htmlBody).toMatch(/^Aquí tienes un enlace de Google Meet para nuestra llamada:<br><a href="https:\/\/meet\.google\.com\/[a-z-]+">/);
  });

  it('replies with the invitation, in HTML with every value escaped when the person writes HTML', () => {
    const { host, message } = withMessage();
    host.universal('Settings').input('template', 'Talk <soon> & join: {link} ({code})').input('format', 'html').click('Save');
    host.openMessage(message.id).click('Reply with invitation');
    expect(host.text()).toContain('Step 2 of 2: Open reply draft has Gmail open a reply to everyone on this email, with your invitation in it.');
    host.click('Open reply draft');
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

  it('says so plainly when Calendar refuses, and a Try again that works leaves no failure behind', () => {
    const { host, message, runtime } = withMessage();
    runtime.faults.inject({ api: 'calendar.events.insert', error: 'quotaExceeded' });
    host.openMessage(message.id).click('Reply with Meet link');
    expect(runtime.gmail.drafts).toEqual([]);
    expect(host.text()).toMatch(/daily limit/);
    expect(host.errors).toEqual([]);
    runtime.faults.clear();
    host.click('Try again');
    expect(host.text()).toMatch(MEET_URL);
    // The panel holds the message card and the link: no "That didn't work… Try again" under it, or anywhere.
    expect(host.stack.map((card) => card.name)).toEqual(['message', 'replyReady']);
    expect(host.stack.map((card) => JSON.stringify(card)).join()).not.toContain('didn’t work');
    host.click('Open reply draft');
    expect(host.openedDrafts).toHaveLength(1);
    expect(runtime.gmail.drafts).toHaveLength(1);
  });

  it('makes no link and no draft for a message that is gone, and says nothing was created', () => {
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
    host.openMessage(message.id).click('Reply with invitation').click('Open reply draft');
    expect(host.openedDrafts).toHaveLength(1);
  });

  it('keeps the link and plain words, never "Nothing was created", when the message vanishes after the link was made', () => {
    const { host, message, runtime } = withMessage();
    host.openMessage(message.id).click('Reply with Meet link');
    const code = meetCode(host.text())!;
    runtime.gmail.delete(message.id);
    host.click('Open reply draft');
    // Gmail shows its own error for the compose action; the card under it still holds the link and what to do.
    expect(host.openedDrafts).toEqual([]);
    expect(runtime.gmail.drafts).toEqual([]);
    expect(host.card.name).toBe('replyReady');
    expect(host.text()).toContain(code);
    expect(host.text()).toContain('copy the link above into your reply');
    expect(host.text()).not.toContain('Nothing was created');
    // The link is kept in Recent links.
    host.back();
    expect(host.text()).toContain(code);
  });

  it('makes no second link when Gmail fails to make the draft; the card says to look in Drafts before trying again', () => {
    const { host, message, runtime, leftovers, gmailCalls } = withMessage();
    host.openMessage(message.id).click('Reply with Meet link');
    runtime.faults.inject({ api: 'gmail.drafts.create', error: 'backendError' });
    host.click('Open reply draft');
    expect(runtime.gmail.drafts).toEqual([]);
    expect(host.openedDrafts).toEqual([]);
    expect(leftovers()).toEqual([]);
    expect(host.text()).toContain('look in your Drafts before trying again');
    expect(gmailCalls().filter((c) => c.startsWith('calendar.events.insert'))).toHaveLength(1);
    expect(host.errors).toEqual([expect.stringMatching(/^onAction: .*reply draft was not made \(gmailFailed\)/)]);
  });

  it('answers the compose action only with a draft: the offline Gmail refuses any other answer', () => {
    const { host, message, runtime } = withMessage();
    host.openMessage(message.id).click('Reply with Meet link');
    const cards = runtime.globals.CardService as any;
    const real = host.bundle.onAction;
    host.bundle.onAction = () => cards.newActionResponseBuilder().setNotification(cards.newNotification().setText('Oops')).build();
    expect(() => host.click('Open reply draft')).toThrow(/compose action answered something other than a ComposeActionResponse/);
    host.bundle.onAction = real;
  });

  it("builds the draft only from a real meeting code and Google's own dial-in page, whatever a request's parameters say", () => {
    const { host, message, runtime } = withMessage();
    host.universal('Settings').input('template', '{link} {phone}\n{morePhones}').click('Save');
    host.openMessage(message.id);
    // A crafted request to the compose action, as the host would send it with the open message's token.
    const send = (parameters: Record<string, string>) => {
      runtime.gmail.beginExecution();
      return runtime.executions.run(() =>
        host.bundle.onAction({
          commonEventObject: { parameters: { action: 'openReplyDraft', as: 'invitation', ...parameters } },
          gmail: { ...host.message },
        }),
      );
    };
    send({ code: 'abc-mnop-xyz', phone: '+1 555', morePhones: 'https://evil.example/tel.meet/abc' });
    expect(runtime.gmail.drafts[0]!.body).toContain('https://meet.google.com/abc-mnop-xyz +1 555');
    expect(runtime.gmail.drafts[0]!.body).not.toContain('evil.example');
    expect(() => send({ code: 'javascript:alert(1)' })).toThrow(/reply draft was not made \(unexpected\)/);
    expect(runtime.gmail.drafts).toHaveLength(1);
  });
});
