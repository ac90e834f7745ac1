/**
 * The preview's inbox: a few messages in each account's mailbox (runtime.gmail), so a person can open one and
 * try "Reply with Meet link". The add-on reads an open message only through GmailApp, with the message's token;
 * the page lists them from the projection (docs/preview.md).
 */
import { descriptionHtml, readAs } from '../../offline/calendar/invitation-email';
import { CONSUMER, WORKSPACE, type OfflineRuntime } from '../../offline/runtime';
import { HOUR } from './seed';

/** One message of an account's inbox, newest first, and whether the person has opened it yet. */
export interface InboxEntry {
  id: string;
  unread: boolean;
}

/** Each account's inbox, by the account's address. */
export type Inboxes = Record<string, InboxEntry[]>;

interface Letter {
  from: string;
  /** Who else it went to, besides the person. */
  others?: string;
  cc?: string;
  /** Also addressed to the other preview account, so an invitation from it lands in that account's inbox. */
  otherAccount?: boolean;
  subject: string;
  body: string;
  hoursAgo: number;
  unread: boolean;
}

const LETTERS: Letter[] = [
  {
    from: 'Sam Okafor <sam.okafor@example.com>',
    others: 'Lin Chen <lin.chen@example.org>',
    subject: 'Sync next week?',
    body: 'Hi both,\n\nCould we find 30 minutes to go over the launch plan before Friday? Any day works for me.\n\nThanks,\nSam',
    hoursAgo: 1,
    unread: true,
  },
  {
    from: 'Priya Shah <priya.shah@example.com>',
    otherAccount: true,
    subject: 'RE: Budget review',
    body: 'Can we go through the budget together this week? Bring the Q3 numbers.\n\nPriya',
    hoursAgo: 2,
    unread: true,
  },
  {
    from: 'Lin Chen <lin.chen@example.org>',
    subject: 'Review notes for Thursday',
    body: 'I added comments on the onboarding flow. The main open question is whether we keep the second step.\n\nLin',
    hoursAgo: 3,
    unread: true,
  },
  {
    from: 'Priya Shah <priya.shah@example.com>',
    cc: 'Lin Chen <lin.chen@example.org>',
    subject: 'Re: Quarterly planning agenda',
    body: 'Thanks! I moved the budget item to the second half so we have time for the roadmap.\n\nPriya',
    hoursAgo: 26,
    unread: false,
  },
  {
    from: 'Marta Ruiz <marta.ruiz@example.net>',
    subject: 'Photos from the offsite',
    body: 'Here are the photos from last week. The one by the lake is my favourite.\n\nMarta',
    hoursAgo: 24 * 3 + 2,
    unread: false,
  },
];

/** Seeds the same letters into both accounts' mailboxes, each addressed to that account. */
export function seedMailbox(runtime: OfflineRuntime): Inboxes {
  const now = runtime.clock.now();
  const inboxes: Inboxes = {};
  for (const account of [CONSUMER, WORKSPACE]) {
    const other = account === CONSUMER ? WORKSPACE : CONSUMER;
    inboxes[account.email] = LETTERS.map((letter) => {
      const message = runtime.gmail.seedMessage({
        from: letter.from,
        to: [account.email, letter.others, letter.otherAccount ? other.email : undefined].filter(Boolean).join(', '),
        ...(letter.cc ? { cc: letter.cc } : {}),
        subject: letter.subject,
        plainBody: letter.body,
        date: now - letter.hoursAgo * HOUR,
      });
      return { id: message.id, unread: letter.unread };
    });
  }
  return inboxes;
}

/**
 * The invitations Google would email: for an event inserted with `sendUpdates: 'all'` ("Notifications are sent to
 * all guests", events.insert reference, sendUpdates), each guest who is a preview account finds an invitation at
 * the top of their inbox. Guests outside the preview get theirs too, in the real world: the preview has no
 * mailbox for them. Each invitation is delivered once (`delivered` holds event and guest).
 */
export function deliverInvitations(runtime: OfflineRuntime, inboxes: Inboxes, delivered: Set<string>): void {
  for (const organizer of [CONSUMER, WORKSPACE]) {
    for (const event of runtime.calendar.events(organizer.email)) {
      const sent = runtime.calendar
        .notifications(organizer.email, event.id!)
        .some((n) => n.api === 'calendar.events.insert' && n.sendUpdates === 'all');
      if (!sent) continue;
      for (const guest of event.attendees ?? []) {
        const inbox = inboxes[guest.email?.toLowerCase() ?? ''];
        const key = `${event.id} ${guest.email}`;
        if (!inbox || guest.email === organizer.email || delivered.has(key)) continue;
        delivered.add(key);
        const when = new Intl.DateTimeFormat('en-GB', {
          timeZone: event.start?.timeZone ?? 'UTC',
          weekday: 'short',
          day: 'numeric',
          month: 'short',
          hour: '2-digit',
          minute: '2-digit',
          timeZoneName: 'short',
        }).format(Date.parse(event.start?.dateTime ?? ''));
        const guests = (event.attendees ?? []).map((a) => a.email).join(', ');
        const message = runtime.gmail.seedMessage({
          from: organizer.email,
          to: guest.email!,
          subject: `Invitation: ${event.summary ?? '(No title)'} @ ${when}`,
          // The description as the guest's mail shows it (its own markup live, spelled out: offline/calendar/invitation-email.ts).
          plainBody: [
            readAs(descriptionHtml(event.description ?? '')),
            event.hangoutLink ? `Join with Google Meet: ${event.hangoutLink}` : '',
            `Guests: ${guests}`,
          ]
            .filter(Boolean)
            .join('\n\n'),
        });
        inbox.unshift({ id: message.id, unread: true });
      }
    }
  }
}
