import { STRINGS } from '../i18n/strings';
import { actionButton, buttons, header, paragraph } from './widgets';

/** What a lookup could not show, in plain words. */
export function lookupNoticeCard(text: string): GoogleAppsScript.Card_Service.Card {
  const section = CardService.newCardSection()
    .addWidget(paragraph(text))
    .addWidget(buttons(actionButton(STRINGS.back, 'back')));
  return CardService.newCardBuilder().setName('lookupNotice').setHeader(header(STRINGS.lookupTitle)).addSection(section).build();
}
