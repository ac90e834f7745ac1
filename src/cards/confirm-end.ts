import { STRINGS } from '../i18n/strings';
import type { SpaceView } from '../meet/spaces';
import { spaceParameters } from './space';
import { actionButton, buttons, header, paragraph } from './widgets';

/** Asks before ending a meeting for everyone. */
export function confirmEndCard(view: SpaceView): GoogleAppsScript.Card_Service.Card {
  const section = CardService.newCardSection()
    .addWidget(paragraph(STRINGS.confirmEnd))
    .addWidget(buttons(actionButton(STRINGS.endMeeting, 'endMeeting', spaceParameters(view), true), actionButton(STRINGS.cancel, 'back')));
  return CardService.newCardBuilder().setName('confirmEnd').setHeader(header(STRINGS.confirmEndTitle, view.code)).addSection(section).build();
}
