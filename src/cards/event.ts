import type { Conference } from '../meet/conference';
import { STRINGS } from '../i18n/strings';
import { clip, escapeHtml } from '../text/escape';
import { actionButton, buttons, header, linkButton, linkWidgets, paragraph } from './widgets';

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
}

/** The parameters that name the event in every action of its card (strings, as card actions require). */
export function eventParameters(view: EventView, extra: Record<string, string> = {}): Record<string, string> {
  return { calendarId: view.calendarId, eventId: view.eventId ?? '', occurrence: view.occurrence ? '1' : '', ...extra };
}

export function eventCard(view: EventView): GoogleAppsScript.Card_Service.Card {
  const section = CardService.newCardSection();
  if (!view.eventId) {
    section.addWidget(paragraph(STRINGS.saveFirst));
  } else {
    for (const widget of conferenceWidgets(view)) section.addWidget(widget);
    if (view.occurrence && view.canChange) section.addWidget(paragraph(`<i>${STRINGS.occurrenceNote}</i>`));
    if (!view.canChange && view.conference.kind !== 'pending')
      section.addWidget(paragraph(escapeHtml(STRINGS.onlyOrganizer(view.organizer && clip(view.organizer)))));
  }
  return CardService.newCardBuilder().setName('event').setHeader(header(STRINGS.appName, STRINGS.eventTitle)).addSection(section).build();
}

function conferenceWidgets(view: EventView): GoogleAppsScript.Card_Service.Widget[] {
  const { conference } = view;
  const change = view.canChange;
  switch (conference.kind) {
    case 'meet':
      return [
        paragraph(STRINGS.eventHasMeet),
        ...linkWidgets(conference.link),
        change
          ? buttons(
              linkButton(STRINGS.openInMeet, conference.link.url),
              actionButton(STRINGS.replaceMeet, 'replaceOnEvent', eventParameters(view, { previousCode: conference.link.code })),
              actionButton(STRINGS.removeMeet, 'confirmRemove', eventParameters(view)),
            )
          : buttons(linkButton(STRINGS.openInMeet, conference.link.url)),
      ];
    case 'other': {
      // A third-party conference's name and link come from Calendar data: shown as text, escaped, never a link.
      const name = clip(conference.name);
      return [
        paragraph(escapeHtml(STRINGS.eventHasOther(name))),
        ...(conference.url
          ? [
              CardService.newDecoratedText()
                .setText(escapeHtml(clip(conference.url, 300)))
                .setWrapText(true),
            ]
          : []),
        ...(change ? [buttons(actionButton(STRINGS.removeOther(name), 'confirmRemove', eventParameters(view, { other: name })))] : []),
      ];
    }
    case 'pending':
      return [paragraph(STRINGS.eventPending)];
    case 'failed':
    case 'none':
      return [
        paragraph(conference.kind === 'failed' ? STRINGS.eventFailed : STRINGS.eventHasNoConference),
        ...(change ? [buttons(actionButton(STRINGS.addMeet, 'addToEvent', eventParameters(view), true))] : []),
      ];
  }
}
