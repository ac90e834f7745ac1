import { invitationEmails } from '../../offline/calendar/invitation-email';
import { AddOnHost } from '../../offline/host';
import { EXACT_MEET_URL, MEET_URL, openAddOn } from '../support/harness';

/**
 * "Invite to a meeting" from an open email: a message in Ada's inbox from Bob (replies to his work address), to Ada
 * and Carol, copied to Dan and to Ada again under another spelling of her Gmail address.
 */
function withMessage(options: Parameters<typeof openAddOn>[0] = {}, subject = 'RE: AW: Fwd: Budget review') {
  const addOn = openAddOn(options);
  const message = addOn.runtime.gmail.seedMessage({
    from: 'Bob Stone <bob@example.org>',
    replyTo: 'bob@work.example.org',
    to: `Ada <${addOn.me}>, "Carol, Finance" <carol@example.net>`,
    cc: 'Dan <dan@example.com>, A.D.A+lists@googlemail.com',
    subject,
  });
  const calls = () => addOn.runtime.log.calls.map((c) => `${c.api} ${c.status}`);
  const meetings = () => addOn.runtime.calendar.events(addOn.me).filter((e) => e.extendedProperties?.private?.meetlinkMeeting === '1');
  const open = () => {
    addOn.host.openMessage(message.id).click('Invite to a meeting');
    return addOn.host;
  };
  return { ...addOn, message, calls, meetings, open };
}

const inviteStart = (card: any) => card.sections.flatMap((s: any) => s.widgets).find((w: any) => w.dateTimePicker)?.dateTimePicker;
const lengthItems = (card: any) =>
  card.sections.flatMap((s: any) => s.widgets).find((w: any) => w.selectionInput?.name === 'inviteMinutes')?.selectionInput.items ?? [];
const guestItems = (card: any) =>
  card.sections.flatMap((s: any) => s.widgets).find((w: any) => w.selectionInput?.name === 'inviteGuests')?.selectionInput.items ?? [];

