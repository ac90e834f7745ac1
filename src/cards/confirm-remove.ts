import { STRINGS } from '../i18n/strings';
import { clip, escapeHtml } from '../text/escape';
import { actionButton, buttons, header, paragraph } from './widgets';

/** Asks before removing; a third-party conference gets the warning that it cannot be restored. */
export function confirmRemoveCard(parameters: Record<string, string>): GoogleAppsScript.Card_Service.Card {
  // The conference's name travels in the card's parameters: from Calendar data, so escaped and clipped again.
  const other = parameters.other ? clip(parameters.other) : '';
  const section = CardService.newCardSection()
    .addWidget(paragraph(escapeHtml(other ? STRINGS.confirmRemoveOther(other) : STRINGS.confirmRemoveMeet)))
    .addWidget(buttons(actionButton(STRINGS.remove, 'removeFromEvent', { ...parameters, other }, true), actionButton(STRINGS.cancel, 'back')));
  const title = other ? STRINGS.removeOther(other) + '?' : STRINGS.confirmRemoveTitle;
  return CardService.newCardBuilder().setName('confirmRemove').setHeader(header(title)).addSection(section).build();
}
