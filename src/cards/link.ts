import { STRINGS } from '../i18n/strings';
import type { MeetLink } from '../meet/conference';
import { spaceSection } from './space';
import { actionButton, buttons, header, linkWidgets, note, openInMeetButton } from './widgets';

/** The link just made: selectable, with its code, dial-in, "Open in Meet" and "Create another". */
export function linkCard(link: MeetLink, freeAccount: boolean, me?: string): GoogleAppsScript.Card_Service.Card {
  const section = CardService.newCardSection();
  for (const widget of linkWidgets(link)) section.addWidget(widget);
  section.addWidget(buttons(openInMeetButton(link.url, me), actionButton(STRINGS.createAnother, 'createLink')));
  // Said plainly when Google did not confirm the temporary event was deleted (never "nothing is left").
  if (link.temporaryEventLeft) section.addWidget(note(STRINGS.temporaryEventLeft));
  if (freeAccount) section.addWidget(note(`${STRINGS.freeAccountNote} ${STRINGS.spacesFreeNote}`));
  const card = CardService.newCardBuilder().setName('link').setHeader(header(STRINGS.yourLink)).addSection(section);
  // A space MeetLink owns (Workspace accounts): who may join, and its meeting's state once read.
  if (link.space) card.addSection(spaceSection({ name: link.space.name, url: link.url, code: link.code, accessType: link.space.accessType }));
  return card.build();
}
