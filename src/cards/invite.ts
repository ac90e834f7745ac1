import { listOf, STRINGS } from '../i18n/strings';
import { t } from '../i18n/locale';
import type { ScheduledMeeting } from '../meet/meeting-invite';
import { clip, escapeHtml, googleCalendarEventUrl } from '../text/escape';
import { action, actionButton, buttons, calendarButton, header, linkWidgets, note, openInMeetButton, paragraph, replyButton } from './widgets';

/** The form's field names (card action parameters and form inputs are strings). */
export const INVITE_FIELDS = {
  title: 'inviteTitle',
  start: 'inviteStart',
  minutes: 'inviteMinutes',
  guests: 'inviteGuests',
  note: 'inviteNote',
} as const;

/** The lengths offered, in minutes; 30 by default. */
export const MEETING_LENGTHS = [15, 30, 45, 60, 90] as const;

export interface Guest {
  email: string;
  /** As the email wrote it: `Ana Díaz <ana@example.com>`. */
  entry: string;
}

export interface InviteView {
  /** The client-chosen event id the Send button carries: a second press finds the event, never makes two. */
  eventId: string;
  /** The email's subject, for the description's line; carried by the Send button. */
  subject: string;
  title: string;
  startMs: number;
  /** The person's zone offset at startMs, so the picker shows their time. */
  offsetMinutes: number;
  /** Which zone the picked time is read in, in words ("Time zone: Eastern Time", or that Google shared none). */
  zoneNote: string;
  minutes: number;
  guests: (Guest & { selected: boolean })[];
  /** Addresses on the email beyond the card's limit. */
  omitted: number;
  maxGuests: number;
  note: string;
  /** Shown once before sending: a free account's meeting of 3+ people over 60 minutes. */
  freeLimitWarning?: boolean;
  /** Whom a reply in this thread reaches by itself (invite-reply.ts), carried by Send for the answer card's words. */
  replyAudience: { replyTo: string; onEmail: string };
}

/** The invite form: title, date and time, length, guests to untick, a note, and "Send invitations". */
export function inviteCard(view: InviteView): GoogleAppsScript.Card_Service.Card {
  const section = CardService.newCardSection()
    .addWidget(CardService.newTextInput().setFieldName(INVITE_FIELDS.title).setTitle(STRINGS.inviteFieldTitle).setValue(view.title))
    .addWidget(
      CardService.newDateTimePicker()
        .setFieldName(INVITE_FIELDS.start)
        .setTitle(STRINGS.inviteFieldStart)
        .setValueInMsSinceEpoch(view.startMs)
        .setTimeZoneOffsetInMins(view.offsetMinutes),
    )
    // The picker shows a time, not its zone: the zone the meeting is made in is said in words under it.
    .addWidget(note(escapeHtml(view.zoneNote)));
  const lengths = CardService.newSelectionInput()
    .setFieldName(INVITE_FIELDS.minutes)
    .setTitle(STRINGS.inviteFieldLength)
    .setType(CardService.SelectionInputType.DROPDOWN);
  for (const minutes of MEETING_LENGTHS) lengths.addItem(t().inviteMinutes({ count: minutes }), String(minutes), minutes === view.minutes);
  section.addWidget(lengths);
  if (view.guests.length) {
    const guests = CardService.newSelectionInput()
      .setFieldName(INVITE_FIELDS.guests)
      .setTitle(STRINGS.inviteFieldGuests)
      .setType(CardService.SelectionInputType.CHECK_BOX);
    // Item text is plain text in card.proto; clipped so one odd header cannot flood the card.
    for (const guest of view.guests) guests.addItem(clip(guestLine(guest), 120), guest.email, guest.selected);
    section.addWidget(guests);
  } else {
    section.addWidget(paragraph(STRINGS.inviteNobodyElse));
  }
  if (view.omitted > 0) section.addWidget(note(escapeHtml(t().inviteGuestsOmitted({ count: view.omitted, max: view.maxGuests }))));
  section.addWidget(
    CardService.newTextInput().setFieldName(INVITE_FIELDS.note).setTitle(STRINGS.inviteFieldNote).setMultiline(true).setValue(view.note),
  );
  // The line Send adds to the event's description (invite-form.ts, meetingDescription), said before it is sent.
  const line = t().inviteDescriptionFrom({ subject: clip(view.subject.trim(), 120) || '—' });
  section.addWidget(note(escapeHtml(t().inviteDescriptionNote({ line }))));
  if (view.freeLimitWarning) section.addWidget(paragraph(`<b>${escapeHtml(STRINGS.inviteFreeLimit)}</b>`));
  const send = CardService.newTextButton()
    .setText(STRINGS.inviteSend)
    .setTextButtonStyle(CardService.TextButtonStyle.FILLED)
    .setOnClickAction(
      action('sendInvitations', {
        eventId: view.eventId,
        subject: view.subject,
        // The picker's fixed offset, so the time picked is read as the wall time the person saw.
        offset: String(view.offsetMinutes),
        ...view.replyAudience,
        ...(view.freeLimitWarning ? { warned: '1' } : {}),
      }),
    );
  return CardService.newCardBuilder()
    .setName('invite')
    .setHeader(header(STRINGS.inviteToMeeting))
    .addSection(section)
    .setFixedFooter(
      CardService.newFixedFooter()
        .setPrimaryButton(send)
        .setSecondaryButton(actionButton(STRINGS.back, 'back').setTextButtonStyle(CardService.TextButtonStyle.OUTLINED)),
    )
    .build();
}

