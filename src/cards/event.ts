import type { Conference } from '../meet/conference';
import { STRINGS } from '../i18n/strings';
import { clip, escapeHtml, eventLink } from '../text/escape';
import { actionButton, buttons, header, linkWidgets, note, openInMeetButton, paragraph } from './widgets';

/** The Calendar event the person has open, as MeetLink shows it. */
export interface EventView {
  calendarId: string;
  /** Missing while the event is not saved yet. */
  eventId?: string;
  conference: Conference;
  /** Whether this person may change the conference (the organizer, and Google says it can be set). */
  canChange: boolean;
  organizer?: string;
  /** An occurrence of a repeating event: changes apply to it alone. */
  occurrence: boolean;
  /** The signed-in person, for their own "Open in Meet" (authuser). */
  me?: string;
  /** Google refused a conference on this kind of event (focusTime, birthday…): no control that can only fail. */
  eventType?: string;
  /** MeetLink's own temporary event, left behind: it says what it is and offers to delete it, nothing else. */
  leftover?: boolean;
  /** A Workspace account that may use the Meet REST API: the organizer gets "Meeting settings" for the event's Meet. */
  meetControls?: boolean;
  /**
   * The event's title, known only from a read MeetLink makes anyway (after a change): the event object Google sends
   * when an event opens carries none, and reading it on every open would cost a call (ARCHITECTURE.md).
   */
  title?: string;
  /**
   * "After the meeting" on an event with a Google Meet, for anyone who sees it (Google shares a meeting's records with
   * its organizer and the people who joined): `read` reads them; `explain` (a free Gmail account) only says why not.
   */
  afterMeeting?: 'read' | 'explain';
}

/** The parameters that name the event in every action of its card (strings, as card actions require). */
export function eventParameters(view: EventView, extra: Record<string, string> = {}): Record<string, string> {
  return { calendarId: view.calendarId, eventId: view.eventId ?? '', occurrence: view.occurrence ? '1' : '', ...extra };
}

/**
 * The open event's card. No header when it opens: the panel is already titled MeetLink, and the event object has
 * no title; its first line says "This event…". After a change, the event read back names itself in the header.
 * What the event has comes first, then the note on repeating events, right above the buttons it is about.
 */
export function eventCard(view: EventView): GoogleAppsScript.Card_Service.Card {
  const section = CardService.newCardSection();
  if (!view.eventId) {
    section.addWidget(paragraph(STRINGS.saveFirst));
  } else if (view.leftover) {
    section.addWidget(paragraph(escapeHtml(STRINGS.leftoverEvent)));
    section.addWidget(buttons(actionButton(STRINGS.deleteLeftover, 'deleteLeftover', eventParameters(view), true)));
  } else if (view.eventType) {
    const { info } = conferenceWidgets({ ...view, canChange: false });
    for (const widget of info) section.addWidget(widget);
    section.addWidget(paragraph(escapeHtml(STRINGS.eventTypeNoConference(view.eventType))));
  } else {
    const { info, actions } = conferenceWidgets(view);
    for (const widget of info) section.addWidget(widget);
    if (view.occurrence && view.canChange && actions.length) section.addWidget(note(STRINGS.occurrenceNote));
    if (actions.length) section.addWidget(buttons(...actions));
    const after = afterMeetingButton(view);
    if (after) section.addWidget(buttons(after));
    if (!view.canChange && view.conference.kind !== 'pending')
      section.addWidget(paragraph(escapeHtml(STRINGS.onlyOrganizer(view.organizer && clip(view.organizer)))));
  }
  const card = CardService.newCardBuilder().setName('event').addSection(section);
  // Header text is plain text (card.proto CardHeader.title): the title from Calendar is only made one line and clipped.
  const title = view.title?.replace(/\s+/g, ' ').trim();
  return (title ? card.setHeader(header(clip(title, 80))) : card).build();
}

type TextButton = GoogleAppsScript.Card_Service.TextButton;

/** "After the meeting": one click away, so drawing the event card calls nothing (the event object has no time). */
function afterMeetingButton(view: EventView): TextButton | undefined {
  if (view.conference.kind !== 'meet' || !view.afterMeeting || !view.eventId) return undefined;
  return view.afterMeeting === 'explain'
    ? actionButton(STRINGS.afterMeeting, 'explainAfterMeeting')
    : actionButton(STRINGS.afterMeeting, 'openAfterMeeting', eventParameters(view, { code: view.conference.link.code }));
}

function conferenceWidgets(view: EventView): { info: GoogleAppsScript.Card_Service.Widget[]; actions: TextButton[] } {
  const { conference } = view;
  const change = view.canChange;
  switch (conference.kind) {
    case 'meet': {
      const open = openInMeetButton(conference.link.url, view.me);
      return {
        info: [paragraph(STRINGS.eventHasMeet), ...linkWidgets(conference.link)],
        actions: change
          ? [
              open,
              actionButton(STRINGS.replaceMeet, 'confirmReplace', eventParameters(view, { previousCode: conference.link.code })),
              actionButton(STRINGS.removeMeet, 'confirmRemove', eventParameters(view)),
              // Who joins without asking, and the person's presets: read (1 Meet call) only when asked for.
              ...(view.meetControls ? [actionButton(STRINGS.meetingSettings, 'openMeetingSettings', { code: conference.link.code })] : []),
            ]
          : [open],
      };
    }
    case 'other': {
      // A third-party conference's name and link come from Calendar data: escaped; the link is the event's own,
      // not MeetLink's words, so it is a link when it is https (eventLink; readConference drops any other URL).
      const name = clip(conference.name);
      const other = { other: name };
      return {
        info: [
          paragraph(escapeHtml(STRINGS.eventHasOther(name))),
          ...(conference.url
            ? [
                CardService.newDecoratedText()
                  .setText(eventLink(conference.url, clip(conference.url, 300)))
                  .setWrapText(true),
              ]
            : []),
        ],
        actions: change
          ? [
              actionButton(STRINGS.switchToMeet, 'confirmReplace', eventParameters(view, other), true),
              actionButton(STRINGS.removeOther(name), 'confirmRemove', eventParameters(view, other)),
            ]
          : [],
      };
    }
    case 'pending':
      return { info: [paragraph(STRINGS.eventPending)], actions: [] };
    case 'failed':
    case 'none':
      return {
        info: [paragraph(conference.kind === 'failed' ? STRINGS.eventFailed : STRINGS.eventHasNoConference)],
        actions: change ? [actionButton(STRINGS.addMeet, 'addToEvent', eventParameters(view), true)] : [],
      };
  }
}

/** After MeetLink deleted its own leftover temporary event: nothing left to do on it. */
export function leftoverDeletedCard(): GoogleAppsScript.Card_Service.Card {
  return CardService.newCardBuilder()
    .setName('leftoverDeleted')
    .addSection(CardService.newCardSection().addWidget(paragraph(escapeHtml(STRINGS.leftoverDeleted))))
    .build();
}
