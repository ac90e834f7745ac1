import type { FailureKind } from '../meet/errors';
import { STRINGS } from '../i18n/strings';
import type { ActionName } from '../host/actions';
import { actionButton, buttons, header, paragraph } from './widgets';

/** A failure in plain words, with a way to try the same action again. */
export function failureCard(kind: FailureKind, retry?: { name: ActionName; parameters: Record<string, string> }): GoogleAppsScript.Card_Service.Card {
  const section = CardService.newCardSection().addWidget(paragraph(STRINGS.failure(kind)));
  // A compose action never answers a card (src/actions/dispatcher.ts), so "Try again" is always an ordinary action.
  const actions = retry
    ? [actionButton(STRINGS.tryAgain, retry.name, retry.parameters, true), actionButton(STRINGS.back, 'back')]
    : [actionButton(STRINGS.back, 'back')];
  section.addWidget(buttons(...actions));
  return CardService.newCardBuilder().setName('failure').setHeader(header(STRINGS.failureTitle)).addSection(section).build();
}