describe('Invite to a meeting, from an open email', () => {
  it('offers it next to the replies, and fills the card from the headers in one Gmail call', () => {
    const fresh = withMessage();
    fresh.host.openMessage(fresh.message.id);
    expect(fresh.host.buttons().slice(0, 3)).toEqual(['Reply with Meet link', 'Reply with invitation', 'Invite to a meeting']);
    fresh.host.click('Invite to a meeting');
    expect(fresh.calls()).toEqual(['gmail.messages.get 200']);
    const card = fresh.host.card;
    // The subject without any Re:/AW:/Fwd:, however many.
    expect(card.sections[0].widgets[0].textInput.value).toBe('Budget review');
    // Everyone but Ada (her address in any Gmail spelling), the sender by his reply-to address too, each once.
    expect(guestItems(card).map((i: any) => [i.value, i.selected])).toEqual([
      ['bob@work.example.org', true],
      ['bob@example.org', true],
      ['carol@example.net', true],
      ['dan@example.com', true],
    ]);
    expect(guestItems(card).map((i: any) => i.text)).toContain('Carol, Finance (carol@example.net)');
    // 09:00 UTC in London: the next round half hour at least an hour away is 10:00, shown in the person's zone.
    expect(Number(inviteStart(card).valueMsEpoch)).toBe(Date.parse('2026-11-23T10:00:00Z'));
    expect(inviteStart(card).timezoneOffsetDate).toBe(0);
    expect(
      lengthItems(card)
        .filter((i: any) => i.selected)
        .map((i: any) => i.text),
    ).toEqual(['30 minutes']);
    expect(fresh.host.text()).toContain('Send invitations');
    // The line Send adds to the event's description is said on the form, before anything is sent.
    expect(fresh.host.text()).toContain(
      'Under your note, the event’s description names this email: Scheduled with MeetLink from the email “RE: AW: Fwd: Budget review”.',
    );
  });

  it('reads the headers as Gmail writes them (groups, comments, quoted parts), and never lists the person as a guest', () => {
    const addOn = openAddOn();
    const { host, runtime, me } = addOn;
    const message = runtime.gmail.seedMessage({
      from: 'bob@example.org (Bob Stone)',
      to: `Team: Ada <${me}>, "Doe, Jane" <Jane@Example.net>;, undisclosed-recipients:;`,
      cc: `"john doe"@example.com, ${me.replace('@', '+work@')} (me, again)`,
      subject: 'Planning',
    });
    host.openMessage(message.id).click('Invite to a meeting');
    expect(guestItems(host.card).map((i: any) => [i.value, i.text])).toEqual([
      ['bob@example.org', 'Bob Stone (bob@example.org)'],
      ['jane@example.net', 'Doe, Jane (jane@example.net)'],
      ['"john doe"@example.com', '"john doe"@example.com'],
    ]);
    host.input('inviteStart', Date.parse('2026-11-24T15:00:00Z')).click('Send invitations');
    const [event] = runtime.calendar.events(me).filter((e) => e.attendees?.length);
    expect(event.attendees?.map((a) => a.email)).toEqual(['bob@example.org', 'jane@example.net', '"john doe"@example.com']);
  });

  it('defaults to the next round half hour in the person’s own zone, however far from UTC', () => {
    const { host, runtime, message } = withMessage({ account: { timeZone: 'Asia/Kathmandu' } });
    runtime.clock.advance(10 * 60_000); // 09:10 UTC = 14:55 in Kathmandu (UTC+05:45)
    host.openMessage(message.id).click('Invite to a meeting');
    // At least 15:55 local → 16:00 local = 10:15 UTC.
    expect(Number(inviteStart(host.card).valueMsEpoch)).toBe(Date.parse('2026-11-23T10:15:00Z'));
    expect(inviteStart(host.card).timezoneOffsetDate).toBe(345);
  });

  it('sends ONE event with the guests, a fresh Meet, invitations by Google, in the person’s zone: two Google calls in all', () => {
    const start = Date.parse('2026-11-24T15:00:00Z');
    const fresh = withMessage({ account: { timeZone: 'America/New_York' } });
    fresh.open().input('inviteStart', start).input('inviteMinutes', '45').input('inviteGuests', ['carol@example.net', 'dan@example.com']);
    fresh.host.input('inviteNote', 'Bring the Q3 numbers.').click('Send invitations');
    expect(fresh.host.errors).toEqual([]);
    expect(fresh.calls()).toEqual(['gmail.messages.get 200', 'calendar.events.insert 200']);
    const [event] = fresh.meetings();
    expect(fresh.meetings()).toHaveLength(1);
    expect(event.summary).toBe('Budget review');
    expect(event.attendees?.map((a) => a.email)).toEqual(['carol@example.net', 'dan@example.com']);
    expect(event.start).toEqual({ dateTime: '2026-11-24T15:00:00.000Z', timeZone: 'America/New_York' });
    expect(event.end).toEqual({ dateTime: '2026-11-24T15:45:00.000Z', timeZone: 'America/New_York' });
    expect(event.hangoutLink).toMatch(EXACT_MEET_URL);
    expect(event.description).toBe('Bring the Q3 numbers.\n\nScheduled with MeetLink from the email “RE: AW: Fwd: Budget review”.');
    const [notification] = fresh.runtime.calendar.notifications(fresh.me, event.id!);
    expect(notification).toMatchObject({ sendUpdates: 'all', attendees: ['carol@example.net', 'dan@example.com'] });
    // The answer: the link, the time in the person's zone, Open in Calendar, Reply with this link.
    const text = fresh.host.text();
    expect(text).toContain(event.hangoutLink!);
    expect(text).toContain('Tue, Nov 24, 10:00 AM');
    expect(text).toContain('2 guests invited');
    expect(fresh.host.buttons()).toEqual(['Reply with this link', 'Open in Calendar', 'Open in Meet']);
    fresh.host.click('Open in Calendar');
    // In the person's own account, when several are signed in: their address as authuser, the event's eid kept.
    expect(fresh.host.openedLinks).toEqual([`${event.htmlLink}&authuser=ada%40gmail.com`]);
    expect(event.htmlLink).toMatch(/^https:\/\/www\.google\.com\/calendar\/event\?eid=[\w-]+$/);
  });

  it('a time picked across a daylight-saving change is the wall time the person saw, in their zone', () => {
    const { open, host, meetings } = withMessage();
    // In November London is on UTC, so the picker shows UTC+0; the person picks 1 April 2027, 10:00 (BST, UTC+1).
    open()
      .input('inviteStart', Date.UTC(2027, 3, 1, 10, 0))
      .click('Send invitations');
    expect(meetings()[0].start).toEqual({ dateTime: '2027-04-01T09:00:00.000Z', timeZone: 'Europe/London' });
    expect(host.text()).toMatch(/Apr 1, 10:00 AM/);
  });

  it('"Reply with this link" drafts the reply with the meeting as Calendar has it: its title, time and zone, and its link', () => {
    const { open, host, meetings, calls } = withMessage();
    open().input('inviteStart', Date.parse('2026-11-24T15:00:00Z')).click('Send invitations');
    expect(host.text()).toContain('Reply with this link drafts a reply in this email’s thread to the guests you invited.');
    host.click('Reply with this link');
    // The meeting is read again (never taken from the card), then the message, then the draft.
    expect(calls().slice(2)).toEqual(['calendar.events.get 200', 'gmail.messages.get 200', 'gmail.drafts.create 200']);
    expect(host.openedDrafts).toHaveLength(1);
    const [draft] = host.openedDrafts;
    // Guests may be in another zone: the time is said with the zone's name.
    expect(draft.body).toBe(
      `Here is the Google Meet link for our meeting “Budget review” on Tuesday, November 24 at 3:00 PM GMT:\n${meetings()[0].hangoutLink}`,
    );
    // Everyone on the email was invited: reply-all, as Gmail addresses it (the sender by reply-to, not twice).
    expect(draft.to.join(', ')).toMatch(/^bob@work\.example\.org, .*carol@example\.net>$/);
    expect(draft.cc).toContain('Dan <dan@example.com>');
    expect(draft.subject).toBe('RE: AW: Fwd: Budget review');
  });

  it('goes to the invited guests only: a guest the person unticked is not on the reply', () => {
    const { open, host } = withMessage();
    open().input('inviteStart', Date.parse('2026-11-24T15:00:00Z')).input('inviteGuests', ['bob@work.example.org', 'carol@example.net']);
    host.click('Send invitations').click('Reply with this link');
    const [draft] = host.openedDrafts;
    // A reply to the sender, copying the other guest: Dan, unticked, is on neither line.
    expect(draft.to).toEqual(['bob@work.example.org']);
    expect(draft.cc).toEqual(['carol@example.net']);
    expect(JSON.stringify(draft)).not.toContain('dan@example.com');
  });

  it('follows the meeting, not the card: a guest removed and a time moved in Calendar since are what the reply says', () => {
    const { open, host, meetings, runtime, me } = withMessage();
    open().input('inviteStart', Date.parse('2026-11-24T15:00:00Z')).click('Send invitations');
    const [event] = meetings();
    runtime.calendar.patch('advanced', me, event.id!, {
      start: { dateTime: '2026-11-25T09:30:00.000Z', timeZone: 'Europe/London' },
      end: { dateTime: '2026-11-25T10:00:00.000Z', timeZone: 'Europe/London' },
      attendees: (event.attendees ?? []).filter((a) => a.email !== 'carol@example.net'),
    });
    host.click('Reply with this link');
    const [draft] = host.openedDrafts;
    expect(draft.body).toContain('on Wednesday, November 25 at 9:30 AM GMT:');
    expect(JSON.stringify([draft.to, draft.cc])).not.toContain('carol@example.net');
  });

  it('takes nothing shown in the reply from the card: a button parameter naming another time or title is ignored', () => {
    const { open, host } = withMessage();
    open().input('inviteStart', Date.parse('2026-11-24T15:00:00Z')).click('Send invitations');
    host.eventHook = (event) => {
      Object.assign(event.commonEventObject.parameters, { when: '<b>never</b>', title: 'Forged', code: 'zzz-zzzz-zzz' });
    };
    host.click('Reply with this link');
    const [draft] = host.openedDrafts;
    expect(draft.body).not.toMatch(/never|Forged|zzz-zzzz-zzz/);
    expect(draft.body).toContain('Tuesday, November 24 at 3:00 PM GMT');
  });

  it('in rich text the lead-in is escaped: a subject with markup reaches the guests as text', () => {
    const { host, runtime, me } = withMessage({}, 'Re: <b>Q3</b> & "plans" <img src=x onerror=alert(1)>');
    host.universal('Settings').input('format', 'html').click('Save');
    const message = runtime.gmail.seedMessage({ from: 'Bob <bob@example.org>', to: me, subject: 'Re: <b>Q3</b> & <img src=x>' });
    host.openMessage(message.id).click('Invite to a meeting');
    host.input('inviteStart', Date.parse('2026-11-24T15:00:00Z')).click('Send invitations').click('Reply with this link');
    const [draft] = host.openedDrafts;
    expect(draft.htmlBody).toMatch(/^Here is the Google Meet link for our meeting “&lt;b&gt;Q3&lt;\/b&gt; &amp; &lt;img src=x&gt;” on /);
    expect(draft.htmlBody).not.toMatch(/<b>|<img/);
    // Its plain-text alternative shows the title as typed.
    expect(draft.body).toMatch(/^Here is the Google Meet link for our meeting “<b>Q3<\/b> & <img src=x>” on /);
  });

  it('says before the draft opens when a reply must reach someone not invited: the sender, or everyone on the person’s own email', () => {
    const notInvited = withMessage();
    notInvited.open().input('inviteStart', Date.parse('2026-11-24T15:00:00Z')).input('inviteGuests', ['carol@example.net', 'dan@example.com']);
    notInvited.host.click('Send invitations');
    expect(notInvited.host.text()).toContain('A reply in this thread always goes to the email’s sender, whom you did not invite.');
    notInvited.host.click('Reply with this link');
    // No documented reply call leaves the sender out: the sender, and the guests copied, nobody else.
    expect(notInvited.host.openedDrafts[0]!.to).toEqual(['bob@work.example.org']);
    expect(notInvited.host.openedDrafts[0]!.cc).toEqual(['carol@example.net', 'dan@example.com']);

    const own = openAddOn();
    const mine = own.runtime.gmail.seedMessage({ from: `Ada <${own.me}>`, to: 'carol@example.net, dan@example.com', subject: 'Plans' });
    own.host.openMessage(mine.id).click('Invite to a meeting');
    own.host.input('inviteStart', Date.parse('2026-11-24T15:00:00Z')).input('inviteGuests', ['carol@example.net']).click('Send invitations');
    expect(own.host.text()).toContain('This email is yours, so a reply to it goes to everyone on it, also the people you did not invite');
  });

  it('a meeting deleted since gets no draft: Gmail shows its error over the card, and nothing else is made', () => {
    const { open, host, meetings, runtime, me, calls } = withMessage();
    open().input('inviteStart', Date.parse('2026-11-24T15:00:00Z')).click('Send invitations');
    runtime.calendar.remove('advanced', me, meetings()[0]!.id!);
    const before = calls().length;
    host.click('Reply with this link');
    expect(host.openedDrafts).toEqual([]);
    expect(host.errors).toHaveLength(1);
    expect(calls().slice(before)).toEqual(['calendar.events.get 200']);
    expect(host.card.name).toBe('invited');
  });

  it('asks for the Calendar scope before the reply when it was unticked since: the meeting is read again', () => {
    const { open, host, runtime } = withMessage();
    open().input('inviteStart', Date.parse('2026-11-24T15:00:00Z')).click('Send invitations');
    runtime.consent.untick('https://www.googleapis.com/auth/calendar.events.owned');
    host.click('Reply with this link');
    expect(host.consentPrompts).toEqual([['https://www.googleapis.com/auth/calendar.events.owned']]);
    expect(host.openedDrafts).toEqual([]);
    host.allowConsent().click('Reply with this link');
    expect(host.openedDrafts).toHaveLength(1);
  });

  it('speaks the person’s language in the reply, with the time as that language writes it', () => {
    const { host, message } = withMessage({ account: { locale: 'es', timeZone: 'Europe/Madrid' } });
    host.openMessage(message.id).click('Invitar a una reunión');
    host.input('inviteStart', Date.parse('2026-11-24T15:00:00Z')).click('Enviar invitaciones').click('Responder con este enlace');
    expect(host.openedDrafts[0]!.body).toMatch(
      /^Aquí tienes el enlace de Google Meet para nuestra reunión «Budget review» del martes, 24 de noviembre, 16:00 CET:\n/,
    );
  });

  it('a second press, or an insert retried after Google made the event, never makes two events (409 → read)', () => {
    const { open, host, meetings, runtime, calls } = withMessage();
    open().input('inviteStart', Date.parse('2026-11-24T15:00:00Z'));
    // Google makes the event, then answers 503; the retry with the same id answers 409 and the event is read.
    runtime.afterWorkFaults.inject({ api: 'calendar.events.insert', answer: 'serviceUnavailable' });
    host.click('Send invitations');
    expect(host.errors).toEqual([]);
    expect(meetings()).toHaveLength(1);
    expect(calls().slice(1)).toEqual(['calendar.events.insert 503', 'calendar.events.insert 409', 'calendar.events.get 200']);
    expect(host.text()).toMatch(MEET_URL);
    expect(host.text()).toContain('nobody was invited twice');
  });

  it('two presses at once (two tabs of one card): one event, both tabs show it', () => {
    const { open, host, meetings, runtime } = withMessage({ latencyMs: 300 });
    open().input('inviteStart', Date.parse('2026-11-24T15:00:00Z'));
    const second = new AddOnHost(runtime);
    Object.assign(second, { stack: [...host.stack], message: host.message });
    // The second press lands while Google is answering the first one's insert.
    runtime.interleave.at({ call: 1, api: 'calendar.events.insert' }, () => {
      second.input('inviteStart', Date.parse('2026-11-24T15:00:00Z')).click('Send invitations');
    });
    host.click('Send invitations');
    expect(meetings()).toHaveLength(1);
    expect([host.errors, second.errors]).toEqual([[], []]);
    expect(host.text()).toMatch(MEET_URL);
    expect(second.text()).toContain('nobody was invited twice');
    expect(runtime.executions.longestMs()).toBeLessThanOrEqual(25_000);
  });

  it('reads a pending conference again within the budget', () => {
    const { open, host, calls } = withMessage({ calendar: { pendingReads: 1 } });
    open().input('inviteStart', Date.parse('2026-11-24T15:00:00Z')).click('Send invitations');
    expect(calls().slice(1)).toEqual(['calendar.events.insert 200', 'calendar.events.get 200', 'calendar.events.get 200']);
    expect(host.text()).toMatch(MEET_URL);
  });

  it('says exactly what exists when the Meet link is still being prepared when the wait runs out', () => {
    const { open, host, meetings } = withMessage({ calendar: { pendingReads: 50 } });
    open().input('inviteStart', Date.parse('2026-11-24T15:00:00Z')).click('Send invitations');
    expect(meetings()).toHaveLength(1);
    expect(host.text()).toContain('the invitations went out, but Google is still preparing its Meet link');
    expect(host.buttons()).toEqual(['Open in Calendar']);
  });

  it('says so when Google could not add the Meet: the meeting and its invitations exist, the link does not', () => {
    const { open, host, meetings } = withMessage({ calendar: { conferenceFailure: true } });
    open().input('inviteStart', Date.parse('2026-11-24T15:00:00Z')).click('Send invitations');
    expect(meetings()).toHaveLength(1);
    expect(host.text()).toContain('Google could not add a Meet link to it. Open it in Calendar to add one.');
    expect(host.buttons()).toEqual(['Open in Calendar']);
  });

  it('shows what came from the email as text, never as markup', () => {
    const addOn = openAddOn();
    const message = addOn.runtime.gmail.seedMessage({
      from: '"<b>Eve</b> <img src=x onerror=alert(1)>" <eve@example.org>',
      to: addOn.me,
      subject: 'Re: <script>alert(1)</script> & more',
    });
    addOn.host.openMessage(message.id).click('Invite to a meeting');
    addOn.host.input('inviteStart', Date.parse('2026-11-24T15:00:00Z')).click('Send invitations');
    expect(addOn.host.card.name).toBe('invited');
    expect(JSON.stringify(addOn.host.card)).not.toMatch(/<script|<img|<b>/);
    const [event] = addOn.runtime.calendar.events(addOn.me).filter((e) => e.attendees?.length);
    expect(event.summary).toBe('<script>alert(1)</script> & more');
    expect(event.attendees?.map((a) => a.email)).toEqual(['eve@example.org']);
  });

  it.each([
    ['a link', '<a href="https://evil.example/login">Your account is locked</a>', 'Your account is locked'],
    ['an image', 'Budget <img src="https://evil.example/track.gif" onerror="alert(1)">', 'Budget'],
    ['a script', '<script>alert(document.cookie)</script> Q3', 'alert(document.cookie)'],
    ['entities', '&lt;a href=&quot;https://evil.example&quot;&gt;Win&lt;/a&gt; &#60;img src=x&#62;', 'Win'],
    ['a comment and a style', '<!-- x --><style>body{display:none}</style>Plan', 'Plan'],
    ['line breaks', 'Lunch\r\n<b>Bcc: everyone@example.org</b>\rtoday', 'Lunch'],
  ])('a hostile subject and note (%s) reach every guest as words, never as markup', (_what, hostile, words) => {
    const addOn = openAddOn();
    const { host, runtime, me } = addOn;
    const message = runtime.gmail.seedMessage({ from: 'Eve <eve@example.org>', to: `${me}, carol@example.net`, subject: hostile });
    host.openMessage(message.id).click('Invite to a meeting');
    host
      .input('inviteStart', Date.parse('2026-11-24T15:00:00Z'))
      .input('inviteNote', `Agenda:\r\n1. ${hostile}\r\n2. <a href="https://evil.example">more</a>`);
    host.click('Send invitations');
    expect(host.card.name).toBe('invited');
    const [event] = runtime.calendar.events(me).filter((e) => e.attendees?.length);
    const emails = invitationEmails(runtime.calendar, me, event.id!);
    // Google emails the invitation to each guest, from the person's account.
    expect(emails.map((m) => m.to).sort()).toEqual(['carol@example.net', 'eve@example.org']);
    for (const email of emails) {
      // Nothing the email or the note carried is live in the guest's mail: no link but the Meet link, no image,
      // script, style, comment or handler; the only markup in the description is the line breaks.
      const description = /<div class="description">([\s\S]*?)<\/div>/.exec(email.html)![1];
      expect(description.replace(/<br>/g, '')).not.toMatch(/<[A-Za-z/!?]/);
      expect(email.text).not.toMatch(/\[(image|script|style|attribute|comment)[:\]]/);
      expect([...email.text.matchAll(/\[link: ([^\]]*)\]/g)].map((m) => m[1])).toEqual([event.hangoutLink]);
      // The guest reads the words, and reads them the same in a calendar app that shows the description as typed.
      expect(email.text).toContain(words);
      expect(email.descriptionAsTyped).toContain(words);
      expect(email.descriptionAsTyped).not.toMatch(/<|>|&lt;|&#/);
      // The subject stays one line, in the line that names the email; the note keeps its own lines.
      const fromLine = email.text.split('\n').find((line) => line.startsWith('Scheduled with MeetLink'));
      expect(fromLine).toContain(words);
      expect(email.text).toMatch(/Agenda:\n1\. /);
    }
  });

  it('retries transient errors and sends once', () => {
    const { open, host, meetings, runtime } = withMessage();
    open().input('inviteStart', Date.parse('2026-11-24T15:00:00Z'));
    runtime.faults.inject({ api: 'calendar.events.insert', error: 'rateLimitExceeded', times: 2 });
    host.click('Send invitations');
    expect(meetings()).toHaveLength(1);
    expect(host.text()).toContain('Invitations sent');
  });

  it.each([
    // Calendar's limit on invitations (Admin Help "Avoid Calendar use limits"): hours, not "tomorrow".
    [
      'quotaExceeded',
      /^Google limits the invitations an account can send.*new, trial and free accounts.*after a few hours\. No event was made and nobody was invited\.$/,
    ],
    ['rateLimitExceeded', /too many requests.*No event was made and nobody was invited\./],
    ['insufficientPermissions', /not allowed.*No event was made and nobody was invited\./],
  ] as const)('Calendar refusing (%s) gives plain words, leaves no event, and keeps the form', (error, words) => {
    const { open, host, meetings, runtime } = withMessage();
    open().input('inviteStart', Date.parse('2026-11-24T15:00:00Z')).input('inviteNote', 'kept');
    runtime.faults.inject({ api: 'calendar.events.insert', error, times: 'always' });
    host.click('Send invitations');
    expect(host.notifications.at(-1)).toMatch(words);
    expect(meetings()).toEqual([]);
    expect(host.card.name).toBe('invite');
    expect(host.errors).toEqual([]);
  });

  it('says the outcome is unknown, not "nothing made", when Google may have made it; pressing again finds it', () => {
    const { open, host, meetings, runtime } = withMessage();
    open().input('inviteStart', Date.parse('2026-11-24T15:00:00Z'));
    runtime.afterWorkFaults.inject({ api: 'calendar.events.insert', answer: 'backendError' });
    runtime.faults.inject({ api: 'calendar.events.insert', error: 'backendError', at: 2, times: 'always' });
    host.click('Send invitations');
    expect(host.notifications.at(-1)).toMatch(/did not say whether the meeting was made/);
    expect(host.notifications.at(-1)).not.toMatch(/No event was made|nobody was invited/);
    expect(meetings()).toHaveLength(1);
    runtime.faults.clear();
    host.input('inviteStart', Date.parse('2026-11-24T15:00:00Z')).click('Send invitations');
    expect(meetings()).toHaveLength(1);
    expect(host.text()).toContain('nobody was invited twice');
  });

  it.each([
    ['a 500 after the work', 'backendError'],
    ['Apps Script’s non-JSON server error after the work', 'platformError'],
    ['an error nobody can read (no status, no reason) after the work', 'unreadable'],
  ] as const)('%s, then every try fails: the invitations went out, so it never says nobody was invited', (_what, first) => {
    const { open, host, meetings, runtime } = withMessage();
    open().input('inviteStart', Date.parse('2026-11-24T15:00:00Z'));
    runtime.afterWorkFaults.inject({ api: 'calendar.events.insert', answer: first });
    runtime.faults.inject({ api: 'calendar.events.insert', error: 'rateLimitExceeded', at: 2, times: 'always' });
    host.click('Send invitations');
    expect(meetings()).toHaveLength(1);
    expect(runtime.calendar.notifications(host.runtime.settings.account.email, meetings()[0]!.id!)[0]).toMatchObject({ sendUpdates: 'all' });
    expect(host.notifications.at(-1)).toMatch(/did not say whether the meeting was made/);
    expect(host.notifications.at(-1)).not.toMatch(/No event was made|nobody was invited/);
  });

  it('a 500 after the work, then Google too slow to read the meeting back in time: it may exist, so it says so', () => {
    // 7 s a call: the retried insert answers 409 at about 14.5 s, and a read could not end by the 20 s work deadline.
    const { open, host, meetings, runtime } = withMessage();
    open().input('inviteStart', Date.parse('2026-11-24T15:00:00Z'));
    runtime.settings.latencyMs = 7000;
    runtime.afterWorkFaults.inject({ api: 'calendar.events.insert', answer: 'backendError' });
    host.click('Send invitations');
    expect(runtime.log.of('calendar.events.').map((c) => `${c.api} ${c.status}`)).toEqual([
      'calendar.events.insert 500',
      'calendar.events.insert 409',
    ]);
    expect(meetings()).toHaveLength(1);
    expect(host.notifications.at(-1)).toMatch(/did not say whether the meeting was made/);
    expect(host.notifications.at(-1)).not.toMatch(/No event was made|nobody was invited/);
  });

  it('an earlier press made it, and the read after the 409 keeps failing: never "nobody was invited"', () => {
    const { open, host, meetings, runtime } = withMessage();
    open().input('inviteStart', Date.parse('2026-11-24T15:00:00Z'));
    const stale = new AddOnHost(runtime);
    Object.assign(stale, { stack: [...host.stack], message: host.message });
    host.click('Send invitations');
    expect(meetings()).toHaveLength(1);
    runtime.faults.inject({ api: 'calendar.events.get', error: 'rateLimitExceeded', times: 'always' });
    stale.input('inviteStart', Date.parse('2026-11-24T15:00:00Z')).click('Send invitations');
    expect(meetings()).toHaveLength(1);
    expect(stale.notifications.at(-1)).toMatch(/did not say whether the meeting was made/);
    expect(stale.notifications.at(-1)).not.toMatch(/No event was made|nobody was invited/);
  });

  it.each([
    ['a time in the past', { inviteStart: Date.parse('2026-11-23T08:00:00Z') }, 'That time has already passed. Pick a time in the future.'],
    ['no date and time', { inviteStart: [] as string[] }, 'Pick a date and a time for the meeting.'],
    ['no guest left', { inviteGuests: [] as string[] }, 'Tick at least one guest.'],
    [
      'a malformed address',
      { inviteGuests: ['carol@example.net', 'undisclosed-recipients:;'] },
      '“undisclosed-recipients:;” is not an email address. Untick it and send again.',
    ],
    ['a length out of range', { inviteMinutes: '120' }, 'A meeting here lasts 15, 30, 45, 60 or 90 minutes. Pick one of those.'],
    [
      'more guests than one invitation takes',
      { inviteGuests: Array.from({ length: 101 }, (_, i) => `guest${i}@example.com`) },
      'One invitation takes at most 100 guests here. Untick some and send again.',
    ],
  ])('refuses %s in plain words before any call', (_what, inputs, words) => {
    const { open, host, calls, meetings } = withMessage();
    open().input('inviteStart', Date.parse('2026-11-24T15:00:00Z'));
    for (const [name, value] of Object.entries(inputs)) host.input(name, value as string);
    host.click('Send invitations');
    expect(host.notifications.at(-1)).toBe(words);
    expect(calls()).toEqual(['gmail.messages.get 200']);
    expect(meetings()).toEqual([]);
  });

  it('a refusal by notification leaves the card as the person left it: the next Send invites only the guests still ticked', () => {
    const { open, host, meetings } = withMessage();
    open().input('inviteGuests', ['carol@example.net']).input('inviteTitle', 'Budget, second look');
    host.input('inviteStart', Date.parse('2026-11-23T08:00:00Z')).click('Send invitations');
    expect(host.notifications.at(-1)).toBe('That time has already passed. Pick a time in the future.');
    // Only the time is changed: the guests and the title are still what the person chose (Google keeps the card's values).
    host.input('inviteStart', Date.parse('2026-11-24T15:00:00Z')).click('Send invitations');
    expect(meetings().map((e) => [e.summary, e.attendees?.map((a) => a.email)])).toEqual([['Budget, second look', ['carol@example.net']]]);
  });

  it('Send on a stale card whose meeting was deleted since makes nothing, and says to open the card again', () => {
    const { open, host, meetings, runtime, me } = withMessage();
    open().input('inviteStart', Date.parse('2026-11-24T15:00:00Z'));
    const stale = new AddOnHost(runtime);
    Object.assign(stale, { stack: [...host.stack], message: host.message });
    host.click('Send invitations');
    runtime.calendar.remove('advanced', me, meetings()[0]!.id!);
    stale.input('inviteStart', Date.parse('2026-11-24T15:00:00Z')).click('Send invitations');
    expect(stale.notifications.at(-1)).toMatch(/already used for a meeting that has since been deleted.*No event was made and nobody was invited\./);
    expect(meetings()).toEqual([]);
  });

  it('an email deleted meanwhile: plain words, and no Calendar call', () => {
    const { host, message, runtime, calls } = withMessage();
    host.openMessage(message.id);
    runtime.gmail.delete(message.id);
    host.click('Invite to a meeting');
    expect(host.text()).toContain('This email no longer exists');
    expect(calls()).toEqual(['gmail.messages.get 400']);
    expect(host.errors).toEqual([]);
  });

  it('an email to nobody else says there is nobody to invite', () => {
    const addOn = openAddOn();
    const message = addOn.runtime.gmail.seedMessage({ from: addOn.me, to: `Me <${addOn.me}>`, subject: 'Note to self' });
    addOn.host.openMessage(message.id).click('Invite to a meeting');
    expect(addOn.host.text()).toContain('Nobody else is on this email, so there is nobody to invite.');
    addOn.host.input('inviteStart', Date.parse('2026-11-24T15:00:00Z')).click('Send invitations');
    expect(addOn.host.notifications.at(-1)).toBe('Tick at least one guest.');
  });

  it('an email with more addresses than one invitation takes lists the first 100 and says how many are left out', () => {
    const addOn = openAddOn();
    const many = Array.from({ length: 104 }, (_, i) => `p${i}@example.com`).join(', ');
    const message = addOn.runtime.gmail.seedMessage({ from: 'bob@example.org', to: `${addOn.me}, ${many}`, subject: 'All hands' });
    addOn.host.openMessage(message.id).click('Invite to a meeting');
    expect(guestItems(addOn.host.card)).toHaveLength(100);
    expect(addOn.host.text()).toContain('5 more addresses on this email are not listed: one invitation takes at most 100 guests here.');
  });

  it('on a free account, a meeting of 3+ people over 60 minutes gets one line before sending', () => {
    const { open, host, calls, meetings } = withMessage();
    open().input('inviteStart', Date.parse('2026-11-24T15:00:00Z')).input('inviteMinutes', '90').input('inviteNote', 'Long one');
    host.input('inviteGuests', ['bob@work.example.org', 'carol@example.net', 'dan@example.com']).click('Send invitations');
    // The headers are read again, so the form comes back as the person saw it (Google returns ticked addresses only).
    expect(calls()).toEqual(['gmail.messages.get 200', 'gmail.messages.get 200']);
    expect(host.text()).toContain(
      'On a free Google account, Meet ends calls of 3 or more people after 60 minutes. Press Send invitations again to send anyway, or pick a shorter length.',
    );
    // What the person chose is kept: the note, every guest's name, and the one they unticked, still unticked.
    expect(host.card.sections[0].widgets.find((w: any) => w.textInput?.name === 'inviteNote').textInput.value).toBe('Long one');
    expect(guestItems(host.card).map((i: any) => [i.text, i.selected])).toEqual([
      ['bob@work.example.org', true],
      ['Bob Stone (bob@example.org)', false],
      ['Carol, Finance (carol@example.net)', true],
      ['Dan (dan@example.com)', true],
    ]);
    host.input('inviteGuests', ['bob@work.example.org', 'carol@example.net', 'dan@example.com']).click('Send invitations');
    expect(meetings()).toHaveLength(1);
    expect(meetings()[0].end?.dateTime).toBe('2026-11-24T16:30:00.000Z');
    expect(meetings()[0].attendees?.map((a) => a.email)).toEqual(['bob@work.example.org', 'carol@example.net', 'dan@example.com']);
  });

  it('counts the person too: two guests and the person are three people, so the line comes first', () => {
    const { open, host, calls, meetings } = withMessage();
    open().input('inviteStart', Date.parse('2026-11-24T15:00:00Z')).input('inviteMinutes', '90');
    host.input('inviteGuests', ['carol@example.net', 'dan@example.com']).click('Send invitations');
    expect(host.text()).toContain('Meet ends calls of 3 or more people after 60 minutes');
    expect(meetings()).toEqual([]);
    expect(calls()).toEqual(['gmail.messages.get 200', 'gmail.messages.get 200']);
  });

  it('says nothing of the sort on a Workspace account, or for two people', () => {
    const work = withMessage({ account: { kind: 'workspace', email: 'grace@example.com' } });
    work.open().input('inviteStart', Date.parse('2026-11-24T15:00:00Z')).input('inviteMinutes', '90').click('Send invitations');
    expect(work.meetings()).toHaveLength(1);
    const two = withMessage();
    two.open().input('inviteStart', Date.parse('2026-11-24T15:00:00Z')).input('inviteMinutes', '90').input('inviteGuests', ['dan@example.com']);
    two.host.click('Send invitations');
    expect(two.meetings()).toHaveLength(1);
  });

  it('a person who unticked the Calendar scope is asked before the card opens, so no form is filled in vain', () => {
    const { host, message, runtime, meetings } = withMessage();
    runtime.consent.untick('https://www.googleapis.com/auth/calendar.events.owned');
    host.openMessage(message.id).click('Invite to a meeting');
    expect(host.consentPrompts).toEqual([['https://www.googleapis.com/auth/calendar.events.owned']]);
    expect(runtime.log.calls).toEqual([]);
    expect(host.card.name).toBe('message');
    host.allowConsent().click('Invite to a meeting').input('inviteStart', Date.parse('2026-11-24T15:00:00Z')).click('Send invitations');
    expect(meetings()).toHaveLength(1);
  });

  it('works with today’s scopes: no new scope in the manifest', () => {
    const { runtime } = withMessage();
    const scopes = runtime.manifest.oauthScopes ?? [];
    expect(scopes).toContain('https://www.googleapis.com/auth/calendar.events.owned');
    expect(scopes).toContain('https://www.googleapis.com/auth/gmail.addons.current.message.metadata');
    expect(scopes.filter((s) => /gmail\.(readonly|modify|send)|mail\.google\.com|auth\/calendar$/.test(s))).toEqual([]);
  });

  it('lists the guests invited as the person’s language writes a list (Japanese with 、, no Latin comma)', () => {
    const { host, message } = withMessage({ account: { locale: 'ja' } });
    host.openMessage(message.id).click('会議に招待');
    host.input('inviteStart', Date.parse('2026-11-24T15:00:00Z')).input('inviteGuests', ['carol@example.net', 'dan@example.com']);
    host.click('招待状を送信');
    expect(host.text()).toContain('carol@example.net、dan@example.com');
    expect(host.text()).not.toMatch(/example\.net, /);
  });

  it('speaks the person’s language', () => {
    const { host, message } = withMessage({ account: { locale: 'de' } });
    host.openMessage(message.id).click('Zu einer Besprechung einladen');
    expect(host.text()).toContain('Einladungen senden');
    expect(lengthItems(host.card).map((i: any) => i.text)).toContain('30 Minuten');
  });
});