/** "Ana Díaz (ana@example.com)", or the bare address: item text is plain text, so no angle brackets. */
function guestLine(guest: Guest): string {
  // A bare address (a quoted local part included: `"john doe"@x.org`) has no name to show.
  if (!/>\s*$/.test(guest.entry)) return guest.email;
  const name = guest.entry
    .replace(/<[^>]*>/g, '')
    .replace(/^\s*"|"\s*$/g, '')
    .trim();
  return name && name.toLowerCase() !== guest.email ? `${name} (${guest.email})` : guest.email;
}

/** Whom "Reply with this link" reaches (src/actions/invite-reply.ts): the guests only, or also people not invited. */
export type ReplyAudience = 'guests' | 'senderNotInvited' | 'everyoneOnOwnEmail';

export interface InvitedView {
  meeting: ScheduledMeeting;
  /** The meeting's time in the person's zone and language. */
  when: string;
  me?: string;
  /** Whom "Reply with this link" reaches: said before the draft opens when it is more than the guests. */
  audience: ReplyAudience;
}

const AUDIENCE_WORDS: Record<ReplyAudience, () => string> = {
  guests: () => STRINGS.invitedReplyGuests,
  senderNotInvited: () => STRINGS.invitedReplySender,
  everyoneOnOwnEmail: () => STRINGS.invitedReplyEveryone,
};

/** The answer: the link, when (in the person's zone), who was invited, Open in Calendar, Reply with this link. */
export function invitedCard(view: InvitedView): GoogleAppsScript.Card_Service.Card {
  const { meeting } = view;
  const section = CardService.newCardSection().addWidget(
    CardService.newDecoratedText().setTopLabel(STRINGS.invitedWhen).setText(escapeHtml(view.when)).setWrapText(true),
  );
  if (meeting.conference.kind === 'ready') for (const widget of linkWidgets(meeting.conference.link)) section.addWidget(widget);
  else section.addWidget(paragraph(meeting.conference.kind === 'pending' ? STRINGS.invitedPending : STRINGS.invitedNoMeet));
  section.addWidget(
    CardService.newDecoratedText()
      .setTopLabel(t().invitedGuests({ count: meeting.guests.length }))
      .setText(escapeHtml(listOf(meeting.guests.map((g) => clip(g, 80)))))
      .setWrapText(true),
  );
  if (meeting.existed) section.addWidget(note(escapeHtml(STRINGS.invitedAlready)));
  if (meeting.duplicate)
    section.addWidget(note(escapeHtml(meeting.duplicate === 'deleted' ? STRINGS.invitedDuplicateDeleted : STRINGS.invitedDuplicateKept)));
  const actions: GoogleAppsScript.Card_Service.TextButton[] = [];
  if (meeting.conference.kind === 'ready') {
    // The compose action reads the meeting and the message again (reply-actions.ts, openInviteReply): the card
    // carries only which meeting, and says whom the reply reaches before it opens.
    section.addWidget(note(escapeHtml(AUDIENCE_WORDS[view.audience]())));
    actions.push(replyButton(STRINGS.replyWithThisLink, 'openInviteReply', true, { eventId: meeting.eventId }));
  }
  if (googleCalendarEventUrl(meeting.htmlLink)) actions.push(calendarButton(STRINGS.openInCalendar, meeting.htmlLink!, view.me));
  if (meeting.conference.kind === 'ready') actions.push(openInMeetButton(meeting.conference.link.url, view.me));
  if (actions.length) section.addWidget(buttons(...actions));
  return CardService.newCardBuilder().setName('invited').setHeader(header(STRINGS.invitedTitle)).addSection(section).build();
}
