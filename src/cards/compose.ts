import { STRINGS } from '../i18n/strings';
import { actionButton, buttons, header, paragraph } from './widgets';

/** The compose card: insert a link or a whole invitation at the cursor; the person's default comes first. */
export function composeCard(first: 'link' | 'invitation'): GoogleAppsScript.Card_Service.Card {
  const link = actionButton(STRINGS.insertLink, 'insertLink', {}, first === 'link');
  const invitation = actionButton(STRINGS.insertInvitation, 'insertInvitation', {}, first === 'invitation');
  const section = CardService.newCardSection()
    .addWidget(paragraph(STRINGS.composeHint))
    .addWidget(first === 'link' ? buttons(link, invitation) : buttons(invitation, link));
  return CardService.newCardBuilder().setName('compose').setHeader(header(STRINGS.composeTitle)).addSection(section).build();
}
