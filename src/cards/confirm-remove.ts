import { STRINGS } from '../i18n/strings';
import { actionButton, buttons, header, paragraph } from './widgets';

/** Asks before removing; a third-party conference gets the warning that it cannot be restored. */
export function confirmRemoveCard(parameters: Record<string, string>): GoogleAppsScript.Card_Service.Card {
  const other = parameters.other;
  const section = CardService.newCardSection()
    .addWidget(paragraph(other ? STRINGS.confirmRemoveOther(other) : STRINGS.confirmRemoveMeet))
    .addWidget(buttons(actionButton(STRINGS.remove, 'removeFromEvent', parameters, true), actionButton(STRINGS.cancel, 'back')));
  const title = other ? STRINGS.removeOther(other) + '?' : STRINGS.confirmRemoveTitle;
  return CardService.newCardBuilder().setName('confirmRemove').setHeader(header(title)).addSection(section).build();
}
